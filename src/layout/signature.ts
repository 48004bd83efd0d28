// Signature blocks (columns side by side) and letterheads (language blocks stacked), each set whole as one unbreakable box.
import { LETTERHEAD_GAP_LINES, SIGNATURE_GEOMETRY, type LangTag, type Letterhead, type Paragraph, type SignatureBlock } from '../document/index.js';
import { addBlock, formatOf, newBuilder, under, type FlowContext } from './blocks.js';
import { boxOf, elementHeight, placeElement, shiftItem, type Flow } from './flow.js';
import type { LineBox } from './paragraph.js';
import type { PageItem } from './types.js';

/** Room for a handwritten signature above the line, the gap between the line and the name below, the line's share
 *  of its column (document/page.ts: the DOCX draws the same). */
const { space: SIGNATURE_SPACE, nameGap: NAME_GAP, ruleShare: RULE_SHARE, langGap: LANG_GAP } = SIGNATURE_GEOMETRY;

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

/** A column's paragraphs stacked as one flow (the spacing between them as a lone stack has it), each element with the
 *  index of the paragraph it belongs to, and where each paragraph's first line starts and its last ends. */
interface Stacked {
  flow: Flow[];
  owner: number[];
  tops: number[];
  bottoms: number[];
}

function stacked(paragraphs: readonly Paragraph[], width: number, ctx: FlowContext): Stacked {
  const b = newBuilder();
  const inner: FlowContext = { ...ctx, width, left: 0, listBase: 0 };
  const owner: number[] = [];
  paragraphs.forEach((p, i) => {
    // The parallel text's column: the next language's lines at least LANG_GAP below the first's, in every column
    // alike (levelled below, the row starts where the tallest column puts it); docx/tables.ts does the same.
    if (i > 0 && p.lang !== paragraphs[i - 1]!.lang) b.gap += Math.max(0, LANG_GAP - formatOf(p.style, inner).spaceBefore);
    addBlock(p, inner, b);
    while (owner.length < b.out.length) owner.push(i);
  });
  const tops: number[] = [];
  const bottoms: number[] = [];
  let at = 0;
  b.out.forEach((el, k) => {
    if (el.kind === 'pageBreak') return;
    const i = owner[k]!;
    if (el.kind !== 'gap' && tops[i] === undefined) tops[i] = at;
    at += elementHeight(el);
    if (el.kind !== 'gap') bottoms[i] = at;
  });
  return { flow: b.out, owner, tops, bottoms };
}

/**
 * The rows of a signature block's columns levelled as a table's: the k-th paragraph of every column starts at one
 * height, the lowest its column's own stacking gives it (after the taller (k-1)-th of another column, each its own
 * spacing below). Returns each column's shift of each paragraph and the foot of the tallest column.
 */
function level(columns: readonly Stacked[]): { shifts: number[][]; height: number } {
  const shifts = columns.map(() => [] as number[]);
  const rows = Math.max(0, ...columns.map((c) => c.tops.length));
  for (let i = 0; i < rows; i++) {
    // A column's row i, moved down by what its row i - 1 was: where it would start; the row starts at the lowest.
    const natural = columns.map((c, n) => (c.tops[i] === undefined ? undefined : c.tops[i]! + (i > 0 ? shifts[n]![i - 1]! : 0)));
    const top = Math.max(...natural.filter((y): y is number => y !== undefined));
    columns.forEach((c, n) => shifts[n]!.push(c.tops[i] === undefined ? (shifts[n]![i - 1] ?? 0) : top - c.tops[i]!));
  }
  const height = Math.max(0, ...columns.map((c, n) => c.bottoms.reduce((foot, b, i) => Math.max(foot, b + shifts[n]![i]!), 0)));
  return { shifts, height };
}

/** Sets a stacked column at (x, y), each paragraph moved down by its shift (boxOf and place, in two steps as they do). */
function placeStacked(column: Stacked, shifts: readonly number[], x: number, y: number, out: PageItem[]): void {
  const items: PageItem[] = [];
  let at = 0;
  column.flow.forEach((el, k) => {
    if (el.kind === 'pageBreak') return;
    placeElement(el, 0, at + shifts[column.owner[k]!]!, items);
    at += elementHeight(el);
  });
  for (const item of items) out.push(shiftItem(item, x, y));
}

/** Each column: heading lines, room to sign, a signature line, then the signatory's lines. The columns' rows stand
 *  level (the k-th heading line of every party, the lines to sign on below the tallest heading, the k-th line of the
 *  signatories below them), as the DOCX's table rows set them (tables.ts renderSignatures). */
export function layoutSignatureBlock(block: SignatureBlock, ctx: FlowContext): LineBox {
  const n = Math.max(1, block.columns.length);
  const width = columnWidth(n, ctx);
  // Tagged: a table of one row, a cell a party (ISO 32000-1 §14.8.4.3.4), read column by column.
  const tags = ctx.tags;
  const tr = tags ? tags.builder.open('TR', tags.builder.lang(tags.parent), tags.builder.open('Table', tags.builder.lang(tags.parent), tags.parent)) : undefined;
  const cells = block.columns.map((col) => (tags && tr !== undefined ? under(ctx, tags.builder.open('TD', col.lang, tr)) : ctx));
  const headings = block.columns.map((col, c) => stacked(col.heading, width, cells[c]!));
  const heads = level(headings);
  const ruleY = heads.height + SIGNATURE_SPACE;
  const names = block.columns.map((col, c) => stacked(col.signatory, width, cells[c]!));
  const signatories = level(names);
  const items: PageItem[] = [];
  block.columns.forEach((_, c) => {
    const x = ctx.left + c * (width + ctx.gutter);
    placeStacked(headings[c]!, heads.shifts[c]!, x, 0, items);
    items.push({ kind: 'rule', x1: x, y1: ruleY, x2: x + width * RULE_SHARE, y2: ruleY, thickness: 0.5 });
    placeStacked(names[c]!, signatories.shifts[c]!, x, ruleY + NAME_GAP, items);
  });
  return { kind: 'box', h: ruleY + NAME_GAP + signatories.height, keep: false, items };
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
