// The hyphen limit in Knuth-Plass: at most N lines in a row end at a hyphen, and the breaks found are still
// the least total demerits among all breakings that keep the limit (brute force over every breaking).
import { describe, expect, it } from 'vitest';
import { INFINITY, knuthPlass, type BreakItem } from '../../src/layout/knuthPlass.js';

const HYPHEN: BreakItem = { t: 'penalty', w: 4, p: 50, flagged: true };

/** Words of syllables (widths): a hyphen penalty between syllables, a space between words. */
function text(words: number[][]): BreakItem[] {
  const items: BreakItem[] = [];
  words.forEach((syllables, i) => {
    if (i) items.push({ t: 'glue', w: 6, stretch: 3, shrink: 2 });
    syllables.forEach((w, k) => {
      if (k) items.push(HYPHEN);
      items.push({ t: 'box', w });
    });
  });
  items.push({ t: 'penalty', w: 0, p: INFINITY, flagged: false }, { t: 'glue', w: 0, stretch: 1e6, shrink: 0 }, { t: 'penalty', w: 0, p: -INFINITY, flagged: false });
  return items;
}

const legal = (items: BreakItem[], b: number): boolean => {
  const it = items[b]!;
  return it.t === 'glue' ? items[b - 1]?.t === 'box' : it.t === 'penalty' && it.p < INFINITY;
};

/** Demerits of a breaking as the paper counts them (line penalty 10, no fitness or double-hyphen terms), or
 *  Infinity when a line is overfull, more than `limit` lines in a row end at a hyphen, or the last but one does. */
function demerits(items: BreakItem[], breaks: number[], width: number, limit: number): number {
  let total = 0;
  let start = 0;
  let run = 0;
  for (const [n, b] of breaks.entries()) {
    while (start < b && items[start]!.t !== 'box') start++;
    let w = 0, y = 0, z = 0;
    for (let i = start; i < b; i++) {
      const it = items[i]!;
      if (it.t === 'box') w += it.w;
      if (it.t === 'glue') (w += it.w), (y += it.stretch), (z += it.shrink);
    }
    const end = items[b]!;
    const flagged = end.t === 'penalty' && end.flagged;
    if (flagged) w += end.w;
    run = flagged ? run + 1 : 0;
    if (run > limit || (flagged && n === breaks.length - 2)) return Infinity;
    const r = w <= width ? (y > 0 ? (width - w) / y : Infinity) : (width - w) / z;
    if (r < -1) return Infinity;
    total += (10 + Math.min(INFINITY, 100 * Math.abs(r) ** 3)) ** 2 + (end.t === 'penalty' && end.p > 0 ? end.p ** 2 : 0);
    start = b + 1;
  }
  return total;
}

function allBreakings(items: BreakItem[], from = 0): number[][] {
  const out: number[][] = [];
  for (let b = from; b < items.length; b++) {
    if (b === items.length - 1) out.push([b]);
    else if (legal(items, b)) for (const rest of allBreakings(items, b + 1)) out.push([b, ...rest]);
  }
  return out;
}

const SAMPLES = [
  [[20, 15, 25], [30, 20], [10, 25, 20], [25, 25], [20, 30, 15], [10]],
  [[25, 25, 20], [30, 30], [20, 20, 25], [15, 30], [20, 25]],
  [[30, 10, 20], [20, 25, 15], [30, 15], [20, 20, 20], [15]],
];

describe('hyphen limit', () => {
  it.each([1, 2])('keeps at most %i hyphenated lines in a row, at the least demerits that allows', (limit) => {
    let limited = 0;
    for (const words of SAMPLES) {
      const items = text(words);
      for (const width of [70, 80, 90]) {
        const free = knuthPlass(items, { widths: [width], maxRatio: Infinity, fitnessDemerits: 0, flaggedDemerits: 0 })!;
        const kp = knuthPlass(items, { widths: [width], maxRatio: Infinity, fitnessDemerits: 0, flaggedDemerits: 0, maxHyphensInRow: limit })!;
        const best = Math.min(...allBreakings(items).map((b) => demerits(items, b, width, limit)));
        const got = demerits(items, kp.map((b) => b.at), width, limit);
        expect(got, `width ${width}`).toBeLessThan(Infinity);
        expect(got, `width ${width}`).toBeCloseTo(best, 6);
        if (demerits(items, free.map((b) => b.at), width, limit) === Infinity) limited++;
      }
    }
    // The limit must have changed some results, or this test proves nothing.
    expect(limited).toBeGreaterThan(0);
  });
});

// A hyphen inside a part of a hyphenated compound («госу-дарств-членов») is marked `late`: a pass may bar it, and the
// justified setting does until its loosest emergency pass (setting.ts), as Russian practice carries a compound over
// at its own hyphen.
describe('late hyphens', () => {
  // Two words of 50 and 40 (the second split 20 + 20 at a late hyphen) in lines of 60: the first line cannot hold
  // both words, and alone it is 10 short with 0 stretch, so only the late hyphen sets the paragraph.
  const items: BreakItem[] = [
    { t: 'box', w: 50 },
    { t: 'glue', w: 4, stretch: 0, shrink: 0 },
    { t: 'box', w: 2 },
    { t: 'penalty', w: 4, p: 600, flagged: true, late: true },
    { t: 'box', w: 38 },
    { t: 'penalty', w: 0, p: INFINITY, flagged: false },
    { t: 'glue', w: 0, stretch: 1e6, shrink: 0 },
    { t: 'penalty', w: 0, p: -INFINITY, flagged: false },
  ];
  it('are taken at their penalty by default and never when a pass bars them', () => {
    expect(knuthPlass(items, { widths: [60], maxRatio: 3, finalHyphenDemerits: 0 })?.map((b) => b.at)).toEqual([3, 7]);
    expect(knuthPlass(items, { widths: [60], maxRatio: 3, finalHyphenDemerits: 0, lateHyphens: false })).toBeNull();
    // The same break, not late, is no concern of the option.
    const plain = items.map((i) => (i.t === 'penalty' && i.late ? { ...i, late: undefined } : i)) as BreakItem[];
    expect(knuthPlass(plain, { widths: [60], maxRatio: 3, finalHyphenDemerits: 0, lateHyphens: false })?.map((b) => b.at)).toEqual([3, 7]);
  });
});
