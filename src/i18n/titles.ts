// «настоящий» agreeing with the instrument's title, by its gender and case: «Настоящий Протокол»,
// «настоящего Соглашения», «к настоящей Декларации» (issue 9 §3). The title's forms come from the model.
import { THIS_FORMS } from '../model/title-nouns.js';
import type { Case, RussianNoun } from '../model/types.js';

/** «настоящего Соглашения»: "this <title>" in Russian, in `kase` (the inanimate accusative). */
export function thisTitle(noun: RussianNoun, kase: Case = 'nom'): string {
  return `${THIS_FORMS[noun.gender][kase]} ${noun.forms[kase]}`;
}
