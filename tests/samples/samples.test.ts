// Every sample agreement loads with no diagnostic at all, and the reference ones say what the references say.
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadAgreement } from '../../src/model/index.js';
import type { Agreement, Instrument, Note } from '../../src/model/types.js';

const DIR = fileURLToPath(new URL('../../agreements/', import.meta.url));
const FILES = readdirSync(DIR).filter((f) => f.endsWith('.yaml')).sort();

async function load(name: string): Promise<Agreement> {
  const result = await loadAgreement(join(DIR, name));
  if (!result.ok) throw new Error(`${name} does not load: ${JSON.stringify(result.diagnostics)}`);
  return result.value;
}

async function instrument(name: string): Promise<Instrument> {
  const agreement = await load(name);
  if (agreement.kind === 'note') throw new Error(`${name} is a note`);
  return agreement;
}

describe('agreements/', () => {
  it('holds at least five samples', () => {
    expect(FILES.length).toBeGreaterThanOrEqual(5);
  });

  it.each(FILES)('%s loads with no error and no warning', async (name) => {
    const result = await loadAgreement(join(DIR, name));
    expect(result.diagnostics.map((d) => `${d.code} ${d.field ?? ''} ${d.span?.start.line ?? ''}`)).toEqual([]);
    expect(result.ok).toBe(true);
  });
});

describe('csto-cica-memorandum.yaml', () => {
  it('has the reference structure: 2 recitals, 7 unheaded articles, two paragraphs in Articles 3 and 5', async () => {
    const m = await instrument('csto-cica-memorandum.yaml');
    expect(m.kind).toBe('memorandum');
    expect(m.status).toBe('draft');
    expect(m.parties.map((p) => [p.id, p.abbr.en, p.abbr.ru])).toEqual([['csto', 'CSTO', 'ОДКБ'], ['cica', 'CICA', 'СВМДА']]);
    expect(m.preamble).toHaveLength(2);
    expect(m.operative).toEqual([]);
    expect(m.articles.map((a) => a.paragraphs.length)).toEqual([1, 1, 2, 1, 2, 1, 1]);
    expect(m.articles.every((a) => a.heading === undefined && !a.numbered)).toBe(true);
  });

  it('leaves place and day blank, in two originals, Russian and English, CSTO copy first', async () => {
    const m = await instrument('csto-cica-memorandum.yaml');
    expect(m.final.place).toBeUndefined();
    expect([m.final.date.year, m.final.date.month, m.final.date.day]).toEqual([2020, undefined, undefined]);
    expect(m.final.originals).toBe(2);
    expect(m.final.languages).toEqual(['ru', 'en']);
    expect(m.final.equallyAuthentic).toBe(false);
    expect(m.final.custody.map((c) => [c.party, c.keeper])).toEqual([['csto', undefined], ['cica', undefined]]);
    expect(m.signatories.map((s) => [s.party, s.name?.en, s.title?.en])).toEqual([
      ['csto', 'Stanislav Zas', 'Secretary General'],
      ['cica', 'Habibullo Mirzozoda', 'Executive Director'],
    ]);
    expect(m.parties.map((p) => p.signatureName?.en.nom)).toEqual([
      'Collective Security Treaty Organisation',
      'Secretariat of Conference on Interaction and Confidence Building Measures in Asia',
    ]);
  });
});

describe('cica-sco-rats-protocol.yaml', () => {
  it('has five recitals and an unnumbered operative part whose list has 4 items', async () => {
    const p = await instrument('cica-sco-rats-protocol.yaml');
    expect(p.kind).toBe('protocol');
    expect(p.status).toBe('final');
    expect(p.preamble).toHaveLength(5);
    expect(p.articles).toEqual([]);
    expect(p.operative).toHaveLength(2);
    expect(p.operative[0]?.items).toHaveLength(4);
    expect(p.operative[0]?.items.every((i) => i.items.length === 0)).toBe(true);
  });

  it('was executed on 20 September 2017, no place, English and Russian equally authentic, RATS copy at its Executive Committee', async () => {
    const p = await instrument('cica-sco-rats-protocol.yaml');
    expect(p.final.place).toBeUndefined();
    expect([p.final.date.year, p.final.date.month, p.final.date.day]).toEqual([2017, 9, 20]);
    expect(p.final.languages).toEqual(['en', 'ru']);
    expect(p.final.equallyAuthentic).toBe(true);
    expect(p.final.custody.map((c) => c.party)).toEqual(['cica', 'rats']);
    expect(p.final.custody[1]?.keeper?.en.nom).toBe('the Executive Committee of the SCO RATS');
    expect(p.final.custody[1]?.keeper?.ru.pre).toBe('Исполнительном комитете РАТС ШОС');
    expect(p.signatories.map((s) => s.name?.en)).toEqual(['Gong Jianwei', 'Yevgeniy Sysoyev']);
  });
});

describe('note-18-4-58emb.yaml', () => {
  it('circulates the memorandum under a silence procedure expiring on 2020-03-21', async () => {
    const n = (await load('note-18-4-58emb.yaml')) as Note;
    expect(n.kind).toBe('note');
    expect(n.reference).toBe('18-4/58emb');
    expect([n.date.year, n.date.month, n.date.day]).toEqual([2020, 3, 11]);
    expect([n.silence?.deadline.year, n.silence?.deadline.month, n.silence?.deadline.day]).toEqual([2020, 3, 21]);
    expect(n.body.map((b) => b.id)).toEqual(['circulate', 'consent']);
    expect(n.body[0]?.text.en).toContain('[[deadline]]');
    expect(n.body[0]?.text.ru).toContain('[[deadline]]');
    expect(n.enclosure?.after).toBe('circulate');
    expect(n.enclosure?.path).toBe(join(DIR, 'csto-cica-memorandum.yaml'));
    expect(n.addressBlock.map((l) => l.en)).toEqual(['EMBASSIES OF THE CICA MEMBER STATES', 'Ankara, Dushanbe, Moscow, Nur-Sultan, Tashkent']);
  });
});

describe('kazakhstan-cica-contribution-agreement.yaml', () => {
  it('is a final Agreement of a State and the CICA Secretariat, signed in Vienna', async () => {
    const a = await instrument('kazakhstan-cica-contribution-agreement.yaml');
    expect(a.status).toBe('final');
    // Its signatories are fictitious: a specimen, marked SPECIMEN / ОБРАЗЕЦ, so no copy passes for an original.
    expect(a.specimen).toBe(true);
    expect(a.title).toEqual({ en: 'Agreement', ru: 'Соглашение' });
    // Explicit line breaks (issue 9 §6): the parties, then the subject in two lines, as the reference protocol breaks its title.
    expect(a.subtitle?.en.split('\n')).toHaveLength(4);
    const [state, cica] = a.parties;
    expect(state?.abbr).toBeUndefined();
    expect(state?.short).toEqual(state?.name);
    expect(state?.name.ru.acc).toBe('Республику Казахстан');
    expect(cica?.abbr).toEqual({ en: 'CICA', ru: 'СВМДА' });
    expect(a.final.place?.en).toEqual(expect.objectContaining({ nom: 'Vienna' }));
    expect(a.final.place?.ru).toEqual(expect.objectContaining({ nom: 'Вена', pre: 'Вене' }));
    expect([a.final.date.year, a.final.date.month, a.final.date.day]).toEqual([2026, 3, 16]);
  });

  it('carries its final provisions as Article 5 and has one annex, which Article 1 makes an integral part', async () => {
    const a = await instrument('kazakhstan-cica-contribution-agreement.yaml');
    expect(a.articles).toHaveLength(4);
    expect(a.final.article).toMatchObject({ id: 'art-final', numbered: true, heading: { text: { en: 'Final provisions', ru: 'Заключительные положения' } } });
    expect(a.final.entryIntoForce?.id).toBe('entry-into-force');
    expect(a.final.extra).toHaveLength(2);
    expect(a.annexes.map((x) => x.id)).toEqual(['annex-projects']);
    expect(a.articles[0]?.paragraphs[1]?.text).toEqual({
      en: '[[annex-projects]] forms an integral part of this Agreement.',
      ru: '[[annex-projects]] является неотъемлемой частью настоящего Соглашения.',
    });
  });
});

describe('cica-cis-emergencies-protocol.yaml', () => {
  it('is a draft protocol with an unnumbered operative part, no place and the year alone', async () => {
    const p = await instrument('cica-cis-emergencies-protocol.yaml');
    expect([p.kind, p.status]).toEqual(['protocol', 'draft']);
    expect(p.articles).toEqual([]);
    expect(p.operative.map((x) => x.items.length)).toEqual([3, 0, 0]);
    expect(p.operative[1]?.text.en).toContain('[[joint-events]]');
    expect(p.final.place).toBeUndefined();
    expect([p.final.date.year, p.final.date.month]).toEqual([2027, undefined]);
    expect(p.signatories.every((s) => s.name === undefined)).toBe(true);
  });
});
