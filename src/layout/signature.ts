// Signature blocks (columns side by side) and letterheads (language blocks stacked), each set whole as one unbreakable box.
import { LETTERHEAD_GAP_LINES, SIGNATURE_GEOMETRY, type LangTag, type Letterhead, type Paragraph, type SignatureBlock } from '../document/index.js';
import { addBlock, formatOf, newBuilder, under, type FlowContext } from './blocks.js';
import { boxOf, shiftItem } from './flow.js';
import type { LineBox } from './paragraph.js';
import type { PageItem } from './types.js';

/** Room for a handwritten signature above the line, the gap between the line and the name below, the line's share
 *  of its column (document/page.ts: the DOCX draws the same). */
const { space: SIGNATURE_SPACE, nameGap: NAME_GAP, ruleShare: RULE_SHARE } = SIGNATURE_GEOMETRY;

function columnWidth(n: number, ctx: FlowContext): number {
  return (ctx.width - ctx.left - ctx.gutter * (n - 1)) / n;
}

/** Paragraphs stacked in a column of `width`, as one box. */
function stack(paragraphs: readonly Paragraph[], width: number, ctx: FlowContext): LineBox {
  const b = newBuilder();
  const inner: FlowContext = { ...ctx, width, left: 0, listBase: 0 };
  for (const p of paragraphs) addBlock(p, inner, b);
  return boxOf(b.out, false);
}

function place(box: LineBox, dx: number, dy: number, out: PageItem[]): void {
  for (const item of box.items) out.push(shiftItem(item, dx, dy));
}

/** Each column: heading lines, room to sign, a signature line, then the signatory's lines.
 *  The lines of all columns stand at one height, below the tallest heading. */
export function layoutSignatureBlock(block: SignatureBlock, ctx: FlowContext): LineBox {
  const n = Math.max(1, block.columns.length);
  const width = columnWidth(n, ctx);
  // Tagged: a table of one row, a cell a party (ISO 32000-1 §14.8.4.3.4), read column by column.
  const tags = ctx.tags;
  const tr = tags ? tags.builder.open('TR', tags.builder.lang(tags.parent), tags.builder.open('Table', tags.builder.lang(tags.parent), tags.parent)) : undefined;
  const cells = block.columns.map((col) => (tags && tr !== undefined ? under(ctx, tags.builder.open('TD', col.lang, tr)) : ctx));
  const headings = block.columns.map((col, c) => stack(col.heading, width, cells[c]!));
  const ruleY = Math.max(0, ...headings.map((h) => h.h)) + SIGNATURE_SPACE;
  const items: PageItem[] = [];
  let bottom = ruleY;
  block.columns.forEach((col, c) => {
    const x = ctx.left + c * (width + ctx.gutter);
    place(headings[c]!, x, 0, items);
    items.push({ kind: 'rule', x1: x, y1: ruleY, x2: x + width * RULE_SHARE, y2: ruleY, thickness: 0.5 });
    const names = stack(col.signatory, width, cells[c]!);
    place(names, x, ruleY + NAME_GAP, items);
    bottom = Math.max(bottom, ruleY + NAME_GAP + names.h);
  });
  return { kind: 'box', h: bottom, keep: false, items };
}

/** The language blocks of a letterhead stacked over the full measure (tree.ts Letterhead): English above Russian, as
 *  the reference sets them, a blank line of the style's height between the blocks. */
export function layoutLetterhead(block: Letterhead, ctx: FlowContext): LineBox {
  const langs: LangTag[] = [];
  for (const p of block.blocks) if (!langs.includes(p.lang)) langs.push(p.lang);
  const items: PageItem[] = [];
  let h = 0;
  let after = 0;
  langs.forEach((lang, i) => {
    const group = block.blocks.filter((p) => p.lang === lang);
    if (i > 0) {
      // The space after the block above, as Word adds it, then the blank line.
      const format = formatOf(group[0]!.style, ctx);
      h += after + LETTERHEAD_GAP_LINES * format.fontSize * format.lineHeight;
    }
    const box = stack(group, ctx.width - ctx.left, ctx);
    place(box, ctx.left, h, items);
    h += box.h;
    after = formatOf(group[group.length - 1]!.style, ctx).spaceAfter;
  });
  return { kind: 'box', h, keep: false, items };
}
