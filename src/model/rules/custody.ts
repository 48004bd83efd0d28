// Custody of the originals: one entry per original (the execution clause names who keeps each), no party keeping two.
import { error } from '../../diagnostics/index.js';
import type { Rule } from './context.js';

export const custody: Rule = (ctx) => {
  const a = ctx.agreement;
  if (a.kind === 'note') return;
  const { custody: entries, originals } = a.final;
  if (originals > 0 && entries.length > originals) {
    const extra = entries[originals]!;
    const field = ctx.fieldOf(extra);
    ctx.report(error('CUSTODY', `There are ${entries.length} custody entries but only ${originals} original${originals > 1 ? 's' : ''}.`, {
      span: ctx.at(field), field, hint: 'Give one custody entry per original, or raise `final.originals`.',
    }));
  }
  if (originals > 0 && entries.length < originals && ctx.given('final.custody') && !ctx.faulty('final.custody')) {
    ctx.report(error('CUSTODY', `There ${originals > 1 ? 'are' : 'is'} ${originals} original${originals > 1 ? 's' : ''} but ${entries.length === 0 ? 'no custody entry' : `only ${entries.length} custody entr${entries.length > 1 ? 'ies' : 'y'}`}: the execution clause must say who keeps each one.`, {
      span: ctx.at('final.custody'), field: 'final.custody', hint: 'Give one custody entry (a party id) per original, or lower `final.originals`.',
    }));
  }
  const seen = new Set<string>();
  for (const c of entries) {
    if (!c.party) continue;
    if (seen.has(c.party)) {
      const field = `${ctx.fieldOf(c)}.party`;
      ctx.report(error('CUSTODY', `The party \`${c.party}\` is given custody of two originals.`, {
        span: ctx.at(field), field, hint: 'Each original is kept by a different party; check the list.',
      }));
    }
    seen.add(c.party);
  }
};
