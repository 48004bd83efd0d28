// `enclosure.after` names a paragraph of the note's body.
import { error } from '../../diagnostics/index.js';
import { didYouMean, listForHint } from '../suggest.js';
import type { Rule } from './context.js';

export const enclosureAfter: Rule = (ctx) => {
  const a = ctx.agreement;
  if (a.kind !== 'note' || !a.enclosure?.after) return;
  const ids = a.body.map((u) => u.id).filter((id): id is string => Boolean(id));
  if (ids.includes(a.enclosure.after)) return;
  ctx.report(error('BAD_CROSS_REFERENCE', `\`enclosure.after\` names \`${a.enclosure.after}\`, which is no paragraph of the body.`, {
    span: ctx.at('enclosure.after'), field: 'enclosure.after',
    hint: didYouMean(a.enclosure.after, ids) ?? (ids.length ? `Body paragraph ids: ${listForHint(ids)}.` : 'Give the body paragraph an `id:` first.'),
  }));
};
