// `verify --rebuild` of custom templates (issue 10 §3): a bag's own templates run only when its signature was checked
// with --pub, or with --trust-templates; a runaway template in an unsigned bag stops within the render bounds with
// its code at the template inside the bag; the scratch folder is removed whatever happens; --jobs is checked.
import { cpSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Renderer } from '../../src/bundle/renderer.js';
import { jobsFrom, runBundle } from '../../src/cli/bundle.js';
import { runKeygen } from '../../src/cli/keygen.js';
import { runTemplatesExport } from '../../src/cli/templates.js';
import { runVerify } from '../../src/cli/verify.js';
import * as draft from '../../src/draft.js';
import { captured } from './capture.js';
import { fakeRenderer, resealBag, ROOT, tempDir } from './helpers.js';

const real: Renderer = { draftAgreement: draft.draftAgreement, loadTemplates: draft.loadTemplates };
let keys: string;
let signed: string;


// Every scratch folder is made in os.tmpdir(), which follows TMPDIR: point it at a folder of this test's own.
let scratchRoot: string;
const saved = process.env.TMPDIR;
beforeEach(() => { scratchRoot = mkdtempSync(join(tmpdir(), 'cica-scratch-')); process.env.TMPDIR = scratchRoot; });
afterEach(() => {
  if (saved === undefined) delete process.env.TMPDIR;
  else process.env.TMPDIR = saved;
  expect(readdirSync(scratchRoot).filter((n) => n.startsWith('cica-rebuild-')), 'no scratch folder is left behind').toEqual([]);
});

beforeAll(async () => {
  keys = tempDir('cica-keys-');
  await runKeygen({ out: keys });
  const templates = join(tempDir('cica-tpl-'), 'tpl');
  await captured(() => runTemplatesExport(templates, {}));
  const src = tempDir('cica-src-');
  cpSync(join(ROOT, 'agreements', 'csto-cica-memorandum.yaml'), join(src, 'memo.yaml'));
  const out = tempDir();
  const r = await captured(() => runBundle([join(src, 'memo.yaml')], { out, key: join(keys, 'cica.key'), templates }, { renderer: real }));
  expect(r.code, r.err).toBe(0);
  signed = join(out, 'memo');
}, 60_000);

async function verifyJson(args: string[], opts: Parameters<typeof runVerify>[1]) {
  const r = await captured(() => runVerify(args, { ...opts, json: true }, { renderer: real }));
  const report = JSON.parse(r.out) as { bundles: { status: string; rebuild?: { done: boolean }; problems: { code: string; span?: { file: string; start: { line: number; col: number } } }[] }[] };
  return { code: r.code, bag: report.bundles[0]! };
}

describe('custom templates in a bag run only when trusted', () => {
  it('without --pub: REBUILD_REFUSED at bag-info.txt, exit 2, nothing rendered', async () => {
    const { code, bag } = await verifyJson([signed], { rebuild: true });
    expect(code).toBe(2);
    expect(bag.status).toBe('bad-input');
    expect(bag.problems.map((p) => [p.code, p.span?.file.slice(signed.length), p.span?.start.line])).toEqual([['REBUILD_REFUSED', '/bag-info.txt', 1]]);
    expect(bag.rebuild).toEqual({ done: false, reason: expect.stringContaining('signature was not checked') });
  });

  it('with the signer\'s --pub, or with --trust-templates: re-rendered and equal (exit 0)', async () => {
    const withPub = await verifyJson([signed], { rebuild: true, pub: join(keys, 'cica.pub') });
    expect([withPub.code, withPub.bag.rebuild]).toEqual([0, { done: true }]);
    const trusted = await verifyJson([signed], { rebuild: true, trustTemplates: true });
    expect([trusted.code, trusted.bag.rebuild]).toEqual([0, { done: true }]);
  }, 60_000);

  it('--trust-templates without --rebuild is a usage error', async () => {
    expect((await captured(() => runVerify([signed], { trustTemplates: true }))).code).toBe(2);
  });

  it('a runaway template (26 nested {{#each}}) in an unsigned, resealed bag stops in under 5 s at the template in the bag', async () => {
    const dir = join(tempDir('cica-runaway-'), 'memo');
    cpSync(signed, dir, { recursive: true });
    const hbs = join(dir, 'data/source/templates/memorandum.en.hbs');
    const loops = Array.from({ length: 26 }, () => '{{#each @root.parties}}').join('\n');
    writeFileSync(hbs, `${loops}\n<p style="body">{{text @root.title "en"}}</p>\n${'{{/each}}'.repeat(26)}\n`);
    const { rmSync } = await import('node:fs');
    rmSync(join(dir, 'tagmanifest-sha256.txt.minisig'));
    resealBag(dir, { oxum: true });
    const t0 = Date.now();
    const { code, bag } = await verifyJson([dir], { rebuild: true, trustTemplates: true });
    expect(Date.now() - t0).toBeLessThan(5000);
    expect(code).toBe(1);
    const tooLarge = bag.problems.find((p) => p.code === 'TEMPLATE_TOO_LARGE')!;
    expect(tooLarge, JSON.stringify(bag.problems)).toBeDefined();
    expect(tooLarge.span?.file).toBe(`${dir}/data/source/templates/memorandum.en.hbs`);
    expect(tooLarge.span?.start.line).toBeGreaterThanOrEqual(1);
    expect(tooLarge.span?.start.line).toBeLessThanOrEqual(27); // an each (1-26) or the helper inside (27)
    expect(bag.problems.map((p) => p.code)).toContain('REBUILD_FAILED');
    expect(bag.rebuild?.done).toBe(false);
  }, 30_000);

  it('a renderer that throws still leaves no scratch folder (VERIFY_INTERNAL, exit 3)', async () => {
    const renderer = await fakeRenderer();
    const out = tempDir();
    const { sampleAgreements } = await import('./helpers.js');
    await captured(() => runBundle([sampleAgreements()], { out }, { renderer }));
    const boom: Renderer = { ...renderer, draftAgreement: async () => { throw new Error('injected'); } };
    const r = await captured(() => runVerify([join(out, 'protocol')], { rebuild: true }, { renderer: boom }));
    expect(r.code).toBe(3);
    expect(r.out).toContain('VERIFY_INTERNAL');
  });
});

describe('--jobs', () => {
  it('takes 1 to the cores as given, clamps more (1e9 included) with a warning, refuses the rest', () => {
    expect(jobsFrom(undefined, 2)).toEqual({ jobs: 2 });
    expect(jobsFrom('1', 2)).toEqual({ jobs: 1 });
    expect(jobsFrom(2, 2)).toEqual({ jobs: 2 });
    for (const many of ['3', '64', '1e9', '1000000000000']) {
      const r = jobsFrom(many, 2);
      expect(r, many).toMatchObject({ jobs: 2, warning: expect.stringContaining('more than the 2 cores') });
    }
    for (const bad of ['0', '-1', 'abc', '', '2.5', '1e999', 'NaN', '0x10', ' ']) expect(typeof jobsFrom(bad, 2), bad).toBe('string');
  });

  it('bundle --jobs 0 / abc exits 2 and writes nothing; --jobs 1e9 warns and bundles', async () => {
    const renderer = await fakeRenderer();
    const { sampleAgreements } = await import('./helpers.js');
    for (const jobs of ['0', 'abc', '-1']) {
      const out = join(tempDir(), 'out');
      const r = await captured(() => runBundle([sampleAgreements()], { out, jobs }, { renderer }));
      expect([r.code, r.err], jobs).toEqual([2, expect.stringContaining('--jobs must be a whole number')]);
      expect(() => readdirSync(out)).toThrow();
    }
    const r = await captured(() => runBundle([sampleAgreements()], { out: tempDir(), jobs: '1e9' }, { renderer }));
    expect(r.code).toBe(0);
    expect(r.err).toMatch(/warning: --jobs 1e9 is more than the \d+ cores/);
  });
});
