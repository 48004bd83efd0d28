// The validated agreement: what `checkAgreement` returns and templates read. Plain data, no behaviour.
import type { Span } from '../diagnostics/index.js';
import type { Inline } from './markup.js';

export type { Inline } from './markup.js';

/** Language codes of the texts. English and Russian today; the format is keyed by code so a third can follow. */
export type Lang = 'en' | 'ru';
export const LANGS: readonly Lang[] = ['en', 'ru'];

/** One text in every language, as written. Where it is printed as written (titles, places, signatories,
 *  letterhead) it holds no markup; a running text is a `Unit`, whose markup the model has parsed. */
export type Texts = Record<Lang, string>;

/** Russian grammatical cases a template may ask for. */
export type Case = 'nom' | 'gen' | 'dat' | 'acc' | 'ins' | 'pre';
export const CASES: readonly Case[] = ['nom', 'gen', 'dat', 'acc', 'ins', 'pre'];

/** Russian grammatical gender, which the words agreeing with a title take: «Настоящий Протокол»,
 *  «Настоящая Декларация», «Настоящее Соглашение»; `pl` for a title that is a plural noun, which has no gender
 *  («Настоящие Правила совершены», «Настоящие Основные принципы»). */
export type Gender = 'm' | 'f' | 'n' | 'pl';
export const GENDERS: readonly Gender[] = ['m', 'f', 'n', 'pl'];
/** How a message names each: «… which is feminine». */
export const GENDER_NAMES: Record<Gender, string> = { m: 'masculine', f: 'feminine', n: 'neuter', pl: 'plural' };

/** The Russian title as the clauses that agree with it need it: every case form and the gender. */
export interface RussianNoun {
  gender: Gender;
  forms: Record<Case, string>;
}

/** A name that declines: per language either one form (English) or forms by case (Russian).
 *  Normalised so that every language has at least `nom`. The officer supplies every form; nothing guesses. */
export type NameForms = Record<Lang, Partial<Record<Case, string>> & { nom: string }>;

/** Source positions of a unit, per language (for diagnostics after validation: missing glyphs, etc.). */
export type SourceSpans = Partial<Record<Lang, Span>>;

/** A running text (recital, paragraph, item, heading, final sentence, note body): the same sentence in every
 *  language, with inline markup (docs/format.md): `*emphasis*`, `[[id]]` / `[[id:case]]` cross-references. */
export interface Unit {
  /** Stable id when the officer gave one (articles, paragraphs, items), for cross-references. */
  id?: string;
  /** The text as written (for the checks on characters and numbers). */
  text: Texts;
  /** The text parsed by model/markup.ts, once: what the templates print. Never re-parse `text`. */
  inline: Record<Lang, Inline[]>;
  src: SourceSpans;
}

export type AgreementKind = 'memorandum' | 'protocol' | 'note';
export type Status = 'draft' | 'final';

export interface Party {
  id: string;
  /** Full name as it stands in running text, e.g. en "the Secretariat of the Collective Security Treaty Organisation". */
  name: NameForms;
  /** Abbreviation given in parentheses after the full name: "CSTO" / "ОДКБ"; absent for a party that has
   *  none (a State: "the Republic of Kazakhstan" / «Республика Казахстан»). */
  abbr?: Texts;
  /** Short name used after the first mention: "the CSTO Secretariat" / "Секретариат ОДКБ"; the full name when
   *  the officer gives none. */
  short: NameForms;
  /** Heading of the party's signature column, when it differs from the full name ("Collective Security Treaty Organisation"). */
  signatureName?: NameForms;
  /** The subtitle of this party's own original under the alternat (`final.alternat`), when the given subtitle
   *  names the parties in an order that is not this party's ("between X and Y" in Y's original). */
  alternatSubtitle?: Texts;
  src: Span;
}

/** A (sub)paragraph of the operative part, possibly with an enumerated list under it. */
export interface Paragraph extends Unit {
  items: Item[];
  /** Text after the list, if any (rare: "..., provided that ..."). */
}

export interface Item extends Unit {
  items: Item[];
}

export interface Article {
  id?: string;
  heading?: Unit;
  paragraphs: Paragraph[];
  /** Paragraphs numbered "1.", "2." (true) or unnumbered (false, as in the reference memorandum). */
  numbered: boolean;
  src: Span;
}

/** A date that a draft may leave partly blank: year always, month and day together or not at all. */
export interface PartialDate {
  year: number;
  month?: number;
  day?: number;
  src?: Span;
}

export interface Custody {
  party: string;
  /** Who physically keeps the original, when not the party's short name ("the Executive Committee of the SCO RATS"). */
  keeper?: NameForms;
}

/** The final provisions set as the last article ("Article 7. Final provisions": entry into force, amendment,
 *  termination as its paragraphs), as many instruments place them; the execution clause still follows it. */
export interface FinalArticle {
  id?: string;
  heading?: Unit;
  /** Paragraphs numbered "1.", "2." (default true). */
  numbered: boolean;
  src: Span;
}

/** An annex forming an integral part of the instrument: "Annex 1" / «Приложение 1», after the signatures. */
export interface Annex {
  id?: string;
  /** Its title under the label: "Schedule of contributions" / «График взносов». */
  heading?: Unit;
  numbered: boolean;
  paragraphs: Paragraph[];
  src: Span;
}

export interface FinalClause {
  /** Place of signature; absent = a blank to be filled in by hand. Russian declines it: «Совершено в г. Вене»
   *  needs `pre` (the rule place-case.ts asks for it: an error in a final, a warning in a draft). */
  place?: NameForms;
  date: PartialDate;
  originals: number;
  /** Languages of each original, in the order the clause names them. */
  languages: Lang[];
  /** The order in which each language's text names the languages, where the YAML gives its own
   *  (`final.languageOrder`); a language absent here names them in the order of `languages`. */
  languageOrder: Partial<Record<Lang, Lang[]>>;
  equallyAuthentic: boolean;
  /** Which party keeps which original, in order. */
  custody: Custody[];
  entryIntoForce?: Unit;
  /** Further provisions before the execution clause (amendment, duration, termination). */
  extra: Paragraph[];
  /** When given, entry into force and the further provisions are the paragraphs of a last article. */
  article?: FinalArticle;
  /** The alternat: in each party's original that party is named first and signs in the left column
   *  (default false: every original names and places the parties as written). */
  alternat: boolean;
}

export interface Signatory {
  party: string;
  /** Absent in a draft = blank line for the name. */
  name?: Texts;
  title?: Texts;
  src: Span;
}

/** Shared part of memorandum and protocol. */
export interface Instrument {
  kind: 'memorandum' | 'protocol';
  status: Status;
  /** A final text marked SPECIMEN / ОБРАЗЕЦ on every page: never signed, so a bundle holds no originals of it.
   *  True in a draft only where the YAML says so against the rules (SPECIMEN_IN_DRAFT, an error). */
  specimen: boolean;
  /** The instrument's own word: "Memorandum" / "Меморандум" (Russian: its nominative). */
  title: Texts;
  /** The Russian title's gender and case forms: «Настоящий Протокол совершён», «к настоящему Соглашению».
   *  Known instrument nouns are declined by cica (title-nouns.ts); any other title states them in the YAML. */
  titleNoun: RussianNoun;
  /** The rest of the title: "of understanding and cooperation between ..." / "о взаимопонимании ...". */
  subtitle?: Texts;
  parties: Party[];
  /** "the Parties" / Стороны (nom), Сторонами (ins) — for the "hereinafter referred to as" formula. */
  collective: NameForms;
  preamble: Unit[];
  /** "have agreed on the following" / "договорились о нижеследующем"; default supplied by the template. */
  agreed?: Texts;
  /** Exactly one of `articles` (numbered) and `operative` (unnumbered, as in the protocol) is non-empty. */
  articles: Article[];
  operative: Paragraph[];
  final: FinalClause;
  signatories: Signatory[];
  /** Annexes, in order, printed after the signatures. */
  annexes: Annex[];
  src: { file: string };
}

export interface Enclosure {
  /** Path of the enclosed agreement's YAML, relative to the note's file. */
  file: string;
  /** Resolved absolute path (set by the reader). */
  path: string;
  /** "the draft Memorandum ..." — how the note names it, if the body needs it. */
  description?: Texts;
  /** Id of the body paragraph after which the "Enclosure: ..." line stands; default: after the last. */
  after?: string;
  src: Span;
}

export interface Note {
  kind: 'note';
  status: Status;
  /** As Instrument.specimen. */
  specimen: boolean;
  /** Bilingual letterhead lines, e.g. the Secretariat's full name in each language. */
  letterhead: Texts[];
  /** The sending body: full name (for "presents its compliments") and short ("the Secretariat"). */
  sender: { name: NameForms; short: NameForms };
  reference: string;
  /** Whom it is addressed to, in full for "presents its compliments to ..." and short for the closing
   *  "renew to the Embassies of the Member States the assurances ..."; Russian needs the dative of both. */
  addressees: { name: NameForms; short: NameForms };
  /** Addressee block printed at the foot: lines (e.g. "Embassies of the CICA Member States", "Ankara, Dushanbe ..."). */
  addressBlock: Texts[];
  /** "has the honour to communicate the following" and the body paragraphs. */
  body: Unit[];
  silence?: { deadline: PartialDate };
  enclosure?: Enclosure;
  place: Texts;
  date: PartialDate;
  src: { file: string };
}

export type Agreement = Instrument | Note;
