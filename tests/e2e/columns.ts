// The words of a PDF page as `pdftotext -bbox` (poppler) reads them, and the columns the writers split the page's text
// width into: a parallel text's two, a signature block's one per party. For tests that read either writer's output back.
import { expect } from 'vitest';
import { COLUMN_GAP, PAGE_SIZES, type Inline, type Paragraph } from '../../src/document/index.js';
import { MARGINS } from '../../src/layout/page.js';
import { run } from './tools.js';
import { letters } from './units.js';

export interface Word { x: number; y: number; text: string; /** xMax, where read from a page. */ right?: number }

/** The words of one page with their positions (pdftotext -bbox). */
export function wordsOf(pdf: string, page: number): Word[] {
  const r = run('pdftotext', ['-bbox', '-f', String(page), '-l', String(page), pdf, '-']);
  expect(r.status, r.stderr).toBe(0);
  const unescape = (s: string) => s.replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"');
  return [...r.stdout.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)"[^>]*>([^<]*)<\/word>/g)].map((m) => ({ x: Number(m[1]), y: Number(m[2]), right: Number(m[3]), text: unescape(m[4]!) }));
}

/** The left and right edges of column `c` of `n`, the page's text width split as the writers split it. */
export function columnEdges(c: number, n: number): { left: number; right: number } {
  const width = PAGE_SIZES.A4.width - MARGINS.left - MARGINS.right;
  const w = (width - COLUMN_GAP * (n - 1)) / n;
  const left = MARGINS.left + c * (w + COLUMN_GAP);
  return { left, right: left + w };
}

/** The lines of column `c` of `n` on a page: its words grouped by baseline, left to right. */
export function columnLines(words: readonly Word[], c: number, n: number): Word[][] {
  const { left, right } = columnEdges(c, n);
  const lines = new Map<number, Word[]>();
  for (const word of words) {
    if (word.x < left - 1 || word.x >= right) continue;
    const key = Math.round(word.y);
    lines.set(key, [...(lines.get(key) ?? []), word]);
  }
  return [...lines.entries()].sort((a, b) => a[0] - b[0]).map(([, line]) => line.sort((a, b) => a.x - b.x));
}

/** The letters of column `c` of `n` (the page's text width split as the writers split it), read line by line. */
export function columnText(words: readonly Word[], c: number, n: number): string {
  const { left, right } = columnEdges(c, n);
  const inside = words.filter((word) => word.x >= left - 1 && word.x < right);
  inside.sort((a, b) => a.y - b.y || a.x - b.x);
  return letters(inside.map((word) => word.text).join(' '));
}

const textOf = (inlines: readonly Inline[]): string =>
  inlines.map((i) => (i.kind === 'text' ? i.text : 'children' in i ? textOf(i.children) : ' ')).join('');

/** The first words of a paragraph, as letters: enough to know it, short enough to stay in one column. */
export const opening = (p: Paragraph, words = 3): string => letters(textOf(p.children).split(/[\s\u00a0]+/).filter((w) => letters(w)).slice(0, words).join(' '));
