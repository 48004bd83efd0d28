// Labels of numbered parts: "Article 1" / «Статья 1», list labels by depth, paragraph numbers "1.".
import type { Lang } from './pieces.js';

const NBSP = '\u00a0';

/** "Article 1" / «Статья 1» (non-breaking space: the number never leaves its word). */
export function articleLabel(n: number, lang: Lang): string {
  return `${lang === 'en' ? 'Article' : 'Статья'}${NBSP}${n}`;
}

/** "Annex 1" / «Приложение 1», the label over an annex (a reference in running text is lower-case in Russian,
 *  «приложение 1», as «статья 3» is: see xrefs.ts). */
export function annexLabel(n: number, lang: Lang): string {
  return `${lang === 'en' ? 'Annex' : 'Приложение'}${NBSP}${n}`;
}

/** Numbered paragraphs are "1." in both languages. */
export function paragraphLabel(n: number): string {
  return `${n}.`;
}

const LATIN = 'abcdefghijklmnopqrstuvwxyz';
/** Russian list letters: the alphabet without ё, й, ъ, ы, ь, which Russian drafting practice skips. */
const CYRILLIC = 'абвгдежзиклмнопрстуфхцчшщэюя';

/** 1 -> a, 26 -> z, 27 -> aa (bijective base, as long lists are lettered). */
function letters(n: number, alphabet: string): string {
  let out = '';
  let k = n;
  while (k > 0) {
    const r = (k - 1) % alphabet.length;
    out = alphabet[r]! + out;
    k = Math.floor((k - 1) / alphabet.length);
  }
  return out;
}

const ROMAN: [number, string][] = [[1000, 'm'], [900, 'cm'], [500, 'd'], [400, 'cd'], [100, 'c'], [90, 'xc'], [50, 'l'],
  [40, 'xl'], [10, 'x'], [9, 'ix'], [5, 'v'], [4, 'iv'], [1, 'i']];

export function roman(n: number): string {
  let out = '';
  let k = n;
  for (const [value, digits] of ROMAN) {
    while (k >= value) {
      out += digits;
      k -= value;
    }
  }
  return out;
}

/** How a list level counts: the item's number as a bare mark ("ii", "b", "1"). */
type Counter = 'roman' | 'latin' | 'cyrillic' | 'arabic';

/** Levels from 0: en "i." then "(a)" then "(1)"; ru «а)» then «1)» then «i)»; deeper levels repeat the cycle. */
const LEVELS: Record<Lang, { counter: Counter; before: string; after: string }[]> = {
  en: [{ counter: 'roman', before: '', after: '.' }, { counter: 'latin', before: '(', after: ')' }, { counter: 'arabic', before: '(', after: ')' }],
  ru: [{ counter: 'cyrillic', before: '', after: ')' }, { counter: 'arabic', before: '', after: ')' }, { counter: 'roman', before: '', after: ')' }],
};

function level(lang: Lang, depth: number) {
  const levels = LEVELS[lang];
  return levels[depth % levels.length]!;
}

function mark(counter: Counter, n: number): string {
  switch (counter) {
    case 'roman': return roman(n);
    case 'latin': return letters(n, LATIN);
    case 'cyrillic': return letters(n, CYRILLIC);
    case 'arabic': return String(n);
  }
}

/** The label of the n-th item (from 1) of a list at `depth` (from 0): "ii.", "(b)", «б)», «2)». */
export function listLabel(n: number, depth: number, lang: Lang): string {
  const { counter, before, after } = level(lang, depth);
  return `${before}${mark(counter, n)}${after}`;
}

/** The item as a cross-reference names it: by its mark, set apart from the sentence as each language's drafting
 *  does. English encloses a letter or a roman numeral in brackets: "(b)" -> "(b)", and "ii." (the RATS reference
 *  labels its list "i."–"iv.") -> "(ii)", since a bare "subparagraph i of" reads as a stray letter; "(1)" -> "(1)".
 *  Russian practice drops the closing bracket and quotes a letter: «б)» -> «б», «2)» -> «2», «ii)» -> «ii». */
export function listReferenceMark(n: number, depth: number, lang: Lang): string {
  const { counter, before, after } = level(lang, depth);
  const m = mark(counter, n);
  if (lang === 'en') return before ? `${before}${m}${after}` : counter === 'arabic' ? m : `(${m})`;
  return counter === 'arabic' ? m : `«${m}»`;
}
