// The Russian execution clause puts the place after «в г.», in the prepositional: «Совершено в г. Вене»
// (issue 9 §3). A place given as a plain string has only its nominative, which would print «в г. Вена».
// An error in a final (it is signed as printed); a warning in a draft, which prints the nominative meanwhile
// so that the officer can still read and circulate the text (as with the other blanks a draft may leave).
import { error, warning } from '../../diagnostics/index.js';
import type { Rule } from './context.js';

/** The likely prepositional of a place name, for the hint only (the officer writes the form; nothing guesses
 *  in the document): the last word declines, «Санкт-Петербург» -> «Санкт-Петербурге». */
export function likelyPrepositional(nom: string): string {
  const m = /^(.*?)(\p{L}+)$/u.exec(nom);
  if (!m) return nom;
  const [, head, word] = m as unknown as [string, string, string];
  const swap = (cut: number, ending: string) => `${head}${word.slice(0, word.length - cut)}${ending}`;
  if (/[оеиуюэы]$/iu.test(word)) return nom; // Душанбе, Баку, Тбилиси, Алматы: indeclinable
  if (/ия$/iu.test(word)) return swap(1, 'и'); // Александрия -> Александрии
  if (/[ая]$/iu.test(word)) return swap(1, 'е'); // Вена -> Вене, Астана -> Астане
  if (/[нрмтдвсз]ь$/iu.test(word)) return swap(1, 'и'); // Казань -> Казани
  if (/[ьй]$/iu.test(word)) return swap(1, 'е'); // Брюссель -> Брюсселе, Шанхай -> Шанхае
  return `${nom}е`; // Ташкент -> Ташкенте, Нур-Султан -> Нур-Султане
}

export const placeCase: Rule = (ctx) => {
  const a = ctx.agreement;
  if (a.kind === 'note' || !a.final.place || a.final.place.ru.pre || ctx.faulty('final.place')) return;
  const field = 'final.place.ru';
  const nom = a.final.place.ru.nom;
  const report = a.status === 'final' ? error : warning;
  ctx.report(report('PLACE_CASE_FORM', `The Russian execution clause names the place after «в г.», in the prepositional case, but \`${field}\` gives «${nom}» alone, which would print «в г. ${nom}».`, {
    span: ctx.at(field), field,
    hint: `Give the prepositional form too: ru: { nom: ${nom}, pre: ${likelyPrepositional(nom)} } (check the ending)${a.status === 'draft' ? '; until then the draft prints the nominative' : ''}.`,
  }));
};
