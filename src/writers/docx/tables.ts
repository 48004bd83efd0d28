// Parallel rows and signature blocks -> borderless fixed-width Word tables (ECMA-376 §17.4: w:tbl, w:tblLayout fixed),
// with the PDF's columns: equal text widths, COLUMN_GAP apart (document/page.ts), the outer edges on the page margin.
import { LineRuleType, Paragraph, Table, TableCell, TableLayoutType, TableRow, WidthType, type ITableBordersOptions } from 'docx';
import { COLUMN_GAP, SIGNATURE_GEOMETRY, walkBlocks, type ParallelRow, type SignatureBlock, type SignatureColumn } from '../../document/index.js';
import { rowSetWhole, rowShape } from '../../layout/rows.js';
import type { RenderContext } from './context.js';
import type { BlockRenderer } from './lists.js';
import { changeAttributes } from './inlines.js';
import { fontSizeOf, formatOf, renderParagraph } from './paragraphs.js';
import { PT_SERIF_DESCENT_EM, twips, UNDERSCORE_CENTRE_EM } from './measure.js';

/** Space between columns, split between the facing cell margins. */
const GAP = twips(COLUMN_GAP);
const NONE = { style: 'none', size: 0, color: 'auto' } as const;
const NO_BORDERS: ITableBordersOptions = {
  top: NONE, bottom: NONE, left: NONE, right: NONE, insideHorizontal: NONE, insideVertical: NONE,
};

interface Columns {
  /** Cell widths (text width plus the cell's inner margins). */
  cells: number[];
  /** Width of the text in each cell: the same for every column, as in the PDF. */
  text: number;
}

function columns(count: number, indent: number, textWidth: number): Columns {
  const total = textWidth - indent;
  const text = Math.floor((total - GAP * (count - 1)) / count);
  const cells = Array.from({ length: count }, (_, i) => text + (i === 0 ? 0 : GAP / 2) + (i === count - 1 ? 0 : GAP / 2));
  // Rounding leaves a twip or two: the last cell takes them, so the table spans the text column exactly.
  cells[count - 1] = cells[count - 1]! + total - cells.reduce((a, b) => a + b, 0);
  return { cells, text };
}

function cell(children: (Paragraph | Table)[], width: number, column: number, count: number): TableCell {
  // A cell must end with a paragraph (ECMA-376 §17.4.66 w:tc).
  const content = children.length === 0 || children[children.length - 1] instanceof Table ? [...children, new Paragraph({})] : children;
  return new TableCell({
    children: content,
    width: { size: width, type: WidthType.DXA },
    margins: {
      top: 0,
      bottom: 0,
      left: column === 0 ? 0 : GAP / 2,
      right: column === count - 1 ? 0 : GAP / 2,
    },
  });
}

function table(rows: TableRow[], widths: number[], indent: number): Table {
  return new Table({
    rows,
    columnWidths: widths,
    width: { size: widths.reduce((a, b) => a + b, 0), type: WidthType.DXA },
    layout: TableLayoutType.FIXED,
    borders: NO_BORDERS,
    ...(indent > 0 ? { indent: { size: indent, type: WidthType.DXA } } : {}),
  });
}

/** The change every paragraph of a row shares, if they share one. */
function rowChange(row: ParallelRow): 'inserted' | 'deleted' | undefined {
  const kinds = new Set<string | undefined>();
  walkBlocks(row.cells.flat(), { paragraph: (p, place) => void kinds.add((p.change ?? place.item?.change)?.kind) });
  const [only] = [...kinds];
  return kinds.size === 1 && (only === 'inserted' || only === 'deleted') ? only : undefined;
}

/** Consecutive parallel rows make one table, one Word row each; rows may break across pages. A row keeps with the
 *  next when the tree says so or when a cell ends with a keep-with-next paragraph, as the PDF's layout decides. */
export function renderParallel(rows: readonly ParallelRow[], ctx: RenderContext, indent: number, renderBlocks: BlockRenderer): Table {
  const count = Math.max(1, ...rows.map((r) => r.cells.length));
  const cols = columns(count, indent, ctx.textWidth);
  let keep = false;
  const tableRows = rows.map((row) => {
    let cellKeeps = false;
    const children = cols.cells.map((w, i) => {
      const outer = ctx.measure;
      ctx.measure = cols.text;
      ctx.keepNext = false;
      const content = renderBlocks(row.cells[i] ?? [], ctx, 0);
      cellKeeps ||= ctx.keepNext;
      ctx.measure = outer;
      // Word ignores page breaks inside a table row (w:pageBreakBefore in a cell): none leaks to the next cell.
      ctx.breakBefore = false;
      return cell(content, w, i, count);
    });
    keep = row.keepWithNext === true || cellKeeps;
    // A row the PDF would never split (its cells' paragraphs too short to leave two lines on each page) never splits
    // here either: LibreOffice would split it leaving a widow or an orphan in a cell. Nor does a row up to a third of
    // the page tall, which the PDF never splits either (rows.ts rowSetWhole): LibreOffice 7.4 splits a row with neither
    // widow and orphan control nor keep-together in its cells (w:keepLines there changes nothing), and leaves a hyphen
    // at the page's foot where the PDF never does (three parallel samples did); Word has no rule against that hyphen.
    const shape = rowShape(row.cells, ctx.sheet, ctx.layoutWidth - indent / 20);
    const whole = !shape.canSplit || rowSetWhole(shape.height, ctx.layoutHeight);
    // A row whose every paragraph was inserted (or deleted) is an inserted (deleted) row (ECMA-376 §17.13.5.17, .12):
    // accepting or rejecting removes the row itself, not only its text.
    const change = rowChange(row);
    const tracked = change ? { [change === 'inserted' ? 'insertion' : 'deletion']: changeAttributes({ kind: change, revisions: ctx.revisions }) } : {};
    // docx sets keepNext on every paragraph of the row's cells: Word keeps a row with the next that way.
    return new TableRow({ children, ...(keep ? { keepNext: true } : {}), ...(whole ? { cantSplit: true } : {}), ...tracked });
  });
  ctx.keepNext = keep;
  return table(tableRows, cols.cells, indent);
}

/** The style the signature line is set in: the signatory's, else the last heading's. */
function lineStyle(column: SignatureColumn): string {
  return (column.signatory[0] ?? column.heading[column.heading.length - 1])?.style ?? '';
}

/**
 * Where the underscores' centre stands in their line, from its top, in points: the baseline a descent above the foot
 * of the line (Word and LibreOffice take a "multiple" under one line from above the text), the underscore below it.
 */
function ruleInLine(style: string, ctx: RenderContext): { rule: number; height: number } {
  const size = fontSizeOf(ctx, style);
  const height = size * formatOf(ctx, style).lineHeight;
  return { rule: height - size * PT_SERIF_DESCENT_EM + size * UNDERSCORE_CENTRE_EM, height };
}

/** The line to sign on: underscores over the PDF's share of the column, in the signatory's style, centred
 *  SIGNATURE_GEOMETRY.space below the foot of the headings' row. */
function signatureLine(column: SignatureColumn, width: number, ctx: RenderContext): Paragraph {
  const style = lineStyle(column);
  const ems = (SIGNATURE_GEOMETRY.ruleShare * width) / 20 / fontSizeOf(ctx, style);
  const line = { kind: 'paragraph' as const, style, role: 'text' as const, lang: column.lang, children: [{ kind: 'blank' as const, width: ems }] };
  return renderParagraph(line, ctx, { spaceBefore: SIGNATURE_GEOMETRY.space - ruleInLine(style, ctx).rule });
}

/** Space before the signatory's first line: the PDF's gap below the line, less what the line's paragraph holds. */
function nameGap(column: SignatureColumn, ctx: RenderContext): number {
  const { rule, height } = ruleInLine(lineStyle(column), ctx);
  return Math.max(0, SIGNATURE_GEOMETRY.nameGap - (height - rule));
}

/** An empty paragraph a twip tall: what a cell holds where its column has no line of that row (a cell must hold a
 *  paragraph, §17.4.66), and what closes a kept group. */
const hairline = (): Paragraph => new Paragraph({ spacing: { before: 0, after: 0, line: 1, lineRule: LineRuleType.EXACT } });

/**
 * One table row a line of the block, as the PDF levels them (layout/signature.ts): a row for each k-th heading
 * paragraph of the parties, one for the signature lines, one for each k-th signatory paragraph; every row never splits
 * (w:cantSplit, §17.4.6) and keeps with the next (w:keepNext on its paragraphs). Each cell starts at its row's top, so
 * the k-th lines of all columns stand level however many lines another column's line above takes, and the lines to
 * sign on stand below the tallest heading.
 */
/** The parallel text's column: the next language's lines at least SIGNATURE_GEOMETRY.langGap below the first's, in
 *  every column alike, as the PDF sets them (layout/signature.ts). */
function langGap(lines: SignatureColumn['heading'], k: number, ctx: RenderContext): { spaceBefore?: number } {
  const p = lines[k]!;
  if (k === 0 || lines[k - 1]!.lang === p.lang) return {};
  return { spaceBefore: Math.max(formatOf(ctx, p.style).spaceBefore, SIGNATURE_GEOMETRY.langGap) };
}

export function renderSignatures(block: SignatureBlock, ctx: RenderContext, indent: number): Table {
  const count = Math.max(1, block.columns.length);
  const cols = columns(count, indent, ctx.textWidth);
  const outer = ctx.measure;
  ctx.measure = cols.text;
  const rowOf = (paragraph: (column: SignatureColumn) => Paragraph | undefined): TableCell[] =>
    cols.cells.map((w, i) => {
      const column = block.columns[i];
      return cell([(column && paragraph(column)) ?? hairline()], w, i, count);
    });
  const most = (lines: (column: SignatureColumn) => readonly unknown[]) => Math.max(0, ...block.columns.map((c) => lines(c).length));
  const rows: TableCell[][] = [
    ...Array.from({ length: most((c) => c.heading) }, (_, k) => rowOf((c) => {
      const p = c.heading[k];
      return p === undefined ? undefined : renderParagraph(p, ctx, langGap(c.heading, k, ctx));
    })),
    rowOf((c) => signatureLine(c, cols.text, ctx)),
    ...Array.from({ length: most((c) => c.signatory) }, (_, k) =>
      rowOf((c) => {
        const p = c.signatory[k];
        return p === undefined ? undefined : renderParagraph(p, ctx, k === 0 ? { spaceBefore: nameGap(c, ctx) } : langGap(c.signatory, k, ctx));
      })),
  ];
  ctx.measure = outer;
  ctx.keepNext = false;
  return table(rows.map((children, r) => new TableRow({ children, cantSplit: true, ...(r < rows.length - 1 ? { keepNext: true } : {}) })), cols.cells, indent);
}

/**
 * A group that must stand on one page, as one borderless single-cell table whose row never splits (w:cantSplit): the
 * signature block, with the parallel rows of the execution clause before it. Word keeps a table row with the next by
 * w:keepNext on its paragraphs, but LibreOffice does not (it keeps a paragraph with a table, never a row with a row
 * or a table with the next): the one row holds for both. A cell must end with a paragraph (§17.4.66): a closing one
 * a twip tall.
 */
export function keepTogether(children: (Paragraph | Table)[], ctx: RenderContext, indent: number): Table {
  const width = ctx.textWidth - indent;
  const only = new TableCell({
    children: [...children, hairline()],
    width: { size: width, type: WidthType.DXA },
    margins: { top: 0, bottom: 0, left: 0, right: 0 },
  });
  return table([new TableRow({ children: [only], cantSplit: true })], [width], indent);
}
