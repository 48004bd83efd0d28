// `npm run bench` section: cica diff of two versions of the largest sample (tests/fixtures/diff, the ECO-CIS
// memorandum: an inserted article, a deleted paragraph, a moved article, changes in one and in both languages).
// Cold CLI (six redlines) interleaved with its peer, `git diff --no-index --word-diff` of the same two YAML files (a
// plain-text comparison in one pass: no alignment by unit, no documents), and in-process (warm) for the compare alone.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';

const stats = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return { median: s[Math.floor(s.length / 2)], min: s[0], max: s[s.length - 1] };
};
const f = (x) => `${x.toFixed(1)} ms`;
const show = (s) => `median ${f(s.median)} (min ${f(s.min)}, max ${f(s.max)})`;

export async function benchDiff(root, runs = 5) {
  const before = join(root, 'tests/fixtures/diff/eco-cis-round-1.yaml');
  const after = join(root, 'tests/fixtures/diff/eco-cis-round-2.yaml');
  const tmp = mkdtempSync(join(tmpdir(), 'cica-bench-diff-'));
  const timed = (cmd, args) => {
    const t = performance.now();
    const r = spawnSync(cmd, args, { encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
    const ms = performance.now() - t;
    if (r.status !== 0 && !(cmd === 'git' && r.status === 1)) throw new Error(`${cmd} failed: ${r.stderr}`);
    return ms;
  };
  const cold = [];
  const peer = [];
  const hasGit = spawnSync('sh', ['-c', 'command -v git']).status === 0;
  for (let i = 0; i < runs; i++) {
    cold.push(timed(process.execPath, [join(root, 'bin/cica'), 'diff', before, after, '--out', join(tmp, `o${i}`)]));
    if (hasGit) peer.push(timed('git', ['diff', '--no-index', '--word-diff', '--no-color', before, after]));
  }
  const { compareVersions, openVersion } = await import(join(root, 'dist/diff/index.js'));
  const { loadTemplates } = await import(join(root, 'dist/draft.js'));
  const templates = (await loadTemplates()).value;
  const options = { layouts: ['en', 'ru', 'parallel'], formats: ['docx', 'pdf'], order: ['en', 'ru'], pageSize: 'A4', templates, creator: 'cica bench', author: 'cica' };
  const a = await openVersion(before);
  const b = await openVersion(after);
  for (let i = 0; i < 3; i++) await compareVersions(a, b, options);
  const warm = [];
  const warmTrees = [];
  for (let i = 0; i < runs * 2; i++) {
    let t = performance.now();
    await compareVersions(a, b, options);
    warm.push(performance.now() - t);
    t = performance.now();
    await compareVersions(a, b, { ...options, formats: [] });
    warmTrees.push(performance.now() - t);
  }
  rmSync(tmp, { recursive: true, force: true });
  return { cold: stats(cold), peer: hasGit ? stats(peer) : undefined, warm: stats(warm), warmTrees: stats(warmTrees) };
}

export function describeDiff(r) {
  const lines = [`cica diff, cold CLI, 6 redlines (en, ru, parallel x DOCX, PDF): ${show(r.cold)}`];
  if (r.peer) lines.push(`git diff --word-diff of the two YAML files (peer, interleaved):  ${show(r.peer)}   ratio ${(r.cold.median / r.peer.median).toFixed(1)}x`);
  else lines.push('(git is absent: the peer was skipped)');
  lines.push(`in-process, warm: load, align, redline and write all 6:          ${show(r.warm)}`);
  lines.push(`in-process, warm: load, align and redline the trees (no writers): ${show(r.warmTrees)}`);
  return lines.join('\n');
}
