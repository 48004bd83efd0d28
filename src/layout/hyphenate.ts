// Hyphenation points of words (Liang's patterns from the `hyphen` package: en-gb and ru), once per word.
import { createRequire } from 'node:module';
import type { LangTag } from '../document/index.js';
import { exceptionPoints } from './hyphen-exceptions.js';

const require = createRequire(import.meta.url);

type Hyphenator = (text: string) => string;
const SOFT_HYPHEN = '\u00AD';

/** Per language: pattern module, and the TeX minimum letters before/after a hyphen
 *  (\lefthyphenmin/\righthyphenmin: 2/3 for British English; 2/3 for Russian, where babel-russian allows 2/2:
 *  two letters carried over («Сторона-/ми.», «Аста-/на») are what Мильчин's «Справочник издателя и автора»
 *  advises against in careful setting, and on a paragraph's last line they stand alone). */
const LANGS: Record<LangTag, { patterns: string; left: number; right: number }> = {
  'en-GB': { patterns: 'hyphen/patterns/en-gb.js', left: 2, right: 3 },
  'ru-RU': { patterns: 'hyphen/patterns/ru.js', left: 2, right: 3 },
};

/** Words shorter than this are never hyphenated: a short word split reads badly. */
export const MIN_HYPHENATED_LENGTH = 6;

/** A capitalised word up to this long is not hyphenated: a name of a place or a person, or the capitalised
 *  «Стороны», reads whole («Аста-на», «Казах-стан», «Таш-кент» read as slips). Longer ones («Казахстана»,
 *  "Secretariat", «Исполнительный») still are. */
export const MAX_UNBROKEN_CAPITALISED = 9;
const CAPITALISED = /^\p{Lu}\p{Ll}+$/u;

const hyphenators = new Map<LangTag, Hyphenator>();
const cache = new Map<string, readonly number[]>();
const NONE: readonly number[] = Object.freeze([]);

function hyphenator(lang: LangTag): Hyphenator {
  const hit = hyphenators.get(lang);
  if (hit) return hit;
  const createHyphenator = require('hyphen/hyphen.js') as (patterns: unknown, options: object) => Hyphenator;
  const made = createHyphenator(require(LANGS[lang].patterns), { hyphenChar: SOFT_HYPHEN, html: false, minWordLength: 1 });
  hyphenators.set(lang, made);
  return made;
}

const LETTERS = /^\p{L}+$/u;

/** `word` with a soft hyphen at each of `points` (an exception, hyphen-exceptions.ts), as the patterns mark it. */
function markedWith(word: string, points: readonly number[]): string {
  let out = '';
  let from = 0;
  for (const at of points) {
    out += word.slice(from, at) + SOFT_HYPHEN;
    from = at;
  }
  return out + word.slice(from);
}

/** UTF-16 indices inside `word` (a run of letters only) where a hyphen may go, ascending. Cached. */
export function hyphenationPoints(word: string, lang: LangTag): readonly number[] {
  if (word.length < MIN_HYPHENATED_LENGTH || !LETTERS.test(word)) return NONE;
  // An all-capitals word is an acronym or a name in capitals: never split it.
  if (word === word.toLocaleUpperCase(lang) && word !== word.toLocaleLowerCase(lang)) return NONE;
  if (word.length <= MAX_UNBROKEN_CAPITALISED && CAPITALISED.test(word)) return NONE;
  const key = `${lang}\u0000${word}`;
  const hit = cache.get(key);
  if (hit) return hit;
  const { left, right } = LANGS[lang];
  const exception = exceptionPoints(word, lang);
  const marked = exception ? markedWith(word, exception) : hyphenator(lang)(word);
  const points: number[] = [];
  let index = 0;
  for (const ch of marked) {
    if (ch === SOFT_HYPHEN) {
      if (index >= left && word.length - index >= right) points.push(index);
    } else {
      index += ch.length;
    }
  }
  const result = points.length ? Object.freeze(points) : NONE;
  cache.set(key, result);
  return result;
}

/** Where a token (text between spaces; may hold punctuation, hard hyphens, NBSP) may break:
 *  `hyphen` points need a hyphen drawn, `after` points follow a hard hyphen or dash already there, `compound`
 *  points are hyphenation points inside a part of a hyphenated compound, a last resort (they need a hyphen drawn).
 *  A token with a digit in it ("18-4/58emb", "COVID-19") never breaks. */
export interface TokenBreaks {
  hyphen: readonly number[];
  after: readonly number[];
  compound: readonly number[];
}
const tokens = new Map<string, TokenBreaks>();
const NO_BREAKS: TokenBreaks = Object.freeze({ hyphen: NONE, after: NONE, compound: NONE });

export function tokenBreaks(token: string, lang: LangTag): TokenBreaks {
  const key = `${lang}\u0000${token}`;
  let hit = tokens.get(key);
  if (!hit) {
    hit = findTokenBreaks(token, lang);
    tokens.set(key, hit);
  }
  return hit;
}

function findTokenBreaks(token: string, lang: LangTag): TokenBreaks {
  const hyphen: number[] = [];
  const after: number[] = [];
  const compound: number[] = [];
  if (token.length < MIN_HYPHENATED_LENGTH || /\d/.test(token)) return NO_BREAKS;
  // A compound written with a hyphen is carried over at its hyphen (Мильчин, «Справочник издателя и автора»):
  // «государств-чле-нов», «Нур-Сул-тане» read as misprints. Its parts' own hyphenation points are kept only as a
  // last resort (the line breaker's compound penalty), for the line that could not be justified otherwise.
  const inCompound = COMPOUND.test(token);
  for (const m of token.matchAll(/\p{L}+/gu)) {
    for (const p of hyphenationPoints(m[0], lang)) (inCompound ? compound : hyphen).push(m.index + p);
  }
  // A break after a hard hyphen or en dash between two letters ("long-term", «научно-технический»), except where
  // it binds (boundHyphens).
  const bound = boundHyphens(token, lang);
  for (let i = 1; i < token.length - 1; i++) {
    const ch = token[i];
    if ((ch === '-' || ch === '\u2010' || ch === '\u2013') && /\p{L}/u.test(token[i - 1]!) && /\p{L}/u.test(token[i + 1]!)) {
      if (!bound.includes(i)) after.push(i + 1);
    }
  }
  return hyphen.length || after.length || compound.length ? { hyphen, after, compound } : NO_BREAKS;
}

/** A hard hyphen or en dash between two letters: the token is a compound ("long-term", «государств-членов»). */
const COMPOUND = /\p{L}[-\u2010\u2013]\p{L}/u;

/** Shortest part of a hyphenated compound that may end or begin a line: Russian keeps «из-за», «юго-» whole; English
 *  carries "non-/interference", "man-/made" over at the hyphen (its prefixes of three letters), not "e-/mail". */
const MIN_COMPOUND_PART: Record<LangTag, number> = { 'en-GB': 3, 'ru-RU': 4 };
/** Longest capitalised compound bound as a name: a longer one («Ханты-Мансийском» has 15 letters) is a title-case
 *  term such as "Counter-Terrorism", which a narrow column must still be able to break at its hyphen. */
const MAX_BOUND_NAME = 15;

/**
 * Indices of the hard hyphens in `token` that must not end a line: inside a proper name, a compound whose part after
 * the hyphen is capitalised and which is name-short (Nur-Sultan, «Нур-Султане», «Ханты-Мансийск»), and in a compound
 * one of whose parts is shorter than the language allows (MIN_COMPOUND_PART: "e-mail", «из-за»), which read badly split. Both writers keep them whole: the
 * PDF's line breaker never breaks there, the DOCX sets them as w:noBreakHyphen.
 */
export function boundHyphens(token: string, lang: LangTag): number[] {
  const min = MIN_COMPOUND_PART[lang] ?? 4;
  const out: number[] = [];
  for (const m of token.matchAll(/(?<=\p{L})-(?=\p{L})/gu)) {
    const i = m.index;
    const before = /\p{L}+$/u.exec(token.slice(0, i))![0];
    const after = /^\p{L}+/u.exec(token.slice(i + 1))![0];
    const capitalised = after[0] !== after[0]!.toLocaleLowerCase() && after !== after.toLocaleUpperCase();
    const name = capitalised && before.length + after.length <= MAX_BOUND_NAME;
    if (name || before.length < min || after.length < min) out.push(i);
  }
  return out;
}
