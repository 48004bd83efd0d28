// Page labels (PDF 32000-1 §12.4.2): a viewer numbers each section's pages from 1, as its footers do.
import { PDFName, type PDFDocument } from './pdf-lib.js';

/** Writes /PageLabels when the document has more than one section; a single section keeps the viewer's default. */
export function setPageLabels(doc: PDFDocument, sectionPages: readonly number[] | undefined): void {
  if (!sectionPages || sectionPages.length < 2) return;
  const nums: (number | { S: PDFName; St: number })[] = [];
  let start = 0;
  for (const pages of sectionPages) {
    if (pages > 0) nums.push(start, { S: PDFName.of('D'), St: 1 });
    start += pages;
  }
  doc.catalog.set(PDFName.of('PageLabels'), doc.context.obj({ Nums: nums }));
}
