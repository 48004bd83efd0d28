// Whatever validates renders right: markup that rendering would print raw is an error at its character — in a running
// text a malformed `*`, `[[`, `]]` or `\` (model/markup.ts parse), in a text printed as written any markup at all.
import { error } from '../../diagnostics/index.js';
import type { Rule } from './context.js';

export const inlineMarkup: Rule = (ctx) => {
  for (const site of ctx.walk.strings) {
    if (!site.parsed) continue;
    const problems = site.parsed.problems;
    for (const p of problems) {
      ctx.report(error(p.code, p.message, { span: ctx.walk.locator.charSpan(site.node, p.index), field: site.field, hint: p.hint }));
    }
  }
};
