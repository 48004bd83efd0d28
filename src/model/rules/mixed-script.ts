// A word mixing Latin and Cyrillic letters is almost always a look-alike typo: a Latin "C" in «Cтороны».
import { error } from '../../diagnostics/index.js';
import type { Rule } from './context.js';

const LATIN = /\p{Script=Latin}/u;
const CYRILLIC = /\p{Script=Cyrillic}/u;
/** Latin letters and the Cyrillic letters they are mistaken for. */
const LOOK_ALIKES: Record<string, string> = {
  A: 'А', B: 'В', C: 'С', E: 'Е', H: 'Н', I: 'І', K: 'К', M: 'М', O: 'О', P: 'Р', T: 'Т', X: 'Х', Y: 'У',
  a: 'а', c: 'с', e: 'е', i: 'і', o: 'о', p: 'р', x: 'х', y: 'у',
};
const BACK: Record<string, string> = Object.fromEntries(Object.entries(LOOK_ALIKES).map(([l, c]) => [c, l]));

function describeLetter(ch: string, latin: boolean): string {
  const twin = latin ? LOOK_ALIKES[ch] : BACK[ch];
  const hex = `U+${ch.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
  const script = latin ? 'Latin' : 'Cyrillic';
  return twin ? `${script} "${ch}" (${hex}) looks like ${latin ? 'Cyrillic' : 'Latin'} "${twin}"` : `${script} "${ch}" (${hex})`;
}

export const mixedScript: Rule = (ctx) => {
  for (const site of ctx.walk.strings) {
    // Most strings are in one script: then no word of them can mix two (the per-letter count is the slow part).
    if (!LATIN.test(site.value) || !CYRILLIC.test(site.value)) continue;
    for (const m of site.value.matchAll(/[\p{L}\p{M}]+/gu)) {
      const word = m[0];
      const letters = [...word];
      const latin = letters.filter((c) => LATIN.test(c)).length;
      const cyrillic = letters.filter((c) => CYRILLIC.test(c)).length;
      if (latin === 0 || cyrillic === 0) continue;
      // The odd letters: those of the language's other script, else the fewer.
      const lang = /\.(en|ru)(\.|$)/.exec(site.field)?.[1];
      const oddLatin = lang === 'ru' ? true : lang === 'en' ? false : latin <= cyrillic;
      const isOdd = (c: string) => (oddLatin ? LATIN : CYRILLIC).test(c);
      const firstOdd = [...word].findIndex(isOdd);
      const offset = (m.index ?? 0) + [...word].slice(0, firstOdd).join('').length;
      const odd = [...new Set(letters.filter(isOdd))].map((c) => describeLetter(c, oddLatin));
      ctx.report(error('MIXED_SCRIPT', `The word «${word}» mixes Latin and Cyrillic letters.`, {
        span: ctx.walk.locator.charSpan(site.node, offset), field: site.field,
        hint: `${odd.join('; ')}. Retype the word in one alphabet.`,
      }));
    }
  }
};
