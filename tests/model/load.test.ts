// The valid fixtures load with no diagnostics into the normalised model of src/model/types.ts.
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadAgreement, type Agreement, type Instrument, type Note } from '../../src/model/index.js';

const here = dirname(fileURLToPath(import.meta.url));
const fixture = (k: string) => join(here, 'fixtures', `${k}.yaml`);

async function load(kind: string): Promise<Agreement> {
  const r = await loadAgreement(fixture(kind));
  expect(r.diagnostics).toEqual([]);
  if (!r.ok) throw new Error('did not load');
  return r.value;
}

describe('loadAgreement on the fixtures', () => {
  it('memorandum: parties, names by case, articles, items, final clause, draft blanks', async () => {
    const m = (await load('memorandum')) as Instrument;
    expect(m.kind).toBe('memorandum');
    expect(m.status).toBe('draft');
    expect(m.title).toEqual({ en: 'Memorandum', ru: 'Меморандум' });
    expect(m.parties.map((p) => p.id)).toEqual(['cica', 'csto']);
    expect(m.parties[1]!.name.en).toEqual({ nom: 'the Secretariat of the Collective Security Treaty Organisation' });
    expect(m.parties[1]!.short.ru.gen).toBe('Секретариата ОДКБ');
    expect(m.parties[0]!.abbr).toEqual({ en: 'CICA', ru: 'СВМДА' });
    expect(m.collective.ru).toEqual({ nom: 'Стороны', ins: 'Сторонами' });
    expect(m.preamble).toHaveLength(1);
    expect(m.operative).toEqual([]);
    expect(m.articles.map((a) => [a.id, a.numbered, a.paragraphs.length])).toEqual([['art-exchange', true, 2], ['art-final', false, 1]]);
    expect(m.articles[0]!.heading?.text).toEqual({ en: 'Exchange of information', ru: 'Обмен информацией' });
    const list = m.articles[0]!.paragraphs[1]!;
    expect(list.id).toBeUndefined();
    expect(list.items.map((i) => i.id)).toEqual(['liaison', undefined]);
    expect(list.items[0]!.items).toEqual([]);
    expect(m.final).toMatchObject({ date: { year: 2020 }, originals: 2, languages: ['ru', 'en'], equallyAuthentic: true, custody: [{ party: 'cica' }, { party: 'csto' }], extra: [] });
    expect(m.final.place).toBeUndefined();
    expect(m.final.date.month).toBeUndefined();
    expect(m.signatories.map((s) => [s.party, s.name, s.title?.en])).toEqual([['cica', undefined, 'Secretary General'], ['csto', undefined, 'Secretary General']]);
    expect(m.src.file).toBe(fixture('memorandum'));
  });

  it('keeps the source span of every language of a unit', async () => {
    const m = (await load('memorandum')) as Instrument;
    const p = m.articles[0]!.paragraphs[0]!;
    expect(p.src.en).toMatchObject({ file: fixture('memorandum'), start: { line: 46, col: 13 } });
    expect(p.src.ru).toMatchObject({ start: { line: 47, col: 13 } });
    expect(m.parties[0]!.src.start).toEqual({ line: 10, col: 5 });
    expect(m.signatories[1]!.src.start).toEqual({ line: 69, col: 5 });
  });

  it('protocol: unnumbered operative part, custody keeper, final date', async () => {
    const p = (await load('protocol')) as Instrument;
    expect(p.kind).toBe('protocol');
    expect(p.articles).toEqual([]);
    expect(p.operative).toHaveLength(2);
    expect(p.operative[0]!.items.map((i) => i.id)).toEqual(['exchange', undefined]);
    expect(p.final.date).toMatchObject({ year: 2017, month: 9, day: 20 });
    expect(p.final.custody[1]).toEqual({ party: 'rats', keeper: { en: { nom: 'the Executive Committee of the SCO RATS' }, ru: { nom: 'Исполнительный комитет РАТС ШОС', pre: 'Исполнительном комитете РАТС ШОС' } } });
    expect(p.signatories[0]!.name).toEqual({ en: 'Gong Jianwei', ru: 'Гун Цзяньвэй' });
    expect(p.preamble).toEqual([]);
  });

  it('note: sender, addressees in the dative, body ids, silence, enclosure resolved', async () => {
    const n = (await load('note')) as Note;
    expect(n.kind).toBe('note');
    expect(n.reference).toBe('18-4/58emb');
    expect(n.addressees.short.ru.dat).toBe('Посольствам государств-членов');
    expect(n.sender.short.en).toEqual({ nom: 'The Secretariat' });
    expect(n.body.map((b) => b.id)).toEqual(['circulate', undefined]);
    expect(n.silence?.deadline).toMatchObject({ year: 2020, month: 3, day: 21 });
    expect(n.date).toMatchObject({ year: 2020, month: 3, day: 11 });
    expect(n.enclosure).toMatchObject({ file: 'memorandum.yaml', path: resolve(here, 'fixtures', 'memorandum.yaml'), after: 'circulate' });
    expect(n.letterhead).toHaveLength(1);
    expect(n.addressBlock[1]).toEqual({ en: 'Ankara, Moscow', ru: 'Анкара, Москва' });
  });

  it('the same file loads to the same model every time', async () => {
    const a = await loadAgreement(fixture('note'));
    const b = await loadAgreement(fixture('note'));
    expect(JSON.stringify(a)).toBe(JSON.stringify(b));
  });
});
