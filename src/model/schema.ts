// The agreement format, defined once: the structural checker walks it and `cica schema` prints it (docs/format.md).
import { type Field, type Shape, opt, req } from './shape.js';

/** A text printed as written (title, name of a place, signatory, letterhead line): no markup is read in it. */
const text = (fields?: Record<string, Field>): Shape => ({ kind: 'text', ...(fields ? { fields } : {}) });
/** A running text: its inline markup (`*emphasis*`, `[[id]]`) is read (docs/format.md). */
const running = (fields?: Record<string, Field>): Shape => ({ kind: 'text', markup: true, ...(fields ? { fields } : {}) });
const list = (of: Shape, minItems?: number): Shape => ({ kind: 'list', of, ...(minItems ? { minItems } : {}) });
const ID: Shape = { kind: 'id' };
const DATE: Shape = { kind: 'date' };

/** Recursive and shared parts, referenced by name (JSON Schema `definitions`). */
export const DEFINITIONS: Record<string, Shape> = {
  item: running({
    id: opt(ID, 'Id for cross-references `[[id]]`: letters, digits, - and _, starting with a letter.'),
    items: opt(list({ kind: 'ref', name: 'item' }, 1), 'A nested list: (a), (b) in English, 1), 2) in Russian.'),
  }),
  paragraph: running({
    id: opt(ID, 'Id for cross-references `[[id]]`: letters, digits, - and _, starting with a letter.'),
    items: opt(list({ kind: 'ref', name: 'item' }, 1), 'An enumerated list: i., ii. in English, а), б) in Russian.'),
  }),
  article: {
    kind: 'object',
    fields: {
      id: opt(ID, 'Id for cross-references: `[[art-exchange]]` gives "Article 4" / «Статья 4».'),
      heading: opt(running(), 'The article heading (optional).'),
      numbered: opt({ kind: 'boolean' }, 'Number the paragraphs "1.", "2." (default false).'),
      paragraphs: req(list({ kind: 'ref', name: 'paragraph' }, 1), 'The paragraphs of the article, in order.'),
    },
  },
  annex: {
    kind: 'object',
    fields: {
      id: opt(ID, 'Id for cross-references: `[[annex-schedule]]` gives "Annex 1" / «приложение 1».'),
      heading: opt(running(), 'The title of the annex, under "Annex 1" (optional).'),
      numbered: opt({ kind: 'boolean' }, 'Number the paragraphs "1.", "2." (default false).'),
      paragraphs: req(list({ kind: 'ref', name: 'paragraph' }, 1), 'The paragraphs of the annex, in order.'),
    },
  },
  finalArticle: {
    kind: 'object',
    fields: {
      id: opt(ID, 'Id for cross-references to the article of final provisions.'),
      heading: opt(running(), 'The article heading: { en: Final provisions, ru: Заключительные положения }.'),
      numbered: opt({ kind: 'boolean' }, 'Number its paragraphs "1.", "2." (default true).'),
    },
  },
  party: {
    kind: 'object',
    fields: {
      id: req(ID, 'Short id used by signatories and custody, e.g. `csto`.'),
      name: req({ kind: 'names', cases: ['nom', 'gen', 'ins', 'pre'] }, 'Full name as it stands in running text; Russian needs nom, gen, ins and pre.'),
      abbr: opt(text(), 'Abbreviation given in parentheses after the full name: { en: CSTO, ru: ОДКБ }; omit it for a party that has none (a State).'),
      short: opt({ kind: 'names', cases: ['nom', 'gen', 'ins', 'pre'] }, 'Short name used after the first mention (default: the full name); Russian needs nom, gen, ins and pre.'),
      signatureName: opt({ kind: 'names', cases: ['nom'] }, 'Heading of the signature column, if not the full name.'),
      alternatSubtitle: opt(text(), "With `final.alternat`: the subtitle of this party's own original, naming this party first."),
    },
  },
  custody: {
    kind: 'idOrObject',
    key: 'party',
    object: {
      kind: 'object',
      fields: {
        party: req(ID, 'The id of the party that keeps this original.'),
        keeper: opt({ kind: 'names', cases: ['nom', 'pre'] }, 'Who physically keeps it, if not the party; Russian needs nom and pre.'),
      },
    },
  },
  final: {
    kind: 'object',
    fields: {
      place: opt({ kind: 'names', cases: ['nom'] }, 'Place of signature: { en: Vienna, ru: { nom: Вена, pre: Вене } }; Russian needs pre («Совершено в г. Вене»). Omit in a draft and a blank is printed.'),
      date: req(DATE, 'Date of signature, YYYY-MM-DD; a draft may give the year alone.'),
      originals: req({ kind: 'integer', minimum: 1, maximum: 99 }, 'Number of original copies.'),
      languages: req({ kind: 'list', of: { kind: 'lang' }, minItems: 1 }, 'Languages of the originals, in the order the clause names them.'),
      languageOrder: opt({
        kind: 'object',
        fields: {
          en: opt({ kind: 'list', of: { kind: 'lang' }, minItems: 1 }, 'The order in which the English text names the languages, e.g. [en, ru].'),
          ru: opt({ kind: 'list', of: { kind: 'lang' }, minItems: 1 }, 'The order in which the Russian text names the languages, e.g. [ru, en].'),
        },
      }, 'Optional: a language text that names the languages in its own order; each lists the languages of `languages`, once each.'),
      equallyAuthentic: opt({ kind: 'boolean' }, 'State that all texts are equally authentic (default false).'),
      custody: opt(list({ kind: 'ref', name: 'custody' }), 'Who keeps which original, in order: party ids, or { party, keeper }.'),
      entryIntoForce: opt(running({ id: opt(ID, 'Id for cross-references `[[id]]`.') }), 'The entry-into-force provision (optional).'),
      extra: opt(list({ kind: 'ref', name: 'paragraph' }), 'Further final provisions, before the execution clause: amendment, duration, termination (optional).'),
      article: opt({ kind: 'ref', name: 'finalArticle' }, 'Set entry into force and the further provisions as the numbered paragraphs of a last article (optional).'),
      alternat: opt({ kind: 'boolean' }, "The alternat: in each party's original that party is named first and signs on the left (default false)."),
    },
  },
  signatory: {
    kind: 'object',
    fields: {
      party: req(ID, 'The id of the party this signatory signs for.'),
      name: opt(text(), 'Name of the signatory; may be omitted in a draft (a blank line is printed).'),
      title: opt(text(), 'Title of the signatory, e.g. Secretary General / Генеральный секретарь.'),
    },
  },
};

const COMMON: Record<string, Field> = {
  cica: req({ kind: 'integer', minimum: 1, maximum: 1 }, 'Format version; always 1.'),
  status: req({ kind: 'string', enum: ['draft', 'final'] }, 'draft | final. A draft may leave place, date and signatory names blank.'),
  specimen: opt({ kind: 'boolean' }, 'A final text that was never signed, a model or an example: every page is marked SPECIMEN / ОБРАЗЕЦ and a bundle holds no originals (default false; a draft is refused it).'),
};

export const INSTRUMENT: Shape = {
  kind: 'object',
  fields: {
    ...COMMON,
    kind: req({ kind: 'string', enum: ['memorandum', 'protocol', 'note'] }, 'memorandum | protocol | note'),
    title: req({ kind: 'title' }, "The instrument's own word, printed as the title: { en: Memorandum, ru: Меморандум }; a Russian word cica does not decline gives its case forms and gender: { nom, gen, dat, acc, ins, pre, gender: m | f | n | pl }."),
    subtitle: opt(text(), 'The rest of the title: "of understanding and cooperation between ...".'),
    parties: req(list({ kind: 'ref', name: 'party' }, 2), 'The parties, in the order they are named; two or more.'),
    collective: req({ kind: 'names', cases: ['nom', 'ins'] }, 'How the parties are called together: the Parties / Стороны (nom), Сторонами (ins).'),
    preamble: opt(list(running()), 'The recitals, in order.'),
    agreed: opt(text(), 'The formula before the operative part; the template supplies "have agreed on the following".'),
    articles: opt(list({ kind: 'ref', name: 'article' }, 1), 'Numbered articles "Article 1" / «Статья 1»; or `operative`, not both.'),
    operative: opt(list({ kind: 'ref', name: 'paragraph' }, 1), 'An unnumbered operative part (as in a protocol); or `articles`, not both.'),
    final: req({ kind: 'ref', name: 'final' }, 'The final clause: place, date, originals, languages, custody.'),
    signatories: req(list({ kind: 'ref', name: 'signatory' }, 1), 'One signatory per party, in the order of the signature columns.'),
    annexes: opt(list({ kind: 'ref', name: 'annex' }, 1), 'Annexes forming an integral part, "Annex 1" / «Приложение 1», printed after the signatures.'),
  },
};

export const NOTE: Shape = {
  kind: 'object',
  fields: {
    ...COMMON,
    kind: req({ kind: 'string', enum: ['note'] }, 'memorandum | protocol | note'),
    letterhead: req(list(text(), 1), 'Lines of the bilingual letterhead.'),
    sender: req({
      kind: 'object',
      fields: {
        name: req({ kind: 'names', cases: ['nom'] }, 'Full name of the sender, for "presents its compliments".'),
        short: req({ kind: 'names', cases: ['nom'] }, 'Short name: { en: The Secretariat, ru: Секретариат }.'),
      },
    }, 'The sending body.'),
    reference: req({ kind: 'string', numberOk: true, printed: true }, 'Reference number, printed "No. 18-4/58emb" / «№ 18-4/58emb».'),
    addressees: req({
      kind: 'object',
      fields: {
        name: req({ kind: 'names', cases: ['nom', 'dat'] }, 'Addressees in full, for the opening formula; Russian needs nom and dat.'),
        short: req({ kind: 'names', cases: ['nom', 'dat'] }, 'Addressees in short, for the closing formula; Russian needs nom and dat.'),
      },
    }, 'Whom the note is addressed to.'),
    body: req(list(running({ id: opt(ID, 'Id, e.g. for `enclosure.after`.') }), 1), 'The body paragraphs; `[[deadline]]` gives the silence deadline.'),
    silence: opt({ kind: 'object', fields: { deadline: req(DATE, 'The date the silence procedure expires, YYYY-MM-DD.') } }, 'A silence procedure.'),
    enclosure: opt({
      kind: 'object',
      fields: {
        file: req({ kind: 'string' }, 'The enclosed agreement, relative to this file.'),
        description: opt(text(), 'How the "Enclosure:" line names it, in place of "as stated": { en: the draft Memorandum ..., ru: проект Меморандума ... }.'),
        after: opt(ID, 'Id of the body paragraph the "Enclosure" line follows; default: the last.'),
      },
    }, 'The agreement the note circulates (optional).'),
    place: req(text(), 'Place of the note: { en: Nur-Sultan, ru: Нур-Султан }.'),
    date: req(DATE, 'Date of the note, YYYY-MM-DD.'),
    addressBlock: opt(list(text()), 'Lines printed at the foot: the addressees and their cities.'),
  },
};
