// Property: any agreement the model can hold renders in every layout to a tree, or fails with diagnostics;
// rendering never throws. Generated: long words, combining marks, astral characters, markup-like text,
// empty and long lists, deep nesting, many parties.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { printDocument } from '../../src/document/index.js';
import type { Agreement, Item, Lang, Paragraph, Texts } from '../../src/model/types.js';
import { renderDocument } from '../../src/templates/index.js';
import { forms, memorandum, note, party } from './fixtures.js';
import { templates } from './helpers.js';

const pieces = fc.oneof(
  fc.string({ maxLength: 30 }),
  fc.string({ unit: 'binary', maxLength: 20 }),
  fc.constantFrom('<p style="title">', '</p>', '&amp;', '&#x3C;', '*', '*em*', '\\', '\\*', '\\[[', '[[a1]]', '[[p0:gen]]',
    '[[i3:xyz]]', '[[deadline]]', '[[nowhere]]', '"', ' - ', 'e\u0301', 'й\u0306', '𝔸𝔹𝕮', '👩‍⚖️', '\u00a0', '\t', '\n', '{{title}}', '№ 5', '2020 года'),
  fc.constant('Ж'.repeat(400)),
);
const text = fc.array(pieces, { minLength: 1, maxLength: 6 }).map((a) => a.join('') || 'x');
const texts: fc.Arbitrary<Texts> = fc.record({ en: text, ru: text });

let counter = 0;
const id = () => `i${counter++}`;

function items(depth: number): fc.Arbitrary<Item[]> {
  if (depth > 4) return fc.constant([]);
  return fc.array(fc.tuple(texts, fc.boolean(), items(depth + 1)), { maxLength: depth === 0 ? 12 : 2 })
    .map((list) => list.map(([t, withId, sub]) => ({ ...(withId ? { id: id() } : {}), text: t, src: {}, items: sub })));
}

const paragraphs: fc.Arbitrary<Paragraph[]> = fc.array(fc.tuple(texts, fc.boolean(), items(0)), { minLength: 1, maxLength: 4 })
  .map((list) => list.map(([t, withId, sub]) => ({ ...(withId ? { id: `p${counter++}` } : {}), text: t, src: {}, items: sub })));

const langs = fc.shuffledSubarray(['en', 'ru'] as Lang[], { minLength: 1 });

const instrument: fc.Arbitrary<Agreement> = fc.record({
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
}).map((g) => {
  const base = memorandum();
  const parties = Array.from({ length: g.parties }, (_, i) => party(`party${i}`, { en: `P${i}`, ru: `П${i}` }));
  return {
    ...base,
    kind: g.kind,
    status: g.draft ? 'draft' : 'final',
    parties,
    preamble: g.preamble.map((t) => ({ text: t, src: {} })),
    articles: g.useArticles ? g.articles.map(([ps, numbered, heading], i) => ({ id: `a${i}`, paragraphs: ps, numbered, ...(heading ? { heading: { text: heading, src: {} } } : {}), src: base.articles[0]!.src })) : [],
    operative: g.useArticles ? [] : g.operative,
    final: { ...base.final, date: g.date, originals: g.originals, languages: g.languages, equallyAuthentic: g.equallyAuthentic, ...(g.place ? { place: g.place } : {}),
      custody: parties.map((p) => ({ party: p.id })), extra: g.extra.map((t) => ({ text: t, src: {} })) },
    signatories: parties.map((p, i) => ({ party: p.id, ...(g.names[i] ? { name: g.names[i] } : {}), src: p.src })),
  } satisfies Agreement;
});

const noteArb: fc.Arbitrary<Agreement> = fc.record({
  body: fc.array(texts, { minLength: 1, maxLength: 10 }),
  letterhead: fc.array(texts, { maxLength: 4 }),
  reference: text,
  enclosure: fc.boolean(),
  name: texts,
}).map((g) => {
  const base = note();
  return {
    ...base,
    body: g.body.map((t, i) => ({ id: `b${i}`, text: t, src: {} })),
    letterhead: g.letterhead,
    reference: g.reference,
    sender: { ...base.sender, name: forms(g.name.en, g.name.ru) },
    ...(g.enclosure ? { enclosure: { ...base.enclosure!, after: 'b0' } } : { enclosure: undefined }),
  } as Agreement;
});

describe('rendering generated agreements', () => {
  it('gives a tree or diagnostics in every layout, never an exception', async () => {
    const set = await templates();
    let runs = 0;
    let rendered = 0;
    fc.assert(
      fc.property(fc.oneof(instrument, noteArb), fc.constantFrom(undefined, 1, 7), fc.boolean(), (generated, pages, clean) => {
        // Half the runs escape every reference, so the successful path sees the odd text too.
        const agreement: Agreement = clean ? JSON.parse(JSON.stringify(generated), (_k, v) => (typeof v === 'string' ? v.replaceAll('[[', '\\[[') : v)) : generated;
        for (const layout of ['en', 'ru', 'parallel'] as const) {
          const r = renderDocument(agreement, set, { layout, order: ['en', 'ru'], creator: 't', ...(pages ? { enclosurePages: pages } : {}) });
          runs++;
          if (r.ok) {
            rendered++;
            expect(printDocument(r.value).length).toBeGreaterThan(0);
          } else {
            expect(r.diagnostics.length).toBeGreaterThan(0);
            for (const d of r.diagnostics) expect(d.code).toMatch(/^(XREF_UNKNOWN|XREF_CASE|ENCLOSURE_PAGES_UNKNOWN|MISSING_CASE_FORM)$/);
          }
        }
      }),
      { numRuns: 300, seed: 20240611 },
    );
    expect(rendered / runs).toBeGreaterThan(0.3);
  }, 60_000);
});
