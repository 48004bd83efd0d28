// `cica bundle --shard K/N` (issue 13 §3): the slices are stable (an agreement's slice depends on its bundle name
// alone), disjoint, and together they give exactly the bytes of one unsharded run.
import { spawn } from 'node:child_process';
import { cpSync, existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MAX_SHARDS, parseShard, selectShard, shardOf } from '../../src/bundle/shard.js';
import { projectAgreements, ROOT, tempDir } from './helpers.js';

const CLI = join(ROOT, 'bin/cica');
const BUILT = existsSync(join(ROOT, 'dist/draft.js')) && existsSync(join(ROOT, 'dist/bundle/worker.js'));
if (!BUILT) console.warn('skipping the shard CLI tests: dist/ is not built (run `npx tsc -p .` or `npm test`)');

describe('--shard K/N', () => {
  it('accepts 1 <= K <= N <= 10000 and refuses the rest', () => {
    expect(parseShard('2/4')).toEqual({ index: 2, count: 4 });
    expect(parseShard('1/1')).toEqual({ index: 1, count: 1 });
    expect(parseShard(`${MAX_SHARDS}/${MAX_SHARDS}`)).toEqual({ index: MAX_SHARDS, count: MAX_SHARDS });
    for (const bad of ['0/4', '5/4', '1/0', '1/10001', '-1/4', '1.5/4', '2', '2/4/8', 'a/b', '', ' / ']) {
      expect(typeof parseShard(bad), bad).toBe('string');
    }
  });

  it('puts each agreement in one slice, by its bundle name alone', () => {
    const names = Array.from({ length: 500 }, (_, i) => `agreement-${i}.yaml`);
    for (const n of [1, 2, 3, 7, 64]) {
      const slices = Array.from({ length: n }, (_, k) => selectShard(names, { index: k + 1, count: n }));
      expect(slices.flat().sort()).toEqual([...names].sort());
      expect(new Set(slices.flat()).size).toBe(names.length);
      if (n > 1) expect(slices.every((s) => s.length > 0), `every one of ${n} slices gets some of 500`).toBe(true);
    }
    // Neither the folder nor the other inputs, their number or their order, moves an agreement.
    expect(shardOf('a/b/memo.yaml', 4)).toBe(shardOf('memo.yaml', 4));
    expect(shardOf('memo.YML', 4)).toBe(shardOf('Memo.yaml', 4));
    const before = selectShard(names, { index: 2, count: 4 });
    const after = selectShard(['new-one.yaml', ...[...names].reverse()], { index: 2, count: 4 });
    expect(after.filter((f) => f !== 'new-one.yaml').sort()).toEqual([...before].sort());
  });
});

function tree(dir: string, rel = ''): string[] {
  return readdirSync(join(dir, rel), { withFileTypes: true })
    .flatMap((e) => (e.isDirectory() ? tree(dir, join(rel, e.name)) : [join(rel, e.name)])).sort();
}

/** The built CLI, asynchronously: a long synchronous spawn would block vitest's worker past its RPC timeout. */
function cica(args: string[]): Promise<{ status: number | null; stdout: string; stderr: string }> {
  return new Promise((done) => {
    const child = spawn('node', [CLI, ...args]);
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString('utf8')));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString('utf8')));
    child.on('close', (status) => done({ status, stdout, stderr }));
  });
}

describe.skipIf(!BUILT)('cica bundle --shard with the real renderer', () => {
  it('gives, over N = 3 and N = 1 shards, the bytes of one unsharded run, no agreement twice', async () => {
    const src = projectAgreements();
    const whole = tempDir();
    const r = await cica(['bundle', src, '--out', whole, '--zip', '--jobs', '2']);
    expect(r.status, r.stderr).toBe(0);
    const expected = tree(whole);
    const bundles = readdirSync(whole).filter((n) => !n.endsWith('.zip')).sort();
    expect(bundles).toHaveLength(readdirSync(src).length);
    for (const n of [3, 1]) {
      const merged = tempDir();
      const seen: string[] = [];
      for (let k = 1; k <= n; k++) {
        const out = tempDir();
        const s = await cica(['bundle', src, '--out', out, '--zip', '--jobs', '2', '--shard', `${k}/${n}`, '--json']);
        expect(s.status, s.stderr).toBe(0);
        const summary = JSON.parse(s.stdout) as { shard: { index: number; count: number; of: number }; results: { name: string }[] };
        expect(summary.shard).toMatchObject({ index: k, count: n, of: bundles.length });
        seen.push(...summary.results.map((x) => x.name));
        cpSync(out, merged, { recursive: true }); // an artifact download: each shard's folder into one
      }
      expect(seen.sort(), `N=${n}: every agreement once`).toEqual(bundles);
      expect(tree(merged)).toEqual(expected);
      for (const f of expected) expect(readFileSync(join(merged, f)).equals(readFileSync(join(whole, f))), `N=${n}: ${f}`).toBe(true);
      const v = await cica(['verify', merged]);
      expect(v.status, v.stdout + v.stderr).toBe(0);
    }
  }, 600_000);

  it('exits 0 and says so when its slice is empty; exits 2 on a bad --shard', async () => {
    const src = tempDir('cica-one-');
    cpSync(join(ROOT, 'agreements/csto-cica-memorandum.yaml'), join(src, 'csto-cica-memorandum.yaml'));
    const other = shardOf('csto-cica-memorandum.yaml', 2) === 1 ? 2 : 1;
    const out = tempDir();
    const r = await cica(['bundle', src, '--out', out, '--shard', `${other}/2`]);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stderr).toMatch(/nothing to do/);
    expect(readdirSync(out)).toEqual([]);
    for (const bad of ['0/2', '3/2', '1/10001', 'half']) {
      const b = await cica(['bundle', src, '--out', out, '--shard', bad]);
      expect(b.status, bad).toBe(2);
      expect(b.stderr).toMatch(/--shard must be K\/N/);
    }
    writeFileSync(join(out, '.keep'), ''); // nothing was written by the refused runs either
    expect(readdirSync(out)).toEqual(['.keep']);
  }, 120_000);
});
