// Helpers for names, lists, dates, numbers and labels: thin wrappers over src/i18n that check their arguments.
import { error } from '../../diagnostics/index.js';
import type { Lang, NameForms, RussianNoun, Texts } from '../../model/types.js';
import {
  annexLabel, articleLabel, capitalizeFirst, formatDate, joinList, languageName, listLabel, numberWord, ordinalWord,
  pluralForm, thisTitle, typeset, type DateParts, type Gender,
} from '../../i18n/index.js';
import { TemplateError } from '../errors.js';
import { escapeMarkup } from '../markup/escape.js';
import { stateOf } from '../state.js';
import { caseArg, countArg, hashFlag, langArg, objectArg, present, type Options } from './args.js';
import { piecesMarkup } from './pieces.js';

// Handlebars calls helpers with positional arguments then its options object.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Helper = (...args: any[]) => unknown;

const isNoun = (v: Record<string, unknown>) => typeof v.gender === 'string' && typeof v.forms === 'object' && v.forms !== null;
const isForms = (v: Record<string, unknown>) => typeof v.en === 'object' && v.en !== null && typeof v.ru === 'object' && v.ru !== null;

/** One form of a name; a form the officer did not give is reported (MISSING_CASE_FORM) and the nominative stands in. */
function nameForm(forms: NameForms, lang: Lang, options: Options): string {
  const kase = caseArg('name', options.hash?.case, options);
  const form = forms[lang][kase];
  if (form !== undefined) return form;
  stateOf(options).diagnostics.push(error('MISSING_CASE_FORM',
    `The name "${forms[lang].nom}" has no ${kase} form, which the template needs here.`,
    { hint: `Give the ${lang} name as a map of cases with ${kase}: ... (see docs/format.md).` }));
  return forms[lang].nom;
}

function finish(text: string, lang: Lang, options: Options): string {
  let t = typeset(text, lang);
  // `bare`: an English name standing alone, as a signature column's heading, without its article ("Secretariat of
  // the Conference …", as the reference memorandum heads its columns); after "For" it keeps it ("For the …").
  if (hashFlag(options, 'bare') && lang === 'en') t = t.replace(/^the[ \u00a0]+(?=\S)/i, '');
  if (hashFlag(options, 'upper')) t = t.toUpperCase();
  if (hashFlag(options, 'cap')) t = capitalizeFirst(t);
  return escapeMarkup(t);
}

interface PartyView {
  name: NameForms;
  short: NameForms;
  abbr: Texts | null;
}

export function wordHelpers(safe: (markup: string) => unknown): Record<string, Helper> {
  return {
    /** `{{name forms "ru" case="gen" cap=true}}` */
    name(forms: unknown, lang: unknown, options: Options) {
      present('name', [forms, lang], options);
      const f = objectArg<NameForms>('name', forms, isForms, 'a name with en and ru forms', options);
      const l = langArg('name', lang, options);
      return safe(finish(nameForm(f, l, options), l, options));
    },
    /** `{{parties parties "en"}}`: "the Secretariat of ... (CSTO) and the Secretariat of ... (CICA)"; a party
     *  without an abbreviation (a State) by its name alone: "the Republic of Kazakhstan and ...". */
    parties(list: unknown, lang: unknown, options: Options) {
      present('parties', [list, lang], options);
      const l = langArg('parties', lang, options);
      if (!Array.isArray(list)) return safe(finish(String(list), l, options));
      const names = (list as PartyView[]).map((p) => {
        const forms = hashFlag(options, 'short') ? p.short : p.name;
        return hashFlag(options, 'short') || !p.abbr ? nameForm(forms, l, options) : `${nameForm(forms, l, options)} (${p.abbr[l]})`;
      });
      return safe(finish(joinList(names, l), l, options));
    },
    /** `{{date final.date "ru" style="short"}}`; blanks for a draft's missing day and month. */
    date(value: unknown, lang: unknown, options: Options) {
      present('date', [value, lang], options);
      const d = objectArg<DateParts>('date', value, (v) => typeof v.year === 'number', 'a date', options);
      const style = options.hash?.style === 'short' ? 'short' : 'long';
      return safe(piecesMarkup(formatDate(d, langArg('date', lang, options), style)));
    },
    /** `{{number final.originals "ru" case="pre" gender="m"}}` -> «двух». */
    number(n: unknown, lang: unknown, options: Options) {
      present('number', [n, lang], options);
      const gender = (['m', 'f', 'n'] as const).find((g) => g === options.hash?.gender) ?? 'm';
      return numberWord(countArg('number', n, options), langArg('number', lang, options), caseArg('number', options.hash?.case, options), gender as Gender);
    },
    /** `{{plural n "en" one="copy" many="copies"}}`: the noun form the number needs. */
    plural(n: unknown, lang: unknown, options: Options) {
      present('plural', [n, lang], options);
      const form = pluralForm(countArg('plural', n, options), langArg('plural', lang, options), caseArg('plural', options.hash?.case, options));
      const hash = options.hash ?? {};
      const chosen = hash[form] ?? (form === 'few' ? hash.many : undefined);
      if (typeof chosen !== 'string') return '';
      return chosen;
    },
    ordinal(n: unknown, lang: unknown, options: Options) {
      present('ordinal', [n, lang], options);
      return ordinalWord(countArg('ordinal', n, options, 1), langArg('ordinal', lang, options));
    },
    /** `{{languages final.languages "ru" case="pre"}}` -> «русском и английском». */
    languages(list: unknown, lang: unknown, options: Options) {
      present('languages', [list, lang], options);
      const l = langArg('languages', lang, options);
      const kase = caseArg('languages', options.hash?.case, options);
      if (!Array.isArray(list)) throw new TemplateError('TEMPLATE_HELPER_ARGUMENT', '"languages" needs a list of language codes.', options.loc);
      const names = list.map((code: unknown) => languageName(langArg('languages', code, options), l, kase));
      return joinList(names, l);
    },
    /** `{{article number "en"}}` -> "Article 1" with a no-break space. */
    article(n: unknown, lang: unknown, options: Options) {
      present('article', [n, lang], options);
      return articleLabel(countArg('article', n, options, 1), langArg('article', lang, options));
    },
    /** `{{annex number "ru"}}` -> «Приложение 1», the label over an annex. */
    annex(n: unknown, lang: unknown, options: Options) {
      present('annex', [n, lang], options);
      return annexLabel(countArg('annex', n, options, 1), langArg('annex', lang, options));
    },
    /** `{{label item "ru"}}` -> «б)»: the list label of an item by its number and depth. */
    label(item: unknown, lang: unknown, options: Options) {
      present('label', [item, lang], options);
      const it = objectArg<{ n: number; depth: number }>('label', item, (v) => typeof v.n === 'number' && typeof v.depth === 'number', 'a list item', options);
      return listLabel(countArg('label', it.n, options, 1), countArg('label', it.depth, options), langArg('label', lang, options));
    },
    /** `{{thisTitle titleNoun case="gen"}}` -> «настоящего Соглашения» (Russian: the title's gender and forms). */
    thisTitle(noun: unknown, options: Options) {
      present('thisTitle', [noun], options);
      const n = objectArg<RussianNoun>('thisTitle', noun, isNoun, 'the title\'s Russian forms (titleNoun)', options);
      return safe(finish(thisTitle(n, caseArg('thisTitle', options.hash?.case, options)), 'ru', options));
    },
    /** `{{agree titleNoun m="совершён" f="совершена" n="совершено" pl="совершены"}}`: the word that agrees with the
     *  title's gender, or its plural. */
    agree(noun: unknown, options: Options) {
      present('agree', [noun], options);
      const n = objectArg<RussianNoun>('agree', noun, isNoun, 'the title\'s Russian forms (titleNoun)', options);
      const hash = options.hash ?? {};
      // All three genders, so that the template reads right whatever the title's gender; the plural when the title
      // is plural (a template written before plural titles still serves every singular one).
      if (!['m', 'f', 'n'].every((g) => typeof hash[g] === 'string')) {
        throw new TemplateError('TEMPLATE_HELPER_ARGUMENT', '"agree" needs a word for each gender: m="..." f="..." n="..." (and pl="..." for a plural title).', options.loc);
      }
      if (n.gender === 'pl' && typeof hash.pl !== 'string') {
        throw new TemplateError('TEMPLATE_HELPER_ARGUMENT', `"agree" needs the plural word, pl="...", for the plural title «${n.forms.nom}».`, options.loc);
      }
      return hash[n.gender] as string;
    },
    eq(a: unknown, b: unknown, options: Options) {
      present('eq', [a, b], options);
      return a === b;
    },
    /** `{{#if (gt final.originals 2)}}`: true when the first number is greater than the second; a non-number is the
     *  template's fault, not a silent false. */
    gt(a: unknown, b: unknown, options: Options) {
      present('gt', [a, b], options);
      if (typeof a !== 'number' || typeof b !== 'number') {
        throw new TemplateError('TEMPLATE_HELPER_ARGUMENT', '"gt" compares two numbers.', options.loc);
      }
      return a > b;
    },
  };
}
