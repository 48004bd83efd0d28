// Typography per language: Russian quotes «...» („...“ nested), non-breaking spaces, dashes; English nbsp rules.
import type { Lang } from './pieces.js';

const NBSP = '\u00a0';

/** Straight double quotes to «...», nested ones to „...“. A quote opens at the start, after a space or an
 *  opening bracket/quote; anything else closes the innermost open quote. */
function russianQuotes(text: string): string {
  let depth = 0;
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (ch !== '"') {
      out += ch;
      continue;
    }
    const prev = i === 0 ? '' : text[i - 1]!;
    // \s covers the no-break space too.
    const opens = depth === 0 || prev === '' || /[\s(\[«„]/.test(prev);
    if (opens) {
      out += depth === 0 ? '«' : '„';
      depth++;
    } else {
      depth--;
      out += depth === 0 ? '»' : '“';
    }
  }
  return out;
}

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
];

const EN_RULES: [RegExp, string][] = [
  // "Article 1", "paragraph 2", "No. 18": the number never starts a line on its own.
  [/\b(Article|Articles|paragraph|subparagraph|No\.)[ \t]+(?=\d)/g, `$1${NBSP}`],
];

/** Applies the language's typography to plain text (no markup inside). Idempotent. */
export function typeset(text: string, lang: Lang): string {
  if (lang === 'en') return EN_RULES.reduce((t, [re, to]) => t.replace(re, to), text);
  let out = russianQuotes(text);
  for (const [re, to] of RU_RULES) out = out.replace(re, to);
  // The initials rule needs two passes for «С. А. Зась» (the regex consumes the boundary).
  return out.replace(RU_RULES[2]![0], RU_RULES[2]![1]);
}
