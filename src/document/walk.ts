// The one walk over a document tree, for every stage that visits or rewrites its blocks and inlines: a new kind of
// block or inline is handled here once (the switches are exhaustive: a kind not handled is a compile error).
import type { Block, BlockChange, Inline, ListItem, Paragraph } from './tree.js';

/** Where a paragraph stands, for visitors that need it. */
export interface ParagraphPlace {
  /** The list item this paragraph opens: the item's label is set before it. */
  item?: ListItem;
  /** The block kind that holds it directly (absent: the section itself). */
  in?: 'listItem' | 'parallelCell' | 'signatureHeading' | 'signatory' | 'letterhead';
}

export interface BlockVisitor {
  /** Every block, containers before their contents. */
  block?(b: Block): void;
  item?(item: ListItem): void;
  paragraph?(p: Paragraph, place: ParagraphPlace): void;
}

/** Visits `blocks` in reading order: a list's items in turn, a parallel row's cells left to right, a signature
 *  block's columns each heading then signatory, a letterhead's lines. */
export function walkBlocks(blocks: readonly Block[], v: BlockVisitor, within?: ParagraphPlace['in']): void {
  const para = (p: Paragraph, place: ParagraphPlace) => v.paragraph?.(p, place);
  for (const b of blocks) {
    v.block?.(b);
    switch (b.kind) {
      case 'paragraph': para(b, within ? { in: within } : {}); break;
      case 'list':
        for (const item of b.items) {
          v.item?.(item);
          item.blocks.forEach((child, k) => {
            if (k === 0 && child.kind === 'paragraph') { v.block?.(child); para(child, { item, in: 'listItem' }); } else walkBlocks([child], v, 'listItem');
          });
        }
        break;
      case 'parallelRow': for (const cell of b.cells) walkBlocks(cell, v, 'parallelCell'); break;
      case 'signatureBlock':
        for (const c of b.columns) {
          c.heading.forEach((p) => para(p, { in: 'signatureHeading' }));
          c.signatory.forEach((p) => para(p, { in: 'signatory' }));
        }
        break;
      case 'letterhead': b.blocks.forEach((p) => para(p, { in: 'letterhead' })); break;
      case 'pageBreak': case 'spacer': break;
    }
  }
}

export interface BlockMapper {
  paragraph?(p: Paragraph): Paragraph;
  item?(item: ListItem): ListItem;
}

/** `blocks` rebuilt with every paragraph (wherever it stands) passed through `m.paragraph` and every list item
 *  through `m.item` (before its blocks are mapped); everything else is copied as it is. */
export function mapBlocks(blocks: readonly Block[], m: BlockMapper): Block[] {
  const para = (p: Paragraph): Paragraph => (m.paragraph ? m.paragraph(p) : p);
  return blocks.map((b): Block => {
    switch (b.kind) {
      case 'paragraph': return para(b);
      case 'list': return { ...b, items: b.items.map((i) => { const item = m.item ? m.item(i) : i; return { ...item, blocks: mapBlocks(item.blocks, m) }; }) };
      case 'parallelRow': return { ...b, cells: b.cells.map((c) => mapBlocks(c, m)) };
      case 'signatureBlock': return { ...b, columns: b.columns.map((c) => ({ ...c, heading: c.heading.map(para), signatory: c.signatory.map(para) })) };
      case 'letterhead': return { ...b, blocks: b.blocks.map(para) };
      case 'pageBreak': case 'spacer': return b;
    }
  });
}

/** `blocks` as parts of an inserted or deleted unit: every paragraph in them (that has no change of its own) takes
 *  `change`, so every writer marks all their text, labels included. */
export function withChange(blocks: readonly Block[], change: BlockChange): Block[] {
  return mapBlocks(blocks, {
    paragraph: (p) => (p.change ? p : { ...p, change }),
    item: (item) => (item.change ? item : { ...item, change }),
  });
}

/** The inlines inside a container inline (emphasis, strong, a cross-reference, an insertion or deletion); none for a
 *  text run, a blank or a line break. */
export function inlineChildren(i: Inline): readonly Inline[] | undefined {
  switch (i.kind) {
    case 'emphasis': case 'strong': case 'crossReference': case 'inserted': case 'deleted': return i.children;
    case 'text': case 'blank': case 'lineBreak': return undefined;
  }
}

/** `list` rebuilt bottom-up: each container's children mapped first, then `f` applied to every inline. */
export function mapInlines(list: readonly Inline[], f: (i: Inline) => Inline): Inline[] {
  return list.map((i) => {
    const children = inlineChildren(i);
    return f(children ? ({ ...i, children: mapInlines(children, f) } as Inline) : i);
  });
}

/** Every text run of `list` in order, with the container inlines around it (innermost last). */
export function eachText(list: readonly Inline[], visit: (run: Extract<Inline, { kind: 'text' }>, around: readonly Inline[]) => void, around: Inline[] = []): void {
  for (const i of list) {
    if (i.kind === 'text') visit(i, around);
    const children = inlineChildren(i);
    if (children) eachText(children, visit, [...around, i]);
  }
}
