// `cica draft` from the V8 startup snapshot (scripts/snapshot.mjs, src/cli/start.ts, src/cli/snapshot.ts): the same
// bytes, output and exit code as without it; a snapshot that does not fit (another node, other flags, a changed or
// damaged blob, a changed input, node options of the caller) is never used, or, when node rejects it, the command runs
// without it, printing the same; a signal to cica reaches the drafting process (issue 13 §2).
import { execSync, spawn } from 'node:child_process';
import { cpSync, existsSync, readFileSync, readdirSync, rmSync, statSync, symlinkSync, truncateSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, tempDir } from './tools.js';

const STAMP = join(ROOT, '.cache/snapshot/cica.json');
const BUILT = existsSync(STAMP);
if (!BUILT) console.warn('[skip] .cache/snapshot/cica.json is absent (`npm run build` made no snapshot): the snapshot tests are skipped');

const MEMO = join(ROOT, 'agreements/csto-cica-memorandum.yaml');
const NOTE = join(ROOT, 'agreements/note-18-4-58emb.yaml');

interface Ran {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** The CLI run without blocking the test's worker (a busy machine makes a draft take seconds). */
function runAsync(args: string[], env: NodeJS.ProcessEnv, input?: string): Promise<Ran> {
  return new Promise((done, failed) => {
    const child = spawn(process.execPath, args, { cwd: ROOT, env: { ...process.env, NO_COLOR: '1', ...env } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => { stdout += d.toString(); });
    child.stderr.on('data', (d: Buffer) => { stderr += d.toString(); });
    child.on('error', failed);
    child.on('close', (status) => done({ status, stdout, stderr }));
    child.stdin.end(input ?? '');
  });
}

const bin = (pkg: string, args: string[], env: NodeJS.ProcessEnv = {}, input?: string) =>
  runAsync([join(pkg, 'bin/cica'), ...args], { CICA_TRACE_START: '1', SOURCE_DATE_EPOCH: '1600000000', ...env }, input);

/** The start's own lines (CICA_TRACE_START), and stderr without them. */
const traced = (stderr: string) => stderr.split('\n').filter((l) => l.startsWith('cica start: ')).map((l) => l.slice('cica start: '.length));
const untraced = (stderr: string) => stderr.split('\n').filter((l) => !l.startsWith('cica start: ')).join('\n');

function files(dir: string): Record<string, string> {
  return Object.fromEntries(readdirSync(dir).sort().map((f) => [f, readFileSync(join(dir, f)).toString('base64')]));
}

/** A copy of the package with its own snapshot stamp and blob (the blob copied, so a test may damage it), its
 *  stamp naming the copy: the heap's paths are the package's, which are still there. */
function copyPackage(): string {
  const pkg = tempDir('snap-pkg');
  for (const d of ['dist', 'bin']) cpSync(join(ROOT, d), join(pkg, d), { recursive: true, preserveTimestamps: true });
  cpSync(join(ROOT, 'package.json'), join(pkg, 'package.json'), { preserveTimestamps: true });
  for (const d of ['node_modules', 'templates', 'schema', 'assets', 'agreements']) symlinkSync(join(ROOT, d), join(pkg, d));
  cpSync(join(ROOT, '.cache'), join(pkg, '.cache'), { recursive: true, preserveTimestamps: true });
  restamp(pkg, {});
  return pkg;
}

/** Rewrites the copy's stamp: its folder, its blob as it now is, and `change`. */
function restamp(pkg: string, change: Record<string, unknown>): void {
  const file = join(pkg, '.cache/snapshot/cica.json');
  const stamp = JSON.parse(readFileSync(file, 'utf8'));
  const { size, mtimeMs, ctimeMs, ino } = statSync(join(pkg, '.cache/snapshot/cica.blob'));
  writeFileSync(file, JSON.stringify({ ...stamp, root: pkg, blob: { size, mtimeMs, ctimeMs, ino }, ...change }));
}

describe.skipIf(!BUILT)('cica draft from the startup snapshot', () => {
  it('writes the same files, byte for byte, prints the same and exits the same as a start without it', async () => {
    const dirs = [tempDir('snap-a'), tempDir('snap-b')];
    try {
      const args = (out: string) => ['draft', NOTE, MEMO, '--out', out];
      const a = await bin(ROOT, args(dirs[0]!));
      const b = await bin(ROOT, args(dirs[1]!), { CICA_NO_SNAPSHOT: '1' });
      expect(traced(a.stderr)).toEqual(['ran from the snapshot']);
      expect(traced(b.stderr)).toEqual(['no snapshot: CICA_NO_SNAPSHOT is set']);
      expect({ status: a.status, stdout: a.stdout.replaceAll(dirs[0]!, 'OUT'), stderr: untraced(a.stderr) })
        .toEqual({ status: 0, stdout: b.stdout.replaceAll(dirs[1]!, 'OUT'), stderr: untraced(b.stderr) });
      const x = files(dirs[0]!);
      expect(Object.keys(x).length).toBeGreaterThanOrEqual(12);
      expect(x).toEqual(files(dirs[1]!));
    } finally {
      for (const d of dirs) rmSync(d, { recursive: true, force: true });
    }
  });

  it.each([
    ['a file with errors', ['draft', join(ROOT, 'tests/broken/cases/abbr-in-one-language.yaml')]],
    ['a usage error', ['draft', '--layout', 'xx', MEMO]],
    ['--help', ['draft', '--help']],
    ['a missing file', ['draft', 'no-such-file.yaml']],
  ])('%s: the same stdout, stderr and exit code', async (_name, args) => {
    const out = tempDir('snap-err');
    try {
      const a = await bin(ROOT, [...args, '--out', out]);
      const b = await bin(ROOT, [...args, '--out', out], { CICA_NO_SNAPSHOT: '1' });
      expect(traced(a.stderr)).toEqual(['ran from the snapshot']);
      expect({ status: a.status, stdout: a.stdout, stderr: untraced(a.stderr) }).toEqual({ status: b.status, stdout: b.stdout, stderr: untraced(b.stderr) });
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  });

  it('reads an agreement from standard input (-) as without it', async () => {
    const dirs = [tempDir('snap-in-a'), tempDir('snap-in-b')];
    try {
      const input = readFileSync(MEMO, 'utf8');
      const go = (out: string, env: NodeJS.ProcessEnv) => bin(ROOT, ['draft', '-', '--name', 'memo', '--out', out], env, input);
      const a = await go(dirs[0]!, {});
      expect(traced(a.stderr)).toEqual(['ran from the snapshot']);
      expect(a.status).toBe(0);
      await go(dirs[1]!, { CICA_NO_SNAPSHOT: '1' });
      expect(files(dirs[0]!)).toEqual(files(dirs[1]!));
    } finally {
      for (const d of dirs) rmSync(d, { recursive: true, force: true });
    }
  });

  it('is not used under node options of the caller (they would not fit the blob)', async () => {
    const out = tempDir('snap-opt');
    try {
      const a = await bin(ROOT, ['draft', MEMO, '--out', out, '--quiet'], { NODE_OPTIONS: '--max-old-space-size=2000' });
      expect({ status: a.status, trace: traced(a.stderr) }).toEqual({ status: 0, trace: ['no snapshot: node runs with options of its own'] });
      expect(readdirSync(out)).toHaveLength(6);
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  });

  describe('a snapshot that does not fit', () => {
    /** Drafts the memorandum in the copy: exit 0, the same files as the package's own draft without a snapshot. */
    let reference: Record<string, string> | undefined;
    async function draftsRight(pkg: string): Promise<string[]> {
      const [mine, ref] = [tempDir('snap-fb'), tempDir('snap-ref')];
      try {
        const a = await bin(pkg, ['draft', MEMO, '--out', mine, '--quiet']);
        expect(a.status, a.stderr).toBe(0);
        if (!reference) {
          await bin(ROOT, ['draft', MEMO, '--out', ref, '--quiet'], { CICA_NO_SNAPSHOT: '1' });
          reference = files(ref);
        }
        expect(files(mine)).toEqual(reference);
        return traced(a.stderr);
      } finally {
        rmSync(mine, { recursive: true, force: true });
        rmSync(ref, { recursive: true, force: true });
      }
    }

    it('the copy, restamped, starts from it (the cases below change one thing each)', async () => {
      const pkg = copyPackage();
      try {
        expect(await draftsRight(pkg)).toEqual(['ran from the snapshot']);
      } finally {
        rmSync(pkg, { recursive: true, force: true });
      }
    });

    it.each([
      ['made by another node version', (pkg: string) => restamp(pkg, { node: 'v0.0.1' }), 'no snapshot: it was made by another node'],
      ['made by another node binary', (pkg: string) => restamp(pkg, { execPath: '/opt/other/node' }), 'no snapshot: it was made by another node'],
      ['made in another folder', (pkg: string) => restamp(pkg, { root: ROOT }), 'no snapshot: it was made in another folder'],
      ['a blob damaged in place', (pkg: string) => {
        const blob = join(pkg, '.cache/snapshot/cica.blob');
        const { mtime, atime } = statSync(blob);
        const bytes = readFileSync(blob);
        bytes.fill(0x5a, 1_000_000, 1_000_064);
        writeFileSync(blob, bytes);
        utimesSync(blob, atime, mtime); // even with its old time
      }, 'no snapshot: the blob changed since it was made'],
      ['an input changed since', (pkg: string) => {
        const later = new Date(Date.now() + 5000);
        utimesSync(join(pkg, 'dist/layout/font-tables.json'), later, later);
      }, 'no snapshot: a file it was made from changed since'],
      ['a module rebuilt since', (pkg: string) => {
        const later = new Date(Date.now() + 5000);
        utimesSync(join(pkg, 'dist/writers/docx/index.js'), later, later);
      }, 'no snapshot: a file it was made from changed since'],
    ])('%s: never used', async (_name, spoil, why) => {
      const pkg = copyPackage();
      try {
        spoil(pkg);
        expect(await draftsRight(pkg)).toEqual([why]);
      } finally {
        rmSync(pkg, { recursive: true, force: true });
      }
    });

    it.each([
      // The stamp says what is not so: node rejects the blob (a cut file; other V8 flags) and cica runs without it.
      ['a blob cut short', (pkg: string) => {
        truncateSync(join(pkg, '.cache/snapshot/cica.blob'), 1_000_000);
        restamp(pkg, {});
      }],
      ['flags that do not fit the blob', (pkg: string) => restamp(pkg, { flags: ['--no-opt', '--max-old-space-size=300'] })],
    ])('%s: node rejects it, the command runs without it and the stamp is dropped', async (_name, spoil) => {
      const pkg = copyPackage();
      try {
        spoil(pkg);
        const trace = await draftsRight(pkg);
        expect(trace).toHaveLength(1);
        expect(trace[0]).toMatch(/^the snapshot did not start \(exit .+\): running without it$/);
        expect(existsSync(join(pkg, '.cache/snapshot/cica.json'))).toBe(false);
        expect(await draftsRight(pkg)).toEqual(['no snapshot: the build made none']);
      } finally {
        rmSync(pkg, { recursive: true, force: true });
      }
    });
  });

  it('SIGTERM to cica ends the drafting process too, and cica ends by it', async () => {
    // A draft of standard input that never ends: the drafting process waits for the rest of the input.
    const child = spawn(process.execPath, [join(ROOT, 'bin/cica'), 'draft', '-', '--out', tempDir('snap-sig')], {
      stdio: ['pipe', 'pipe', 'pipe'],
      env: { ...process.env, CICA_TRACE_START: '1' },
    });
    child.stdin.write('title: a draft being typed\n');
    // Wait for the drafting process to be there (a node with --snapshot-blob whose parent is cica).
    const drafting = (): string => {
      try {
        return execSync(`pgrep -P ${child.pid} -f snapshot-blob`, { encoding: 'utf8' }).trim();
      } catch {
        return '';
      }
    };
    const started = Date.now();
    while (!drafting() && Date.now() - started < 30_000) await new Promise((r) => setTimeout(r, 50));
    const pid = drafting();
    expect(pid).toMatch(/^\d+$/);
    const ended = new Promise<[number | null, NodeJS.Signals | null]>((done) => child.on('close', (c, s) => done([c, s])));
    child.kill('SIGTERM');
    expect(await ended).toEqual([null, 'SIGTERM']);
    let alive = true;
    try {
      process.kill(Number(pid), 0);
    } catch {
      alive = false;
    }
    expect(alive).toBe(false);
  }, 60_000);
});
