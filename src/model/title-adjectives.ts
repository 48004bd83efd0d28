// Adjectives standing before a known instrument noun in a title, declined with it (issue 9 §3):
// «Дополнительный протокол» -> «Дополнительного протокола», «Совместное заявление» -> «Совместным заявлением»,
// «Основные принципы» -> «Основными принципами».
// Only an adjective whose ending shows the noun's gender is declined; anything else leaves the title to the YAML.
import type { Case, Gender } from './types.js';

type Forms = Record<Case, string>;
const SIBILANT_OR_VELAR = /[гкхжшчщ]$/;
const SIBILANT = /[жшчщ]$/;

const forms = (s: string, nom: string, gen: string, dat: string, ins: string, pre: string, acc = nom): Forms =>
  ({ nom: s + nom, gen: s + gen, dat: s + dat, acc: s + acc, ins: s + ins, pre: s + pre });

/** The case forms of a nominative adjective (lower case) agreeing with a noun of `gender`, or undefined. */
export function declineAdjective(word: string, gender: Gender): Forms | undefined {
  const s = word.slice(0, -2);
  const ending = word.slice(-2);
  const soft = SIBILANT.test(s);
  const i = SIBILANT_OR_VELAR.test(s) ? 'им' : 'ым';
  if (s.length < 2) return undefined;
  switch (gender) {
    case 'm':
      if (ending === 'ый') return forms(s, 'ый', 'ого', 'ому', 'ым', 'ом');
      if (ending === 'ой') return forms(s, 'ой', 'ого', 'ому', i, 'ом');
      if (ending === 'ий') return /[гкх]$/.test(s) ? forms(s, 'ий', 'ого', 'ому', 'им', 'ом') : forms(s, 'ий', 'его', 'ему', 'им', 'ем');
      return undefined;
    case 'f':
      if (ending === 'ая') return soft ? forms(s, 'ая', 'ей', 'ей', 'ей', 'ей', 'ую') : forms(s, 'ая', 'ой', 'ой', 'ой', 'ой', 'ую');
      if (ending === 'яя') return forms(s, 'яя', 'ей', 'ей', 'ей', 'ей', 'юю');
      return undefined;
    case 'n':
      if (ending === 'ое') return forms(s, 'ое', 'ого', 'ому', i, 'ом');
      if (ending === 'ее') return forms(s, 'ее', 'его', 'ему', 'им', 'ем');
      return undefined;
    case 'pl': {
      // Inanimate plural: the accusative is the nominative. «Основные» -> «Основных», «Общие» -> «Общих».
      const y = ending === 'ые' ? 'ы' : ending === 'ие' ? 'и' : undefined;
      if (!y) return undefined;
      return forms(s, `${y}е`, `${y}х`, `${y}м`, `${y}ми`, `${y}х`);
    }
  }
}
