// Number words and ordinals take whole counts from 0 (1 for ordinals) to MAX_COUNT; anything else is a RangeError
// (a bug: the helpers refuse such numbers first), never "1.2e+29" or "0th" in a document (issue 10 §5).
import { describe, expect, it } from 'vitest';
import { MAX_COUNT, numberWord, ordinalWord, pluralForm } from '../../src/i18n/index.js';

describe('number bounds', () => {
  it('words and digits within the bound', () => {
    expect(numberWord(0, 'en')).toBe('0');
    expect(numberWord(2, 'ru', 'pre')).toBe('двух');
    expect(numberWord(MAX_COUNT, 'en')).toBe('999999');
    expect(ordinalWord(1, 'en')).toBe('first');
    expect(ordinalWord(113, 'en')).toBe('113th');
    expect(ordinalWord(MAX_COUNT, 'ru')).toBe('999999-й');
  });

  it('refuses what would print as an exponent, a fraction, a negative or a 0th', () => {
    for (const n of [1.2e29, MAX_COUNT + 1, -1, 1.5, Number.NaN, Number.POSITIVE_INFINITY]) {
      expect(() => numberWord(n, 'en'), String(n)).toThrow(RangeError);
      expect(() => pluralForm(n, 'ru'), String(n)).toThrow(RangeError);
      expect(() => ordinalWord(n, 'en'), String(n)).toThrow(RangeError);
    }
    expect(() => ordinalWord(0, 'en')).toThrow(RangeError);
    expect(() => ordinalWord(0, 'ru')).toThrow(RangeError);
  });
});
