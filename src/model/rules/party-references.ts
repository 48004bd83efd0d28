// Signatories and custody entries name parties by id; each id must be a party of the agreement.
import { error } from '../../diagnostics/index.js';
import { didYouMean, listForHint } from '../suggest.js';
import type { Rule } from './context.js';

export const partyReferences: Rule = (ctx) => {
  const a = ctx.agreement;
  if (a.kind === 'note') return;
  const ids = a.parties.map((p) => p.id).filter(Boolean);
  const known = new Set(ids);
  const check = (party: string, model: object, role: string) => {
    if (!party || known.has(party)) return;
    const field = `${ctx.fieldOf(model)}.party`;
    ctx.report(error('UNKNOWN_PARTY', `The ${role} names \`${party}\`, which is not a party of this agreement.`, {
      span: ctx.at(field), field, hint: didYouMean(party, ids) ?? `The parties are: ${listForHint(ids)}.`,
    }));
  };
  a.signatories.forEach((s) => check(s.party, s, 'signatory'));
  a.final.custody.forEach((c) => check(c.party, c, 'custody entry'));
};
