// One signatory per party: none missing, none twice.
import { error, formatSpan } from '../../diagnostics/index.js';
import type { Rule } from './context.js';

export const signatories: Rule = (ctx) => {
  const a = ctx.agreement;
  if (a.kind === 'note' || !ctx.given('signatories')) return;
  const seen = new Map<string, string>();
  for (const s of a.signatories) {
    if (!s.party) continue;
    const field = `${ctx.fieldOf(s)}.party`;
    const earlier = seen.get(s.party);
    if (earlier !== undefined) {
      ctx.report(error('DUPLICATE_SIGNATORY', `The party \`${s.party}\` has a second signatory; each party signs once.`, {
        span: ctx.at(field), field, hint: `The first signs at ${formatSpan(ctx.at(earlier))}; delete one of them.`,
      }));
    } else seen.set(s.party, field);
  }
  for (const p of a.parties) {
    if (!p.id || seen.has(p.id)) continue;
    ctx.report(error('MISSING_SIGNATORY', `The party \`${p.id}\` has no signatory.`, {
      span: ctx.walk.keys.get('signatories') ?? ctx.at('signatories'), field: 'signatories', hint: `Add \`- party: ${p.id}\` with the signatory's name and title.`,
    }));
  }
};
