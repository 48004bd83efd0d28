// «настоящий» agreeing with the instrument's title, by its gender and case: «Настоящий Протокол»,
// «настоящего Соглашения», «к настоящей Декларации» (issue 9 §3). The title's forms come from the model.
import type { Case, Gender, RussianNoun } from '../model/types.js';

const THIS: Record<Gender, Record<Case, string>> = {
  m: { nom: 'настоящий', gen: 'настоящего', dat: 'настоящему', acc: 'настоящий', ins: 'настоящим', pre: 'настоящем' },
  f: { nom: 'настоящая', gen: 'настоящей', dat: 'настоящей', acc: 'настоящую', ins: 'настоящей', pre: 'настоящей' },
  n: { nom: 'настоящее', gen: 'настоящего', dat: 'настоящему', acc: 'настоящее', ins: 'настоящим', pre: 'настоящем' },
};

/** «настоящего Соглашения»: "this <title>" in Russian, in `kase` (the inanimate accusative). */
export function thisTitle(noun: RussianNoun, kase: Case = 'nom'): string {
  return `${THIS[noun.gender][kase]} ${noun.forms[kase]}`;
}
