// A bracketed text "[City]", "[the full name of the partner]" (the starters' placeholders, or any text of that shape)
// is left to be filled in: `PLACEHOLDER`, a warning in a draft and an error in a final (issue 9, section 1), each at its `[`.
import { error, warning } from '../../diagnostics/index.js';
import type { Rule } from './context.js';

export const placeholders: Rule = (ctx) => {
  const final = ctx.agreement.status === 'final';
  for (const site of ctx.walk.strings) {
    if (!site.parsed) continue;
    const found = site.parsed.placeholders;
    for (const p of found) {
      const span = ctx.walk.locator.charSpan(site.node, p.index);
      const escape = site.role === 'markup' ? ' If the brackets belong to the text, write `\\[` for the opening one.' : '';
      if (final) {
        ctx.report(error('PLACEHOLDER', `\`${p.text}\` is a placeholder left in a final agreement.`, {
          span, field: site.field, hint: `Replace it with the text it stands for, or set \`status: draft\` while it is still open.${escape}`,
        }));
      } else {
        ctx.report(warning('PLACEHOLDER', `\`${p.text}\` is a placeholder still to be filled in; a final agreement refuses it.`, {
          span, field: site.field, hint: `Replace it with the text it stands for.${escape}`,
        }));
      }
    }
  }
};
