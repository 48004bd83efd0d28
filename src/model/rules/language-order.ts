// `final.languageOrder`: a language text may name the languages of the originals in its own order
// (issue 9 §3), but it names the same languages, each once.
import { error } from '../../diagnostics/index.js';
import { LANGS } from '../types.js';
import type { Rule } from './context.js';

export const languageOrder: Rule = (ctx) => {
  const a = ctx.agreement;
  if (a.kind === 'note' || ctx.faulty('final.languages')) return;
  const wanted = a.final.languages;
  for (const lang of LANGS) {
    const order = a.final.languageOrder[lang];
    const field = `final.languageOrder.${lang}`;
    if (!order || ctx.faulty(field)) continue;
    const same = order.length === wanted.length && wanted.every((l) => order.includes(l));
    if (same) continue;
    ctx.report(error('BAD_VALUE', `\`${field}\` names [${order.join(', ')}], but the originals are in [${wanted.join(', ')}] (\`final.languages\`).`, {
      span: ctx.at(field), field, hint: `Name each language of \`final.languages\` once, in the order this text names them, e.g. ${lang}: [${[...wanted].sort((x, y) => (x === lang ? -1 : y === lang ? 1 : 0)).join(', ')}].`,
    }));
  }
};
