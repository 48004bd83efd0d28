// The instrument nouns cica declines itself, so that `title: { en: Agreement, ru: Соглашение }` is enough for
// «Настоящее Соглашение совершено» and «к настоящему Соглашению» (issue 9 §3). Any other title states its
// gender and forms in the YAML (docs/format.md, "The title"). Adjectives before the noun: title-adjectives.ts.
import { declineAdjective } from './title-adjectives.js';
import { CASES, type Case, type Gender, type RussianNoun } from './types.js';

type Forms = Record<Case, string>;

/** Masculine, hard stem, inanimate: Протокол, Протокола, Протоколу, Протокол, Протоколом, Протоколе. */
const hardMasculine = (w: string): Forms => ({ nom: w, gen: `${w}а`, dat: `${w}у`, acc: w, ins: `${w}ом`, pre: `${w}е` });
/** Feminine in -ия: Декларация, Декларации, Декларации, Декларацию, Декларацией, Декларации. */
const feminineIya = (w: string): Forms => {
  const s = w.slice(0, -1);
  return { nom: w, gen: `${s}и`, dat: `${s}и`, acc: `${s}ю`, ins: `${s}ей`, pre: `${s}и` };
};
/** Feminine in -а: Программа, Программы, Программе, Программу, Программой, Программе. */
const feminineA = (w: string): Forms => {
  const s = w.slice(0, -1);
  return { nom: w, gen: `${s}ы`, dat: `${s}е`, acc: `${s}у`, ins: `${s}ой`, pre: `${s}е` };
};
/** Neuter in -ие: Соглашение, Соглашения, Соглашению, Соглашение, Соглашением, Соглашении. */
const neuterIe = (w: string): Forms => {
  const s = w.slice(0, -1);
  return { nom: w, gen: `${s}я`, dat: `${s}ю`, acc: w, ins: `${s}ем`, pre: `${s}и` };
};
const indeclinable = (w: string): Forms => ({ nom: w, gen: w, dat: w, acc: w, ins: w, pre: w });
/** A plural title, inanimate, by its genitive (which no rule gives): Правила, Правил, Правилам, Правила, Правилами,
 *  Правилах. The other cases follow from the nominative's final vowel: -а/-ы (hard) or -я/-и (soft). */
const plural = (gen: string) => (w: string): Forms => {
  const s = w.slice(0, -1);
  const soft = /[яи]$/.test(w) && !/[гкхжшчщ]и$/.test(w);
  return soft
    ? { nom: w, gen, dat: `${s}ям`, acc: w, ins: `${s}ями`, pre: `${s}ях` }
    : { nom: w, gen, dat: `${s}ам`, acc: w, ins: `${s}ами`, pre: `${s}ах` };
};

// No prototype: a title «constructor» or «toString» is an unknown noun, not Object.prototype's (issue 10 §1).
const KNOWN: Record<string, { gender: Gender; decline: (w: string) => Forms }> = Object.create(null) as Record<string, { gender: Gender; decline: (w: string) => Forms }>;
const add = (gender: Gender, decline: (w: string) => Forms, words: string[]) => words.forEach((w) => { KNOWN[w] = { gender, decline }; });
add('m', hardMasculine, ['меморандум', 'протокол', 'договор', 'план', 'устав', 'пакт', 'статут', 'регламент', 'акт', 'контракт']);
add('f', feminineIya, ['декларация', 'конвенция', 'хартия', 'концепция', 'стратегия', 'резолюция']);
add('f', feminineA, ['программа']);
add('n', neuterIe, ['соглашение', 'положение', 'заявление', 'решение']);
add('n', indeclinable, ['коммюнике']);
// Plural titles: «Правила», «Основные принципы», «Договорённости». Not «положения»: it is also the genitive of
// «положение», so a title «Положения» is left to the YAML (gender: pl or n, as the officer means it).
const addPlural = (w: string, gen: string) => { KNOWN[w] = { gender: 'pl', decline: plural(gen) }; };
addPlural('правила', 'правил');
addPlural('принципы', 'принципов');
addPlural('основы', 'основ');
addPlural('направления', 'направлений');
addPlural('договорённости', 'договорённостей');
addPlural('договоренности', 'договоренностей');
addPlural('процедуры', 'процедур');

/** «настоящий» by the title's gender (or plural) and case (the inanimate accusative): «настоящего Соглашения». */
export const THIS_FORMS: Record<Gender, Record<Case, string>> = {
  m: { nom: 'настоящий', gen: 'настоящего', dat: 'настоящему', acc: 'настоящий', ins: 'настоящим', pre: 'настоящем' },
  f: { nom: 'настоящая', gen: 'настоящей', dat: 'настоящей', acc: 'настоящую', ins: 'настоящей', pre: 'настоящей' },
  n: { nom: 'настоящее', gen: 'настоящего', dat: 'настоящему', acc: 'настоящее', ins: 'настоящим', pre: 'настоящем' },
  pl: { nom: 'настоящие', gen: 'настоящих', dat: 'настоящим', acc: 'настоящие', ins: 'настоящими', pre: 'настоящих' },
};

/** Which known noun (its dictionary form, lower case) a word is a case form of: «Протоколом» -> «протокол». */
export function knownNounOf(word: string): string | undefined {
  const lower = word.toLowerCase();
  for (const [nom, { decline }] of Object.entries(KNOWN)) {
    if (Object.values(decline(nom)).includes(lower)) return nom;
  }
  return undefined;
}

/** The known nouns in their dictionary form, for a did-you-mean. */
export const KNOWN_TITLE_NOUNS: readonly string[] = Object.keys(KNOWN).map((w) => w[0]!.toUpperCase() + w.slice(1));

/** Each form written as the title is written: «Соглашение» -> «Соглашения», «СОГЛАШЕНИЕ» -> «СОГЛАШЕНИЯ». */
function likeWritten(form: string, written: string): string {
  if (written === written.toUpperCase() && written.length > 1) return form.toUpperCase();
  return written[0] === written[0]!.toUpperCase() ? form[0]!.toUpperCase() + form.slice(1) : form;
}

/** The gender and forms of a title that is a known instrument noun, alone or after adjectives agreeing with it
 *  («Соглашение», «Рамочное соглашение», «Дополнительный\nПротокол»: separators kept), any capitals; else undefined. */
export function knownTitleNoun(title: string): RussianNoun | undefined {
  const parts = title.trim().split(/(\s+)/u);
  const words = parts.filter((_, i) => i % 2 === 0);
  const noun = words[words.length - 1]!;
  const known = KNOWN[noun.toLowerCase()];
  if (!known) return undefined;
  const declined = words.map((w, i) => (i === words.length - 1 ? known.decline(w.toLowerCase()) : declineAdjective(w.toLowerCase(), known.gender)));
  if (declined.some((d) => d === undefined)) return undefined;
  const form = (c: Case) => parts.map((p, i) => (i % 2 === 1 ? p : likeWritten(declined[i / 2]![c], p))).join('');
  return { gender: known.gender, forms: Object.fromEntries(CASES.map((c) => [c, form(c)])) as Forms };
}
