// The officer's text names the instrument as its title does (issue 9 §3): a protocol re-titled «Соглашение»
// whose articles still say «настоящего Протокола» / "this Protocol", or «настоящий Соглашение», reads wrong
// though every template agrees with the title. A warning at the words: the officer may mean another instrument.
import { warning } from '../../diagnostics/index.js';
import { THIS_FORMS, knownNounOf } from '../title-nouns.js';
import { CASES, GENDER_NAMES, type Instrument } from '../types.js';
import type { Rule, RuleContext } from './context.js';
import type { StringSite } from '../walk-context.js';

/** English instrument nouns a text may name with "this" / "the present". */
const EN_NOUNS = new Set(['memorandum', 'protocol', 'agreement', 'declaration', 'treaty', 'convention', 'programme', 'program', 'plan',
  'charter', 'statute', 'pact', 'accord', 'arrangement', 'communiqué', 'statement', 'concept', 'strategy', 'resolution', 'contract']);

function russian(a: Instrument, site: StringSite, ctx: RuleContext): void {
  // The word after «настоящ…» is the title's first word («настоящего Дополнительного протокола») or its noun
  // alone («настоящего Протокола» in a «Дополнительный протокол»).
  const first = (f: string) => f.split(/\s+/)[0]!.toLowerCase();
  const last = (f: string) => f.split(/\s+/).pop()!.toLowerCase();
  const casesOf = (word: string) => CASES.filter((c) => [first(a.titleNoun.forms[c]), last(a.titleNoun.forms[c])].includes(word.toLowerCase()));
  for (const m of site.value.matchAll(/(?<!\p{L})([Нн]астоящ\p{L}*)\s+(\p{Lu}\p{L}*)/gu)) {
    const [, adjective, word] = m as unknown as [string, string, string];
    const at = { span: ctx.walk.locator.charSpan(site.node, m.index ?? 0), field: site.field };
    if (casesOf(word).length > 0) {
      const fits = casesOf(word).map((c) => THIS_FORMS[a.titleNoun.gender][c]);
      if (fits.includes(adjective.toLowerCase())) continue;
      ctx.report(warning('TITLE_MISMATCH', `«${adjective} ${word}» does not agree with the title «${a.title.ru}», which is ${GENDER_NAMES[a.titleNoun.gender]}.`, {
        ...at, hint: `Write «${fits[0]} ${word}».`,
      }));
    } else if (knownNounOf(word)) {
      ctx.report(warning('TITLE_MISMATCH', `The text says «${adjective} ${word}», but this instrument is titled «${a.title.ru}».`, {
        ...at, hint: `Name it as its title does (e.g. «${THIS_FORMS[a.titleNoun.gender].gen} ${a.titleNoun.forms.gen}»), or change the title.`,
      }));
    }
  }
}

function english(a: Instrument, site: StringSite, ctx: RuleContext): void {
  const own = a.title.en.trim().split(/\s+/).pop()?.toLowerCase();
  for (const m of site.value.matchAll(/\b([Tt]his|[Tt]he present)\s+(\p{Lu}\p{L}*)/gu)) {
    const word = m[2]!;
    if (!EN_NOUNS.has(word.toLowerCase()) || word.toLowerCase() === own) continue;
    ctx.report(warning('TITLE_MISMATCH', `The text says "${m[0]}", but this instrument is titled "${a.title.en.trim()}".`, {
      span: ctx.walk.locator.charSpan(site.node, m.index ?? 0), field: site.field, hint: `Name it as its title does ("this ${a.title.en.trim()}"), or change the title.`,
    }));
  }
}

export const titleMentions: Rule = (ctx) => {
  const a = ctx.agreement;
  if (a.kind === 'note' || ctx.faulty('title')) return;
  for (const unit of ctx.walk.units) {
    if (unit.field === 'title' || unit.field === 'subtitle') continue;
    if (unit.langs.ru) russian(a, unit.langs.ru, ctx);
    if (unit.langs.en) english(a, unit.langs.en, ctx);
  }
};
