// What goes into one agreement's bag: documents, sources, originals per party (originals.ts), and bag-info.txt fields.
import type { Drafted } from '../draft.js';
import type { Agreement, Lang, PartialDate } from '../model/types.js';
import type { BagFile, BagInput } from './bag.js';
import type { SecretKey } from './minisign-keys.js';
import { profileIdentifier } from './profile.js';
import type { Sources } from './sources.js';

export interface RenderSettings {
  /** "cica <version>". */
  creator: string;
  pageSize: string;
  order: readonly Lang[];
}

const pad = (n: number): string => String(n).padStart(2, '0');

function partialDate(d: PartialDate): string {
  return d.month !== undefined && d.day !== undefined ? `${d.year}-${pad(d.month)}-${pad(d.day)}` : String(d.year);
}

/** The agreement's own date: the signing date of an instrument, the date of a note. */
export function sourceDate(agreement: Agreement): PartialDate {
  return agreement.kind === 'note' ? agreement.date : agreement.final.date;
}

/** Seconds since 1970 at 00:00 UTC of the source date (1 January when a draft gives the year alone). */
export function sourceTimestamp(d: PartialDate): number {
  return Date.UTC(d.year, (d.month ?? 1) - 1, d.day ?? 1) / 1000;
}

function plain(text: string): string {
  // Inline markup (docs/format.md): drop emphasis stars and escapes, keep the words; a title's line breaks are spaces.
  return text.replace(/\\([*\\[])/g, '$1').replace(/\*/g, '').replace(/\s+/g, ' ');
}

function titles(agreement: Agreement): Record<Lang, string> {
  if (agreement.kind === 'note') {
    return { en: `Note verbale No. ${agreement.reference}`, ru: `Нота № ${agreement.reference}` };
  }
  const sub = agreement.subtitle;
  return {
    en: plain(sub ? `${agreement.title.en} ${sub.en}` : agreement.title.en),
    ru: plain(sub ? `${agreement.title.ru} ${sub.ru}` : agreement.title.ru),
  };
}

function languages(agreement: Agreement): Lang[] {
  return agreement.kind === 'note' ? ['en', 'ru'] : agreement.final.languages;
}

/** `originals`: what draftOriginals rendered (paths relative to data/). */
export function bagInputFor(
  name: string, drafted: Drafted, originals: readonly BagFile[], sources: Sources, settings: RenderSettings, key?: SecretKey,
): BagInput {
  const a = drafted.agreement;
  const date = sourceDate(a);
  const title = titles(a);
  const payload: BagFile[] = [
    ...drafted.outputs.map((o) => ({ path: o.fileName, bytes: o.bytes })),
    ...sources.files.map((f) => ({ path: `source/${f.path}`, bytes: f.bytes })),
    ...originals,
  ];
  const info: [string, string][] = [
    ['Bag-Software-Agent', settings.creator],
    // The profile the bag conforms to (schema/cica-bagit-profile.json): what `cica verify` checks it against.
    ['BagIt-Profile-Identifier', profileIdentifier()],
    // RFC 8493 section 2.2.2 wants YYYY-MM-DD; a draft dated by year alone is bagged as 1 January.
    ['Bagging-Date', new Date(sourceTimestamp(date) * 1000).toISOString().slice(0, 10)],
    ['External-Identifier', name],
    ['Title-en', title.en],
    ['Title-ru', title.ru],
    ['Agreement-Kind', a.kind],
    ['Agreement-Status', a.status],
    // A final text never signed says so (docs/format.md, "A specimen"); the field is absent otherwise.
    ...(a.specimen ? [['Agreement-Specimen', 'true'] as [string, string]] : []),
    ['Agreement-Date', partialDate(date)],
    ['Languages', languages(a).join(', ')],
    ['Cica-Source', `data/source/${sources.main}`],
    ['Cica-Templates', sources.templates ? `data/source/${sources.templates}` : 'built-in'],
    ['Cica-Page-Size', settings.pageSize],
    ['Cica-Column-Order', settings.order.join(',')],
  ];
  return { name, payload, info, timestamp: sourceTimestamp(date), ...(key ? { key } : {}) };
}
