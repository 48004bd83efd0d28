// The bilingual check: the most dangerous error in a bilingual instrument is a change made in one language only.
// For every unit of the new version: text changed in one language only; numbers, dates or cross-references changed
// in one language only; a unit added or removed in one language only. Warnings at the new file's position (errors
// with --strict).
import { warning, type Code, type Diagnostic, type Span } from '../diagnostics/index.js';
import { DIFF_LANGS, type Alignment, type DiffLang, type DiffUnit } from './align.js';
import { referenceTargets } from './words.js';

const LANG_NAME: Record<DiffLang, string> = { en: 'English', ru: 'Russian' };
const other = (l: DiffLang): DiffLang => (l === 'en' ? 'ru' : 'en');

const ROLE_NAME: Partial<Record<string, string>> = {
  title: 'The title', subtitle: 'The subtitle', parties: 'The parties clause', recital: 'The recital', agreed: 'The formula',
  articleNumber: 'The article', articleHeading: 'The article', paragraph: 'The paragraph', itemText: 'The item', final: 'The execution clause',
  signatureParty: 'The signature block', signatory: 'The signature block', annexNumber: 'The annex', annexHeading: 'The annex',
  body: 'The paragraph', opening: 'The opening', closing: 'The closing', enclosure: 'The enclosure line', placeDate: 'The place and date',
  address: 'The address line', letterhead: 'The letterhead', reference: 'The reference number',
};

/** "The paragraph beginning “The Parties shall…”". */
function describe(u: DiffUnit, lang: DiffLang): string {
  const name = ROLE_NAME[u.role] ?? 'The text';
  const opening = u.text[lang].replace(/\{[^}]*\}/g, '…').split(/\s+/).slice(0, 6).join(' ');
  return opening ? `${name} beginning “${opening}${u.text[lang].split(/\s+/).length > 6 ? '…' : ''}”` : name;
}

const MONTHS: Record<string, number> = Object.fromEntries([
  ...['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'].map((m, i) => [m, i + 1]),
  ...['января', 'февраля', 'марта', 'апреля', 'мая', 'июня', 'июля', 'августа', 'сентября', 'октября', 'ноября', 'декабря'].map((m, i) => [m, i + 1]),
  ...['январь', 'февраль', 'март', 'апрель', 'май', 'июнь', 'июль', 'август', 'сентябрь', 'октябрь', 'ноябрь', 'декабрь'].map((m, i) => [m, i + 1]),
]);

/** Numbers written in digits (a date's day and year among them), in order. */
function numbers(text: string): string[] {
  return (text.replace(/\{[^}]*\}/g, ' ').match(/\d+(?:[.,]\d+)?/g) ?? []).map((n) => n.replace(',', '.'));
}

/** Dates written with a month's name, as YYYY-MM-DD (a year or day not written: ????, ??), in order. */
function dates(text: string): string[] {
  const out: string[] = [];
  const re = /(?:(\d{1,2})\s+)?([A-Za-zА-Яа-яЁё]+)(?:\s+(\d{4}))?/g;
  for (const m of text.matchAll(re)) {
    const month = MONTHS[m[2]!.toLowerCase()];
    const two = (x: number) => String(x).padStart(2, '0');
    if (month !== undefined && (m[1] !== undefined || m[3] !== undefined)) out.push(`${m[3] ?? '????'}-${two(month)}-${m[1] !== undefined ? two(Number(m[1])) : '??'}`);
  }
  return out;
}

const same = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((x, i) => x === b[i]);

interface Where {
  span?: Span;
  fallback: Span;
}

function at(u: DiffUnit | undefined, lang: DiffLang, where: Where): Span {
  return u?.src[lang] ?? u?.src[other(lang)] ?? where.span ?? where.fallback;
}

/** The findings for two versions' units and their alignment; `newFile` is where positions point when a unit has
 *  none (a deleted unit: the next unit of the new version that stands). */
export function bilingualCheck(a: readonly DiffUnit[], b: readonly DiffUnit[], alignment: Alignment, newFile: string): Diagnostic[] {
  const out: Diagnostic[] = [];
  const fallback: Span = { file: newFile, start: { line: 1, col: 1 } };
  const pairedOld = new Set(alignment.pairs.map((p) => p.old));
  const pairedNew = new Set(alignment.pairs.map((p) => p.new));
  // Units whose number changed with renumbering only are the same; compare texts with references as their targets.
  for (const p of alignment.pairs) {
    const o = a[p.old]!;
    const n = b[p.new]!;
    const changed = Object.fromEntries(DIFF_LANGS.map((l) => [l, o.text[l] !== n.text[l]])) as Record<DiffLang, boolean>;
    for (const lang of DIFF_LANGS) {
      if (changed[lang] && !changed[other(lang)]) {
        out.push(warning('CHANGED_IN_ONE_LANGUAGE', `${describe(n, lang)} changed in ${LANG_NAME[lang]} only: its ${LANG_NAME[other(lang)]} text is as it was.`, {
          span: at(n, lang, { fallback }), field: n.key,
          hint: `Make the same change in the ${LANG_NAME[other(lang)]} text, or confirm that the ${LANG_NAME[lang]} change is editorial only.`,
        }));
      }
    }
    const checks: [Code, string, (u: DiffUnit, l: DiffLang) => string[]][] = [
      ['NUMBER_CHANGED_IN_ONE_LANGUAGE', 'its numbers', (u, l) => numbers(u.text[l])],
      ['DATE_CHANGED_IN_ONE_LANGUAGE', 'its dates', (u, l) => dates(u.text[l])],
      ['REFERENCE_CHANGED_IN_ONE_LANGUAGE', 'what it refers to', (u, l) => referenceTargets(u.inlines[l])],
    ];
    for (const [code, what, get] of checks) {
      const list = (u: DiffUnit, l: DiffLang) => [...get(u, l)].sort();
      const agreedBefore = same(list(o, 'en'), list(o, 'ru'));
      const agreeAfter = same(list(n, 'en'), list(n, 'ru'));
      const moved = Object.fromEntries(DIFF_LANGS.map((l) => [l, !same(get(o, l), get(n, l))])) as Record<DiffLang, boolean>;
      // The languages agreed and now differ; or (where they never matched one to one, a number written in words in
      // one language) one language's changed and the other's did not.
      const lang = agreedBefore ? (!agreeAfter ? DIFF_LANGS.find((l) => moved[l]) : undefined) : DIFF_LANGS.find((l) => moved[l] && !moved[other(l)]);
      if (lang === undefined) continue;
      const before = get(o, lang).join(', ') || 'none';
      const after = get(n, lang).join(', ') || 'none';
      out.push(warning(code, `${describe(n, lang)}: ${what} changed in ${LANG_NAME[lang]} (${before} → ${after}) and do not match the ${LANG_NAME[other(lang)]} text's (${get(n, other(lang)).join(', ') || 'none'}).`, {
        span: at(n, lang, { fallback }), field: n.key,
      }));
    }
  }
  // A unit added or removed whose text in one language stands elsewhere as it was: the change was made in the other
  // language only (a paragraph added in English, its Russian copied from a neighbour; one removed in English only).
  const textsOf = (list: readonly DiffUnit[], skip: number, lang: DiffLang) => new Set(list.filter((_, i) => i !== skip).map((u) => u.text[lang]).filter(Boolean));
  b.forEach((n, j) => {
    if (pairedNew.has(j)) return;
    for (const lang of DIFF_LANGS) {
      const o = other(lang);
      if (n.text[o] !== '' && textsOf(a, -1, o).has(n.text[o]) && !textsOf(a, -1, lang).has(n.text[lang])) {
        out.push(warning('ADDED_IN_ONE_LANGUAGE', `${describe(n, lang)} was added in ${LANG_NAME[lang]} only: its ${LANG_NAME[o]} text repeats one the old version already had.`, {
          span: at(n, lang, { fallback }), field: n.key, hint: `Write the ${LANG_NAME[o]} text of the new unit.`,
        }));
      }
    }
  });
  a.forEach((u, i) => {
    if (pairedOld.has(i)) return;
    const next = alignment.pairs.find((p) => p.old > i);
    const where: Where = { fallback, ...(next && b[next.new]!.src.en ? { span: b[next.new]!.src.en } : {}) };
    for (const lang of DIFF_LANGS) {
      const o = other(lang);
      if (u.text[o] !== '' && textsOf(b, -1, o).has(u.text[o]) && !textsOf(b, -1, lang).has(u.text[lang])) {
        out.push(warning('REMOVED_IN_ONE_LANGUAGE', `${describe(u, lang)} was removed in ${LANG_NAME[lang]} only: its ${LANG_NAME[o]} text still stands in the new version.`, {
          span: where.span ?? fallback, field: u.key,
        }));
      }
    }
  });
  return out;
}
