// The small pieces whose exact output the file's bytes depend on: numbers, dates, the ToUnicode CMap.
import { describe, expect, it } from 'vitest';
import { utcMidnight } from '../../src/writers/pdf/info.js';
import { num } from '../../src/writers/pdf/paint.js';
import { toUnicodeCMap } from '../../src/writers/pdf/tounicode.js';

describe('num', () => {
  it('prints at most 3 decimals, never -0, never an exponent', () => {
    expect([1 / 3, -0.0001, 1e-7, 123456.78949, 841.89 - 90, 72, -12.5].map(num)).toEqual(
      ['0.333', '0', '0', '123456.789', '751.89', '72', '-12.5'],
    );
  });
  it('refuses NaN and Infinity rather than write them into a page', () => {
    expect(() => num(NaN)).toThrow();
    expect(() => num(1000 / 0)).toThrow();
  });
});

describe('utcMidnight', () => {
  it('reads a calendar date as midnight UTC, leap days included, and rejects the rest', () => {
    expect(utcMidnight('2024-02-29')?.toISOString()).toBe('2024-02-29T00:00:00.000Z');
    expect(utcMidnight('2020-01-01T15:30:00+06:00')?.toISOString()).toBe('2020-01-01T00:00:00.000Z');
    expect(utcMidnight('2023-02-29')).toBeUndefined();
    expect(utcMidnight('2024-13-01')).toBeUndefined();
    expect(utcMidnight('1 May 2024')).toBeUndefined();
  });
});

describe('toUnicodeCMap', () => {
  it('maps glyphs in id order, a no-break space to a space, astral characters to surrogate pairs', () => {
    const cmap = toUnicodeCMap(new Map([[98, [0xa0]], [3, [0x20]], [591, [0x2116]], [700, [0x1f600]]]));
    const entries = cmap.split('\n').filter((l) => /^<[0-9A-F]{4}> </.test(l) && l !== '<0000> <FFFF>'); // not the codespace range
    expect(entries).toEqual(['<0003> <0020>', '<0062> <0020>', '<024F> <2116>', '<02BC> <D83DDE00>']);
  });
  it('writes blocks of at most 100 entries (Adobe TN #5411)', () => {
    const cmap = toUnicodeCMap(new Map(Array.from({ length: 250 }, (_, i) => [i, [0x41 + (i % 26)]])));
    expect(cmap.match(/(\d+) beginbfchar/g)).toEqual(['100 beginbfchar', '100 beginbfchar', '50 beginbfchar']);
  });
});
