// The file's facts: document information dictionary (PDF 32000-1 §14.3.3), /Lang (§14.9.2), trailer /ID
// (§14.4). Nothing here reads the clock or the time zone, so equal input gives equal bytes.
import { createHash } from 'node:crypto';
import { PDFArray, PDFHexString, type PDFDocument } from './pdf-lib.js';
import type { LaidOutDocument } from '../../layout/types.js';

/** `2024-05-17` (or an ISO timestamp starting so) -> that day at 00:00 UTC; undefined if not a date. */
export function utcMidnight(date: string): Date | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(date);
  if (!m) return undefined;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  // Date.UTC rolls 2024-02-30 over into March; a date that does not round-trip is not a date.
  return d.toISOString().startsWith(m[0]) ? d : undefined;
}

/** The facts the Info dictionary and the XMP metadata both state, computed once so that they are equal by
 *  construction (ISO 19005-2 §6.6.2.3.1 asks the two to be equivalent). */
export interface DocumentFacts {
  title: string;
  titles: readonly { lang: string; text: string }[];
  subject: string;
  author: string;
  creator: string;
  producer: string;
  lang: string;
  /** The languages of the text, primary first. */
  langs: readonly string[];
  /** CreationDate and ModDate; undefined when the meta's date is not a calendar date (then neither is written). */
  date?: Date;
}

export function documentFacts(meta: LaidOutDocument['meta']): DocumentFacts {
  const date = utcMidnight(meta.date);
  return {
    title: meta.title,
    titles: meta.titles ?? [],
    subject: meta.subject,
    author: meta.author,
    creator: meta.creator,
    // Set explicitly: the writer's name, with no version of pdf-lib that could change the bytes.
    producer: `${meta.creator} (pdf-lib)`,
    lang: meta.lang,
    langs: meta.langs?.length ? meta.langs : [meta.lang],
    ...(date ? { date } : {}),
  };
}

export function setInfo(doc: PDFDocument, facts: DocumentFacts): void {
  doc.setTitle(facts.title, { showInWindowTitleBar: true });
  doc.setSubject(facts.subject);
  doc.setAuthor(facts.author);
  doc.setCreator(facts.creator);
  doc.setProducer(facts.producer);
  doc.setLanguage(facts.lang);
  if (facts.date) {
    doc.setCreationDate(facts.date);
    doc.setModificationDate(facts.date);
  }
}

const PLACEHOLDER = '0'.repeat(32);

/** Gives the trailer a placeholder /ID of the final length; returns it as written, for `stampId`. */
export function reserveId(doc: PDFDocument): string {
  const id = PDFArray.withContext(doc.context);
  id.push(PDFHexString.of(PLACEHOLDER));
  id.push(PDFHexString.of(PLACEHOLDER));
  doc.context.trailerInfo.ID = id;
  return id.toString();
}

/**
 * Replaces the placeholder /ID with the first 16 bytes of the SHA-256 of the file as written with the
 * placeholder: derived from the content alone, same length, so no offset in the xref moves.
 */
export function stampId(bytes: Uint8Array, placeholder: string): Uint8Array {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const at = buf.lastIndexOf(Buffer.from(placeholder, 'latin1'));
  if (at < 0) throw new Error('trailer /ID placeholder not found in the saved PDF');
  const id = createHash('sha256').update(bytes).digest('hex').slice(0, 32).toUpperCase();
  buf.write(placeholder.replaceAll(PLACEHOLDER, id), at, 'latin1');
  return bytes;
}
