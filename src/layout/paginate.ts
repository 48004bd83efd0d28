// The vertical flow -> pages: fill each page, break at the last legal point (keeps, widows, orphans),
// split parallel rows taller than a third of a page in all their columns at once, drop spacing at the top of a continued page.
import { elementHeight, flowHeight, placeElement, type Flow, type Gap, type Row } from './flow.js';
import { rowSetWhole } from './rows.js';
import type { PageItem } from './types.js';

export interface Area {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Float slack: a line that fits to within a thousandth of a point fits. */
const EPS = 1e-3;

interface Placed {
  index: number;
  items: PageItem[];
  solid: boolean;
}

const legalBefore = (el: Flow | undefined): boolean => el !== undefined && el.kind !== 'pageBreak' && !el.keep;

/** Where a cell may be cut so that its head fits in `avail`: the largest k (break before cell[k]), or -1. */
function cutCell(cell: readonly Flow[], avail: number, relaxed: boolean): number {
  let y = 0;
  let solid = false;
  let best = -1;
  for (let k = 0; k < cell.length; k++) {
    const el = cell[k]!;
    if (k > 0 && solid && (relaxed || legalBefore(el))) best = k;
    if (el.kind === 'pageBreak') continue;
    y += elementHeight(el);
    if (el.kind !== 'gap') {
      if (y > avail + EPS) break;
      solid = true;
    }
  }
  return best;
}

function dropLeadingGaps(flow: Flow[]): Flow[] {
  let k = 0;
  while (k < flow.length && (flow[k]!.kind === 'gap' || flow[k]!.kind === 'pageBreak')) k++;
  return flow.slice(k);
}

/** Splits a row that is taller than `avail`: every column breaks at its own last legal line, and the
 *  rest continues in the same columns on the next page. Null when some column cannot break legally. */
export function splitRow(row: Row, avail: number, relaxed: boolean): { head: Row; rest: Row } | null {
  const heads: Flow[][] = [];
  const tails: Flow[][] = [];
  for (const cell of row.cells) {
    if (flowHeight(cell) <= avail + EPS) {
      heads.push(cell);
      tails.push([]);
      continue;
    }
    const k = cutCell(cell, avail, relaxed);
    if (k < 0) return null;
    heads.push(cell.slice(0, k));
    tails.push(dropLeadingGaps(cell.slice(k)));
  }
  if (tails.every((t) => t.length === 0)) return null;
  return { head: { ...row, cells: heads }, rest: { ...row, keep: false, cells: tails } };
}

/** How much a gap gives back on a page set at shrink ratio `ratio` (0..1). */
const shrunk = (gap: Gap, ratio: number): number => gap.h - ratio * (gap.shrink ?? 0);

/**
 * Vertical glue, as TeX's page builder with \raggedbottom uses it: a page that overflows may take back up to the
 * shrink of its gaps (paragraph spacing, blocks.ts PARAGRAPH_SPACE_SHRINK), but only to reach a forced break, the end
 * of its section or a page break. An earlier natural break costs nothing and a shrunk page costs something, so TeX
 * shrinks a page only where a forced break (a penalty of -10000) follows; elsewhere pages stay at their natural
 * spacing. This keeps an execution clause a few points too tall on the signatures' page rather than a page of its own.
 * Returns the ratio (0..1] that sets flow[start, end) on one page, or undefined when it cannot or need not.
 */
function shrinkToForcedBreak(flow: readonly Flow[], start: number, height: number, natural: boolean): number | undefined {
  let y = 0;
  let bottom = 0;
  let give = 0;
  let pending = 0;
  let solid = false;
  for (let k = start; k < flow.length; k++) {
    const el = flow[k]!;
    if (el.kind === 'pageBreak') {
      if (solid) break;
      continue;
    }
    if (el.kind === 'gap') {
      // As paginate: a gap at the top of a page a natural break began is dropped; one above the first solid line stays whole.
      if (!solid && natural) continue;
      y += el.h;
      if (solid) pending += el.shrink ?? 0;
      continue;
    }
    // A row taller than a page would be split, a box taller than a page overflows anyway: no forced break to reach.
    y += elementHeight(el);
    bottom = y;
    give += pending;
    pending = 0;
    solid = true;
  }
  if (bottom <= height + EPS || give <= 0) return undefined;
  const ratio = (bottom - height) / give;
  return ratio <= 1 ? ratio : undefined;
}

export function paginate(input: readonly Flow[], area: Area): PageItem[][] {
  const flow = [...input];
  const pages: PageItem[][] = [];
  let i = 0;
  let natural = false;
  while (i < flow.length) {
    const start = i;
    const placed: Placed[] = [];
    let y = 0;
    let next = flow.length;
    let cut = Infinity;
    // The page's gaps at their natural height, or shrunk so that the page reaches its forced break.
    let ratio = 0;
    const hasSolid = (): boolean => placed.some((p) => p.solid);
    const heightOf = (el: Exclude<Flow, { kind: 'pageBreak' }>): number => (el.kind === 'gap' && hasSolid() ? shrunk(el, ratio) : elementHeight(el));
    const put = (index: number, el: Exclude<Flow, { kind: 'pageBreak' }>, solid: boolean): void => {
      const items: PageItem[] = [];
      const h = heightOf(el);
      placeElement(el, area.x, area.y + y, items);
      placed.push({ index, items, solid });
      y += h;
    };
    for (; i < flow.length; i++) {
      const el = flow[i]!;
      if (el.kind === 'pageBreak') {
        if (!hasSolid()) continue;
        next = i + 1;
        natural = false;
        break;
      }
      // Space at the top of a page that a natural break began is dropped (it separated text that is now apart).
      if (el.kind === 'gap' && !hasSolid() && natural) continue;
      const h = heightOf(el);
      if (el.kind === 'gap' ? y + h <= area.height + EPS || !hasSolid() : y + h <= area.height + EPS) {
        put(i, el, el.kind !== 'gap');
        continue;
      }
      if (ratio === 0) {
        const r = shrinkToForcedBreak(flow, start, area.height, natural);
        if (r !== undefined) {
          // Set the page again from its start with its gaps shrunk: everything up to the forced break now fits.
          ratio = r;
          placed.length = 0;
          y = 0;
          i = start - 1;
          continue;
        }
      }
      // A row up to a third of the page tall is never split (rows.ts rowSetWhole, as the DOCX's w:cantSplit): it goes
      // whole to the next page rather than leave one column's tail there alone.
      if (el.kind === 'row' && !rowSetWhole(elementHeight(el), area.height)) {
        const split = splitRow(el, area.height - y, !hasSolid());
        if (split) {
          put(i, split.head, true);
          flow[i] = split.rest;
          next = i;
          natural = true;
          break;
        }
      }
      if (!hasSolid()) {
        // Taller than a whole page and unbreakable: it stands alone and overflows (never expected in practice).
        put(i, el, true);
        continue;
      }
      next = cut = lastLegalBreak(start, i);
      natural = true;
      break;
    }
    pages.push(placed.filter((p) => p.index < cut).flatMap((p) => p.items));
    i = next;
  }
  return pages;

  /** The last index in (start, i] a page may break before with something solid above it; else i. */
  function lastLegalBreak(start: number, i: number): number {
    for (let j = i; j > start; j--) {
      if (!legalBefore(flow[j])) continue;
      for (let k = start; k < j; k++) if (flow[k]!.kind !== 'gap' && flow[k]!.kind !== 'pageBreak') return j;
    }
    return i;
  }
}
