// Document blocks -> the vertical flow: paragraph lines, spacing, keeps, parallel rows (lists in lists.ts).
import { error, type Diagnostic } from '../diagnostics/index.js';
import type { Block, Paragraph, ParagraphFormat, ParallelRow, Stylesheet } from '../document/index.js';
import type { Flow, LineBox, Row } from './flow.js';
import { addList } from './lists.js';
import { layoutParagraph } from './paragraph.js';
import { layoutLetterhead, layoutSignatureBlock } from './signature.js';
import { firstLang, tagLines, type TagPlace } from './structure.js';

export interface FlowContext {
  styles: Stylesheet;
  /** Column width and the left edge of paragraphs in it (lists indent it). */
  width: number;
  left: number;
  /** Left edge that list levels count from. */
  listBase: number;
  /** Space between the cells of a parallel row. */
  gutter: number;
  diagnostics: Diagnostic[];
  /** Where the structure elements of the blocks laid out go; absent: untagged (a measuring pass). */
  tags?: TagPlace;
  /** Inside a parallel row's cell: its paragraphs' lines are kept (SHARED_LINES), since the DOCX writer lays the same
   *  rows out (rows.ts rowShape) before the PDF does. */
  shared?: boolean;
}

/** `ctx` with its blocks' elements going under `parent`. */
export function under(ctx: FlowContext, parent: number): FlowContext {
  return ctx.tags ? { ...ctx, tags: { builder: ctx.tags.builder, parent } } : ctx;
}

/** Accumulates a flow: spacing between blocks is summed (after + before) and emitted as one gap. */
export interface FlowBuilder {
  out: Flow[];
  gap: number;
  /** The part of `gap` that may shrink (paragraph spacing, PARAGRAPH_SPACE_SHRINK of it; a spacer is rigid). */
  shrink: number;
  /** Space before the first block (a cell lifts it out to the row), and the part of it that may shrink. */
  lead: number;
  leadShrink: number;
  keepNext: boolean;
}

export const newBuilder = (): FlowBuilder => ({ out: [], gap: 0, shrink: 0, lead: 0, leadShrink: 0, keepNext: false });

/** The share of a paragraph's space before and after that may shrink, as TeX's \\medskip and \\bigskip may
 *  (6pt minus 2pt, 12pt minus 4pt), and as a justified line's spaces may (breakItems.ts). Only a page that then
 *  reaches a forced break (its section's end, a page break) takes it (paginate.ts). */
export const PARAGRAPH_SPACE_SHRINK = 1 / 3;

/** Adds the first element of a block, after the pending gap, honouring keepWithNext of the block before. */
function startBlock(b: FlowBuilder, el: LineBox | Row): void {
  if (b.out.length === 0) {
    b.lead += b.gap;
    b.leadShrink += b.shrink;
  } else if (b.gap > 0) {
    b.out.push({ kind: 'gap', h: b.gap, keep: b.keepNext, ...(b.shrink > 0 ? { shrink: b.shrink } : {}) });
    // Break before the gap, never between it and the block: no space left dangling at a page top.
    el.keep = true;
  } else if (b.keepNext) el.keep = true;
  b.gap = 0;
  b.shrink = 0;
  b.keepNext = false;
  b.out.push(el);
}

export const DEFAULT_FORMAT: ParagraphFormat = { align: 'left', fontSize: 11, spaceBefore: 0, spaceAfter: 0, lineHeight: 1.2 };

export function formatOf(style: string, ctx: FlowContext): ParagraphFormat {
  const format = ctx.styles[style];
  if (format) return format;
  ctx.diagnostics.push(error('LAYOUT_UNKNOWN_STYLE', `The document uses a paragraph style "${style}" that its stylesheet does not define.`, { hint: 'This is a template error: add the style to the template set\'s stylesheet.' }));
  return DEFAULT_FORMAT;
}

/** A list item's label: its text, the room it hangs in, and whether it is set flush right in that room. */
export interface ItemLabel {
  text: string;
  hang: number;
  flushRight: boolean;
  /** The structure element of the label (a list item's Lbl). */
  tag?: number;
}

/**
 * The lines of a parallel cell's paragraphs, by paragraph, as laid out first: the DOCX writer's rowShape lays each
 * row of a parallel text out (untagged) to learn whether the PDF could split it, and the PDF's layout of the same tree
 * then takes the same lines here instead of breaking them again. Keyed by the paragraph block, its format, the
 * placement and the label; a copy each time (line and item objects are new: tagging, anchors and keeps write to
 * them), so a hit gives exactly what a new layout would. Weak: it goes with the tree.
 */
const SHARED_LINES = new WeakMap<Paragraph, { key: string; format: ParagraphFormat; lines: LineBox[] }[]>();

const copyLines = (lines: readonly LineBox[]): LineBox[] => lines.map((l) => ({ kind: 'box', h: l.h, keep: l.keep, items: l.items.map((i) => ({ ...i })) }));

function paragraphLines(p: Paragraph, para: Paragraph, format: ParagraphFormat, placement: Parameters<typeof layoutParagraph>[2], shared: boolean): LineBox[] {
  if (!shared) return layoutParagraph(para, format, placement);
  const key = `${placement.left}|${placement.width}|${placement.hang ?? ''}|${placement.labelFlushRight ?? ''}|${para.label ?? ''}`;
  let known = SHARED_LINES.get(p);
  const hit = known?.find((k) => k.key === key && k.format === format);
  if (hit) return copyLines(hit.lines);
  const lines = layoutParagraph(para, format, placement);
  if (!known) SHARED_LINES.set(p, (known = []));
  known.push({ key, format, lines: copyLines(lines) });
  return lines;
}

export function addParagraph(p: Paragraph, ctx: FlowContext, b: FlowBuilder, label?: ItemLabel): void {
  const format = formatOf(p.style, ctx);
  const para = label && !p.label ? { ...p, label: label.text } : p;
  const lines = paragraphLines(p, para, format, { left: ctx.left, width: ctx.width, ...(label ? { hang: label.hang, labelFlushRight: label.flushRight } : {}) }, ctx.shared === true);
  if (ctx.tags) {
    const labelTag = label && (label.text || p.label) ? label.tag : undefined;
    tagLines(lines, ctx.tags.builder.paragraph(p, ctx.tags.parent), ctx.tags.builder, labelTag);
  }
  if (p.id) lines[0]!.items.unshift({ kind: 'anchor', id: p.id, y: 0 });
  b.gap += format.spaceBefore;
  b.shrink += format.spaceBefore * PARAGRAPH_SPACE_SHRINK;
  startBlock(b, lines[0]!);
  for (let i = 1; i < lines.length; i++) b.out.push(lines[i]!);
  b.gap = format.spaceAfter;
  b.shrink = format.spaceAfter * PARAGRAPH_SPACE_SHRINK;
  b.keepNext = format.keepWithNext === true;
}

/** Rounding of positions and widths, in points, as the page guard allows (guard.ts). */
const COLUMN_TOLERANCE = 0.5;

/**
 * Text of a parallel cell must stay in its column (issue 10: the page guard checks the page's edges only, and a
 * word wider than a column would run into the other language's text). LAYOUT_COLUMN_OVERFLOW names the first text
 * that does, where it was written.
 */
function checkColumn(flow: readonly Flow[], width: number, column: number, ctx: FlowContext): void {
  for (const el of flow) {
    if (el.kind !== 'box') continue;
    for (const item of el.items) {
      if (item.kind !== 'text' || item.outline) continue;
      if (item.x >= -COLUMN_TOLERANCE && item.x + item.width <= width + COLUMN_TOLERANCE) continue;
      const text = item.text.length > 40 ? `${item.text.slice(0, 40)}…` : item.text;
      ctx.diagnostics.push(error('LAYOUT_COLUMN_OVERFLOW', `In column ${column + 1} of the parallel text, "${text}" is ${(item.x + item.width - width).toFixed(1)} pt wider than its column and would run into the next one.`, {
        ...(item.src ? { span: item.src } : {}),
        hint: 'Break the word or name (a space, or a hyphen where the language allows one), or shorten it.',
      }));
      return;
    }
  }
}

/** Lays each cell out in its own column; the row takes the largest space before and after its cells. */
/** A tagged row is a TR (of the table its neighbours share) whose cells are TDs, each in its cell's language: a
 *  reader reads a parallel text row by row, each language's version in turn. */
export function rowOf(cells: readonly (readonly Block[])[], ctx: FlowContext): { row: Row; lead: number; leadShrink: number; trail: number; trailShrink: number; keepNext: boolean } {
  const tags = ctx.tags;
  const tr = tags ? tags.builder.open('TR', tags.builder.lang(tags.parent), tags.builder.rowTable(tags.parent)) : undefined;
  const n = Math.max(1, cells.length);
  const width = (ctx.width - ctx.left - ctx.gutter * (n - 1)) / n;
  const row: Row = { kind: 'row', keep: false, cells: [], xs: [] };
  let lead = 0;
  let trail = 0;
  // The row's space shrinks as little as its cells' largest space does (the least shrink among the cells giving it).
  let leadShrink = 0;
  let trailShrink = 0;
  let keepNext = false;
  cells.forEach((cell, c) => {
    const cb = newBuilder();
    let inner: FlowContext = { ...ctx, width, left: 0, listBase: 0, shared: true };
    if (tags && tr !== undefined) inner = under(inner, tags.builder.open('TD', firstLang(cell, tags.builder.lang(tr)), tr));
    for (const block of cell) addBlock(block, inner, cb);
    checkColumn(cb.out, width, c, ctx);
    row.cells.push(cb.out);
    row.xs.push(ctx.left + c * (width + ctx.gutter));
    if (c === 0 || cb.lead > lead) [lead, leadShrink] = [cb.lead, cb.leadShrink];
    else if (cb.lead === lead) leadShrink = Math.min(leadShrink, cb.leadShrink);
    if (c === 0 || cb.gap > trail) [trail, trailShrink] = [cb.gap, cb.shrink];
    else if (cb.gap === trail) trailShrink = Math.min(trailShrink, cb.shrink);
    keepNext ||= cb.keepNext;
  });
  return { row, lead, leadShrink, trail, trailShrink, keepNext };
}

function addRow(block: ParallelRow, ctx: FlowContext, b: FlowBuilder): void {
  const { row, lead, leadShrink, trail, trailShrink, keepNext } = rowOf(block.cells, ctx);
  b.gap += lead;
  b.shrink += leadShrink;
  startBlock(b, row);
  b.gap = trail;
  b.shrink = trailShrink;
  b.keepNext = keepNext || block.keepWithNext === true;
}

export function addBlock(block: Block, ctx: FlowContext, b: FlowBuilder): void {
  switch (block.kind) {
    case 'paragraph':
      return addParagraph(block, ctx, b);
    case 'list':
      return addList(block, ctx, b);
    case 'parallelRow':
      return addRow(block, ctx, b);
    // Both are set whole: a signature block is never split across pages, nor is a letterhead.
    case 'signatureBlock':
      startBlock(b, layoutSignatureBlock(block, ctx));
      b.gap = 0;
      return;
    case 'letterhead':
      startBlock(b, layoutLetterhead(block, ctx));
      b.gap = 0;
      return;
    case 'pageBreak':
      b.out.push({ kind: 'pageBreak' });
      b.gap = 0;
      b.shrink = 0;
      b.keepNext = false;
      return;
    case 'spacer':
      b.gap += block.height;
      return;
  }
}
