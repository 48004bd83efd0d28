// appendSection: one tree followed by another as a new section (tree.ts Section), as a note verbale circulates its enclosure.
import type { Block, DocumentTree, Inline, Section } from './tree.js';
import { mapBlocks, mapInlines, walkBlocks } from './walk.js';

/** Every block id of some blocks (paragraphs and list items, at any depth). */
function idsOf(blocks: readonly Block[], out: Set<string>): Set<string> {
  walkBlocks(blocks, {
    paragraph: (p) => void (p.id !== undefined && out.add(p.id)),
    item: (item) => void (item.id !== undefined && out.add(item.id)),
  });
  return out;
}

/** The blocks with every id and cross-reference target renamed by `rename`. */
function renamed(blocks: readonly Block[], rename: (id: string) => string): Block[] {
  const inline = (i: Inline): Inline => (i.kind === 'crossReference' ? { ...i, target: rename(i.target) } : i);
  return mapBlocks(blocks, {
    paragraph: (p) => ({ ...p, ...(p.id !== undefined ? { id: rename(p.id) } : {}), children: mapInlines(p.children, inline) }),
    item: (item) => (item.id !== undefined ? { ...item, id: rename(item.id) } : item),
  });
}

/** `next`'s blocks become a section of `tree` with `next`'s own furniture (watermark or none, page label); the
 *  document's metadata stays `tree`'s. Both trees come from one template set, so `tree`'s styles win a name clash.
 *  Ids stay unique in the document (writers anchor the first of equal ids): when an id of `next` is already taken,
 *  every id of `next` and its references take the prefix `s<section number>-`. */
export function appendSection(tree: DocumentTree, next: DocumentTree): DocumentTree {
  const before = [tree.blocks, ...(tree.sections ?? []).map((s) => s.blocks)];
  const taken = before.reduce((ids, blocks) => idsOf(blocks, ids), new Set<string>());
  const own = [next.blocks, ...(next.sections ?? []).map((s) => s.blocks)].reduce((ids, blocks) => idsOf(blocks, ids), new Set<string>());
  const prefix = `s${before.length + 1}-`;
  const clash = [...own].some((id) => taken.has(id));
  const fix = (blocks: Block[]): Block[] => (clash ? renamed(blocks, (id) => (own.has(id) ? `${prefix}${id}` : id)) : blocks);
  const section: Section = {
    blocks: fix(next.blocks),
    pageLabel: next.meta.pageLabel,
    ...(next.meta.watermark !== undefined ? { watermark: next.meta.watermark } : {}),
    ...(next.meta.work !== undefined ? { work: next.meta.work } : {}),
    ...(next.meta.titles !== undefined ? { titles: next.meta.titles } : {}),
  };
  return {
    ...tree,
    styles: { ...next.styles, ...tree.styles },
    sections: [...(tree.sections ?? []), section, ...(next.sections ?? []).map((s) => ({ ...s, blocks: fix(s.blocks) }))],
  };
}
