// «настоящий» agrees with the title in gender and case (issue 9 §3).
import { describe, expect, it } from 'vitest';
import { thisTitle } from '../../src/i18n/index.js';
import { knownTitleNoun } from '../../src/model/title-nouns.js';
import { CASES } from '../../src/model/types.js';

const all = (word: string) => CASES.map((c) => thisTitle(knownTitleNoun(word)!, c));

describe('thisTitle', () => {
  it('masculine: настоящий Протокол', () => {
    expect(all('Протокол')).toEqual(['настоящий Протокол', 'настоящего Протокола', 'настоящему Протоколу', 'настоящий Протокол', 'настоящим Протоколом', 'настоящем Протоколе']);
  });
  it('neuter: настоящее Соглашение', () => {
    expect(all('Соглашение')).toEqual(['настоящее Соглашение', 'настоящего Соглашения', 'настоящему Соглашению', 'настоящее Соглашение', 'настоящим Соглашением', 'настоящем Соглашении']);
  });
  it('feminine: настоящая Декларация', () => {
    expect(all('Декларация')).toEqual(['настоящая Декларация', 'настоящей Декларации', 'настоящей Декларации', 'настоящую Декларацию', 'настоящей Декларацией', 'настоящей Декларации']);
  });
});
