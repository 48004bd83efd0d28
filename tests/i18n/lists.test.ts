import { describe, expect, it } from 'vitest';
import { capitalizeFirst, joinList, languageName } from '../../src/i18n/index.js';

describe('joinList', () => {
  it('joins two and three names as the references do', () => {
    expect(joinList(['A'], 'en')).toBe('A');
    expect(joinList(['A', 'B'], 'en')).toBe('A and B');
    expect(joinList(['A', 'B', 'C'], 'en')).toBe('A, B and C');
    expect(joinList(['А', 'Б', 'В'], 'ru')).toBe('А, Б и В');
    expect(joinList([], 'ru')).toBe('');
  });
});

describe('capitalizeFirst', () => {
  it('capitalises the first letter only', () => {
    expect(capitalizeFirst('the Secretariat of the CSTO')).toBe('The Secretariat of the CSTO');
    expect(capitalizeFirst('«секретариат»')).toBe('«Секретариат»');
    expect(capitalizeFirst('123')).toBe('123');
  });

  it('keeps astral letters whole', () => {
    expect(capitalizeFirst('𐐨x')).toBe('𐐀x');
  });
});

describe('languageName', () => {
  it('names languages in the clause', () => {
    expect(joinList(['ru', 'en'].map((l) => languageName(l as 'ru' | 'en', 'en')), 'en')).toBe('Russian and English');
    expect(joinList(['ru', 'en'].map((l) => languageName(l as 'ru' | 'en', 'ru', 'pre')), 'ru')).toBe('русском и английском');
  });
});
