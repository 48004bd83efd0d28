// Typography per language: quotes (Russian «...» with „...“ nested, English “...” and ‘...’, apostrophes ’),
// non-breaking spaces, dashes.
import type { Lang } from './pieces.js';

const NBSP = '\u00a0';

const RU_RULES: [RegExp, string][] = [
  // «№ 18»: the sign never ends a line.
  [/№[ \t]+/g, `№${NBSP}`],
  // «2017 г.», «2017 года»: the year never breaks from its word.
  // (`\b` is ASCII-only in JS regexes, so the word's end is "no letter follows".)
  [/(\d)[ \t]+(г\.|года(?!\p{L})|год(?!\p{L})|году(?!\p{L})|годом(?!\p{L}))/gu, `$1${NBSP}$2`],
  // Initials: «С. Зась», «С. А. Зась» — no break between initials and surname.
  [/(^|[^\p{L}])(\p{Lu}\.)[ \t]+(?=\p{Lu})/gu, `$1$2${NBSP}`],
  // A spaced hyphen or en dash is a dash: « — » with the space before it non-breaking.
  [/[ \t]+[-–—][ \t]+/g, `${NBSP}— `],
  // «150 000»: the groups of a number never part.
  [/(\d)[ \t]+(?=\d{3}(?!\d))/g, `$1${NBSP}`],
];

const EN_RULES: [RegExp, string][] = [
  // "Article 1", "paragraph 2", "No. 18": the number never starts a line on its own.
  [/\b(Article|Articles|paragraph|subparagraph|No\.)[ \t]+(?=\d)/g, `$1${NBSP}`],
];

const EN_MONTH = '(?:January|February|March|April|May|June|July|August|September|October|November|December)';
const RU_MONTH = '(?:января|февраля|марта|апреля|мая|июня|июля|августа|сентября|октября|ноября|декабря)';

/**
 * Spaces that must not break, whoever wrote the text (the officer in the YAML or a template): found on a
 * paragraph's whole text, as `bindingSpaces` returns their indices. Always: a day never parts from its month
 * ("14 March", "May 20", «20 мая») nor a Russian year from «года» («2014 года»), nor a pair of acronyms
 * («РАТС ШОС», "SCO RATS"), nor a Russian abbreviation from what it abbreviates for («г. Астана», «п. 2», «т. е.»). With `shortWords` (every Russian paragraph and an English
 * title, templates/typeset.ts), no line ends on a Russian one-letter word (в, к, с, о, у, и, а, я), short preposition,
 * conjunction or negation (по, на, за, из, от, до, об, во, со, ко, не, ни, но), nor on an English article, short
 * preposition or conjunction (a, the, of, on, and …: titles only), and no Russian particle (же, ли, бы)
 * begins one. A no-break space still stretches in justified text (layout/breakItems.ts).
 */
const DATES_AND_ACRONYMS: Record<Lang, RegExp[]> = {
  en: [
    new RegExp(`(?<=\\b\\d{1,2}) (?=${EN_MONTH}\\b)`, 'g'),
    // "May 20, 2014": the month and its day; the year may begin a line ("14 March / 2007"), as in Russian.
    new RegExp(`(?<=\\b${EN_MONTH}) (?=\\d{1,2}(?!\\d))`, 'g'),
    /(?<=(?:^|[^\p{L}])\p{Lu}{2,5}) (?=\p{Lu}{2,5}(?:[^\p{L}]|$))/gu,
    // "Executive Committee – Executive Secretary": a spaced dash never begins a line.
    / (?=[\u2013\u2014] )/g,
  ],
  ru: [
    new RegExp(`(?<=\\d) (?=${RU_MONTH}(?!\\p{L}))`, 'gu'),
    // «2007 года», «2007 г.»: a year and the word year (the day and its month above; «14 марта / 2007 года» may
    // part, as Russian typesetting allows, so that a long date does not make a line loose).
    /(?<=\d) (?=(?:год[а-я]*|г\.)(?!\p{L}))/gu,
    /(?<=(?:^|[^\p{L}])\p{Lu}{2,5}) (?=\p{Lu}{2,5}(?:[^\p{L}]|$))/gu,
    // «г. Астана», «(г. Алматы, 2026 год)»: the abbreviation of «город» never ends a line before its name.
    /(?<=(?:^|[^\p{L}])г\.) (?=\p{Lu})/gu,
    // «ст. 5», «п. 2», «пп. 1», «ч. 3», «подп. «а»»: an abbreviated part of a text never parts from its number.
    /(?<=(?:^|[^\p{L}])(?:ст|п|пп|ч|подп)\.) (?=[\d«])/gu,
    // «т. е.», «т. д.», «т. п.», «т. к.»: an abbreviation of two words is one.
    /(?<=(?:^|[^\p{L}])т\.) (?=[едпк]\.)/gu,
    // «(далее — Взнос)»: a dash never begins a line.
    / (?=[\u2013\u2014] )/g,
  ],
};
const SHORT_WORDS: Record<Lang, RegExp[]> = {
  // English binds its short words in a title alone (templates/typeset.ts): centred display lines, where a line
  // ending "… OF THE CONFERENCE ON" reads as cut off, and no justified line has to stretch a bound space.
  en: [/(?<=(?:^|[\s(“‘"])(?:a|an|the|of|on|in|at|to|by|for|and|or|with)) /giu],
  ru: [
    // One-letter words, two-letter prepositions and particles, and the three-letter prepositions: «для
    // достижения», «при условии», «без ущерба» never leave «для» at a line end, in ragged columns as in justified text.
    /(?<=(?:^|[\s(«„"])(?:[вкосуаия]|по|на|за|из|от|до|об|во|со|ко|не|ни|но|для|при|без|под|над|про|обо|изо)) /giu,
    /(?<=\p{L}) (?=(?:же|ли|бы)(?![\p{L}\d]))/giu,
  ],
};

/** Indices of the spaces (U+0020) in `text` that must be no-break spaces, by the rules above. */
export function bindingSpaces(text: string, lang: Lang, shortWords = false): number[] {
  const at = new Set<number>();
  // In text written all in capitals (a title) every short word would look like an acronym: the pair rule is for
  // acronyms inside ordinary text.
  const rules = /\p{Ll}/u.test(text) ? DATES_AND_ACRONYMS[lang] : DATES_AND_ACRONYMS[lang].slice(0, 2);
  for (const re of [...rules, ...(shortWords ? SHORT_WORDS[lang] : [])]) {
    for (const m of text.matchAll(re)) at.add(m.index);
  }
  return [...at].sort((a, b) => a - b);
}

/** Applies the language's typography to plain text (no markup inside). Idempotent. */
export function typeset(text: string, lang: Lang): string {
  if (lang === 'en') return EN_RULES.reduce((t, [re, to]) => t.replace(re, to), typographicQuotes(text, lang));
  let out = typographicQuotes(text, lang);
  for (const [re, to] of RU_RULES) out = out.replace(re, to);
  // The initials rule needs two passes for «С. А. Зась» (the regex consumes the boundary).
  return out.replace(RU_RULES[2]![0], RU_RULES[2]![1]);
}

/** A quote opens after these (or at the start): a space, an opening bracket, a dash, another opening quote. */
const OPENS_AFTER = /[\s(\[{\u2014\u2013«„“‘]/u;

/**
 * Straight quotes and apostrophes of a paragraph's whole text as the language prints them, one character for one
 * (source positions stay true), whoever wrote them (the officer's YAML or a template): English "..." as “...”,
 * '...' as ‘...’ and an apostrophe as ’ (the Parties’, CICA’s); Russian "..." as «...» with „...“ inside, an
 * apostrophe as ’. Quotes already typographic count for the Russian nesting. Idempotent.
 */
export function typographicQuotes(text: string, lang: Lang): string {
  if (!/["']/.test(text)) return text;
  let depth = 0;
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    const prev = i === 0 ? ' ' : text[i - 1]!;
    const opens = OPENS_AFTER.test(prev);
    if (lang === 'ru') {
      if (ch === '«' || ch === '„') depth++;
      else if ((ch === '»' || ch === '“') && depth > 0) depth--;
    }
    if (ch === '"') {
      if (lang === 'en') out += opens ? '“' : '”';
      else if (depth === 0 || opens) out += depth++ === 0 ? '«' : '„';
      else out += --depth === 0 ? '»' : '“';
    } else if (ch === "'") {
      // English single quotes open before a letter after a space; everything else is an apostrophe (’90s, CICA’s).
      out += lang === 'en' && opens && /\p{L}/u.test(text[i + 1] ?? '') ? '‘' : '’';
    } else out += ch;
  }
  return out;
}
