// `[[id]]` names an article, annex, paragraph or item of this agreement; `[[id:case]]` a real case; `[[deadline]]` a silence deadline.
// The references are the model's parse (model/markup.ts); a malformed one is reported by the markup rule.
import { error } from '../../diagnostics/index.js';
import { referencesOf } from '../markup.js';
import { didYouMean, listForHint } from '../suggest.js';
import type { Instrument, Item } from '../types.js';
import type { Rule } from './context.js';
import { collectIds } from './duplicate-ids.js';

/** Ids of the final provisions and their items while they are unnumbered paragraphs (no `final.article`):
 *  nothing in the document numbers them, so a reference could only name them by a place that is no part's. */
function unnumberedProvisions(a: Instrument): Set<string> {
  const out = new Set<string>();
  if (a.final.article) return out;
  const add = (list: readonly Item[]): void => list.forEach((i) => { if (i.id) out.add(i.id); add(i.items); });
  if (a.final.entryIntoForce?.id) out.add(a.final.entryIntoForce.id);
  add(a.final.extra);
  return out;
}

export const crossReferences: Rule = (ctx) => {
  const a = ctx.agreement;
  const provisions = a.kind === 'note' ? new Set<string>() : unnumberedProvisions(a);
  const ids = collectIds(ctx);
  const targetList = a.kind === 'note' ? [] : ids.filter((i) => i.what !== 'party').map((i) => i.id);
  const targets = new Set(targetList);
  const parties = new Set(ids.filter((i) => i.what === 'party').map((i) => i.id));
  // A deadline that is given but wrong (BAD_DATE) still stands: saying "there is none" would mislead.
  const hasDeadline = a.kind === 'note' && (a.silence !== undefined || ctx.given('silence.deadline'));
  for (const site of ctx.walk.strings) {
    if (!site.parsed) continue;
    for (const ref of referencesOf(site.parsed.inlines)) {
      const span = ctx.walk.locator.charSpan(site.node, ref.at);
      const bad = (message: string, hint?: string) =>
        ctx.report(error('BAD_CROSS_REFERENCE', message, { span, field: site.field, ...(hint ? { hint } : {}) }));
      if (ref.id === 'deadline') {
        if (!hasDeadline) bad('`[[deadline]]` stands for the silence-procedure deadline, but there is none.', a.kind === 'note' ? 'Add `silence: { deadline: YYYY-MM-DD }`.' : 'Only a note verbale has a silence deadline.');
        else if (ref.case !== undefined) bad(`\`${ref.written}\`: \`[[deadline]]\` takes no case.`, 'Write `[[deadline]]`.');
        continue;
      }
      if (!targets.has(ref.id)) {
        const why = parties.has(ref.id) ? 'is a party' : a.kind === 'note' ? 'cannot be referred to in a note' : 'names no article, annex, paragraph or item';
        bad(`The cross-reference \`${ref.written}\` ${why}.`, didYouMean(ref.id, targetList) ?? (targetList.length && targetList.length <= 30 ? `Ids that can be referred to: ${listForHint(targetList)}.` : undefined));
      } else if (provisions.has(ref.id)) {
        bad(`The cross-reference \`${ref.written}\` names a final provision, which has no number to be cited by.`,
          'Set the final provisions as the last article (`final.article`), which numbers them: "paragraph 2 of Article 7".');
      }
    }
  }
};
