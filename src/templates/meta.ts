// Document metadata from the agreement: title, subject, author, languages, a date that is never the clock.
import { pageLabelOf, type DocumentMeta, type PageLabel, type WorkMeta } from '../document/index.js';
import type { Agreement, Lang } from '../model/types.js';
import { isoDate, LANG_TAG } from '../i18n/index.js';

const BOTH: readonly Lang[] = ['en', 'ru'];
const WATERMARK: Record<Lang, string> = { en: 'DRAFT', ru: 'ПРОЕКТ' };
/** A final text never signed (`specimen: true`): a model or an example, marked so that no copy passes for an original. */
const SPECIMEN: Record<Lang, string> = { en: 'SPECIMEN', ru: 'ОБРАЗЕЦ' };
const PAGE_LABEL: Record<Lang, string> = { en: 'Page {page} of {pages}', ru: 'Стр. {page} из {pages}' };
const NOTE: Record<Lang, string> = { en: 'Note verbale', ru: 'Вербальная нота' };
const NUMBER_SIGN: Record<Lang, string> = { en: 'No.', ru: '№' };

/** A text printed as written (a title, a name: no markup, model/markup.ts refuses any), on one line for metadata. */
export function plainText(raw: string): string {
  return raw.replace(/\s+/g, ' ').trim();
}

/** The last second of 9999-12-31 UTC: a later date has no four-digit ISO year. */
const MAX_EPOCH = 253_402_300_799;

/** SOURCE_DATE_EPOCH (reproducible-builds.org/specs/source-date-epoch): absent, or whole seconds since 1970 in
 *  decimal digits. A malformed value is refused, not ignored (the spec: "the build process SHOULD exit with a
 *  non-zero error code"); the CLI says so and exits 2 before rendering (issue 10 §5). */
export function readSourceDateEpoch(env: Record<string, string | undefined>): { ok: true; seconds?: number } | { ok: false; message: string } {
  const raw = env.SOURCE_DATE_EPOCH;
  if (raw === undefined || raw === '') return { ok: true };
  if (!/^\d{1,12}$/.test(raw) || Number(raw) > MAX_EPOCH) {
    return { ok: false, message: `SOURCE_DATE_EPOCH must be whole seconds since 1970-01-01 UTC in digits (at most ${MAX_EPOCH}), not ${JSON.stringify(raw.slice(0, 40))}` };
  }
  return { ok: true, seconds: Number(raw) };
}

/** The document date: the agreement's own when complete; else SOURCE_DATE_EPOCH (reproducible builds) as a
 *  UTC date; else 1 January of the agreement's year. Never the clock. */
export function documentDate(agreement: Agreement, env: Record<string, string | undefined>): string {
  const date = agreement.kind === 'note' ? agreement.date : agreement.final.date;
  const own = isoDate(date);
  if (own) return own;
  const epoch = readSourceDateEpoch(env);
  if (epoch.ok && epoch.seconds !== undefined) return new Date(epoch.seconds * 1000).toISOString().slice(0, 10);
  return `${String(date.year).padStart(4, '0')}-01-01`;
}

/** Each language's label in turn, " / " between them (in the language that follows it). */
function pageLabel(langs: readonly Lang[]): PageLabel {
  return langs.flatMap((l, i) => [
    ...(i > 0 ? [{ kind: 'text' as const, text: ' / ', lang: LANG_TAG[l] }] : []),
    ...pageLabelOf(PAGE_LABEL[l], LANG_TAG[l]),
  ]);
}

/** Akoma Ntoso's URIs name a jurisdiction by an ISO 3166-1 code; an agreement between international organisations (and
 *  States) has none, so cica's works all take this code, which ISO 3166-1 never assigns. */
const WORK_COUNTRY = 'int';

/** [a-z0-9-] only: a name that any URI, file name and eId can carry as it is. */
function slug(text: string): string {
  return text.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '') || 'work';
}

/** The work a document expresses (issue 12 §2): the same in every language and layout. An instrument is named by its
 *  parties' ids in the order written, a note by its reference; its date is the document's. */
export function workMeta(agreement: Agreement, env: Record<string, string | undefined>): WorkMeta {
  return {
    kind: agreement.kind === 'note' ? 'noteVerbale' : agreement.kind,
    date: documentDate(agreement, env),
    number: slug(agreement.kind === 'note' ? agreement.reference : agreement.parties.map((p) => p.id).join('-')),
    country: WORK_COUNTRY,
  };
}

export function documentMeta(agreement: Agreement, langs: readonly Lang[], creator: string, env: Record<string, string | undefined>): DocumentMeta {
  const per = (f: (l: Lang) => string) => langs.map(f).join(' / ');
  const titleIn = (l: Lang): string => agreement.kind === 'note'
    ? `${NOTE[l]} ${NUMBER_SIGN[l]} ${agreement.reference}`
    : [plainText(agreement.title[l]), agreement.subtitle ? plainText(agreement.subtitle[l]) : ''].filter(Boolean).join(' ');
  const title = per(titleIn);
  const subject = agreement.kind === 'note' ? per((l) => NOTE[l]) : per((l) => plainText(agreement.title[l]));
  const author = agreement.kind === 'note' ? plainText(agreement.sender.name[langs[0]!].nom) : 'CICA Secretariat';
  const meta: DocumentMeta = {
    work: workMeta(agreement, env),
    title,
    // Both languages whatever the layout: an English copy found alone still names the work in Russian too.
    titles: [...langs, ...BOTH.filter((l) => !langs.includes(l))].map((l) => ({ lang: LANG_TAG[l], text: titleIn(l) })),
    subject,
    author,
    langs: langs.map((l) => LANG_TAG[l]),
    date: documentDate(agreement, env),
    pageLabel: pageLabel(langs),
    creator,
  };
  if (agreement.status === 'draft') meta.watermark = langs.map((l) => WATERMARK[l]).join(' · ');
  else if (agreement.specimen) meta.watermark = langs.map((l) => SPECIMEN[l]).join(' · ');
  return meta;
}
