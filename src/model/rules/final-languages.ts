// The languages of the originals are named once each; "equally authentic" needs two of them to compare.
import { error } from '../../diagnostics/index.js';
import type { Rule } from './context.js';

export const finalLanguages: Rule = (ctx) => {
  const a = ctx.agreement;
  if (a.kind === 'note') return;
  const seen = new Set<string>();
  a.final.languages.forEach((lang, i) => {
    if (seen.has(lang)) {
      const field = `final.languages[${i}]`;
      ctx.report(error('BAD_VALUE', `The language \`${lang}\` is named twice in \`final.languages\`.`, { span: ctx.at(field), field, hint: 'Name each language once.' }));
    }
    seen.add(lang);
  });
  if (a.final.equallyAuthentic && seen.size < 2 && !ctx.faulty('final.languages')) {
    const field = 'final.equallyAuthentic';
    ctx.report(error('BAD_VALUE', 'The texts can be equally authentic only when the originals are in two or more languages.', {
      span: ctx.at(field), field, hint: 'Name both languages in `final.languages`, or set `equallyAuthentic: false`.',
    }));
  }
};
