// appendSection: one tree followed by another as a new section (tree.ts Section), as a note verbale circulates its enclosure.
import type { DocumentTree, Section } from './tree.js';

/** `next`'s blocks become a section of `tree` with `next`'s own furniture (watermark or none, page label); the
 *  document's metadata stays `tree`'s. Both trees come from one template set, so `tree`'s styles win a name clash. */
export function appendSection(tree: DocumentTree, next: DocumentTree): DocumentTree {
  const section: Section = {
    blocks: next.blocks,
    pageLabel: next.meta.pageLabel,
    ...(next.meta.watermark !== undefined ? { watermark: next.meta.watermark } : {}),
  };
  return {
    ...tree,
    styles: { ...next.styles, ...tree.styles },
    sections: [...(tree.sections ?? []), section, ...(next.sections ?? [])],
  };
}
