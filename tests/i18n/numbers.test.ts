import { describe, expect, it } from 'vitest';
import { numberWord, ordinalForm, ordinalWord, pluralForm } from '../../src/i18n/index.js';

describe('numberWord', () => {
  it('names English numbers', () => {
    expect(numberWord(2, 'en')).toBe('two');
    expect(numberWord(3, 'en')).toBe('three');
    expect(numberWord(21, 'en')).toBe('21');
  });

  it('declines Russian numbers 1..10 by case', () => {
    const table: [number, string[]][] = [
      [1, ['один', 'одного', 'одному', 'один', 'одним', 'одном']],
      [2, ['два', 'двух', 'двум', 'два', 'двумя', 'двух']],
      [3, ['три', 'трёх', 'трём', 'три', 'тремя', 'трёх']],
      [4, ['четыре', 'четырёх', 'четырём', 'четыре', 'четырьмя', 'четырёх']],
      [5, ['пять', 'пяти', 'пяти', 'пять', 'пятью', 'пяти']],
      [8, ['восемь', 'восьми', 'восьми', 'восемь', 'восемью', 'восьми']],
      [10, ['десять', 'десяти', 'десяти', 'десять', 'десятью', 'десяти']],
    ];
    const cases = ['nom', 'gen', 'dat', 'acc', 'ins', 'pre'] as const;
    for (const [n, forms] of table) cases.forEach((c, i) => expect(numberWord(n, 'ru', c)).toBe(forms[i]));
  });

  it('agrees 1 and 2 with feminine nouns', () => {
    expect(numberWord(2, 'ru', 'nom', 'f')).toBe('две');
    expect(numberWord(1, 'ru', 'pre', 'f')).toBe('одной');
  });

  it('makes «в двух подлинных экземплярах» and «в трёх»', () => {
    expect(`в ${numberWord(2, 'ru', 'pre')}`).toBe('в двух');
    expect(`в ${numberWord(3, 'ru', 'pre')}`).toBe('в трёх');
  });
});

describe('pluralForm', () => {
  it('chooses the Russian noun form by number and case', () => {
    expect(pluralForm(1, 'ru')).toBe('one');
    expect(pluralForm(2, 'ru')).toBe('few');
    expect(pluralForm(5, 'ru')).toBe('many');
    expect(pluralForm(12, 'ru')).toBe('many');
    expect(pluralForm(21, 'ru')).toBe('one');
    expect(pluralForm(2, 'ru', 'pre')).toBe('many');
    expect(pluralForm(1, 'en')).toBe('one');
    expect(pluralForm(2, 'en')).toBe('many');
  });
});

describe('ordinalWord', () => {
  it('names ordinals', () => {
    expect(ordinalWord(2, 'en')).toBe('second');
    expect(ordinalWord(3, 'ru')).toBe('третий');
    expect(ordinalWord(12, 'en')).toBe('12th');
    expect(ordinalWord(22, 'en')).toBe('22nd');
  });
});

describe('ordinalForm', () => {
  it('declines the masculine ordinal Russian cites an unnumbered paragraph by («абзац второй», «абзацем третьим»)', () => {
    expect(['nom', 'gen', 'dat', 'acc', 'ins', 'pre'].map((c) => ordinalForm(2, c as 'nom'))).toEqual(['второй', 'второго', 'второму', 'второй', 'вторым', 'втором']);
    expect(['gen', 'ins', 'pre'].map((c) => ordinalForm(3, c as 'nom'))).toEqual(['третьего', 'третьим', 'третьем']);
    expect(['gen', 'ins'].map((c) => ordinalForm(1, c as 'nom'))).toEqual(['первого', 'первым']);
    expect(ordinalForm(4, 'dat')).toBe('четвёртому');
    expect(ordinalForm(7, 'pre')).toBe('седьмом');
    expect(ordinalForm(12, 'gen')).toBe('12-го');
  });
});
