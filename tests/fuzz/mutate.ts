// Arbitraries for the fuzz tests: the samples' YAML mutated as people and tools break files (lines deleted or
// doubled, indentation shifted, tabs, keys named after built-ins, random Unicode, a colon or quote, truncation),
// and agreements generated from the fixtures with random texts, ids and list sizes.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { parse, stringify } from 'yaml';

const ROOT = join(import.meta.dirname, '../..');
/** Runs per property: small by default; CICA_FUZZ_RUNS=1000 (or more) for the nightly-size run. */
export const RUNS = Math.max(1, Number.parseInt(process.env.CICA_FUZZ_RUNS ?? '', 10) || 100);

export const SAMPLES: { name: string; text: string }[] = [
  ...readdirSync(join(ROOT, 'agreements')).filter((f) => f.endsWith('.yaml')).sort().map((f) => ({ name: f, text: readFileSync(join(ROOT, 'agreements', f), 'utf8') })),
  ...['memorandum', 'protocol', 'note'].map((k) => ({ name: `${k}.yaml`, text: readFileSync(join(ROOT, 'tests/model/fixtures', `${k}.yaml`), 'utf8') })),
];

export const BUILTIN_KEYS = ['toString', 'constructor', '__proto__', 'hasOwnProperty', 'valueOf', 'isPrototypeOf', 'toLocaleString', '__lookupGetter__'];

/** Characters that break things: controls, bidi, zero-width, astral, combining, surrogate halves, YAML indicators. */
const NASTY = fc.constantFrom('\u0000', '\t', '\r', '\u0085', '\u2028', '\u202e', '\u200b', '\ufeff', '\u{1F600}', '\u0301', '\ud800', ':', ': ', '#', '"', "'", '&a', '*a', '!!str', '[', '{', '}', '- ', '%', '`', '\\', '[[', ']]', '*', '<p>', '&amp;');
const TEXT = fc.oneof(fc.string({ maxLength: 8 }), fc.string({ unit: 'grapheme', maxLength: 6 }), NASTY, fc.constantFrom(...BUILTIN_KEYS));

type Mutation = (lines: string[]) => string[];

const at = (lines: string[], i: number) => Math.min(Math.max(0, i), Math.max(0, lines.length - 1));

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.nat().map((i): Mutation => (l) => l.filter((_, k) => k !== at(l, i))), // delete a line
  fc.nat().map((i): Mutation => (l) => { const k = at(l, i); return [...l.slice(0, k + 1), l[k] ?? '', ...l.slice(k + 1)]; }), // double a line
  fc.tuple(fc.nat(), fc.integer({ min: -3, max: 3 })).map(([i, d]): Mutation => (l) => l.map((s, k) => (k !== at(l, i) ? s : d >= 0 ? ' '.repeat(d) + s : s.replace(new RegExp(`^ {0,${-d}}`), '')))), // shift indentation
  fc.nat().map((i): Mutation => (l) => l.map((s, k) => (k === at(l, i) ? s.replace(/^( *) /, '$1\t') : s))), // a tab in the indentation
  fc.tuple(fc.nat(), fc.nat(), fc.constantFrom(...BUILTIN_KEYS), fc.constantFrom('x', '1', '{ en: a, ru: б }', '[]', '', '{ x: 1 }')).map(([i, ind, key, value]): Mutation => (l) => {
    const k = at(l, i);
    const indent = /^ */.exec(l[k] ?? '')![0].length;
    return [...l.slice(0, k + 1), `${' '.repeat(ind % 2 === 0 ? indent : Math.max(0, indent - 2))}${key}: ${value}`, ...l.slice(k + 1)];
  }), // a key named after a built-in
  fc.tuple(fc.nat(), fc.nat(), TEXT).map(([i, c, t]): Mutation => (l) => l.map((s, k) => (k === at(l, i) ? s.slice(0, c % (s.length + 1)) + t + s.slice(c % (s.length + 1)) : s))), // random text inserted
  fc.tuple(fc.nat(), fc.constantFrom(...BUILTIN_KEYS)).map(([i, name]): Mutation => (l) => l.map((s, k) => (k === at(l, i) ? s.replace(/: .*$/, `: ${name}`) : s))), // a value named after a built-in
  fc.tuple(fc.nat(), fc.nat()).map(([i, c]): Mutation => (l) => { const k = at(l, i); const s = l[k] ?? ''; const cut = c % (s.length + 1); return [...l.slice(0, k), s.slice(0, cut)]; }), // truncated
  fc.tuple(fc.nat(), fc.nat()).map(([i, j]): Mutation => (l) => { const a = at(l, i); const b = at(l, j); const out = [...l]; [out[a], out[b]] = [out[b]!, out[a]!]; return out; }), // two lines swapped
  fc.tuple(fc.nat(), fc.constantFrom('0000-01-01', '2020-02-30', '99999', '2101-01-01', '1944', '"2020"', '2020-1-1')).map(([i, d]): Mutation => (l) => {
    const dates = l.map((s, k) => (/\b(date|deadline): /.test(s) ? k : -1)).filter((k) => k >= 0);
    const k = dates[i % Math.max(1, dates.length)];
    return k === undefined ? l : l.map((s, n) => (n === k ? s.replace(/(date|deadline): .*/, `$1: ${d}`) : s));
  }), // an odd date
);

/** A sample's text with one to four mutations applied. */
export const mutatedSample = fc.tuple(fc.constantFrom(...SAMPLES), fc.array(mutation, { minLength: 1, maxLength: 4 })).map(([sample, ms]) => ({
  name: sample.name,
  text: ms.reduce((lines, m) => m(lines), sample.text.split('\n')).join('\n'),
}));

/** An agreement generated from a fixture: its texts replaced by random ones, its lists grown or cut. */
export const generatedAgreement = fc.tuple(
  fc.constantFrom('memorandum', 'protocol'),
  fc.array(TEXT, { minLength: 1, maxLength: 40 }),
  fc.integer({ min: 0, max: 6 }),
  fc.integer({ min: 0, max: 4 }),
  fc.boolean(),
).map(([kind, words, recitals, items, final]) => {
  const base = readFileSync(join(ROOT, 'tests/model/fixtures', `${kind}.yaml`), 'utf8');
  const doc = parse(base) as Record<string, unknown>;
  let w = 0;
  const word = () => words[w++ % words.length]!;
  const text = () => ({ en: `${word()} text ${word()}`, ru: `${word()} текст ${word()}` });
  doc.preamble = Array.from({ length: recitals }, text);
  if (Array.isArray(doc.articles)) {
    for (const a of doc.articles as { paragraphs: Record<string, unknown>[] }[]) a.paragraphs.push({ ...text(), ...(items ? { items: Array.from({ length: items }, text) } : {}) });
  }
  if (Array.isArray(doc.operative)) (doc.operative as unknown[]).push({ ...text(), ...(items ? { items: Array.from({ length: items }, text) } : {}) });
  if (final) doc.status = 'final';
  return { name: `${kind}.yaml`, text: stringify(doc, { lineWidth: 0 }) };
});
