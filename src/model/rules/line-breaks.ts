// A line break in a text is a line break only in a title (`title`, `subtitle`, `alternatSubtitle`: docs/format.md):
// there no line may be empty, and the languages break alike or not at all; elsewhere it would print as a space.
import { error, warning } from '../../diagnostics/index.js';
import type { UnitSite } from '../walk-context.js';
import type { Rule, RuleContext } from './context.js';

/** The fields whose line breaks the title block keeps. */
export const isTitleField = (field: string): boolean => /^(title|subtitle|parties\[\d+\]\.alternatSubtitle)$/.test(field);

/** A title's text without the line break YAML's `|` leaves at its end, which ends no line. */
const body = (value: string): string => value.replace(/\s*\n\s*$/, '');

function titleLines(ctx: RuleContext, unit: UnitSite): void {
  const broken: string[] = [];
  const whole: string[] = [];
  for (const [lang, site] of Object.entries(unit.langs)) {
    const text = body(site.value);
    const inner = /\n[ \t]*\n/.exec(text);
    const empty = /^[ \t]*\n/.test(text) ? 0 : inner ? inner.index + 1 : -1;
    if (empty >= 0) {
      ctx.report(error('TITLE_EMPTY_LINE', `A line of \`${site.field}\` is empty, and the title would print a blank line.`, {
        span: ctx.walk.locator.charSpan(site.node, empty), field: site.field,
        hint: 'Break the title with one line break between lines, no blank line (the title and subtitle are spaced by their styles).',
      }));
    }
    (text.includes('\n') ? broken : whole).push(lang);
  }
  if (broken.length && whole.length) {
    const site = unit.langs[whole[0] as keyof typeof unit.langs]!;
    ctx.report(warning('TITLE_LINE_BREAKS', `\`${unit.field}\` is broken into lines in ${broken.join(', ')} but not in ${whole.join(', ')}.`, {
      span: ctx.walk.locator.charSpan(site.node, 0), field: site.field,
      hint: 'Break every language text of the title at the same places, as the parallel text sets them side by side.',
    }));
  }
}

export const lineBreaks: Rule = (ctx) => {
  for (const unit of ctx.walk.units) {
    if (isTitleField(unit.field)) { titleLines(ctx, unit); continue; }
    for (const site of Object.values(unit.langs)) {
      const at = body(site.value).indexOf('\n');
      if (at < 0) continue;
      ctx.report(warning('LINE_BREAK_IGNORED', `\`${site.field}\` has a line break, which is printed as a space: only a title keeps its lines.`, {
        span: ctx.walk.locator.charSpan(site.node, at), field: site.field,
        hint: 'Write the text as one line or fold it with `>-`; start a new paragraph as a new entry of the list.',
      }));
    }
  }
};
