// Warns when the digits written in the languages of one text unit differ ("within 30 days" / «в течение 60 дней»).
import { warning } from '../../diagnostics/index.js';
import { blankReferences } from '../markup.js';
import type { StringSite } from '../walk-context.js';
import type { Rule } from './context.js';

interface Num { digits: string; index: number }

/** The digits a text states; a cross-reference's own characters (`[[art-2]]`) are not the text's numbers. */
function numbers(site: StringSite): Num[] {
  const text = site.parsed ? blankReferences(site.value, site.parsed.inlines) : site.value;
  return [...text.matchAll(/\d+/g)].map((m) => ({ digits: m[0].replace(/^0+(?=\d)/, ''), index: m.index ?? 0 }));
}

/** Numbers of `a` that `b` lacks (multiset difference), by counts: linear in both (issue 10 §3). */
function surplus(a: Num[], b: Num[]): Num[] {
  const pool = new Map<string, number>();
  for (const n of b) pool.set(n.digits, (pool.get(n.digits) ?? 0) + 1);
  return a.filter((n) => {
    const left = pool.get(n.digits) ?? 0;
    if (left === 0) return true;
    pool.set(n.digits, left - 1);
    return false;
  });
}

export const numberMismatch: Rule = (ctx) => {
  for (const unit of ctx.walk.units) {
    const { en, ru } = unit.langs;
    if (!en || !ru) continue;
    const ne = numbers(en);
    const nr = numbers(ru);
    const onlyEn = surplus(ne, nr);
    const onlyRu = surplus(nr, ne);
    if (onlyEn.length === 0 && onlyRu.length === 0) continue;
    const [site, first] = onlyRu.length > 0 ? [ru, onlyRu[0]!] : [en, onlyEn[0]!];
    const list = (ns: Num[]) => (ns.length ? ns.map((n) => n.digits).join(', ') : 'nothing');
    ctx.report(warning('NUMBER_MISMATCH', `The numbers of \`${unit.field}\` differ between languages: English has ${list(onlyEn)} where Russian has ${list(onlyRu)}.`, {
      span: ctx.walk.locator.charSpan(site.node, first.index), field: site.field,
      hint: 'Check that both texts say the same figures (dates, periods, amounts).',
    }));
  }
};
