// "Did you mean" is bounded (issue 10 §3) and still finds the typo: the banded distance equals the full one
// wherever it is within the limit.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { closest, didYouMean, editDistance, listForHint, MAX_WORD } from '../../src/model/suggest.js';

/** The textbook Damerau (optimal string alignment) distance, the full matrix: the reference to compare with. */
function full(a: string, b: string): number {
  const d = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      d[i]![j] = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d[i]![j] = Math.min(d[i]![j]!, d[i - 2]![j - 2]! + 1);
    }
  }
  return d[a.length]![b.length]!;
}

describe('editDistance', () => {
  it('equals the full matrix within the limit, and says "over" beyond it', () => {
    const word = fc.string({ unit: fc.constantFrom('a', 'b', 'c', 'd'), maxLength: 12 });
    fc.assert(fc.property(word, word, fc.integer({ min: 0, max: 12 }), (a, b, limit) => {
      const exact = full(a, b);
      expect(editDistance(a, b, limit)).toBe(exact <= limit ? exact : limit + 1);
      expect(editDistance(a, b)).toBe(exact);
    }), { numRuns: 2000 });
  });
});

describe('closest', () => {
  it('finds typos: a letter wrong, missing, doubled or two swapped', () => {
    expect(closest('titel', ['title', 'subtitle'])).toBe('title');
    expect(closest('signatores', ['signatories', 'parties'])).toBe('signatories');
    expect(closest('partiess', ['parties', 'preamble'])).toBe('parties');
    expect(closest('PARTIES', ['parties'])).toBe('parties');
    expect(closest('weather', ['title', 'subtitle'])).toBeUndefined();
  });

  it('compares no word or name longer than MAX_WORD (a 40,000-character id is no typo)', () => {
    const long = 'a'.repeat(40_000);
    expect(closest(long + 'b', [long])).toBeUndefined();
    expect(closest('a'.repeat(MAX_WORD + 1), ['a'.repeat(MAX_WORD)])).toBeUndefined();
    expect(closest('art-exchang', [long, 'art-exchange'])).toBe('art-exchange');
  });

  it('stays fast over 20,000 unknown words against 20,000 names, still suggesting for the first', () => {
    const names = Array.from({ length: 20_000 }, (_, i) => `p${i}`);
    expect(didYouMean('p1x', names)).toBe('Did you mean `p1`?');
    const start = performance.now();
    for (let i = 0; i < 20_000; i++) didYouMean(`q${i}`, names);
    // A guard only (the budget makes it milliseconds; unbounded it was minutes): bench measures speed.
    expect(performance.now() - start).toBeLessThan(10_000);
  });

  it('lists at most 30 names in a hint, each cut to MAX_WORD', () => {
    const names = Array.from({ length: 40 }, (_, i) => `${'x'.repeat(100)}${i}`);
    const hint = listForHint(names);
    expect(hint).toMatch(/… and 10 more$/);
    expect(hint.split(', ')).toHaveLength(30);
    expect(hint.length).toBeLessThan(30 * (MAX_WORD + 3) + 20);
  });
});
