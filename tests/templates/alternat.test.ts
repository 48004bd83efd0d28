// The alternat (issue 5, item 1): rendered as one party's original, that party is named first and signs in the
// left column; the first party's original is the written rendering; custody stays as written. Goldens under
// tests/golden/tree/alternat/ (UPDATE_GOLDEN=1 rewrites them) are the originals a reviewer reads in a diff.
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { printDocument } from '../../src/document/index.js';
import { loadAgreement } from '../../src/model/index.js';
import type { Agreement, Instrument } from '../../src/model/types.js';
import { renderDocument, type Layout, type RenderOptions } from '../../src/templates/index.js';
import { memorandum, note, party, at } from './fixtures.js';
import { templates } from './helpers.js';

const FIXTURE = 'tests/model/fixtures/alternat.yaml';
const GOLDEN = 'tests/golden/tree/alternat';

async function fixture(): Promise<Instrument> {
  const r = await loadAgreement(FIXTURE);
  expect(r.diagnostics).toEqual([]);
  if (!r.ok || r.value.kind === 'note') throw new Error('the alternat fixture did not load');
  return r.value;
}

async function print(a: Agreement, layout: Layout, firstParty?: string): Promise<string> {
  const opts: RenderOptions = { layout, order: ['en', 'ru'], creator: 'cica test', ...(firstParty ? { firstParty } : {}) };
  const r = renderDocument(a, await templates(), opts);
  if (!r.ok) throw new Error(JSON.stringify(r.diagnostics));
  expect(r.diagnostics).toEqual([]);
  return printDocument(r.value, { identity: false });
}

const lines = (tree: string, pattern: RegExp): string[] => tree.split('\n').filter((l) => pattern.test(l));

describe('an original under the alternat', () => {
  it("names the CSTO first and puts its signature column on the left in the CSTO's original", async () => {
    const a = await fixture();
    const en = await print(a, 'en', 'csto');
    expect(lines(en, /^p\(parties /)).toEqual([
      'p(parties en-GB) "The Secretariat of the Collective Security Treaty Organisation (CSTO) and the Secretariat of the Conference on'
      + ' Interaction and Confidence Building Measures in Asia (CICA), hereinafter referred to as the Parties,"',
    ]);
    expect(lines(en, /^p\(subtitle /)).toEqual(['p(subtitle en-GB) "of\\u00a0understanding between the\\u00a0Secretariat of\\u00a0the\\u00a0CSTO and\\u00a0the\\u00a0Secretariat of\\u00a0CICA"']);
    expect(lines(en, /^title: /)).toEqual(['title: Memorandum of understanding between the Secretariat of the CSTO and the Secretariat of CICA']);
    expect(lines(en, /^ {2}column |p\(signatoryName/)).toEqual([
      '  column 1 en-GB', '    signatory p(signatoryName en-GB) "Stanislav Zas"',
      '  column 2 en-GB', '    signatory p(signatoryName en-GB) "Kairat Sarybay"',
    ]);
    const ru = await print(a, 'ru', 'csto');
    expect(lines(ru, /^p\(parties /)[0]).toMatch(/^p\(parties ru-RU\) "Секретариат Организации Договора о\\u00a0коллективной безопасности \(ОДКБ\) и\\u00a0Секретариат Совещания/);
    expect(lines(ru, /p\(signatoryName/)).toEqual(['    signatory p(signatoryName ru-RU) "Станислав Зась"', '    signatory p(signatoryName ru-RU) "Кайрат Сарыбай"']);
  });

  it('keeps the custody of the originals as written: who keeps which is a fact, not a courtesy', async () => {
    const a = await fixture();
    for (const layout of ['en', 'ru'] as const) {
      expect(lines(await print(a, layout, 'csto'), /^p\(final /)).toEqual(lines(await print(a, layout), /^p\(final /));
    }
    expect(lines(await print(a, 'en', 'csto'), /^p\(final /)[0]).toMatch(/one of the copies is kept by the CICA Secretariat and the other copy is kept by the CSTO Secretariat\."$/);
  });

  it("gives the first party's original exactly as the agreement is written (its alternatSubtitle is the written subtitle)", async () => {
    const a = await fixture();
    for (const layout of ['en', 'ru', 'parallel'] as const) expect(await print(a, layout, 'cica')).toBe(await print(a, layout));
  });

  it('reorders only the named party: three parties, signatories written in another order', async () => {
    const c = party('c', { en: 'CCC', ru: 'ЦЦЦ' });
    const base = memorandum();
    const a = memorandum({
      subtitle: undefined,
      parties: [...base.parties, c],
      final: { ...base.final, originals: 3, custody: [{ party: 'a' }, { party: 'b' }, { party: 'c' }] },
      signatories: [{ party: 'b', src: at(52) }, { party: 'c', src: at(54) }, base.signatories[0]!],
    });
    const tree = await print(a, 'en', 'c');
    expect(lines(tree, /^p\(parties /)[0]).toMatch(/^p\(parties en-GB\) "The Secretariat of CCC \(CCC\), the Secretariat of AAA \(AAA\) and the Secretariat of BBB \(BBB\),/);
    expect(lines(tree, /p\(signatureParty/)).toEqual([
      '    heading p(signatureParty en-GB) "Secretariat of CCC"',
      '    heading p(signatureParty en-GB) "Secretariat of BBB"',
      '    heading p(signatureParty en-GB) "Secretariat of AAA"',
    ]);
  });

  for (const firstParty of ['csto', 'cica']) {
    for (const layout of ['en', 'ru', 'parallel'] as const) {
      it(`matches the golden tree of the ${firstParty} original (${layout})`, async () => {
        const text = await print(await fixture(), layout, firstParty);
        const file = join(GOLDEN, `${firstParty}.${layout}.txt`);
        if (process.env.UPDATE_GOLDEN) {
          await mkdir(GOLDEN, { recursive: true });
          await writeFile(file, text);
        }
        expect(text).toBe(await readFile(file, 'utf8').catch(() => '(missing: run with UPDATE_GOLDEN=1)'));
      });
    }
  }
});

describe('renderDocument with a first party that cannot be', () => {
  const codes = async (a: Agreement, firstParty: string): Promise<string[]> =>
    renderDocument(a, await templates(), { layout: 'en', order: ['en', 'ru'], creator: 'x', enclosurePages: 2, firstParty }).diagnostics.map((d) => d.code);

  it('fails on an id that is not a party (FIRST_PARTY_UNKNOWN), never rendering the written order instead', async () => {
    const r = renderDocument(memorandum(), await templates(), { layout: 'en', order: ['en', 'ru'], creator: 'x', firstParty: 'zzz' });
    expect(r.ok).toBe(false);
    expect(r.diagnostics.map((d) => [d.code, d.severity])).toEqual([['FIRST_PARTY_UNKNOWN', 'error']]);
    expect(await codes(memorandum(), '')).toEqual(['FIRST_PARTY_UNKNOWN']);
  });

  it('fails on a note verbale, which has no parties', async () => {
    expect(await codes(note(), 'a')).toEqual(['FIRST_PARTY_UNKNOWN']);
  });
});
