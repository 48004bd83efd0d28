// Inter-word spacing read back from laid-out pages (geometry only, no layout internals): every gap between two
// neighbouring words on a baseline as a stretch ratio, (gap - space) / (space / 2), TeX's glue ratio.
import type { Block, DocumentTree } from '../../src/document/index.js';
import { spaceWidth } from '../../src/layout/fonts.js';
import type { LaidOutDocument, Page, TextItem } from '../../src/layout/index.js';
import { MARGINS } from '../../src/layout/page.js';

export interface Gap {
  page: number;
  y: number;
  before: string;
  after: string;
  ratio: number;
}

/** Every label of the tree (paragraph and list labels): the gap after a label is its hang, not a space. */
export function labelsOf(tree: DocumentTree): Set<string> {
  const out = new Set<string>();
  const walk = (blocks: readonly Block[]): void => {
    for (const b of blocks) {
      if (b.kind === 'paragraph' && b.label) out.add(b.label);
      else if (b.kind === 'list') for (const item of b.items) out.add(item.label), walk(item.blocks);
      else if (b.kind === 'parallelRow') b.cells.forEach(walk);
    }
  };
  walk(tree.blocks);
  return out;
}

interface Piece {
  x: number;
  end: number;
  text: string;
  face?: TextItem['face'];
  size?: number;
}

/** Words and blanks (rules on a baseline) of the page body, grouped by baseline, left to right. */
function baselines(page: Page): Map<number, Piece[]> {
  const lines = new Map<number, Piece[]>();
  const add = (y: number, p: Piece): void => {
    const line = lines.get(y) ?? [];
    line.push(p);
    lines.set(y, line);
  };
  for (const item of page.items) {
    if (item.kind === 'text' && item.rotate === undefined && item.y < page.height - MARGINS.bottom) {
      add(item.y, { x: item.x, end: item.x + item.width, text: item.text, face: item.face, size: item.size });
    } else if (item.kind === 'rule' && item.y1 === item.y2) add(item.y1, { x: item.x1, end: item.x2, text: '____' });
  }
  for (const line of lines.values()) line.sort((a, b) => a.x - b.x);
  return lines;
}

/** Does [from, to] hold the gutter between two of `n` equal columns (parallel cells, signature columns)? */
function spansGutter(page: Page, from: number, to: number, gutter: number): boolean {
  const width = page.width - MARGINS.left - MARGINS.right;
  for (let n = 2; n <= 6; n++) {
    const column = (width - gutter * (n - 1)) / n;
    for (let k = 1; k < n; k++) {
      const start = MARGINS.left + k * (column + gutter);
      if (from <= start - gutter + 0.05 && to >= start - 0.05) return true;
    }
  }
  return false;
}

/** Gaps between neighbouring words. A gap that holds a column gutter divides two columns, and the gap after
 *  a label at a line's (or column's) start is its hang: both are skipped. */
export function wordGaps(doc: LaidOutDocument, labels: ReadonlySet<string>, gutter: number): Gap[] {
  const gaps: Gap[] = [];
  doc.pages.forEach((page, n) => {
    for (const [y, line] of baselines(page)) {
      let start = true;
      for (let i = 1; i < line.length; i++) {
        const a = line[i - 1]!;
        const b = line[i]!;
        const gap = b.x - a.end;
        if (spansGutter(page, a.end, b.x, gutter)) {
          start = true;
          continue;
        }
        const afterLabel = start && labels.has(a.text);
        start = false;
        const word = a.face ? a : b;
        if (afterLabel || !word.face || gap < 0.05) continue;
        const space = spaceWidth(word.face, word.size!);
        gaps.push({ page: n + 1, y, before: a.text, after: b.text, ratio: (gap - space) / (space / 2) });
      }
    }
  });
  return gaps;
}

export const maxRatio = (gaps: readonly Gap[]): number => gaps.reduce((m, g) => Math.max(m, g.ratio), -Infinity);
