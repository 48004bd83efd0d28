// No field that silently does nothing (issue 9 §1): walks the schema (src/model/schema.ts, which drives the JSON
// schema) and shows, for every leaf field, that a value put there reaches the rendered document tree — a distinctive
// text for every printed text, a changed value for every switch and number — or that the field is listed below as
// metadata that prints nothing itself, with the reason.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { printDocument } from '../../src/document/index.js';
import { checkAgreementText } from '../../src/model/index.js';
import { DEFINITIONS, INSTRUMENT, NOTE } from '../../src/model/schema.js';
import type { Shape } from '../../src/model/shape.js';
import { CASES } from '../../src/model/types.js';
import { renderDocument } from '../../src/templates/index.js';
import { templates } from './helpers.js';

type Doc = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
type Base = 'memorandum' | 'protocol' | 'note';
interface Leaf { path: string; shape: Shape }

/** Every leaf of a shape, by path (`parties[].name`); a recursive definition is entered once per path. */
function leaves(shape: Shape, path: string, seen: readonly string[], out: Leaf[]): Leaf[] {
  switch (shape.kind) {
    case 'ref': if (!seen.includes(shape.name)) leaves(DEFINITIONS[shape.name]!, path, [...seen, shape.name], out); break;
    case 'object': for (const [k, f] of Object.entries(shape.fields)) leaves(f.shape, path ? `${path}.${k}` : k, seen, out); break;
    case 'idOrObject': leaves(shape.object, path, seen, out); break;
    case 'list': if (shape.of.kind === 'lang') out.push({ path, shape }); else leaves(shape.of, `${path}[]`, seen, out); break;
    case 'text':
      out.push({ path, shape });
      for (const [k, f] of Object.entries(shape.fields ?? {})) leaves(f.shape, `${path}.${k}`, seen, out);
      break;
    default: out.push({ path, shape });
  }
  return out;
}

/** Fields that print nothing themselves, and why. Keep this list small: every other field must reach the documents. */
const METADATA: Record<string, string> = {
  cica: 'the format version (always 1)',
  'parties[].id': 'joins signatories and custody to their party; the party prints by its names',
  'articles[].id': 'a target of `[[id]]`: the reference prints the article\'s number, never the id',
  'articles[].paragraphs[].id': 'a target of `[[id]]`', 'articles[].paragraphs[].items[].id': 'a target of `[[id]]`',
  'operative[].id': 'a target of `[[id]]`', 'operative[].items[].id': 'a target of `[[id]]`',
  'final.entryIntoForce.id': 'a target of `[[id]]`', 'final.extra[].id': 'a target of `[[id]]`', 'final.extra[].items[].id': 'a target of `[[id]]`',
  'final.article.id': 'a target of `[[id]]`', 'annexes[].id': 'a target of `[[id]]`',
  'annexes[].paragraphs[].id': 'a target of `[[id]]`', 'annexes[].paragraphs[].items[].id': 'a target of `[[id]]`',
  'final.alternat': 'renders each party\'s own original in `cica bundle` (tests/bundle/alternat*.test.ts); one rendering takes the first party as an option',
  'body[].id': 'names a body paragraph for `enclosure.after`',
  'note kind': 'a note has one kind, `note`: it selects the note\'s shape',
  'enclosure.file': 'names the enclosed agreement, which `cica draft` sets after the note and whose pages the Enclosure line counts (tests/layout sections)',
};

/** Fields whose value is no text: a change of value must change the document. `prepare` sets up what they need. */
interface Change { base?: Base; prepare?: (d: Doc) => void; change: (d: Doc) => void; firstParty?: string }
const CHANGES: Record<'instrument' | 'note', Record<string, Change>> = {
  instrument: {
    status: { base: 'protocol', change: (d) => { d.status = 'draft'; } },
    // A final text never signed: every page marked SPECIMEN / ОБРАЗЕЦ (the meta's watermark prints in the tree).
    specimen: { base: 'protocol', change: (d) => { d.specimen = true; } },
    kind: { base: 'protocol', change: (d) => { d.kind = 'memorandum'; } },
    'articles[].numbered': { change: (d) => { d.articles[0].numbered = false; } },
    'final.date': { change: (d) => { d.final.date = 2021; } },
    'final.originals': { change: (d) => { d.final.originals = 1; d.final.custody = ['cica']; } },
    'final.languages': { change: (d) => { d.final.languages = ['en', 'ru']; } },
    'final.languageOrder.en': { change: (d) => { d.final.languageOrder = { en: ['en', 'ru'] }; } },
    'final.languageOrder.ru': { change: (d) => { d.final.languageOrder = { ru: ['en', 'ru'] }; } },
    'final.equallyAuthentic': { change: (d) => { d.final.equallyAuthentic = false; } },
    'final.custody[].party': { change: (d) => { d.final.custody = ['csto', 'cica']; } },
    'final.article.numbered': { prepare: (d) => { d.final.entryIntoForce = { en: 'It enters into force.', ru: 'Вступает в силу.' }; d.final.extra = [{ en: 'It may be amended.', ru: 'Может изменяться.' }]; d.final.article = {}; },
      change: (d) => { d.final.article.numbered = false; } },
    'signatories[].party': { change: (d) => { d.signatories[0].party = 'csto'; d.signatories[1].party = 'cica'; } },
    'annexes[].numbered': { change: (d) => { d.annexes[0].numbered = true; } },
  },
  note: {
    status: { change: (d) => { d.status = 'draft'; } },
    specimen: { change: (d) => { d.specimen = true; } },
    'silence.deadline': { change: (d) => { d.silence.deadline = '2020-03-25'; } },
    'enclosure.after': { change: (d) => { delete d.enclosure.after; } },
    date: { change: (d) => { d.date = '2020-03-12'; } },
  },
};

const FIXTURES: Record<Base, string> = Object.fromEntries((['memorandum', 'protocol', 'note'] as const).map((b) =>
  [b, readFileSync(new URL(`../model/fixtures/${b}.yaml`, import.meta.url), 'utf8')])) as Record<Base, string>;

/** What every leaf under a path prefix needs around it. */
function scaffold(d: Doc, path: string): void {
  if (path.startsWith('final.extra[]')) d.final.extra = [{ en: 'It may be amended.', ru: 'Может изменяться.' }];
  if (path.startsWith('final.article')) { d.final.entryIntoForce = { en: 'It enters into force.', ru: 'Вступает в силу.' }; d.final.article = {}; }
  if (path.startsWith('final.custody[]')) d.final.custody[0] = { party: d.final.custody[0] };
  if (path.startsWith('annexes[]')) d.annexes = [{ id: 'annex-a', paragraphs: [{ en: 'The schedule.', ru: 'График.' }] }];
  if (path === 'parties[].alternatSubtitle') d.final.alternat = true;
}

/** The object (or list element) at `path`, created if missing; `[]` is the first element. */
function holder(d: Doc, path: string): { parent: Doc; key: string | number } {
  const segs = path.split('.');
  let cur = d;
  segs.forEach((seg, i) => {
    const name = seg.replace('[]', '');
    const last = i === segs.length - 1;
    if (last && !seg.endsWith('[]')) return;
    cur[name] ??= seg.endsWith('[]') ? [] : {};
    cur = cur[name];
    if (seg.endsWith('[]')) { cur[0] ??= {}; if (typeof cur[0] === 'string') cur[0] = { party: cur[0] }; if (!last) cur = cur[0]; }
  });
  const lastSeg = segs[segs.length - 1]!;
  return lastSeg.endsWith('[]') ? { parent: cur, key: 0 } : { parent: cur, key: lastSeg };
}

const EN = 'Qzxwvk';
const RU = 'Щюжэйф';

/** Puts the distinctive text in a printed leaf. */
function putToken(d: Doc, leaf: Leaf): void {
  const { parent, key } = holder(d, leaf.path);
  const allForms = Object.fromEntries(CASES.map((c) => [c, RU]));
  switch (leaf.shape.kind) {
    case 'text': { const o = (parent[key] ??= {}); o.en = EN; o.ru = RU; break; }
    case 'names': parent[key] = { en: EN, ru: allForms }; break;
    case 'title': parent[key] = { en: EN, ru: { ...allForms, gender: 'm' } }; break;
    case 'string': parent[key] = EN; break;
    default: throw new Error(`no token for ${leaf.shape.kind}`);
  }
}

const printsText = (s: Shape) => s.kind === 'text' || s.kind === 'names' || s.kind === 'title' || (s.kind === 'string' && s.printed === true);

async function printedOf(d: Doc, base: Base, firstParty?: string): Promise<Record<'en' | 'ru', string>> {
  const text = stringify(d);
  const checked = checkAgreementText(text, `${base}.yaml`);
  if (!checked.ok) throw new Error(`the probe does not validate: ${checked.diagnostics.filter((x) => x.severity === 'error').map((x) => `${x.code} ${x.field}: ${x.message}`).join('; ')}`);
  const out = { en: '', ru: '' };
  for (const layout of ['en', 'ru'] as const) {
    const r = renderDocument(checked.value, await templates(), { layout, order: ['en', 'ru'], creator: 't', enclosurePages: 2, ...(firstParty ? { firstParty } : {}) });
    if (!r.ok) throw new Error(JSON.stringify(r.diagnostics));
    out[layout] = printDocument(r.value);
  }
  return out;
}

const ROOTS = [
  { root: 'instrument' as const, leaves: leaves(INSTRUMENT, '', [], []), baseOf: (p: string): Base => (p.startsWith('operative') ? 'protocol' : 'memorandum') },
  { root: 'note' as const, leaves: leaves(NOTE, '', [], []), baseOf: (): Base => 'note' },
];

describe('every field of the format reaches the documents', () => {
  it('has a probe or a stated reason for every leaf of the schema, and nothing stale', () => {
    for (const { root, leaves: list } of ROOTS) {
      const paths = new Set(list.map((l) => l.path));
      for (const l of list) {
        const covered = printsText(l.shape) || l.path in CHANGES[root] || l.path in METADATA || `${root} ${l.path}` in METADATA;
        expect(covered, `${root} field \`${l.path}\` (${l.shape.kind}) neither prints nor is listed`).toBe(true);
      }
      for (const p of Object.keys(CHANGES[root])) expect(paths.has(p), `stale entry ${p}`).toBe(true);
    }
    // The metadata list stays small and every entry names a field of the schema.
    const all = new Set(ROOTS.flatMap((r) => r.leaves.map((l) => l.path)));
    for (const p of Object.keys(METADATA)) expect(all.has(p.replace(/^note /, '')), `stale metadata ${p}`).toBe(true);
    expect(Object.keys(METADATA).length).toBeLessThan(ROOTS.reduce((n, r) => n + r.leaves.length, 0) / 3);
  });

  for (const { root, leaves: list, baseOf } of ROOTS) {
    for (const leaf of list.filter((l) => printsText(l.shape))) {
      it(`${root} \`${leaf.path}\` prints what it says`, async () => {
        const base = baseOf(leaf.path);
        const d = parse(FIXTURES[base]) as Doc;
        scaffold(d, leaf.path);
        putToken(d, leaf);
        const out = await printedOf(d, base, leaf.path === 'parties[].alternatSubtitle' ? d.parties[0].id : undefined);
        expect(out.en.toLowerCase(), 'English').toContain(EN.toLowerCase());
        // A string (the note's reference) is one text for every language.
        expect(out.ru.toLowerCase(), 'Russian').toContain((leaf.shape.kind === 'string' ? EN : RU).toLowerCase());
      });
    }
    for (const [path, c] of Object.entries(CHANGES[root])) {
      it(`${root} \`${path}\` changes the document when it changes`, async () => {
        const base = c.base ?? baseOf(path);
        const d = parse(FIXTURES[base]) as Doc;
        scaffold(d, path);
        c.prepare?.(d);
        const before = await printedOf(d, base, c.firstParty);
        c.change(d);
        const after = await printedOf(d, base, c.firstParty);
        expect(after.en === before.en && after.ru === before.ru, 'the document is the same').toBe(false);
      });
    }
  }
});
