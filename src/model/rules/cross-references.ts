// `[[id]]` names an article, annex, paragraph or item of this agreement; `[[id:case]]` a real case; `[[deadline]]` a silence deadline.
import { error } from '../../diagnostics/index.js';
import { findReferences } from '../markup.js';
import { didYouMean, listForHint } from '../suggest.js';
import { CASES } from '../types.js';
import type { Rule } from './context.js';
import { collectIds } from './duplicate-ids.js';

export const crossReferences: Rule = (ctx) => {
  const a = ctx.agreement;
  const ids = collectIds(ctx);
  const targetList = a.kind === 'note' ? [] : ids.filter((i) => i.what !== 'party').map((i) => i.id);
  const targets = new Set(targetList);
  const parties = new Set(ids.filter((i) => i.what === 'party').map((i) => i.id));
  // A deadline that is given but wrong (BAD_DATE) still stands: saying "there is none" would mislead.
  const hasDeadline = a.kind === 'note' && (a.silence !== undefined || ctx.given('silence.deadline'));
  for (const unit of ctx.walk.units) {
    for (const site of Object.values(unit.langs)) {
      for (const ref of findReferences(site.value)) {
        const span = ctx.walk.locator.charSpan(site.node, ref.index);
        const bad = (message: string, hint?: string) =>
          ctx.report(error('BAD_CROSS_REFERENCE', message, { span, field: site.field, ...(hint ? { hint } : {}) }));
        if (!ref.closed) { bad('A cross-reference `[[` is not closed with `]]`.', 'Close it with `]]`, or write `\\[[` for literal brackets.'); continue; }
        if (ref.id === 'deadline') {
          if (!hasDeadline) bad('`[[deadline]]` stands for the silence-procedure deadline, but there is none.', a.kind === 'note' ? 'Add `silence: { deadline: YYYY-MM-DD }`.' : 'Only a note verbale has a silence deadline.');
          else if (ref.case !== undefined) bad('`[[deadline]]` takes no case.', 'Write `[[deadline]]`.');
          continue;
        }
        if (!targets.has(ref.id)) {
          const why = parties.has(ref.id) ? 'is a party' : a.kind === 'note' ? 'cannot be referred to in a note' : 'names no article, annex, paragraph or item';
          bad(`The cross-reference \`[[${ref.id}]]\` ${why}.`, didYouMean(ref.id, targetList) ?? (targetList.length && targetList.length <= 30 ? `Ids that can be referred to: ${listForHint(targetList)}.` : undefined));
          continue;
        }
        if (ref.case !== undefined && !(CASES as readonly string[]).includes(ref.case)) {
          bad(`\`${ref.case}\` in \`[[${ref.id}:${ref.case}]]\` is not a case; the cases are ${CASES.join(', ')}.`, didYouMean(ref.case, CASES));
        }
      }
    }
  }
};
