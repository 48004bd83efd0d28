// A specimen is a final text that was never signed (a model, an example): its pages say SPECIMEN / ОБРАЗЕЦ
// (templates/meta.ts). A draft already says DRAFT / ПРОЕКТ on every page, and its blanks are open; `specimen: true`
// there would be a field that does nothing, so it is refused.
import { error } from '../../diagnostics/index.js';
import type { Rule } from './context.js';

export const specimen: Rule = (ctx) => {
  const a = ctx.agreement;
  if (a.status !== 'draft' || !a.specimen || ctx.faulty('status')) return;
  const what = a.kind === 'note' ? 'note' : 'agreement';
  ctx.report(error('SPECIMEN_IN_DRAFT', `\`specimen: true\` marks a final text that was never signed; this ${what} is a draft, whose pages already say DRAFT.`, {
    span: ctx.walk.keys.get('specimen') ?? ctx.at('specimen'), field: 'specimen',
    hint: 'Delete `specimen`, or set `status: final` once the text is complete.',
  }));
};
