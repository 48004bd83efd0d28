// Whether this layout could ever split a parallel row across pages, and how tall it is set whole: the DOCX writer marks
// the rows it keeps whole unsplittable (w:cantSplit), since LibreOffice splits a table row without widow and orphan control in its cells.
import { COLUMN_GAP, type Block, type Stylesheet } from '../document/index.js';
import { rowOf, type FlowContext } from './blocks.js';
import { elementHeight, type Flow } from './flow.js';

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
