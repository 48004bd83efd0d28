// A bundle's layout and tag files, checked against RFC 8493 and against sha256sum, the independent tool.
import { spawnSync } from 'node:child_process';
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { bundleFiles } from '../../src/bundle/run.js';
import type { JobResult } from '../../src/bundle/job.js';
import { verifyBundle } from '../../src/bundle/verify.js';
import { runBundle } from '../../src/cli/bundle.js';
import { fakeRenderer, has, ROOT, sampleAgreements, tempDir } from './helpers.js';

const read = (dir: string, path: string): string => readFileSync(join(dir, path), 'utf8');

describe('a bundle run over sample agreements', () => {
  let out: string;
  let results: JobResult[];
  beforeAll(async () => {
    const src = sampleAgreements();
    out = tempDir();
    const run = await bundleFiles(['memo', 'note', 'protocol'].map((n) => join(src, `${n}.yaml`)), {
      outDir: out, creator: 'cica 9.9.9', zip: false, jobs: 2, renderer: await fakeRenderer(),
    });
    if (!run.ok) throw new Error('run failed');
    results = run.value.results;
  });

  it('bundles every agreement under its YAML base name', () => {
    expect(results.map((r) => [r.name, r.ok])).toEqual([['memo', true], ['note', true], ['protocol', true]]);
    expect(readdirSync(out).sort()).toEqual(['memo', 'note', 'protocol']);
  });

  it('writes bagit.txt exactly as RFC 8493 section 2.1.1 gives it', () => {
    expect(read(join(out, 'memo'), 'bagit.txt')).toBe('BagIt-Version: 1.0\nTag-File-Character-Encoding: UTF-8\n');
  });

  it('dates the bag from the agreement, not the clock, and records title, status, languages and Payload-Oxum', () => {
    const info = read(join(out, 'protocol'), 'bag-info.txt');
    expect(info).toContain('Bagging-Date: 2017-09-20\n');
    expect(info).toContain('Bag-Software-Agent: cica 9.9.9\n');
    expect(info).toContain('Title-en: Protocol on cooperation\n');
    expect(info).toContain('Title-ru: Протокол о сотрудничестве\n');
    expect(info).toContain('Agreement-Status: final\n');
    expect(info).toContain('Languages: en, ru\n');
    const files = read(join(out, 'protocol'), 'manifest-sha256.txt').trim().split('\n');
    const octets = files.reduce((n, line) => n + readFileSync(join(out, 'protocol', line.slice(66))).length, 0);
    expect(info).toContain(`Payload-Oxum: ${octets}.${files.length}\n`);
    // A draft dated by year alone is bagged on 1 January of that year.
    expect(read(join(out, 'memo'), 'bag-info.txt')).toMatch(/Bagging-Date: 2020-01-01\nExternal-Identifier: memo\n[^]*Agreement-Date: 2020\n/);
  });

  it('holds all layouts in DOCX and PDF, the source YAML, and for a note its enclosure beside it', () => {
    const manifest = (name: string): string[] => read(join(out, name), 'manifest-sha256.txt').trim().split('\n').map((l) => l.slice(66));
    expect(manifest('memo')).toEqual([
      'data/memo.en.docx', 'data/memo.en.pdf', 'data/memo.parallel.docx', 'data/memo.parallel.pdf',
      'data/memo.ru.docx', 'data/memo.ru.pdf', 'data/source/memo.yaml',
    ]);
    expect(manifest('note')).toContain('data/source/memo.yaml');
    expect(manifest('note')).toContain('data/source/note.yaml');
  });

  it('gives each party of a final instrument its original, and a draft none', () => {
    const originals = read(join(out, 'protocol'), 'manifest-sha256.txt').split('\n').filter((l) => l.includes('originals/')).map((l) => l.slice(66));
    expect(originals).toEqual([
      'data/originals/cica.en.pdf', 'data/originals/cica.parallel.pdf', 'data/originals/cica.ru.pdf',
      'data/originals/rats.en.pdf', 'data/originals/rats.parallel.pdf', 'data/originals/rats.ru.pdf',
    ]);
    expect(readFileSync(join(out, 'protocol/data/originals/rats.ru.pdf'))).toEqual(readFileSync(join(out, 'protocol/data/protocol.ru.pdf')));
    expect(read(join(out, 'memo'), 'manifest-sha256.txt')).not.toContain('originals/');
  });

  it('lists in each tag manifest bagit.txt, bag-info.txt and both payload manifests, and no tag manifest (RFC 8493 section 2.2.1)', () => {
    for (const alg of ['sha256', 'sha512']) {
      const hex = alg === 'sha256' ? 64 : 128;
      expect(read(join(out, 'memo'), `tagmanifest-${alg}.txt`).split('\n').filter(Boolean).map((l) => l.slice(hex + 2)))
        .toEqual(['bag-info.txt', 'bagit.txt', 'manifest-sha256.txt', 'manifest-sha512.txt']);
    }
  });

  it('lists the same payload files in both payload manifests (RFC 8493 section 3)', () => {
    for (const name of ['memo', 'note', 'protocol']) {
      const paths = (alg: string, hex: number) => read(join(out, name), `manifest-${alg}.txt`).trim().split('\n').map((l) => l.slice(hex + 2));
      expect(paths('sha512', 128)).toEqual(paths('sha256', 64));
    }
  });

  it('names its BagIt profile in bag-info.txt, the identifier of the profile shipped in schema/', () => {
    const profile = JSON.parse(readFileSync(join(ROOT, 'schema/cica-bagit-profile.json'), 'utf8'));
    const id = profile['BagIt-Profile-Info']['BagIt-Profile-Identifier'];
    expect(read(join(out, 'memo'), 'bag-info.txt')).toMatch(new RegExp(`^Bag-Software-Agent: cica 9\\.9\\.9\nBagIt-Profile-Identifier: ${id.replace(/[.]/g, '\\.')}\n`));
  });

  for (const tool of ['sha256sum', 'sha512sum']) {
    it.skipIf(!has(tool))(`passes \`${tool} -c --strict\` on its payload and tag manifest in every bundle`, () => {
      const alg = tool.replace('sum', '');
      for (const name of ['memo', 'note', 'protocol']) {
        for (const m of [`manifest-${alg}.txt`, `tagmanifest-${alg}.txt`]) {
          const r = spawnSync(tool, ['-c', '--strict', m], { cwd: join(out, name), encoding: 'utf8' });
          expect(r.status, `${name}/${m}: ${r.stdout}${r.stderr}`).toBe(0);
          expect(r.stdout.trim().split('\n').every((l) => l.endsWith(': OK'))).toBe(true);
        }
      }
    });
  }

  it('verifies as valid', async () => {
    for (const name of ['memo', 'note', 'protocol']) expect((await verifyBundle(join(out, name))).problems).toEqual([]);
  });
});

describe('a bad agreement in a batch', () => {
  it('fails alone with its diagnostics while the others are bundled, and the run exits 1', async () => {
    const src = sampleAgreements();
    writeFileSync(join(src, 'broken.yaml'), 'cica: 1\nkind: treaty\n');
    const out = tempDir();
    const run = await bundleFiles(['broken', 'memo', 'protocol'].map((n) => join(src, `${n}.yaml`)), {
      outDir: out, creator: 'cica 9.9.9', zip: false, renderer: await fakeRenderer(),
    });
    if (!run.ok) throw new Error('run failed');
    const [broken, ...rest] = run.value.results;
    expect(broken!.ok).toBe(false);
    expect(broken!.diagnostics.map((d) => [d.code, d.span?.file, d.span?.start.line])).toEqual([['UNKNOWN_KIND', join(src, 'broken.yaml'), 2]]);
    expect(rest.map((r) => r.ok)).toEqual([true, true]);
    expect(readdirSync(out).sort()).toEqual(['memo', 'protocol']);
    expect(await runBundle([src], { out: tempDir() }, { renderer: await fakeRenderer() })).toBe(1);
  });

  it('refuses a name that would escape --out or collide, without touching the others', async () => {
    const a = sampleAgreements();
    const b = sampleAgreements();
    writeFileSync(join(a, '.hidden.yaml'), 'kind: note\n');
    const out = tempDir();
    const run = await bundleFiles([join(a, 'memo.yaml'), join(b, 'memo.yaml'), join(a, '.hidden.yaml')], {
      outDir: out, creator: 'cica 9.9.9', zip: false, renderer: await fakeRenderer(),
    });
    if (!run.ok) throw new Error('run failed');
    expect(run.value.results.map((r) => r.ok || r.diagnostics[0]!.code)).toEqual([true, 'BUNDLE_NAME_DUPLICATE', 'BUNDLE_NAME_UNSAFE']);
    expect(readdirSync(out)).toEqual(['memo']);
  });

  it('exits 2 for a path that does not exist and for a bad --jobs', async () => {
    expect(await runBundle(['/no/such/agreement.yaml'], { out: tempDir() }, { renderer: await fakeRenderer() })).toBe(2);
    expect(await runBundle([sampleAgreements()], { out: tempDir(), jobs: 0 }, { renderer: await fakeRenderer() })).toBe(2);
  });
});

describe('the files of a run', () => {
  it('are each bundled once, however often they are named', async () => {
    const { expandPaths } = await import('../../src/bundle/inputs.js');
    const src = sampleAgreements();
    const got = await expandPaths([src, join(src, 'memo.yaml'), `${src}/./note.yaml`]);
    expect(got).toEqual({ files: ['memo', 'note', 'protocol'].map((n) => join(src, `${n}.yaml`)) });
  });
});
