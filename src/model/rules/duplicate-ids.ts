// Every id is unique in the file: parties, articles, annexes, paragraphs, list items and note paragraphs share one namespace.
import { error, formatSpan } from '../../diagnostics/index.js';
import type { Item } from '../types.js';
import type { Rule, RuleContext } from './context.js';

export function collectIds(ctx: RuleContext): { id: string; field: string; what: string }[] {
  const out: { id: string; field: string; what: string }[] = [];
  const add = (id: string | undefined, model: object, what: string) => {
    if (id) out.push({ id, field: `${ctx.fieldOf(model)}.id`, what });
  };
  const items = (list: Item[], what: string) => list.forEach((i) => { add(i.id, i, what); items(i.items, 'item'); });
  const a = ctx.agreement;
  if (a.kind === 'note') {
    a.body.forEach((u) => add(u.id, u, 'paragraph'));
    return out;
  }
  a.parties.forEach((p) => add(p.id, p, 'party'));
  a.articles.forEach((art) => { add(art.id, art, 'article'); items(art.paragraphs, 'paragraph'); });
  items(a.operative, 'paragraph');
  if (a.final.article) add(a.final.article.id, a.final.article, 'article');
  if (a.final.entryIntoForce) add(a.final.entryIntoForce.id, a.final.entryIntoForce, 'paragraph');
  items(a.final.extra, 'paragraph');
  a.annexes.forEach((x) => { add(x.id, x, 'annex'); items(x.paragraphs, 'paragraph'); });
  return out;
}

export const duplicateIds: Rule = (ctx) => {
  const first = new Map<string, string>();
  for (const { id, field } of collectIds(ctx)) {
    const earlier = first.get(id);
    if (earlier === undefined) { first.set(id, field); continue; }
    ctx.report(error('DUPLICATE_ID', `The id \`${id}\` is already used by \`${earlier.replace(/\.id$/, '')}\`; ids must be unique in the file.`, {
      span: ctx.at(field), field, hint: `Rename one of them (the first is at ${formatSpan(ctx.at(earlier))}).`,
    }));
  }
};
