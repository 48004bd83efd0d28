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
    expect(['Secretariat', 'Secretariats', 'executive', 'Resolutions', 'Kazakhstan', 'Memorandum', 'memorandum', 'consultations', 'psychotropic'].map((w) => shown(w, 'en-GB'))).toEqual([
      'Sec-re-tar-iat', 'Sec-re-tar-iats', 'ex-ec-u-tive', 'Res-o-lu-tions', 'Kazakh-stan', 'Mem-o-ran-dum', 'mem-o-ran-dum', 'con-sul-ta-tions', 'psy-cho-tropic',
    ]);
  });
  it('splits «Казахстан» and its forms at the stem, «Независимых» after its prefix', () => {
    expect(['Казахстана', 'Казахстане', 'Казахстаном', 'Независимых'].map((w) => shown(w, 'ru-RU'))).toEqual(['Казах-стана', 'Казах-стане', 'Казах-ста-ном', 'Не-за-ви-си-мых']);
  });
  it('splits «взаимодействие» and «взаимопонимание» after «взаимо-», never «вза-имо», «взаи-мо»', () => {
    expect(['взаимодействию', 'Взаимодействие', 'взаимопонимании'].map((w) => shown(w, 'ru-RU'))).toEqual(['взаимо-дей-ствию', 'Взаимо-дей-ствие', 'взаимо-по-ни-ма-нии']);
  });
  it('splits «взаимный» and its forms after «взаим-», never «вза-имный»', () => {
    expect(['взаимный', 'взаимного', 'взаимное', 'взаимности'].map((w) => shown(w, 'ru-RU'))).toEqual(['взаим-ный', 'взаим-ного', 'взаим-ное', 'взаим-но-сти']);
  });
  it('keeps the minimum letters at each end: no exception point shorter than the patterns allow', () => {
    expect(hyphenationPoints('executive', 'en-GB')).toEqual([2, 4, 5]);
    // Russian carries three letters over at the least, never two («Сторона-ми.» alone on a paragraph's last line).
    expect(shown('Сторонами', 'ru-RU')).toBe('Сторонами');
    expect(shown('сторонами', 'ru-RU')).toBe('сто-ро-нами');
    expect(shown('взаимно', 'ru-RU')).toBe('взаимно');
    for (const word of ['государствами', 'информацией', 'деятельности', 'сотрудничества', 'Секретариатами']) {
      for (const at of hyphenationPoints(word, 'ru-RU')) expect(word.length - at, word).toBeGreaterThanOrEqual(3);
    }
  });
  it('leaves a capitalised word of up to nine letters whole: names of places and people read whole', () => {
    for (const w of ['Астана', 'Астане', 'Казахстан', 'Ташкенте', 'Душанбе', 'Анкаре', 'Москве', 'Стороны', 'Dushanbe', 'Executive', 'Tashkent', 'Parties']) {
      expect(hyphenationPoints(w, w.match(/[a-z]/i) ? 'en-GB' : 'ru-RU'), w).toEqual([]);
    }
    // Longer ones, and the same words in lower case, still hyphenate.
    expect(shown('Секретариатом', 'ru-RU')).not.toBe('Секретариатом');
    expect(shown('Kazakhstan', 'en-GB')).toBe('Kazakh-stan');
    expect(shown('стороны', 'ru-RU')).toBe('сто-роны');
  });
  it('gives the DOCX the same points as soft hyphens', async () => {
    const body = (await written({
      meta: { title: 'T', subject: 'S', author: 'A', date: '2020-03-11', creator: 'c', langs: ['en-GB'], pageLabel: pageLabelOf('{page}', 'en-GB') },
      styles,
      blocks: [{ kind: 'paragraph', style: 'body', role: 'text', lang: 'en-GB', children: [{ kind: 'text', text: 'The Secretariat of Kazakhstan in Astana', lang: 'en-GB' }] }],
    })).xml('word/document.xml');
    const text = all(body, /<w:t(?: [^>]*)?>([^<]*)<\/w:t>|(<w:softHyphen\/>)/g).map((s) => (s === '<w:softHyphen/>' ? '-' : s)).join('');
    expect(text).toContain('Sec-re-tar-iat of Kazakh-stan in Astana');
  });
});
