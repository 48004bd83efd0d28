// Number words in the case the sentence needs: en "two", ru «два / двух / двум ...» (1..20; digits beyond).
import type { Case, Lang } from './pieces.js';

export type Gender = 'm' | 'f' | 'n';

/** The largest count the helpers take: an agreement counts originals, articles, items, never millions. Beyond
 *  it JavaScript prints numbers as "1.2e+29" (issue 10 §5), so the template helpers refuse it. */
export const MAX_COUNT = 999_999;

/** A whole number from `min` to MAX_COUNT, the only numbers these functions put into words or digits. */
export function isCount(n: number, min = 0): boolean {
  return Number.isSafeInteger(n) && n >= min && n <= MAX_COUNT;
}

function need(n: number, min: number, what: string): void {
  if (!isCount(n, min)) throw new RangeError(`${what} takes a whole number from ${min} to ${MAX_COUNT}, not ${n}`);
}

const EN = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve',
  'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen', 'twenty'];

/** Russian cardinals by case (nom gen dat acc ins pre); acc of inanimate nouns equals nom. 1 and 2 also vary by gender. */
const RU: Record<number, [string, string, string, string, string, string]> = {
  3: ['три', 'трёх', 'трём', 'три', 'тремя', 'трёх'],
  4: ['четыре', 'четырёх', 'четырём', 'четыре', 'четырьмя', 'четырёх'],
};
const RU_ONE: Record<Gender, [string, string, string, string, string, string]> = {
  m: ['один', 'одного', 'одному', 'один', 'одним', 'одном'],
  n: ['одно', 'одного', 'одному', 'одно', 'одним', 'одном'],
  f: ['одна', 'одной', 'одной', 'одну', 'одной', 'одной'],
};
const RU_TWO_NOM: Record<Gender, string> = { m: 'два', n: 'два', f: 'две' };
const RU_TWO_OBL = ['двух', 'двум', 'двумя', 'двух'];
/** 5..20 decline like «пять»: nom/acc stem+ь, other cases stem+и, ins stem+ью. */
const RU_SOFT: Record<number, [string, string]> = {
  5: ['пять', 'пят'], 6: ['шесть', 'шест'], 7: ['семь', 'сем'], 8: ['восемь', 'восьм'], 9: ['девять', 'девят'],
  10: ['десять', 'десят'], 11: ['одиннадцать', 'одиннадцат'], 12: ['двенадцать', 'двенадцат'],
  13: ['тринадцать', 'тринадцат'], 14: ['четырнадцать', 'четырнадцат'], 15: ['пятнадцать', 'пятнадцат'],
  16: ['шестнадцать', 'шестнадцат'], 17: ['семнадцать', 'семнадцат'], 18: ['восемнадцать', 'восемнадцат'],
  19: ['девятнадцать', 'девятнадцат'], 20: ['двадцать', 'двадцат'],
};
const CASE_INDEX: Record<Case, number> = { nom: 0, gen: 1, dat: 2, acc: 3, ins: 4, pre: 5 };

/** The number as a word (1..20) in the given case and gender; digits beyond 20 and below 1. */
export function numberWord(n: number, lang: Lang, kase: Case = 'nom', gender: Gender = 'm'): string {
  need(n, 0, 'numberWord');
  if (n < 1 || n > 20) return String(n);
  if (lang === 'en') return EN[n]!;
  const i = CASE_INDEX[kase];
  if (n === 1) return RU_ONE[gender][i]!;
  if (n === 2) {
    if (kase === 'nom' || kase === 'acc') return RU_TWO_NOM[gender];
    return RU_TWO_OBL[{ gen: 0, dat: 1, ins: 2, pre: 3 }[kase]]!;
  }
  const table = RU[n];
  if (table) return table[i]!;
  const [nom, stem] = RU_SOFT[n]!;
  if (kase === 'nom' || kase === 'acc') return nom;
  // «восемью» and «восьмью» are both correct; the shorter is the literary norm.
  if (kase === 'ins') return n === 8 ? 'восемью' : `${stem}ью`;
  return `${stem}и`;
}

const EN_ORDINALS = ['zeroth', 'first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth'];
/** Russian ordinals, masculine nominative: «первый, второй, третий ...». */
const RU_ORDINALS = ['нулевой', 'первый', 'второй', 'третий', 'четвёртый', 'пятый', 'шестой', 'седьмой', 'восьмой', 'девятый', 'десятый'];

/** "second" / «второй» (1..10; beyond, "11th" / «11-й»). There is no 0th. */
export function ordinalWord(n: number, lang: Lang): string {
  need(n, 1, 'ordinalWord');
  if (n <= 10) return (lang === 'en' ? EN_ORDINALS : RU_ORDINALS)[n]!;
  if (lang === 'ru') return `${n}-й`;
  const tens = n % 100;
  const suffix = tens >= 11 && tens <= 13 ? 'th' : ({ 1: 'st', 2: 'nd', 3: 'rd' } as Record<number, string>)[n % 10] ?? 'th';
  return `${n}${suffix}`;
}

/** Endings of a masculine ordinal by case (inanimate accusative = nominative), after its stem: «втор|ой». */
const RU_ORDINAL_ENDINGS: Record<'hard' | 'soft', Record<Case, string>> = {
  hard: { nom: '', gen: 'ого', dat: 'ому', acc: '', ins: 'ым', pre: 'ом' },
  soft: { nom: '', gen: 'его', dat: 'ему', acc: '', ins: 'им', pre: 'ем' },
};

/** A Russian masculine ordinal in a case: «второй, второго, второму, второй, вторым, втором» (1..10; beyond,
 *  «11-й», «11-го», «11-му», «11-м»). */
export function ordinalForm(n: number, kase: Case): string {
  const nom = ordinalWord(n, 'ru');
  if (!(Number.isInteger(n) && n >= 1 && n <= 10)) {
    return `${n}-${{ nom: 'й', gen: 'го', dat: 'му', acc: 'й', ins: 'м', pre: 'м' }[kase]}`;
  }
  if (kase === 'nom' || kase === 'acc') return nom;
  if (nom === 'третий') return `треть${RU_ORDINAL_ENDINGS.soft[kase]}`;
  return `${nom.slice(0, -2)}${RU_ORDINAL_ENDINGS.hard[kase]}`;
}

/** Which noun form follows the number: English one/other; Russian one / few (2-4, nom and acc only) / many. */
export type PluralForm = 'one' | 'few' | 'many';

export function pluralForm(n: number, lang: Lang, kase: Case = 'nom'): PluralForm {
  need(n, 0, 'pluralForm');
  if (lang === 'en') return n === 1 ? 'one' : 'many';
  const last = n % 10;
  const lastTwo = n % 100;
  if (last === 1 && lastTwo !== 11) return 'one';
  // After 2-4 the noun takes the genitive singular only where the numeral is nom/acc: «два экземпляра»,
  // but «двух экземпляров», «в двух экземплярах».
  if ((kase === 'nom' || kase === 'acc') && last >= 2 && last <= 4 && (lastTwo < 12 || lastTwo > 14)) return 'few';
  return 'many';
}
