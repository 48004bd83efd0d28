import { describe, expect, it } from 'vitest';
import { articleLabel, listLabel, listReferenceMark, paragraphLabel, roman } from '../../src/i18n/index.js';

describe('labels', () => {
  it('labels articles with a no-break space', () => {
    expect(articleLabel(1, 'en')).toBe('Article\u00a01');
    expect(articleLabel(12, 'ru')).toBe('Статья\u00a012');
    expect(paragraphLabel(3)).toBe('3.');
  });

  it('labels English lists i., ii. then (a), (b) then (1)', () => {
    expect([1, 2, 3, 4, 9].map((n) => listLabel(n, 0, 'en'))).toEqual(['i.', 'ii.', 'iii.', 'iv.', 'ix.']);
    expect([1, 2, 26, 27].map((n) => listLabel(n, 1, 'en'))).toEqual(['(a)', '(b)', '(z)', '(aa)']);
    expect(listLabel(3, 2, 'en')).toBe('(3)');
    expect(listLabel(1, 3, 'en')).toBe('i.');
  });

  it('labels Russian lists а), б) then 1), 2), skipping ё, й, ъ, ы, ь', () => {
    const letters = Array.from({ length: 28 }, (_, i) => listLabel(i + 1, 0, 'ru').replace(')', ''));
    expect(letters.join('')).toBe('абвгдежзиклмнопрстуфхцчшщэюя');
    for (const skipped of ['ё', 'й', 'ъ', 'ы', 'ь']) expect(letters).not.toContain(skipped);
    expect(listLabel(29, 0, 'ru')).toBe('аа)');
    expect(listLabel(2, 1, 'ru')).toBe('2)');
  });

  it('names items in references by their marks: (ii) / (b) / (3); «б» / 2', () => {
    expect(listReferenceMark(2, 0, 'en')).toBe('(ii)');
    expect(listReferenceMark(2, 1, 'en')).toBe('(b)');
    expect(listReferenceMark(3, 2, 'en')).toBe('(3)');
    expect(listReferenceMark(2, 0, 'ru')).toBe('«б»');
    expect(listReferenceMark(2, 1, 'ru')).toBe('2');
    expect(listReferenceMark(2, 2, 'ru')).toBe('«ii»');
  });

  it('a reference cites the mark as printed, set apart as each language drafts it, at every level', () => {
    for (let depth = 0; depth < 6; depth++) {
      for (const n of [1, 2, 4, 9, 27]) {
        const en = listLabel(n, depth, 'en');
        // "ii." is cited "(ii)" (a bare "subparagraph i" reads as a stray letter); "(b)" is cited "(b)", brackets and all.
        expect(listReferenceMark(n, depth, 'en')).toBe(en.endsWith('.') ? `(${en.slice(0, -1)})` : en);
        // «б)» is cited «б», «2)» is cited 2: Russian drops the closing bracket and quotes a letter.
        const ru = listLabel(n, depth, 'ru').replace(/\)$/, '');
        expect(listReferenceMark(n, depth, 'ru')).toBe(/^\d+$/.test(ru) ? ru : `«${ru}»`);
      }
    }
  });

  it('writes roman numerals', () => {
    expect(roman(1994)).toBe('mcmxciv');
  });
});
