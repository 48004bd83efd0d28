// Per-language hyphenation exceptions (TeX's \hyphenation): words of the agreements' vocabulary the patterns split wrongly.
import type { LangTag } from '../document/index.js';

/** Each word, lower case, with its hyphenation points marked; a word's points replace the patterns' entirely. */
const LISTS: Record<LangTag, readonly string[]> = {
  'en-GB': [
    'sec-re-tar-iat', 'sec-re-tar-iats', 'ex-ec-u-tive', 'ex-ec-u-tives', 'res-o-lu-tion', 'res-o-lu-tions',
    'kazakh-stan', 'mem-o-ran-dum', 'mem-o-ran-dums', 'mem-o-ran-da', 'con-sul-ta-tion', 'con-sul-ta-tions',
    'psy-cho-trop-ic', 'trans-na-tion-al', 'eco-nom-ic', 'ex-e-cut-ed', 'du-shan-be', 'zhu-ma-be-kov', 'sar-se-nov',
    'mir-zo-zo-da', 'yev-ge-niy',
  ],
  'ru-RU': [
    'казах-стан', 'казах-ста-на', 'казах-ста-не', 'казах-ста-ном', 'казах-ста-ну', 'ха-би-бул-ло', 'не-за-ви-си-мых',
    'не-за-ви-си-мые',
    // «взаимо-» is one morpheme: «вза-имодействию», «взаи-модействию» (the patterns' points) read badly; CICA's own name
    // («Совещание по взаимодействию») carries it in every sample.
    'взаимо-дей-ствие', 'взаимо-дей-ствия', 'взаимо-дей-ствию', 'взаимо-дей-ствием', 'взаимо-дей-ствии',
    'взаимо-по-ни-ма-ние', 'взаимо-по-ни-ма-ния', 'взаимо-по-ни-ма-нию', 'взаимо-по-ни-ма-нием', 'взаимо-по-ни-ма-нии',
    // «взаим-» likewise in «взаимный» and its forms: the patterns' «вза-имный» splits the root.
    'взаим-ный', 'взаим-ная', 'взаим-ное', 'взаим-ные', 'взаим-ных', 'взаим-ным', 'взаим-ными', 'взаим-ной', 'взаим-ную',
    'взаим-ного', 'взаим-ному', 'взаим-ном', 'взаим-но', 'взаим-ность', 'взаим-но-сти',
  ],
};

const tables = new Map<LangTag, Map<string, readonly number[]>>();

function table(lang: LangTag): Map<string, readonly number[]> {
  let hit = tables.get(lang);
  if (hit) return hit;
  hit = new Map();
  for (const marked of LISTS[lang]) {
    const points: number[] = [];
    let index = 0;
    for (const ch of marked) {
      if (ch === '-') points.push(index);
      else index += ch.length;
    }
    hit.set(marked.replaceAll('-', ''), Object.freeze(points));
  }
  tables.set(lang, hit);
  return hit;
}

/** The exception's hyphenation points of `word` (any case), or undefined where the patterns decide. */
export function exceptionPoints(word: string, lang: LangTag): readonly number[] | undefined {
  return table(lang).get(word.toLocaleLowerCase(lang));
}
