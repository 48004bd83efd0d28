// A final agreement is complete: full date and every signatory's name (a draft may leave them blank). The place
// stays optional: the executed CICA-SCO RATS Protocol of 20 September 2017 names none (../shared/reference/002_429421fb179c3437.txt).
import { error } from '../../diagnostics/index.js';
import type { PartialDate } from '../types.js';
import type { Rule, RuleContext } from './context.js';

const HINT = 'Fill it in, or set `status: draft` while it is still open.';

function fullDate(ctx: RuleContext, date: PartialDate, field: string): void {
  if (!date.src || date.day !== undefined) return;
  ctx.report(error('BLANK_IN_FINAL', `\`${field}\` gives the year alone; a final agreement needs the full date.`, { span: date.src, field, hint: HINT }));
}

export const blankInFinal: Rule = (ctx) => {
  const a = ctx.agreement;
  if (a.status !== 'final') return;
  if (a.kind === 'note') {
    fullDate(ctx, a.date, 'date');
    if (a.silence) fullDate(ctx, a.silence.deadline, 'silence.deadline');
    return;
  }
  if (!ctx.given('final')) return;
  fullDate(ctx, a.final.date, 'final.date');
  for (const s of a.signatories) {
    const field = ctx.fieldOf(s);
    if (!s.name && !ctx.given(`${field}.name`)) {
      ctx.report(error('BLANK_IN_FINAL', `The signatory for \`${s.party}\` has no name; a final agreement names every signatory.`, { span: s.src, field: `${field}.name`, hint: HINT }));
    }
  }
};
