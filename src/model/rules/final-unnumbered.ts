// Unnumbered final provisions after a last article with numbered paragraphs read as that article's, unnumbered: warn.
import { warning } from '../../diagnostics/index.js';
import type { Rule } from './context.js';

export const finalUnnumbered: Rule = (ctx) => {
  const a = ctx.agreement;
  if (a.kind === 'note' || a.final.article || ctx.faulty('final')) return;
  const last = a.articles[a.articles.length - 1];
  if (!last || !last.numbered || last.paragraphs.length < 2) return;
  const field = a.final.entryIntoForce ? 'final.entryIntoForce' : a.final.extra.length ? 'final.extra' : undefined;
  if (!field) return;
  ctx.report(warning('FINAL_PROVISIONS_UNNUMBERED', `The final provisions (\`${field}\`) would follow the last article's numbered paragraphs unnumbered, as if they were part of it.`, {
    span: ctx.walk.keys.get(field) ?? ctx.at(field), field,
    hint: 'Set them as a numbered article of their own with `final.article: { heading: { en: Final provisions, ru: Заключительные положения } }` (docs/format.md, "Final provisions as the last article").',
  }));
};
