// The vertical flow that pagination cuts into pages: line boxes, discardable gaps, parallel rows, page breaks.
import type { LineBox } from './paragraph.js';
import type { PageItem, TextItem } from './types.js';

export type { LineBox };

/** Space between blocks: dropped at the top of a page that a natural break started. */
export interface Gap {
  kind: 'gap';
  h: number;
  keep: boolean;
  /** How much of `h` a page may take back to reach a forced break (TeX's glue shrink, paginate.ts); 0: none. */
  shrink?: number;
}

/** Cells side by side, each its own flow starting at the row's top; `xs` are the cells' left edges. */
export interface Row {
  kind: 'row';
  keep: boolean;
  cells: Flow[][];
  xs: number[];
}

export interface ForcedBreak {
  kind: 'pageBreak';
}

export type Flow = LineBox | Gap | Row | ForcedBreak;

const round = (v: number): number => Math.round(v * 100) / 100;

/** An item moved by (dx, dy), positions rounded to 0.01 pt so output bytes never depend on float noise. */
export function shiftItem(item: PageItem, dx: number, dy: number): PageItem {
  switch (item.kind) {
    case 'text':
      // A spread keeps every optional field (grey, opacity, rotation, outline, source span) as the item had it.
      return { ...item, x: round(item.x + dx), y: round(item.y + dy), width: round(item.width) };
    case 'rule':
      return { kind: 'rule', x1: round(item.x1 + dx), y1: round(item.y1 + dy), x2: round(item.x2 + dx), y2: round(item.y2 + dy), thickness: item.thickness, ...(item.color ? { color: item.color } : {}) };
    case 'link':
      return { kind: 'link', x: round(item.x + dx), y: round(item.y + dy), width: round(item.width), height: round(item.height), target: item.target, ...(item.tag ? { tag: item.tag } : {}) };
    case 'anchor':
      return { kind: 'anchor', id: item.id, y: round(item.y + dy) };
  }
}

/** Height of a flow set whole (no page break inside), trailing gaps excluded. */
export function flowHeight(flow: readonly Flow[]): number {
  let y = 0;
  let solid = 0;
  for (const el of flow) {
    if (el.kind === 'pageBreak') continue;
    y += elementHeight(el);
    if (el.kind !== 'gap') solid = y;
  }
  return solid;
}

export function elementHeight(el: LineBox | Gap | Row): number {
  if (el.kind === 'row') return Math.max(0, ...el.cells.map(flowHeight));
  return el.h;
}

/** Sets a flow whole at (x, y) into `out`; returns its height. */
export function stackFlow(flow: readonly Flow[], x: number, y: number, out: PageItem[]): number {
  let at = y;
  for (const el of flow) {
    if (el.kind === 'pageBreak') continue;
    placeElement(el, x, at, out);
    at += elementHeight(el);
  }
  return flowHeight(flow);
}

export function placeElement(el: LineBox | Gap | Row, x: number, y: number, out: PageItem[]): void {
  if (el.kind === 'box') for (const item of el.items) out.push(shiftItem(item, x, y));
  else if (el.kind === 'row') el.cells.forEach((cell, c) => stackFlow(cell, x + el.xs[c]!, y, out));
}

/** A flow made one unbreakable box (signature blocks, letterheads, rows nested in a cell). */
export function boxOf(flow: readonly Flow[], keep: boolean): LineBox {
  const items: PageItem[] = [];
  const h = stackFlow(flow, 0, 0, items);
  return { kind: 'box', h, keep, items };
}
