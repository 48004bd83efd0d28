// Cross-references: anchors become named destinations (a /Dests name tree, PDF 32000-1 §12.3.2.3, §7.9.6)
// and links become Link annotations (§12.5.6.5) whose /Dest names one of them.
import { PDFHexString, PDFName, type PDFContext, type PDFDocument, type PDFObject, type PDFRef } from './pdf-lib.js';
import type { Page } from '../../layout/types.js';

/** Destination names are byte strings; hex keeps any id safe from string-escaping rules (§7.3.4.3). */
function destName(id: string): PDFHexString {
  return PDFHexString.of(Buffer.from(id, 'utf8').toString('hex').toUpperCase());
}

/**
 * Adds the annotations and the name tree. A link whose target has no anchor is a layout bug, not bad
 * input (the model checks references), so it throws rather than write a link that goes nowhere.
 */
/** A link annotation that belongs to a structure element (a tagged document's Link): tagged.ts writes its OBJR. */
export interface TaggedAnnotation {
  ref: PDFRef;
  page: number;
  element: number;
}

export function addLinks(doc: PDFDocument, pages: readonly Page[], pageRefs: readonly PDFRef[]): TaggedAnnotation[] {
  const tagged: TaggedAnnotation[] = [];
  const context: PDFContext = doc.context;
  const dests = new Map<string, (PDFObject | string | number | null)[]>();
  pages.forEach((page, i) => {
    for (const item of page.items) {
      if (item.kind === 'anchor' && !dests.has(item.id)) {
        // [page /XYZ left top zoom]; null keeps the reader's current left and zoom (§12.3.2.2).
        dests.set(item.id, [pageRefs[i]!, 'XYZ', null, page.height - item.y, null]);
      }
    }
  });
  pages.forEach((page, i) => {
    const leaf = doc.getPage(i).node;
    for (const item of page.items) {
      if (item.kind !== 'link') continue;
      if (!dests.has(item.target)) throw new Error(`link to '${item.target}', which is not an anchor in the document`);
      const bottom = page.height - item.y - item.height;
      const annot = context.obj({
        Type: 'Annot',
        Subtype: 'Link',
        // Print (bit 3, PDF 32000-1 §12.5.3): PDF/A asks it of every annotation (ISO 19005-2 §6.3.2).
        F: 4,
        Rect: [item.x, bottom, item.x + item.width, page.height - item.y].map((v) => Math.round(v * 1000) / 1000),
        Border: [0, 0, 0],
        Dest: destName(item.target),
      });
      const ref = context.register(annot);
      leaf.addAnnot(ref);
      if (item.tag) tagged.push({ ref, page: i, element: item.tag.id });
    }
  });
  if (dests.size === 0) return tagged;
  // Name tree keys in byte order (§7.9.6); ids are compared as UTF-8 bytes, as the keys are written.
  const ordered = [...dests].sort(([a], [b]) => Buffer.compare(Buffer.from(a, 'utf8'), Buffer.from(b, 'utf8')));
  const names: PDFObject[] = [];
  for (const [id, dest] of ordered) names.push(destName(id), context.obj(dest));
  const tree = context.register(context.obj({ Names: names }));
  doc.catalog.set(PDFName.of('Names'), context.obj({ Dests: tree }));
  return tagged;
}
