// Characters the documents' font cannot set, reported where they were written (issue 4: "a missing glyph is an error
// naming the character and its file:line:col, never a blank box"). Runs only when the caller passes `canSet`.
import { error } from '../../diagnostics/index.js';
import { CASES, LANGS } from '../types.js';
import { charName } from './char-rule.js';
import type { Rule } from './context.js';

/** Printed strings: the texts of a language (`...en`, `...ru`) or a case form (`...ru.gen`), and the note's number. */
const LAST = new Set<string>([...LANGS, ...CASES]);
const printed = (field: string) => field === 'reference' || LAST.has(field.slice(field.lastIndexOf('.') + 1));
/** Controls, format characters and white space are the hygiene rules' business, and line breaks are never set. */
const SKIP = /[\p{Cc}\p{Cf}\s]/u;

export const missingGlyph: Rule = (ctx) => {
  const canSet = ctx.options.canSet;
  if (!canSet) return;
  for (const site of ctx.walk.strings) {
    if (!printed(site.field)) continue;
    for (let i = 0; i < site.value.length; i++) {
      const cp = site.value.codePointAt(i)!;
      // The font's table first: nearly every character passes it, and the regular expression is the slower test.
      const ch = canSet(cp) ? '' : String.fromCodePoint(cp);
      if (ch && !SKIP.test(ch)) {
        ctx.report(error('MISSING_GLYPH', `The documents' font has no glyph for ${charName(cp)} "${ch}": it would print as a blank box.`, {
          span: ctx.walk.locator.charSpan(site.node, i), field: site.field,
          hint: 'Replace the character, or write it with letters and signs of the Latin or Cyrillic alphabets.',
        }));
      }
      if (cp > 0xffff) i++;
    }
  }
};
