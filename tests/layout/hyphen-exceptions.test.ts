// Hyphenation exceptions: the samples' words the patterns split wrongly, at the right points in the PDF and the DOCX.
import { describe, expect, it } from 'vitest';
import { hyphenationPoints } from '../../src/layout/hyphenate.js';
import type { LangTag } from '../../src/document/index.js';
import { styles } from '../docx/fixtures.js';
import { all, written } from '../docx/read.js';
import { pageLabelOf } from '../../src/document/index.js';

const shown = (word: string, lang: LangTag): string => {
  let out = '';
  let from = 0;
  for (const at of hyphenationPoints(word, lang)) {
    out += `${word.slice(from, at)}-`;
    from = at;
  }
  return out + word.slice(from);
};

describe('hyphenation exceptions', () => {
  it('splits the English words the en-GB patterns get wrong at their right points, in any case', () => {
    expect(['Secretariat', 'Secretariats', 'Executive', 'Resolutions', 'Kazakhstan', 'Memorandum', 'memorandum', 'consultations', 'psychotropic', 'Dushanbe'].map((w) => shown(w, 'en-GB'))).toEqual([
      'Sec-re-tar-iat', 'Sec-re-tar-iats', 'Ex-ec-u-tive', 'Res-o-lu-tions', 'Kazakh-stan', 'Mem-o-ran-dum', 'mem-o-ran-dum', 'con-sul-ta-tions', 'psy-cho-tropic', 'Du-shanbe',
    ]);
  });
  it('splits «Казахстан» and its forms at the stem, «Независимых» after its prefix', () => {
    expect(['Казахстан', 'Казахстана', 'Казахстане', 'Независимых'].map((w) => shown(w, 'ru-RU'))).toEqual(['Казах-стан', 'Казах-ста-на', 'Казах-ста-не', 'Не-за-ви-си-мых']);
  });
  it('splits «взаимодействие» and «взаимопонимание» after «взаимо-», never «вза-имо», «взаи-мо»', () => {
    expect(['взаимодействию', 'Взаимодействие', 'взаимопонимании'].map((w) => shown(w, 'ru-RU'))).toEqual(['взаимо-дей-ствию', 'Взаимо-дей-ствие', 'взаимо-по-ни-ма-нии']);
  });
  it('keeps the minimum letters at each end: no exception point shorter than the patterns allow', () => {
    expect(hyphenationPoints('Executive', 'en-GB')).toEqual([2, 4, 5]);
  });
  it('gives the DOCX the same points as soft hyphens', async () => {
    const body = (await written({
      meta: { title: 'T', subject: 'S', author: 'A', date: '2020-03-11', creator: 'c', langs: ['en-GB'], pageLabel: pageLabelOf('{page}', 'en-GB') },
      styles,
      blocks: [{ kind: 'paragraph', style: 'body', role: 'text', lang: 'en-GB', children: [{ kind: 'text', text: 'The Secretariat of Kazakhstan', lang: 'en-GB' }] }],
    })).xml('word/document.xml');
    const text = all(body, /<w:t(?: [^>]*)?>([^<]*)<\/w:t>|(<w:softHyphen\/>)/g).map((s) => (s === '<w:softHyphen/>' ? '-' : s)).join('');
    expect(text).toContain('Sec-re-tar-iat of Kazakh-stan');
  });
});
