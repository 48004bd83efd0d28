// The built CLI end to end: worker threads, kill -9 at random moments, byte-identical reruns under other
// TZ and cwd. Needs dist/ (`npx tsc -p .`; `npm test` builds first).
import { spawn, spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { unzipSync } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';
import { parsePublicKey } from '../../src/bundle/minisign-keys.js';
import { cleanStale } from '../../src/bundle/stage.js';
import { verifyBundle } from '../../src/bundle/verify.js';
import { runKeygen } from '../../src/cli/keygen.js';
import { ROOT, sampleAgreements, tempDir } from './helpers.js';

const BUILT = existsSync(join(ROOT, 'dist/bundle/worker.js')) && existsSync(join(ROOT, 'dist/cli/bundle.js'));
if (!BUILT) console.warn('skipping the bundle CLI tests: dist/ is not built (run `npx tsc -p .` or `npm test`)');
const SCRIPT = join(ROOT, 'tests/bundle/fixtures/bundle-cli.mjs');

/** `count` agreements: the three samples copied under different names (a note keeps its enclosure). */
function manyAgreements(count: number): string {
  const src = sampleAgreements();
  const dir = tempDir('cica-many-');
  copyFileSync(join(src, 'memo.yaml'), join(dir, 'memo.yaml'));
  for (let i = 0; i < count - 1; i++) {
    const kind = ['protocol', 'note', 'memo'][i % 3]!;
    copyFileSync(join(src, `${kind}.yaml`), join(dir, `${kind}-${String(i).padStart(3, '0')}.yaml`));
  }
  return dir;
}

function bundleArgs(opts: Record<string, unknown>): string[] {
  return [SCRIPT, JSON.stringify(opts)];
}

function tree(dir: string, prefix = ''): Map<string, Buffer> {
  const out = new Map<string, Buffer>();
  for (const e of readdirSync(join(dir, prefix), { withFileTypes: true })) {
    const rel = prefix ? `${prefix}/${e.name}` : e.name;
    if (e.isDirectory()) for (const [k, v] of tree(dir, rel)) out.set(k, v);
    else out.set(rel, readFileSync(join(dir, rel)));
  }
  return out;
}

describe.skipIf(!BUILT)('cica bundle, built, with worker threads', () => {
  let keyDir: string;
  beforeAll(async () => {
    keyDir = tempDir('cica-keys-');
    await runKeygen({ out: keyDir });
  });
  const pub = async () => {
    const k = parsePublicKey(readFileSync(join(keyDir, 'cica.pub'), 'utf8'));
    if (!k.ok) throw new Error('bad key');
    return k.key;
  };

  it('bundles a batch in parallel and prints a JSON summary', async () => {
    const src = manyAgreements(7);
    const out = tempDir();
    const r = spawnSync('node', bundleArgs({ paths: [src], out, key: join(keyDir, 'cica.key'), jobs: 2, json: true }), { encoding: 'utf8' });
    expect(r.status, r.stderr).toBe(0);
    const summary = JSON.parse(r.stdout) as { ok: boolean; bundled: number; results: { name: string; ok: boolean; signed: boolean }[] };
    expect(summary.ok).toBe(true);
    expect(summary.bundled).toBe(7);
    expect(summary.results.every((x) => x.ok && x.signed)).toBe(true);
    for (const name of readdirSync(out)) expect((await verifyBundle(join(out, name), { publicKey: await pub() })).problems).toEqual([]);
  });

  it('leaves only complete bundles when killed with SIGKILL at random moments', async () => {
    const src = manyAgreements(12);
    const out = tempDir();
    let seed = 7;
    const random = (): number => (seed = (seed * 48271) % 2147483647) / 2147483647;
    let interrupted = 0;
    for (let k = 0; k < 6; k++) {
      const delay = 400 + Math.floor(random() * 800);
      const child = spawn('node', bundleArgs({ paths: [src], out, key: join(keyDir, 'cica.key'), jobs: 2, zip: true }), {
        env: { ...process.env, FAKE_RENDER_DELAY_MS: '60' }, stdio: 'ignore',
      });
      const exited = new Promise((r) => child.once('exit', r));
      await new Promise((r) => setTimeout(r, delay));
      child.kill('SIGKILL');
      await exited;
      const entries = readdirSync(out);
      const bundles = entries.filter((n) => !n.startsWith('.') && !n.endsWith('.zip'));
      if (bundles.length < 12 || entries.some((n) => n.startsWith('.'))) interrupted++;
      for (const entry of entries.filter((n) => !n.startsWith('.'))) {
        if (entry.endsWith('.zip')) {
          expect(() => unzipSync(readFileSync(join(out, entry))), `${entry} after a kill at ${delay} ms`).not.toThrow();
          continue;
        }
        const report = await verifyBundle(join(out, entry), { publicKey: await pub() });
        expect(report.problems, `${entry} after a kill at ${delay} ms`).toEqual([]);
      }
    }
    // The kills must really have cut runs short, or this test proves nothing.
    expect(interrupted).toBeGreaterThan(0);
    // The next run cleans what the killed ones left and completes.
    const r = spawnSync('node', bundleArgs({ paths: [src], out, key: join(keyDir, 'cica.key'), jobs: 2, zip: true }), { encoding: 'utf8' });
    expect(r.status, r.stderr).toBe(0);
    expect(readdirSync(out).filter((n) => n.startsWith('.'))).toEqual([]);
    expect(readdirSync(out).filter((n) => statSync(join(out, n)).isDirectory())).toHaveLength(12);
  }, 120_000);

  it('runs under node with process-wide V8 flags, which a worker refuses when they are passed to it again', () => {
    const src = manyAgreements(3);
    const out = tempDir();
    const flags = ['--single-threaded-gc', '--max-semi-space-size=32', '--input-type=module'];
    const r = spawnSync('node', [...flags, '-e', `process.argv.splice(1, 0, 'x'); await import(${JSON.stringify(SCRIPT)});`, '--', JSON.stringify({ paths: [src], out, jobs: 2, json: true })], { encoding: 'utf8' });
    expect(r.status, r.stderr).toBe(0);
    expect(JSON.parse(r.stdout).results.map((x: { ok: boolean }) => x.ok)).toEqual([true, true, true]);
  });

  it('gives byte-identical bundles, zips and signatures across runs with other TZ and working directory', () => {
    const src = sampleAgreements();
    const outs = [tempDir(), tempDir()];
    const runs: [string, string][] = [['UTC', ROOT], ['Pacific/Kiritimati', src]];
    runs.forEach(([tz, cwd], i) => {
      const paths = [relative(cwd, join(src, 'memo.yaml')) || 'memo.yaml', join(src, 'note.yaml'), join(src, 'protocol.yaml')];
      const r = spawnSync('node', bundleArgs({ paths, out: outs[i], key: join(keyDir, 'cica.key'), jobs: i + 1, zip: true }), {
        cwd, env: { ...process.env, TZ: tz }, encoding: 'utf8',
      });
      expect(r.status, r.stderr).toBe(0);
    });
    const [a, b] = outs.map((o) => tree(o!));
    expect([...a!.keys()].sort()).toEqual([...b!.keys()].sort());
    expect([...a!.keys()]).toContain('protocol.zip');
    for (const [path, bytes] of a!) expect(bytes.equals(b!.get(path)!), path).toBe(true);
  });
});

describe('cleaning up after a kill', () => {
  it('puts back an old bundle whose replacement never arrived, and removes a dead run\'s staging', async () => {
    const dead = spawnSync('node', ['-e', 'process.pid']).pid!;
    const out = tempDir();
    mkdirSync(join(out, `.old-memo-${dead}-0`, 'data'), { recursive: true });
    mkdirSync(join(out, `.tmp-memo-${dead}-0`, 'data'), { recursive: true });
    writeFileSync(join(out, `.tmp-note-${dead}-1.zip`), 'partial');
    mkdirSync(join(out, `.tmp-live-${process.pid}-0`));
    expect((await cleanStale(out)).sort()).toEqual([`.old-memo-${dead}-0`, `.tmp-memo-${dead}-0`, `.tmp-note-${dead}-1.zip`]);
    expect(readdirSync(out).sort()).toEqual([`.tmp-live-${process.pid}-0`, 'memo']);
  });
});
