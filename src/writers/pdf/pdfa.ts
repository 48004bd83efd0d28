// What makes the file PDF/A (ISO 19005-2, -3) beyond what every page already does: the XMP metadata stream in the
// catalog (§6.6.2) and the output intent (§6.2.3), sRGB, with the ICC profile it names embedded.
import { readFileSync } from 'node:fs';
import { PDFName, PDFString, type PDFDocument } from './pdf-lib.js';
import { deflated } from './embed.js';
import type { DocumentFacts } from './info.js';
import { xmpPacket, type PdfaPart } from './xmp.js';

/** sRGB from Debian's icc-profiles-free (assets/NOTICE: zlib licence), an ICC v2.3 display ('mntr') profile. */
const SRGB_PROFILE = new URL('../../../assets/sRGB.icc', import.meta.url);

let profile: Uint8Array | undefined;

export function srgbProfile(): Uint8Array {
  return (profile ??= new Uint8Array(readFileSync(SRGB_PROFILE)));
}

/** The catalog's /Metadata: an XMP stream, unfiltered so that any tool (and PDF/A-1 readers) can read it as is. */
function setMetadata(doc: PDFDocument, facts: DocumentFacts, part: PdfaPart): void {
  const bytes = new TextEncoder().encode(xmpPacket(facts, part));
  const stream = doc.context.stream(bytes, { Type: 'Metadata', Subtype: 'XML' });
  doc.catalog.set(PDFName.of('Metadata'), doc.context.register(stream));
}

/**
 * One PDF/A output intent (§6.2.3.2, /S /GTS_PDFA1) whose DestOutputProfile is the sRGB profile: it gives the
 * device colour spaces (the DeviceGray of text and rules, the DeviceRGB blending space of a page with the
 * watermark's transparency) a meaning independent of any device (§6.2.4.3).
 */
function setOutputIntent(doc: PDFDocument): void {
  const icc = deflated(doc.context, srgbProfile(), { N: 3, Alternate: 'DeviceRGB' });
  const intent = doc.context.obj({
    Type: 'OutputIntent',
    S: 'GTS_PDFA1',
    OutputConditionIdentifier: PDFString.of('sRGB IEC61966-2.1'),
    RegistryName: PDFString.of('http://www.color.org'),
    Info: PDFString.of('sRGB IEC61966-2.1'),
    DestOutputProfile: icc,
  });
  doc.catalog.set(PDFName.of('OutputIntents'), doc.context.obj([doc.context.register(intent)]));
}

/** Makes `doc` claim PDF/A-`part` level U, with what the claim needs in the catalog. */
export function setPdfa(doc: PDFDocument, facts: DocumentFacts, part: PdfaPart): void {
  setMetadata(doc, facts, part);
  setOutputIntent(doc);
}
