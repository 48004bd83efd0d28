// Parallel rows and signature blocks -> borderless fixed-width Word tables (ECMA-376 §17.4: w:tbl, w:tblLayout fixed).
import { Paragraph, Table, TableCell, TableLayoutType, TableRow, WidthType, type ITableBordersOptions } from 'docx';
import type { ParallelRow, SignatureBlock, SignatureColumn } from '../../document/index.js';
import type { RenderContext } from './context.js';
import type { BlockRenderer } from './lists.js';
import { fontSizeOf, renderParagraph } from './paragraphs.js';

/** Space between columns: 8 mm, split between the facing cell margins; outer edges stay on the page margin. */
const GAP = 454;
const NONE = { style: 'none', size: 0, color: 'auto' } as const;
const NO_BORDERS: ITableBordersOptions = {
  top: NONE, bottom: NONE, left: NONE, right: NONE, insideHorizontal: NONE, insideVertical: NONE,
};

function columnWidths(count: number, indent: number, textWidth: number): number[] {
  const total = textWidth - indent;
  const each = Math.floor(total / count);
  return Array.from({ length: count }, (_, i) => (i === count - 1 ? total - each * (count - 1) : each));
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

/** Consecutive parallel rows make one table, one Word row each; rows may break across pages. */
export function renderParallel(rows: readonly ParallelRow[], ctx: RenderContext, indent: number, renderBlocks: BlockRenderer): Table {
  const count = Math.max(1, ...rows.map((r) => r.cells.length));
  const widths = columnWidths(count, indent, ctx.textWidth);
  const tableRows = rows.map(
    (row) =>
      new TableRow({
        children: widths.map((w, i) => {
          const outer = ctx.measure;
          ctx.measure = w - (i === 0 ? 0 : GAP / 2) - (i === count - 1 ? 0 : GAP / 2);
          const content = renderBlocks(row.cells[i] ?? [], ctx, 0);
          ctx.measure = outer;
          // Word ignores page breaks inside a table row (w:pageBreakBefore in a cell): none leaks to the next cell.
          ctx.breakBefore = false;
          return cell(content, w, i, count);
        }),
        // docx sets keepNext on every paragraph of the row's cells: Word keeps a row with the next that way.
        ...(row.keepWithNext ? { keepNext: true } : {}),
      }),
  );
  return table(tableRows, widths, indent);
}

/** The line to sign on: underscores over 70 % of the column, in the signatory's style, with room above to sign. */
function signatureLine(column: SignatureColumn, width: number, ctx: RenderContext): Paragraph {
  const model = column.signatory[0] ?? column.heading[column.heading.length - 1];
  const style = model?.style ?? '';
  const ems = (0.7 * width) / 20 / fontSizeOf(ctx, style);
  const line = { kind: 'paragraph' as const, style, lang: column.lang, children: [{ kind: 'blank' as const, width: ems }] };
  return renderParagraph(line, ctx, { spaceBefore: 30 });
}

/** One column per party, in one row that never splits across pages (w:cantSplit). */
export function renderSignatures(block: SignatureBlock, ctx: RenderContext, indent: number): Table {
  const count = Math.max(1, block.columns.length);
  const widths = columnWidths(count, indent, ctx.textWidth);
  const cells = widths.map((w, i) => {
    const column = block.columns[i];
    if (column === undefined) return cell([], w, i, count);
    const inner = w - (i === 0 ? 0 : GAP / 2) - (i === count - 1 ? 0 : GAP / 2);
    const paragraphs = [
      ...column.heading.map((p) => renderParagraph(p, ctx)),
      signatureLine(column, inner, ctx),
      ...column.signatory.map((p) => renderParagraph(p, ctx)),
    ];
    return cell(paragraphs, w, i, count);
  });
  return table([new TableRow({ children: cells, cantSplit: true })], widths, indent);
}
