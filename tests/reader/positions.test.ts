// Positions inside scalars (plain, quoted, block) and the strict UTF-8 check, tested on their own.
import { LineCounter, parseDocument, type Scalar } from 'yaml';
import { describe, expect, it } from 'vitest';
import { firstInvalidUtf8, Locator } from '../../src/reader/index.js';
import { closest } from '../../src/model/suggest.js';

/** line:col of character `needle` (its first occurrence in the value) of the scalar under key `a`. */
function where(source: string, needle: string): string {
  const lines = new LineCounter();
  const doc = parseDocument(source, { lineCounter: lines });
  const node = doc.get('a', true) as Scalar;
  const index = String(node.value).indexOf(needle);
  expect(index).toBeGreaterThanOrEqual(0);
  const s = new Locator('f.yaml', source, lines).charSpan(node, index);
  return `${s.start.line}:${s.start.col}`;
}

describe('character positions inside scalars', () => {
  it('plain, on one line and folded over two', () => {
    expect(where('a: one two X\n', 'X')).toBe('1:12');
    expect(where('a: one two\n  three X\n', 'X')).toBe('2:9');
  });
  it('single-quoted with a doubled quote', () => {
    expect(where("a: 'it''s X'\n", 'X')).toBe('1:11');
  });
  it('double-quoted with escapes: an escaped character points at its backslash', () => {
    expect(where('a: "tab\\there X"\n', 'X')).toBe('1:15');
    expect(where('a: "zero\\u200Bwidth"\n', '\u200B')).toBe('1:9');
    expect(where('a: "line \\\n   joined X"\n', 'X')).toBe('2:11');
  });
  it('literal and folded blocks', () => {
    expect(where('a: |\n  first\n  second X\n', 'X')).toBe('3:10');
    expect(where('a: >-\n    first\n    second X\n', 'X')).toBe('3:12');
  });
  it('Cyrillic counts one column per letter', () => {
    expect(where('a: Стороны X\n', 'X')).toBe('1:12');
  });
});

describe('UTF-8 check', () => {
  it('accepts well-formed text and finds the first ill-formed byte', () => {
    expect(firstInvalidUtf8(Buffer.from('Меморандум 😀'))).toBe(-1);
    expect(firstInvalidUtf8(Uint8Array.from([0x61, 0xc0, 0xaf]))).toBe(1); // overlong "/"
    expect(firstInvalidUtf8(Uint8Array.from([0x61, 0xed, 0xa0, 0x80]))).toBe(1); // a UTF-16 surrogate
    expect(firstInvalidUtf8(Uint8Array.from([0xd0]))).toBe(0); // cut short
    expect(firstInvalidUtf8(Uint8Array.from([0x61, 0x80]))).toBe(1); // a lone continuation byte
  });
});

describe('did you mean', () => {
  it('suggests near names only', () => {
    expect(closest('titel', ['title', 'subtitle'])).toBe('title');
    expect(closest('signatores', ['signatories', 'parties'])).toBe('signatories');
    expect(closest('weather', ['title', 'subtitle'])).toBeUndefined();
  });
});
