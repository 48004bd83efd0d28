// `cica verify --rebuild`: re-rendering from data/source/ reproduces every payload byte, and a source
// changed behind the manifests' back (resealed, unsigned) is caught by the comparison.
import { cpSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { rebuildWith } from '../../src/bundle/rebuild.js';
import { verifyBundle } from '../../src/bundle/verify.js';
import { runBundle } from '../../src/cli/bundle.js';
import { runVerify } from '../../src/cli/verify.js';
import { fakeRenderer, resealBag, sampleAgreements, tempDir } from './helpers.js';


describe('verify --rebuild', () => {
  it('reproduces every payload file of instruments and of a note with its enclosure', async () => {
    const renderer = await fakeRenderer();
    const out = tempDir();
    expect(await runBundle([sampleAgreements()], { out }, { renderer })).toBe(0);
    expect(await runVerify([out], { rebuild: true }, { renderer })).toBe(0);
  });

  it('uses the templates stored in the bundle when --templates was given', async () => {
    const renderer = await fakeRenderer();
    const templates = tempDir('cica-templates-');
    mkdirSync(join(templates, 'partials'));
    writeFileSync(join(templates, 'memorandum.hbs'), '{{title}}');
    writeFileSync(join(templates, 'partials', 'sign.hbs'), '{{name}}');
    const out = tempDir();
    expect(await runBundle([join(sampleAgreements(), 'memo.yaml')], { out, templates }, { renderer })).toBe(0);
    expect(readFileSync(join(out, 'memo', 'bag-info.txt'), 'utf8')).toContain('Cica-Templates: data/source/templates\n');
    expect(readFileSync(join(out, 'memo', 'data/source/templates/partials/sign.hbs'), 'utf8')).toBe('{{name}}');
    // Unsigned, so its templates run only when trusted explicitly (rebuild-trust.test.ts covers the refusal).
    const report = await verifyBundle(join(out, 'memo'), { rebuild: rebuildWith(renderer, '0.0.0', { trustTemplates: true }) });
    expect(report.problems).toEqual([]);
  });

  it('names each document that a changed source no longer reproduces', async () => {
    const renderer = await fakeRenderer();
    const out = tempDir();
    expect(await runBundle([sampleAgreements()], { out }, { renderer })).toBe(0);
    const dir = join(tempDir(), 'protocol');
    cpSync(join(out, 'protocol'), dir, { recursive: true });
    const src = join(dir, 'data/source/protocol.yaml');
    writeFileSync(src, readFileSync(src, 'utf8').replace('2017-09-20', '2017-09-21'));
    resealBag(dir);
    expect((await verifyBundle(dir)).problems).toEqual([]);
    const report = await verifyBundle(dir, { rebuild: rebuildWith(renderer, '0.0.0') });
    const mismatched = report.problems.filter((p) => p.code === 'REBUILD_MISMATCH').map((p) => p.span?.file.slice(dir.length + 1));
    expect(mismatched).toContain('data/protocol.en.pdf');
    expect(mismatched).toContain('data/originals/rats.ru.pdf');
    expect(mismatched).not.toContain('data/source/protocol.yaml');
    expect(report.status).toBe('invalid');
  });

  it('re-reads custom templates only from inside the bundle, and names problems inside it, not in a temp folder', async () => {
    const renderer = await fakeRenderer();
    const out = tempDir();
    expect(await runBundle([join(sampleAgreements(), 'memo.yaml')], { out }, { renderer })).toBe(0);
    const dir = join(tempDir(), 'memo');
    cpSync(join(out, 'memo'), dir, { recursive: true });
    const info = join(dir, 'bag-info.txt');
    const pristine = readFileSync(info, 'utf8');
    for (const [templates, code] of [['../../../work/main/templates', 'REBUILD_IMPOSSIBLE'], ['data/source/../../x', 'REBUILD_IMPOSSIBLE'], ['data/source/templates', 'REBUILD_FAILED']] as const) {
      writeFileSync(info, pristine.replace('Cica-Templates: built-in', `Cica-Templates: ${templates}`));
      resealBag(dir);
      const report = await verifyBundle(dir, { rebuild: rebuildWith(renderer, '0.0.0', { trustTemplates: true }) });
      expect(report.problems.map((p) => p.code), templates).toContain(code);
      expect(JSON.stringify(report.problems), templates).not.toContain('cica-rebuild-');
    }
  });
});
