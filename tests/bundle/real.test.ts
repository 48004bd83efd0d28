// The real renderer through the built CLI: the project's sample agreements bundle, verify with
// independent tools, re-render to the same bytes, and bundle byte-identically under another TZ and cwd.
import { spawn, spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { BUNDLE_FORMATS, BUNDLE_LAYOUTS, bundleName } from '../../src/bundle/paths.js';
import { parsePublicKey } from '../../src/bundle/minisign-keys.js';
import { verifyBundle } from '../../src/bundle/verify.js';
import { FORMATS, LAYOUTS, baseName } from '../../src/draft.js';
import { has, projectAgreements, ROOT, tempDir } from './helpers.js';

const CLI = join(ROOT, 'bin/cica');
const BUILT = existsSync(join(ROOT, 'dist/draft.js')) && existsSync(join(ROOT, 'dist/bundle/worker.js'));
if (!BUILT) console.warn('skipping the real-renderer bundle tests: dist/ is not built (run `npx tsc -p .` or `npm test`)');

describe('the bundler and draft.ts agree', () => {
  it('on every layout, format and document name', () => {
    expect([...BUNDLE_LAYOUTS]).toEqual([...LAYOUTS]);
    // Every format, Akoma Ntoso included (issue 12 §3: written per language, <name>.<lang>.akn.xml).
    expect([...BUNDLE_FORMATS]).toEqual([...FORMATS]);
    for (const f of ['a/memo.yaml', 'b\\note.YML', 'protocol']) expect(bundleName(f)).toBe(baseName(f));
  });
});

describe.skipIf(!BUILT)('cica bundle with the real renderer', () => {
  let src: string;
  let keys: string;
  let out: string;
  beforeAll(() => {
    src = projectAgreements();
    keys = tempDir('cica-keys-');
    expect(spawnSync('node', [CLI, 'keygen', '--out', keys]).status).toBe(0);
    out = tempDir();
    const r = spawnSync('node', [CLI, 'bundle', src, '--out', out, '--key', join(keys, 'cica.key'), '--zip', '--jobs', '2'], { encoding: 'utf8' });
    expect(r.status, r.stderr).toBe(0);
  }, 300_000);

  const bundles = (): string[] => readdirSync(out).filter((n) => !n.endsWith('.zip')).sort();

  it('bundles every sample, each passing `sha256sum -c` and `sha512sum -c` on its manifests', () => {
    expect(bundles()).toEqual(readdirSync(src).filter((n) => n.endsWith('.yaml')).map((n) => n.slice(0, -5)).sort());
    for (const tool of ['sha256sum', 'sha512sum']) {
      if (!has(tool)) {
        console.warn(`skipping ${tool}: not installed`);
        continue;
      }
      const alg = tool.replace('sum', '');
      for (const b of bundles()) {
        for (const m of [`tagmanifest-${alg}.txt`, `manifest-${alg}.txt`]) {
          const r = spawnSync(tool, ['-c', '--strict', m], { cwd: join(out, b), encoding: 'utf8' });
          expect(r.status, `${b}/${m}: ${r.stdout}`).toBe(0);
        }
      }
    }
  });

  it.skipIf(!has('minisign'))('has signatures that minisign verifies', () => {
    for (const b of bundles()) {
      const r = spawnSync('minisign', ['-Vm', join(out, b, 'tagmanifest-sha256.txt'), '-p', join(keys, 'cica.pub')], { encoding: 'utf8' });
      expect(r.status, r.stderr).toBe(0);
    }
  });

  it.skipIf(!has('pdftotext'))('holds documents in both languages (read back by pdftotext)', () => {
    const b = 'cica-sco-rats-protocol';
    if (!bundles().includes(b)) return;
    const text = (f: string): string => spawnSync('pdftotext', [join(out, b, 'data', f), '-'], { encoding: 'utf8' }).stdout;
    expect(text(`${b}.en.pdf`)).toMatch(/PROTOCOL/i);
    expect(text(`${b}.ru.pdf`)).toMatch(/ПРОТОКОЛ/i);
    expect(readFileSync(join(out, b, 'data/originals/cica.ru.pdf'))).toEqual(readFileSync(join(out, b, `data/${b}.ru.pdf`)));
  });

  it('gives the specimen sample, final but never signed, no originals, and says in bag-info.txt that it is one', () => {
    const b = 'kazakhstan-cica-contribution-agreement';
    if (!bundles().includes(b)) return;
    expect(readdirSync(join(out, b, 'data'))).not.toContain('originals');
    expect(readFileSync(join(out, b, 'bag-info.txt'), 'utf8')).toContain('Agreement-Status: final\nAgreement-Specimen: true\n');
  });

  it.skipIf(!has('pdftotext'))('carries a note as circulated: each of its documents is the note followed by its enclosure', () => {
    const b = 'note-18-4-58emb';
    if (!bundles().includes(b)) return;
    const drafted = tempDir();
    const r = spawnSync('node', [CLI, 'draft', join(src, `${b}.yaml`), '--out', drafted, '--format', BUNDLE_FORMATS.join(',')], { encoding: 'utf8' });
    expect(r.status, r.stderr).toBe(0);
    // Akoma Ntoso per language (the note's, with its enclosure as an attachment).
    for (const lang of ['en', 'ru']) expect(readFileSync(join(out, b, 'data', `${b}.${lang}.akn.xml`)).equals(readFileSync(join(drafted, `${b}.${lang}.akn.xml`)))).toBe(true);
    for (const layout of LAYOUTS) {
      for (const format of BUNDLE_FORMATS.filter((f) => f !== 'akn')) {
        const name = `${b}.${layout}.${format}`;
        // The bag's document is byte for byte what `cica draft` writes: the note with its enclosure.
        expect(readFileSync(join(out, b, 'data', name)).equals(readFileSync(join(drafted, name))), name).toBe(true);
      }
      const pages = spawnSync('pdftotext', [join(out, b, 'data', `${b}.${layout}.pdf`), '-'], { encoding: 'utf8' }).stdout.split('\f');
      expect(pages[0]).toMatch(layout === 'ru' ? /Вербальная|высоком уважении/ : /highest consideration/);
      expect(pages[1]).toMatch(layout === 'ru' ? /МЕМОРАНДУМ/ : /MEMORANDUM/);
    }
    expect(readdirSync(join(out, b, 'data', 'source')).sort()).toEqual(['csto-cica-memorandum.yaml', `${b}.yaml`]);
  }, 120_000);

  it('verifies with --pub and --rebuild (exit 0)', () => {
    const r = spawnSync('node', [CLI, 'verify', out, '--pub', join(keys, 'cica.pub'), '--rebuild', '--json'], { encoding: 'utf8' });
    expect(r.status, r.stdout + r.stderr).toBe(0);
    const report = JSON.parse(r.stdout) as { bundles: { status: string; signature: { verified: boolean } }[] };
    expect(report.bundles.every((x) => x.status === 'valid' && x.signature.verified)).toBe(true);
  }, 120_000);

  it('gives the same bytes again under another TZ, working directory and --jobs', () => {
    const again = tempDir();
    const r = spawnSync('node', [CLI, 'bundle', '.', '--out', again, '--key', join(keys, 'cica.key'), '--zip', '--jobs', '1'], {
      cwd: src, env: { ...process.env, TZ: 'America/Anchorage' }, encoding: 'utf8',
    });
    expect(r.status, r.stderr).toBe(0);
    const list = (dir: string, rel = ''): string[] => readdirSync(join(dir, rel), { withFileTypes: true })
      .flatMap((e) => (e.isDirectory() ? list(dir, join(rel, e.name)) : [join(rel, e.name)])).sort();
    expect(list(again)).toEqual(list(out));
    for (const f of list(out)) expect(readFileSync(join(again, f)).equals(readFileSync(join(out, f))), f).toBe(true);
  }, 300_000);
});

describe.skipIf(!BUILT)('bin/cica bundle killed with SIGKILL', () => {
  it('leaves either no bundle or a complete valid one for each agreement, and the next run finishes', async () => {
    const src = projectAgreements();
    for (const f of readdirSync(src)) for (let i = 0; i < 2; i++) copyFileSync(join(src, f), join(src, f.replace('.yaml', `-${i}.yaml`)));
    const keys = tempDir('cica-keys-');
    expect(spawnSync('node', [CLI, 'keygen', '--out', keys]).status).toBe(0);
    const pubKey = parsePublicKey(readFileSync(join(keys, 'cica.pub'), 'utf8'));
    if (!pubKey.ok) throw new Error('bad key');
    const out = tempDir();
    const args = [CLI, 'bundle', src, '--out', out, '--key', join(keys, 'cica.key'), '--zip', '--jobs', '2'];
    let seed = 11;
    for (let k = 0; k < 3; k++) {
      seed = (seed * 48271) % 2147483647;
      const delay = 800 + (seed % 2500);
      const child = spawn('node', args, { stdio: 'ignore' });
      const exited = new Promise((r) => child.once('exit', r));
      await new Promise((r) => setTimeout(r, delay));
      child.kill('SIGKILL');
      await exited;
      for (const b of readdirSync(out).filter((n) => !n.startsWith('.') && !n.endsWith('.zip'))) {
        expect((await verifyBundle(join(out, b), { publicKey: pubKey.key })).problems, `${b} after a kill at ${delay} ms`).toEqual([]);
      }
    }
    const r = spawnSync('node', args, { encoding: 'utf8' });
    expect(r.status, r.stderr).toBe(0);
    expect(readdirSync(out).filter((n) => n.startsWith('.'))).toEqual([]);
    expect(readdirSync(out).filter((n) => !n.endsWith('.zip'))).toHaveLength(readdirSync(src).length);
  }, 300_000);
});
