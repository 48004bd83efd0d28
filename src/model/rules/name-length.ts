// A party's names are at most MAX_NAME_LENGTH characters in each language and case (issue 10 §2): a name heads its
// signature column, whose block is set whole on one page, and a 2,200-character name pushed the signatures off the
// page. The longest names of States and organisations are under 120 characters; 300 leaves room for any.
import { error } from '../../diagnostics/index.js';
import type { Rule } from './context.js';

export const MAX_NAME_LENGTH = 300;

export const nameLength: Rule = (ctx) => {
  const a = ctx.agreement;
  if (a.kind === 'note') return;
  for (const party of a.parties) {
    for (const key of ['name', 'short', 'signatureName'] as const) {
      const forms = party[key];
      if (!forms) continue;
      for (const [lang, cases] of Object.entries(forms)) {
        for (const [c, text] of Object.entries(cases as Record<string, string>)) {
          const length = [...text].length;
          if (length <= MAX_NAME_LENGTH) continue;
          const base = `${ctx.fieldOf(party)}.${key}.${lang}`;
          const field = ctx.given(`${base}.${c}`) ? `${base}.${c}` : base;
          ctx.report(error('NAME_TOO_LONG', `\`${field}\` is ${length} characters long; a party's name is at most ${MAX_NAME_LENGTH}.`, {
            span: ctx.at(field), field,
            hint: 'A name heads its signature column, which must fit on one page: give the official name, and put any description in the preamble.',
          }));
          break; // one report per language of a name
        }
      }
    }
  }
};
