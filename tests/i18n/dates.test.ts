import { describe, expect, it } from 'vitest';
import { formatDate, isoDate, piecesToText } from '../../src/i18n/index.js';

const NB = '\u00a0';

describe('formatDate', () => {
  it('writes a full date in English as the references do', () => {
    expect(formatDate({ year: 2017, month: 9, day: 20 }, 'en')).toEqual(['20 September 2017']);
    expect(formatDate({ year: 2020, month: 3, day: 11 }, 'en')).toEqual(['11 March 2020']);
  });

  it('writes a full date in Russian with «года» held to the year', () => {
    expect(formatDate({ year: 2017, month: 9, day: 20 }, 'ru')).toEqual([`20${NB}сентября 2017${NB}года`]);
    expect(formatDate({ year: 2017, month: 9, day: 20 }, 'ru', 'short')).toEqual([`20${NB}сентября 2017${NB}г.`]);
  });

  it('leaves day and month of a draft blank, exactly as the reference draft', () => {
    const en = formatDate({ year: 2020 }, 'en');
    // No break anywhere in a blank date: the year stays with its blanks.
    expect(en).toEqual(['«', { blank: 2 }, '»', { blank: 5 }, `${NB}2020`]);
    expect(piecesToText(en)).toBe(`«__»_____${NB}2020`);
    expect(piecesToText(formatDate({ year: 2020 }, 'ru'))).toBe(`«__»${NB}_______${NB}2020${NB}года`);
  });

  it('gives ISO dates only for complete dates', () => {
    expect(isoDate({ year: 2020, month: 3, day: 1 })).toBe('2020-03-01');
    expect(isoDate({ year: 2020 })).toBeUndefined();
  });
});
