// The languages of the originals are named once each.
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
};
