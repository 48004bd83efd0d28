// Generated agreements for property tests: long words, combining marks, astral characters, markup-like text,
// empty and long lists, deep nesting, many parties. Typed against the model, built without the YAML reader.
import fc from 'fast-check';
import type { Agreement, Item, Lang, Paragraph, Texts } from '../../src/model/types.js';
import { inlineOf } from '../../src/model/markup.js';
import { bare, forms, memorandum, note, party } from './fixtures.js';

const pieces = fc.oneof(
  fc.string({ maxLength: 30 }),
  fc.string({ unit: 'binary', maxLength: 20 }),
  fc.constantFrom('<p style="title">', '</p>', '&amp;', '&#x3C;', '*', '*em*', '\\', '\\*', '\\[[', '[[a1]]', '[[p0:gen]]',
    '[[i3:xyz]]', '[[x0]]', '[[a-final:gen]]', '[[deadline]]', '[[nowhere]]', '"', ' - ', 'e\u0301', 'й\u0306', '𝔸𝔹𝕮', '👩‍⚖️', '\u00a0', '\t', '\n', '{{title}}', '№ 5', '2020 года'),
  fc.constant('Ж'.repeat(400)),
);
const text = fc.array(pieces, { minLength: 1, maxLength: 6 }).map((a) => a.join('') || 'x');
const texts: fc.Arbitrary<Texts> = fc.record({ en: text, ru: text });

let counter = 0;
const id = () => `i${counter++}`;

function items(depth: number): fc.Arbitrary<Item[]> {
  if (depth > 4) return fc.constant([]);
  return fc.array(fc.tuple(texts, fc.boolean(), items(depth + 1)), { maxLength: depth === 0 ? 12 : 2 })
    .map((list) => list.map(([t, withId, sub]) => ({ ...(withId ? { id: id() } : {}), ...bare(t), items: sub })));
}

const paragraphs: fc.Arbitrary<Paragraph[]> = fc.array(fc.tuple(texts, fc.boolean(), items(0)), { minLength: 1, maxLength: 4 })
  .map((list) => list.map(([t, withId, sub]) => ({ ...(withId ? { id: `p${counter++}` } : {}), ...bare(t), items: sub })));

/** Annex paragraphs: fewer and flatter than an article's, so the generated agreements stay quick to render. */
const annexParagraphs: fc.Arbitrary<Paragraph[]> = fc.array(fc.tuple(texts, fc.boolean(), items(3)), { minLength: 1, maxLength: 2 })
  .map((list) => list.map(([t, withId, sub]) => ({ ...(withId ? { id: `p${counter++}` } : {}), ...bare(t), items: sub })));

const langs = fc.shuffledSubarray(['en', 'ru'] as Lang[], { minLength: 1 });

export const instrument: fc.Arbitrary<Agreement> = fc.record({
  kind: fc.constantFrom('memorandum', 'protocol') as fc.Arbitrary<'memorandum' | 'protocol'>,
  draft: fc.boolean(),
  parties: fc.integer({ min: 2, max: 9 }),
  preamble: fc.array(texts, { maxLength: 20 }),
  articles: fc.array(fc.tuple(paragraphs, fc.boolean(), fc.option(texts, { nil: undefined })), { maxLength: 8 }),
  operative: paragraphs,
  useArticles: fc.boolean(),
  date: fc.oneof(fc.record({ year: fc.integer({ min: 1, max: 9999 }) }), fc.record({ year: fc.integer({ min: 1900, max: 2100 }), month: fc.integer({ min: 1, max: 12 }), day: fc.integer({ min: 1, max: 28 }) })),
  originals: fc.integer({ min: 1, max: 25 }),
  languages: langs,
  equallyAuthentic: fc.boolean(),
  place: fc.option(texts, { nil: undefined }),
  extra: fc.array(texts, { maxLength: 3 }),
  names: fc.array(fc.option(texts, { nil: undefined }), { minLength: 9, maxLength: 9 }),
  // Issue 9 §6: parties without an abbreviation, a title in lines, the final article, annexes.
  abbrless: fc.array(fc.boolean(), { minLength: 9, maxLength: 9 }),
  subtitle: fc.option(texts, { nil: undefined }),
  finalArticle: fc.option(fc.record({ numbered: fc.boolean(), heading: fc.option(texts, { nil: undefined }) }), { nil: undefined }),
  annexes: fc.array(fc.tuple(annexParagraphs, fc.boolean(), fc.option(texts, { nil: undefined })), { maxLength: 2 }),
}).map((g) => {
  const base = memorandum();
  const parties = Array.from({ length: g.parties }, (_, i) => {
    const { abbr: _abbr, ...p } = party(`party${i}`, { en: `P${i}`, ru: `П${i}` });
    return g.abbrless[i] ? p : { ...p, abbr: { en: `P${i}`, ru: `П${i}` } };
  });
  return {
    ...base,
    kind: g.kind,
    status: g.draft ? 'draft' : 'final',
    parties,
    preamble: g.preamble.map((t) => (bare(t))),
    articles: g.useArticles ? g.articles.map(([ps, numbered, heading], i) => ({ id: `a${i}`, paragraphs: ps, numbered, ...(heading ? { heading: bare(heading) } : {}), src: base.articles[0]!.src })) : [],
    operative: g.useArticles ? [] : g.operative,
    final: { ...base.final, date: g.date, originals: g.originals, languages: g.languages, equallyAuthentic: g.equallyAuthentic, ...(g.place ? { place: { en: { nom: g.place.en }, ru: { nom: g.place.ru, pre: g.place.ru } } } : {}),
      custody: parties.map((p) => ({ party: p.id })), extra: g.extra.map((t) => ({ ...bare(t), items: [] })),
      ...(g.finalArticle ? { article: { id: 'a-final', numbered: g.finalArticle.numbered, ...(g.finalArticle.heading ? { heading: bare(g.finalArticle.heading) } : {}), src: base.articles[0]!.src } } : {}) },
    signatories: parties.map((p, i) => ({ party: p.id, ...(g.names[i] ? { name: g.names[i] } : {}), src: p.src })),
    ...(g.subtitle ? { subtitle: g.subtitle } : {}),
    annexes: g.annexes.map(([ps, numbered, heading], i) => ({ id: `x${i}`, paragraphs: ps, numbered, ...(heading ? { heading: bare(heading) } : {}), src: base.articles[0]!.src })),
  } satisfies Agreement;
});

export const noteArb: fc.Arbitrary<Agreement> = fc.record({
  body: fc.array(texts, { minLength: 1, maxLength: 10 }),
  letterhead: fc.array(texts, { maxLength: 4 }),
  reference: text,
  enclosure: fc.boolean(),
  name: texts,
}).map((g) => {
  const base = note();
  return {
    ...base,
    body: g.body.map((t, i) => ({ id: `b${i}`, ...bare(t) })),
    letterhead: g.letterhead,
    reference: g.reference,
    sender: { ...base.sender, name: forms(g.name.en, g.name.ru) },
    ...(g.enclosure ? { enclosure: { ...base.enclosure!, after: 'b0' } } : { enclosure: undefined }),
  } as Agreement;
});

/** Any generated agreement, memorandum, protocol or note. */
export const agreement: fc.Arbitrary<Agreement> = fc.oneof(instrument, noteArb);

/** The agreement with every `[[` escaped, so the successful path sees the odd text too (each unit parsed again by
 *  the model's parser, as the walk would). */
export function withoutReferences(a: Agreement): Agreement {
  return JSON.parse(JSON.stringify(a), (_k, v) => {
    if (typeof v === 'string') return v.replaceAll('[[', '\\[[');
    if (v && typeof v === 'object' && 'inline' in v && 'text' in v) return { ...v, inline: inlineOf(v.text) };
    return v;
  });
}
