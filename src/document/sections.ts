// appendSection: one tree followed by another as a new section (tree.ts Section), as a note verbale circulates its enclosure.
import type { Block, DocumentTree, Inline, Paragraph, Section } from './tree.js';

/** Every block id of some blocks (paragraphs and list items, at any depth). */
function idsOf(blocks: readonly Block[], out: Set<string>): Set<string> {
  const para = (p: Paragraph) => void (p.id !== undefined && out.add(p.id));
  for (const b of blocks) {
    switch (b.kind) {
      case 'paragraph': para(b); break;
      case 'list': for (const item of b.items) { if (item.id !== undefined) out.add(item.id); idsOf(item.blocks, out); } break;
      case 'parallelRow': for (const cell of b.cells) idsOf(cell, out); break;
      case 'signatureBlock': for (const c of b.columns) [...c.heading, ...c.signatory].forEach(para); break;
      case 'letterhead': b.blocks.forEach(para); break;
      case 'pageBreak': case 'spacer': break;
    }
  }
  return out;
}

/** The blocks with every id and cross-reference target renamed by `rename`. */
function renamed(blocks: readonly Block[], rename: (id: string) => string): Block[] {
  const inline = (i: Inline): Inline => {
    switch (i.kind) {
      case 'crossReference': return { ...i, target: rename(i.target), children: i.children.map(inline) };
      case 'emphasis': case 'strong': return { ...i, children: i.children.map(inline) };
      case 'text': case 'blank': case 'lineBreak': return i;
    }
  };
  const para = (p: Paragraph): Paragraph => ({ ...p, ...(p.id !== undefined ? { id: rename(p.id) } : {}), children: p.children.map(inline) });
  return blocks.map((b): Block => {
    switch (b.kind) {
      case 'paragraph': return para(b);
      case 'list': return { ...b, items: b.items.map((item) => ({ ...item, ...(item.id !== undefined ? { id: rename(item.id) } : {}), blocks: renamed(item.blocks, rename) })) };
      case 'parallelRow': return { ...b, cells: b.cells.map((cell) => renamed(cell, rename)) };
      case 'signatureBlock': return { ...b, columns: b.columns.map((c) => ({ ...c, heading: c.heading.map(para), signatory: c.signatory.map(para) })) };
      case 'letterhead': return { ...b, blocks: b.blocks.map(para) };
      case 'pageBreak': case 'spacer': return b;
    }
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
  };
  return {
    ...tree,
    styles: { ...next.styles, ...tree.styles },
    sections: [...(tree.sections ?? []), section, ...(next.sections ?? []).map((s) => ({ ...s, blocks: fix(s.blocks) }))],
  };
}
