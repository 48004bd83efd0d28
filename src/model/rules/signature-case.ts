// A protocol's Russian signature columns read «За <party in the accusative>» (templates/protocol.ru.hbs), so the
// name that heads each column needs its `acc` form: «За Региональную антитеррористическую структуру ...».
import { error } from '../../diagnostics/index.js';
import type { Rule } from './context.js';

export const signatureCase: Rule = (ctx) => {
  const a = ctx.agreement;
  if (a.kind !== 'protocol') return;
  for (const party of a.parties) {
    const heading = party.signatureName ?? party.name;
    if (heading.ru.acc) continue;
    const field = `${ctx.fieldOf(party)}.${party.signatureName ? 'signatureName' : 'name'}.ru`;
    ctx.report(error('MISSING_CASE_FORM', `The Russian signature column of a protocol reads «За ...»: \`${field}\` needs its acc form.`, {
      span: ctx.at(field), field, hint: `Add acc: ... to the forms, e.g. «За ${heading.ru.nom}» in the accusative.`,
    }));
  }
};
