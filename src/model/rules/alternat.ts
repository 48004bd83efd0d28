// The alternat (issue 5, item 1): each party's original names that party first. The subtitle is officer text
// naming the parties in a fixed order, so an original whose order changes wants the party's own subtitle.
import { warning } from '../../diagnostics/index.js';
import type { Rule } from './context.js';

export const alternat: Rule = (ctx) => {
  const a = ctx.agreement;
  if (a.kind === 'note') return;
  // An `alternat:` the walk already rejected (WRONG_TYPE) reads as false here; saying so again would mislead.
  const rejected = ctx.walk.diagnostics.some((d) => d.field === 'final.alternat');
  a.parties.forEach((party, i) => {
    const field = ctx.fieldOf(party);
    if (!a.final.alternat) {
      if (!party.alternatSubtitle || rejected) return;
      const f = `${field}.alternatSubtitle`;
      ctx.report(warning('ALTERNAT_SUBTITLE_UNUSED', `\`${f}\` is given, but \`final.alternat\` is not true, so every original uses the subtitle as written.`, {
        span: ctx.walk.keys.get(f) ?? ctx.at(f), field: f, hint: 'Set `alternat: true` under `final`, or delete the alternatSubtitle.',
      }));
      return;
    }
    if (!a.subtitle && party.alternatSubtitle) {
      const f = `${field}.alternatSubtitle`;
      ctx.report(warning('ALTERNAT_SUBTITLE', `\`${f}\` is given, but the agreement has no subtitle: only the original of \`${party.id}\` would have one.`, {
        span: ctx.walk.keys.get(f) ?? ctx.at(f), field: f, hint: 'Give the agreement its `subtitle` too, or delete the alternatSubtitle.',
      }));
      return;
    }
    // The first party named keeps the written order in its own original; every other party moves to the front.
    if (i === 0 || !a.subtitle || party.alternatSubtitle) return;
    ctx.report(warning('ALTERNAT_SUBTITLE', `In the original of \`${party.id}\` this party is named first, but the subtitle names the parties in the written order.`, {
      span: party.src, field, hint: 'Give this party an `alternatSubtitle: { en: ..., ru: ... }` naming it first, the subtitle of its own original.',
    }));
  });
};
