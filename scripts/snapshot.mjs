// Builds the V8 startup snapshot `cica draft` starts from (issue 13 §2): node --build-snapshot runs
// dist/cli/snapshot.bundle.cjs (src/cli/snapshot.ts), which drafts the memorandum once, and writes the heap to
// .cache/snapshot/cica.blob; .cache/snapshot/cica.json (the stamp) says which node, flags, folder and files it was
// made from, and src/cli/start.ts starts from it only when all of them still hold. Then the snapshot is checked: the
// memorandum and the note verbale (with its enclosure) drafted from it must give the same bytes as drafted without
// it, or no stamp is written and draft starts as before. Run by `npm run build` after bundle-cli.mjs; without
// the snapshot bundle (no esbuild) or on a node that cannot build snapshots it writes nothing.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import v8 from 'node:v8';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const DIR = join(ROOT, 'dist/cli');
const OUT = join(ROOT, '.cache/snapshot');
const BUNDLE = join(DIR, 'snapshot.bundle.cjs');
const BLOB = join(OUT, 'cica.blob');
const STAMP = join(OUT, 'cica.json');
const SAMPLE = join(ROOT, 'agreements/csto-cica-memorandum.yaml');
const CHECKED = [SAMPLE, join(ROOT, 'agreements/note-18-4-58emb.yaml')];
/** The V8 flags the snapshot is built and started with (V8 rejects a blob under other flags). --no-opt: no TurboFan
 *  for the first second (src/cli/snapshot.ts turns it on then). A draft of one agreement is over before optimised
 *  code pays for its compiling: measured on the memorandum, CPU 0.59 s against 0.98 s with TurboFan from the start
 *  (median of 5, interleaved), wall 1.24 s against 2.04 s on the loaded 2-core machine. */
const FLAGS = ['--no-opt'];

rmSync(OUT, { recursive: true, force: true });
const skip = (why) => {
  console.log(`snapshot: ${why}; cica draft starts without a snapshot`);
  process.exit(0);
};
if (!existsSync(BUNDLE)) skip('no dist/cli/snapshot.bundle.cjs (esbuild missing?)');
if (!v8.startupSnapshot) skip(`node ${process.version} cannot build startup snapshots`);

mkdirSync(OUT, { recursive: true });
const work = mkdtempSync(join(tmpdir(), 'cica-snapshot-build-'));
try {
  const reads = join(work, 'reads.json');
  const tmpBlob = join(OUT, `cica.blob.${process.pid}.tmp`);
  const built = spawnSync(process.execPath, [...FLAGS, '--snapshot-blob', tmpBlob, '--build-snapshot', BUNDLE], {
    cwd: ROOT,
    encoding: 'utf8',
    // A fixed environment: the warm-up drafts as any draft would, whatever the shell building it has set.
    env: { PATH: process.env.PATH ?? '', CICA_SNAPSHOT_SAMPLE: SAMPLE, CICA_SNAPSHOT_READS: reads, NO_COLOR: '1' },
  });
  if (built.status !== 0 || !existsSync(tmpBlob)) {
    rmSync(tmpBlob, { force: true });
    skip(`building it failed (exit ${built.status ?? built.signal}):\n${built.stderr.split('\n').filter((l) => l && !/Warning|may still work|issue tracker|trace-warnings/.test(l)).slice(0, 20).join('\n')}`);
  }
  renameSync(tmpBlob, BLOB);

  // The files the warm-up read, in the package (the sample and temporary files are not inputs of the heap).
  const inPackage = (p) => p.startsWith(ROOT + sep) && !p.startsWith(join(ROOT, 'agreements') + sep);
  const files = [...new Set(JSON.parse(readFileSync(reads, 'utf8')).map((p) => resolve(ROOT, p)))]
    .filter((p) => inPackage(p) && existsSync(p))
    .sort()
    .map((p) => ({ file: relative(DIR, p).split(sep).join('/'), size: statSync(p).size }));

  // The check: the same bytes with and without the snapshot.
  const draft = (file, out, env) => spawnSync(process.execPath, env.flags, { cwd: ROOT, encoding: 'utf8', env: { ...process.env, ...env.vars, SOURCE_DATE_EPOCH: '1600000000' } });
  const outputs = (dir) => Object.fromEntries(readdirSync(dir).sort().map((f) => [f, readFileSync(join(dir, f)).toString('base64')]));
  for (const file of CHECKED) {
    const plain = join(work, 'plain');
    const snap = join(work, 'snap');
    const a = draft(file, plain, { flags: [join(ROOT, 'bin/cica'), 'draft', file, '--out', plain, '--quiet'], vars: { CICA_NO_SNAPSHOT: '1' } });
    const b = draft(file, snap, { flags: [...FLAGS, '--snapshot-blob', BLOB, '--', 'draft', file, '--out', snap, '--quiet'], vars: {} });
    if (a.status !== 0 || b.status !== 0) skip(`the check draft of ${relative(ROOT, file)} failed (exit ${a.status}, ${b.status}): ${a.stderr}${b.stderr}`);
    const [x, y] = [outputs(plain), outputs(snap)];
    const differ = Object.keys({ ...x, ...y }).filter((f) => x[f] !== y[f]);
    if (differ.length) {
      rmSync(OUT, { recursive: true, force: true });
      skip(`drafted from the snapshot, ${differ.join(', ')} differ from a draft without it (a bug: please report it)`);
    }
    rmSync(plain, { recursive: true, force: true });
    rmSync(snap, { recursive: true, force: true });
  }

  const blob = statSync(BLOB);
  const stamp = {
    node: process.version,
    execPath: process.execPath,
    arch: process.arch,
    flags: FLAGS,
    root: ROOT,
    blob: { size: blob.size, mtimeMs: blob.mtimeMs, ctimeMs: blob.ctimeMs, ino: blob.ino },
    files,
  };
  writeFileSync(STAMP, JSON.stringify(stamp, null, 1) + '\n');
  console.log(`snapshot: .cache/snapshot/cica.blob (${(blob.size / 2 ** 20).toFixed(1)} MiB, ${files.length} data files); ${CHECKED.length} samples drafted from it byte for byte as without it`);
} finally {
  rmSync(work, { recursive: true, force: true });
}
