// Whether this layout could ever split a parallel row across pages, and how tall it is set whole: the DOCX writer marks
// the rows it keeps whole unsplittable (w:cantSplit), since LibreOffice splits a table row without widow and orphan control in its cells.
// One rule for both writers (rowSetWhole): the PDF's paginator moves the same rows whole to the next page.
import { COLUMN_GAP, type Block, type Stylesheet } from '../document/index.js';
import { rowOf, type FlowContext } from './blocks.js';
import { elementHeight, type Flow } from './flow.js';

/** The tallest parallel row, as a share of the page body's height, that is never split across pages though its cells
 *  could break (both writers: paginate.ts, and the DOCX's w:cantSplit): moving it to the next page leaves at most that
 *  share of a page blank at the foot of the one before. A taller row splits in every column at once. LibreOffice 7.4
 *  splits a row with no widow, orphan or keep control in its cells and left hyphens at a page's foot (df35a47); the
 *  PDF split such rows too, leaving one language's tail alone on the next page. The samples' splittable rows are 55 to
 *  207 pt tall (of 714). */
export const WHOLE_ROW_SHARE = 1 / 3;

/** Whether a row `height` points tall stands whole on a page whose body is `body` points tall. */
export function rowSetWhole(height: number, body: number): boolean {
  return height <= WHOLE_ROW_SHARE * body;
}

/** A cell can be cut before element k when k is not kept with what precedes it and something solid stands above
 *  (paginate.ts cutCell, legalBefore): its paragraphs' widow and orphan keeps, keep-with-next and gaps decide. */
function hasLegalCut(cell: readonly Flow[]): boolean {
  let solid = false;
  for (const el of cell) {
    if (solid && el.kind !== 'pageBreak' && !el.keep) return true;
    if (el.kind !== 'gap' && el.kind !== 'pageBreak') solid = true;
  }
  return false;
}

/** Whether some cell of the row, set `width` points wide in all, has a legal break inside it, and the row's height
 *  set whole (its tallest cell), in points. */
export function rowShape(cells: readonly (readonly Block[])[], styles: Stylesheet, width: number): { canSplit: boolean; height: number } {
  const ctx: FlowContext = { styles, width, left: 0, listBase: 0, gutter: COLUMN_GAP, diagnostics: [] };
  const { row } = rowOf(cells, ctx);
  return { canSplit: row.cells.some(hasLegalCut), height: elementHeight(row) };
}
