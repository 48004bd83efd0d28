// Originals under the alternat (final.alternat): each party's original is rendered with that party first, not
// copied; without the alternat every original is the written rendering; `verify --rebuild` renders them alike.
// The fake renderer stands in for the real one here (tests/bundle/alternat-real.test.ts runs bin/cica).
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { DraftOptions } from '../../src/draft.js';
import type { Renderer } from '../../src/bundle/renderer.js';
import { bundleFiles } from '../../src/bundle/run.js';
import { rebuildWith } from '../../src/bundle/rebuild.js';
import { verifyBundle } from '../../src/bundle/verify.js';
import { runBundle } from '../../src/cli/bundle.js';
import { runVerify } from '../../src/cli/verify.js';
import { fakeRenderer, resealBag, tempDir } from './helpers.js';

const PROTOCOL = [
  'kind: protocol', 'status: final', 'title: { en: Protocol, ru: Протокол }',
  'parties: [{ id: cica }, { id: rats }, { id: cis }]',
  'final: { date: 2017-09-20, languages: [en, ru], custody: [rats, cica], alternat: true }', '',
].join('\n');

function agreement(text = PROTOCOL): string {
  const dir = tempDir('cica-alternat-');
  writeFileSync(join(dir, 'protocol.yaml'), text);
  return join(dir, 'protocol.yaml');
}

const originals = (bag: string): string[] => readdirSync(join(bag, 'data/originals')).sort();
const bytes = (bag: string, path: string): Buffer => readFileSync(join(bag, 'data', path));


async function bundle(file: string, renderer: Renderer): Promise<string> {
  const out = tempDir();
  const run = await bundleFiles([file], { outDir: out, creator: 'cica 9.9.9', zip: false, renderer });
  if (!run.ok || !run.value.results[0]!.ok) throw new Error(JSON.stringify(run));
  return join(out, 'protocol');
}

describe('the originals of a final instrument under the alternat', () => {
  it("are each party's own rendering with that party first, for the custody holders only", async () => {
    const renderer = await fakeRenderer();
    const file = agreement();
    const bag = await bundle(file, renderer);
    expect(originals(bag)).toEqual([
      'cica.en.pdf', 'cica.parallel.pdf', 'cica.ru.pdf', 'rats.en.pdf', 'rats.parallel.pdf', 'rats.ru.pdf',
    ]);
    const templates = await renderer.loadTemplates();
    if (!templates.ok) throw new Error('fake templates');
    const options: DraftOptions = { layouts: ['en', 'ru', 'parallel'], formats: ['pdf'], order: ['en', 'ru'], pageSize: 'A4', templates: templates.value, creator: 'cica 9.9.9' };
    for (const party of ['cica', 'rats']) {
      const own = await renderer.draftAgreement(file, { ...options, firstParty: party });
      if (!own.ok) throw new Error('fake render failed');
      for (const o of own.value.outputs) expect(bytes(bag, `originals/${party}.${o.layout}.pdf`).equals(Buffer.from(o.bytes)), `${party} ${o.layout}`).toBe(true);
    }
    // The originals differ from each other and from the written rendering the bag also holds.
    expect(bytes(bag, 'originals/cica.en.pdf').equals(bytes(bag, 'originals/rats.en.pdf'))).toBe(false);
    expect(bytes(bag, 'originals/rats.en.pdf').equals(bytes(bag, 'protocol.en.pdf'))).toBe(false);
  });

  it('stay the written rendering, copied, without the alternat', async () => {
    const bag = await bundle(agreement(PROTOCOL.replace(', alternat: true', '')), await fakeRenderer());
    for (const name of originals(bag)) expect(bytes(bag, `originals/${name}`).equals(bytes(bag, `protocol.${name.split('.')[1]}.pdf`)), name).toBe(true);
  });

  it('are rendered again the same way by verify --rebuild, which also catches a swapped original', async () => {
    const renderer = await fakeRenderer();
    const bag = await bundle(agreement(), renderer);
    expect(await runVerify([bag], { rebuild: true }, { renderer })).toBe(0);
    // Put the CICA original in the place of the SCO RATS one and reseal both manifests (a forger without the
    // signing key could): the hashes agree again, and only re-rendering names the original that is wrong.
    writeFileSync(join(bag, 'data/originals/rats.en.pdf'), bytes(bag, 'originals/cica.en.pdf'));
    resealBag(bag);
    expect((await verifyBundle(bag)).problems).toEqual([]);
    const report = await verifyBundle(bag, { rebuild: rebuildWith(renderer, '9.9.9') });
    expect(report.problems.filter((p) => p.code === 'REBUILD_MISMATCH').map((p) => p.span?.file.slice(bag.length + 1))).toEqual(['data/originals/rats.en.pdf']);
  });

  it('fail the whole agreement, writing no bundle, when a party original cannot be rendered', async () => {
    const fake = await fakeRenderer();
    const renderer: Renderer = {
      loadTemplates: fake.loadTemplates,
      draftAgreement: async (file, options) => (options.firstParty === 'rats'
        ? { ok: false, diagnostics: [{ code: 'TEMPLATE_RUNTIME', severity: 'error', message: 'the rats original failed to render', span: { file, start: { line: 1, col: 1 } } }] }
        : fake.draftAgreement(file, options)),
    };
    const out = tempDir();
    expect(await runBundle([agreement()], { out }, { renderer })).toBe(1);
    expect(readdirSync(out)).toEqual([]);
  });
});
