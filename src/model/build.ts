// Walked values -> the typed model (types.ts), normalised: lists default to [], names always have `nom`.
import { dirname, resolve } from 'node:path';
import type { Span } from '../diagnostics/index.js';
import { CASES, LANGS, type Agreement, type Annex, type Article, type FinalArticle, type Custody, type FinalClause, type Instrument, type Item, type Lang, type NameForms, type Note, type Paragraph, type Party, type PartialDate, type RussianNoun, type Signatory, type Texts, type Unit } from './types.js';
import type { RawObject, RawUnit } from './walk-context.js';

type Raw = Record<string, unknown>;
const NOWHERE: Span = { file: '', start: { line: 1, col: 1 } };

const obj = (v: unknown): Raw => (v && typeof v === 'object' ? (v as Raw) : {});
const arr = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);
const str = (v: unknown): string => (typeof v === 'string' ? v : '');
const spanOf = (v: unknown): Span => ((v as RawObject | undefined)?.$span ?? NOWHERE);

/** Where each model object came from (its field path), so rules can point at the source. */
export const FIELD_OF = new WeakMap<object, string>();
function traced<T extends object>(model: T, raw: unknown): T {
  const field = (raw as RawObject | undefined)?.$field;
  if (field !== undefined) FIELD_OF.set(model, field);
  return model;
}

export function texts(v: unknown): Texts {
  const t = (v as RawUnit | undefined)?.text ?? {};
  return Object.fromEntries(LANGS.map((l) => [l, t[l] ?? ''])) as Texts;
}
const optTexts = (v: unknown): Texts | undefined => (v ? texts(v) : undefined);

export function unit(v: unknown): Unit {
  const u = v as RawUnit;
  const id = str(u.fields.id);
  // The walk parsed each running text once (walk-leaves.ts takeString); a missing language is an empty text.
  const inline = Object.fromEntries(LANGS.map((l) => [l, u.inline[l] ?? []])) as Unit['inline'];
  return traced({ ...(id ? { id } : {}), text: texts(u), inline, src: u.src }, v);
}
const optUnit = (v: unknown): Unit | undefined => (v ? unit(v) : undefined);

export function names(v: unknown): NameForms {
  const n = obj(v) as Partial<NameForms>;
  return Object.fromEntries(LANGS.map((l: Lang) => [l, n[l] ?? { nom: '' }])) as NameForms;
}
const optNames = (v: unknown): NameForms | undefined => (v ? names(v) : undefined);

const date = (v: unknown): PartialDate => (v as PartialDate | undefined) ?? { year: 0 };

function item(v: unknown): Item {
  return traced({ ...unit(v), items: arr((v as RawUnit).fields.items).map(item) }, v);
}
const paragraph = (v: unknown): Paragraph => item(v);

function article(v: unknown): Article {
  const a = obj(v);
  const id = str(a.id);
  return traced({
    ...(id ? { id } : {}),
    ...(a.heading ? { heading: unit(a.heading) } : {}),
    paragraphs: arr(a.paragraphs).map(paragraph),
    numbered: a.numbered === true,
    src: spanOf(v),
  }, v);
}

function annex(v: unknown): Annex {
  const a = obj(v);
  const id = str(a.id);
  return traced({
    ...(id ? { id } : {}),
    ...(a.heading ? { heading: unit(a.heading) } : {}),
    numbered: a.numbered === true,
    paragraphs: arr(a.paragraphs).map(paragraph),
    src: spanOf(v),
  }, v);
}

function finalArticle(v: unknown): FinalArticle {
  const a = obj(v);
  const id = str(a.id);
  return traced({ ...(id ? { id } : {}), ...(a.heading ? { heading: unit(a.heading) } : {}), numbered: a.numbered !== false, src: spanOf(v) }, v);
}

function party(v: unknown): Party {
  const p = obj(v);
  const signatureName = optNames(p.signatureName);
  const alternatSubtitle = optTexts(p.alternatSubtitle);
  const abbr = optTexts(p.abbr);
  return traced({
    id: str(p.id), name: names(p.name), ...(abbr ? { abbr } : {}), short: names(p.short ?? p.name),
    ...(signatureName ? { signatureName } : {}), ...(alternatSubtitle ? { alternatSubtitle } : {}), src: spanOf(v),
  }, v);
}

function custody(v: unknown): Custody {
  const c = obj(v);
  const keeper = optNames(c.keeper);
  return traced({ party: str(c.party), ...(keeper ? { keeper } : {}) }, v);
}

function finalClause(v: unknown): FinalClause {
  const f = obj(v);
  const place = optNames(f.place);
  const order = obj(f.languageOrder);
  const entryIntoForce = optUnit(f.entryIntoForce);
  return {
    ...(place ? { place } : {}),
    date: date(f.date),
    originals: typeof f.originals === 'number' ? f.originals : 0,
    languages: arr(f.languages) as Lang[],
    languageOrder: Object.fromEntries(LANGS.filter((l) => Array.isArray(order[l])).map((l) => [l, order[l] as Lang[]])),
    equallyAuthentic: f.equallyAuthentic === true,
    custody: arr(f.custody).map(custody),
    ...(entryIntoForce ? { entryIntoForce } : {}),
    extra: arr(f.extra).map(paragraph),
    ...(f.article ? { article: finalArticle(f.article) } : {}),
    alternat: f.alternat === true,
  };
}

function signatory(v: unknown): Signatory {
  const s = obj(v);
  const name = optTexts(s.name);
  const title = optTexts(s.title);
  return traced({ party: str(s.party), ...(name ? { name } : {}), ...(title ? { title } : {}), src: spanOf(v) }, v);
}

/** The title's Russian grammar, as the walk found or declined it (walk-title.ts); a title it refused gets its
 *  nominative in every case, never rendered, since the refusal is an error. */
function titleNoun(v: unknown): RussianNoun {
  const noun = (v as RawUnit | undefined)?.fields?.noun as RussianNoun | undefined;
  if (noun) return noun;
  const nom = texts(v).ru;
  return { gender: 'm', forms: Object.fromEntries(CASES.map((c) => [c, nom])) as RussianNoun['forms'] };
}

export function buildInstrument(r: Raw, file: string): Instrument {
  const subtitle = optTexts(r.subtitle);
  const agreed = optTexts(r.agreed);
  return {
    kind: r.kind === 'protocol' ? 'protocol' : 'memorandum',
    status: r.status === 'final' ? 'final' : 'draft',
    specimen: r.specimen === true,
    title: texts(r.title),
    titleNoun: titleNoun(r.title),
    ...(subtitle ? { subtitle } : {}),
    parties: arr(r.parties).map(party),
    collective: names(r.collective),
    preamble: arr(r.preamble).map(unit),
    ...(agreed ? { agreed } : {}),
    articles: arr(r.articles).map(article),
    operative: arr(r.operative).map(paragraph),
    final: finalClause(r.final),
    signatories: arr(r.signatories).map(signatory),
    annexes: arr(r.annexes).map(annex),
    src: { file },
  };
}

export function buildNote(r: Raw, file: string): Note {
  const sender = obj(r.sender);
  const to = obj(r.addressees);
  const silence = obj(r.silence);
  const enc = r.enclosure ? obj(r.enclosure) : undefined;
  const encFile = str(enc?.file);
  return {
    kind: 'note',
    status: r.status === 'final' ? 'final' : 'draft',
    specimen: r.specimen === true,
    letterhead: arr(r.letterhead).map(texts),
    sender: { name: names(sender.name), short: names(sender.short) },
    reference: str(r.reference),
    addressees: { name: names(to.name), short: names(to.short) },
    addressBlock: arr(r.addressBlock).map(texts),
    body: arr(r.body).map(unit),
    ...(silence.deadline ? { silence: { deadline: date(silence.deadline) } } : {}),
    ...(enc && encFile
      ? {
          enclosure: {
            file: encFile,
            path: resolve(dirname(file), encFile),
            ...(enc.description ? { description: texts(enc.description) } : {}),
            ...(typeof enc.after === 'string' ? { after: enc.after } : {}),
            src: spanOf(enc),
          },
        }
      : {}),
    place: texts(r.place),
    date: date(r.date),
    src: { file },
  };
}

export type { Agreement };
