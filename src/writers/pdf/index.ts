// writePdf: paints a LaidOutDocument into PDF/A-2u bytes (PDF/A-3u with attachments; pdf-lib); PT Serif subset-embedded; same input, same bytes.
import { PDFDocument, PDFName, type PDFRef } from './pdf-lib.js';
import type { LaidOutDocument } from '../../layout/types.js';
import { attachFiles, type Attachment } from './attach.js';
import { deflated, embedFont, subsetProgram, type MakeFontProgram } from './embed.js';
import { FACES, sfntFor } from './fonts.js';
import { documentFacts, reserveId, setInfo, stampId } from './info.js';
import { addLinks } from './links.js';
import { setPageLabels } from './page-labels.js';
import { paintPage } from './paint.js';
import { setPdfa } from './pdfa.js';
import { DocumentResources } from './resources.js';
import { MarkedContent } from './tagged.js';

export interface WritePdfOptions {
  /** How each face's font program is made; the default subsets (tests compare against the full font). */
  fontProgram?: MakeFontProgram;
  /** Object streams (PDF 1.5, §7.5.7) make the file smaller; off only to read the file by eye. */
  useObjectStreams?: boolean;
  /** Files to embed as associated files (the agreement's source): the file is then PDF/A-3u, not PDF/A-2u. */
  attachments?: readonly Attachment[];
}

/** Paints `doc` into a PDF file. */
export async function writePdf(doc: LaidOutDocument, options: WritePdfOptions = {}): Promise<Uint8Array> {
  const pdf = await PDFDocument.create({ updateMetadata: false });
  const resources = new DocumentResources(pdf.context);
  const pageRefs: PDFRef[] = [];
  const marked = doc.structure ? new MarkedContent(doc.structure) : undefined;
  for (const [i, page] of doc.pages.entries()) {
    const pdfPage = pdf.addPage([page.width, page.height]);
    const res = resources.forPage();
    const content = new TextEncoder().encode(paintPage(page, marked ? { ...res, marks: marked.forPage(i) } : res, doc.meta.lang));
    pdfPage.node.set(PDFName.of('Contents'), deflated(pdf.context, content));
    res.attach(pdfPage);
    pageRefs.push(pdfPage.ref);
  }
  const make = options.fontProgram ?? subsetProgram;
  for (const face of FACES) {
    const f = resources.fonts.get(face);
    if (f) embedFont(pdf.context, f.ref, sfntFor(face), f.use, make);
  }
  const annotations = addLinks(pdf, doc.pages, pageRefs);
  marked?.write(pdf, pageRefs, annotations);
  const facts = documentFacts(doc.meta);
  setInfo(pdf, facts);
  const attachments = options.attachments ?? [];
  attachFiles(pdf, attachments, facts.date);
  setPdfa(pdf, facts, attachments.length ? 3 : 2);
  setPageLabels(pdf, doc.sectionPages);
  const placeholder = reserveId(pdf);
  const bytes = await pdf.save({
    useObjectStreams: options.useObjectStreams ?? true,
    addDefaultPage: false,
    updateFieldAppearances: false,
  });
  return stampId(bytes, placeholder);
}

export type { Attachment } from './attach.js';
