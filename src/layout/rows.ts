// Whether this layout could ever split a parallel row across pages: the DOCX writer marks the others unsplittable
// (w:cantSplit), since LibreOffice splits a table row without widow and orphan control in its cells.
import { COLUMN_GAP, type Block, type Stylesheet } from '../document/index.js';
import { rowOf, type FlowContext } from './blocks.js';
import type { Flow } from './flow.js';

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

/** True when some cell of the row, set `width` points wide in all, has a legal break inside it. */
export function rowCanSplit(cells: readonly (readonly Block[])[], styles: Stylesheet, width: number): boolean {
  const ctx: FlowContext = { styles, width, left: 0, listBase: 0, gutter: COLUMN_GAP, diagnostics: [] };
  return rowOf(cells, ctx).row.cells.some(hasLegalCut);
}
