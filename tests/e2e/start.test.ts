// The CLI's start (src/cli/start.ts): the bundled script with its V8 code cache answers every invocation exactly as
// the ES modules in dist/ do (and `cica draft` from its own bundle writes the same bytes), and a bundle older than
// the files it was made from is never run (issue 13 §2).
import { cpSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, symlinkSync, utimesSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, run, tempDir } from './tools.js';

const BUNDLED = existsSync(join(ROOT, 'dist/cli/main.bundle.cjs'));
if (!BUNDLED) console.warn('[skip] dist/cli/main.bundle.cjs is absent (esbuild missing at `npm run build`): the start tests are skipped');

/** The CLI started from the ES modules alone, as before the bundle. */
const esm = (args: string[], cwd = ROOT) =>
  run(process.execPath, ['--input-type=module', '-e', `const m = await import(${JSON.stringify(join(ROOT, 'dist/cli/main.js'))}); process.exitCode = await m.main(process.argv);`, 'cica', ...args], { cwd });
const bin = (pkg: string, args: string[]) => run(process.execPath, [join(pkg, 'bin/cica'), ...args]);

const CASES: string[][] = [
  ['validate', 'agreements/csto-cica-memorandum.yaml'],
  ['validate', 'tests/broken/cases/abbr-in-one-language.yaml', 'agreements/note-18-4-58emb.yaml'],
  ['validate', '--json', 'tests/broken/cases/abbreviation-did-you-mean.yaml'],
  ['validate', 'no-such-file.yaml'],
  ['validate'],
  ['validate', '--help'],
  ['--help'],
  ['--version'],
  [],
  ['no-such-command'],
  ['draft', '--layout', 'xx', 'agreements/csto-cica-memorandum.yaml', '--out', join(tempDir('start'), 'out')],
  ['schema'],
  ['draft', 'tests/broken/cases/abbr-in-one-language.yaml', '--out', join(tempDir('start'), 'out')],
];

/** A copy of the package (dist, bin, package.json; the rest linked) whose files a test may touch. */
function copyPackage(): string {
  const pkg = tempDir('start-pkg');
  for (const d of ['dist', 'bin']) cpSync(join(ROOT, d), join(pkg, d), { recursive: true, preserveTimestamps: true });
  cpSync(join(ROOT, 'package.json'), join(pkg, 'package.json'), { preserveTimestamps: true });
  for (const d of ['node_modules', 'templates', 'schema', 'assets', 'agreements']) if (existsSync(join(ROOT, d))) symlinkSync(join(ROOT, d), join(pkg, d));
  return pkg;
}
const caches = (pkg: string) => (existsSync(join(pkg, '.cache/v8')) ? readdirSync(join(pkg, '.cache/v8')).filter((f) => f.endsWith('.cache')) : []);

describe.skipIf(!BUNDLED)('the bundled start', () => {
  it.each(CASES.map((args) => [args.join(' ') || '(no arguments)', args] as const))('%s: the same stdout, stderr and exit code as the ES modules', (_name, args) => {
    const a = bin(ROOT, args);
    const b = esm(args);
    expect({ status: a.status, stdout: a.stdout, stderr: a.stderr }).toEqual({ status: b.status, stdout: b.stdout, stderr: b.stderr });
  });

  it('cica draft from its bundle writes the same files, byte for byte, and prints the same', () => {
    expect(existsSync(join(ROOT, 'dist/cli/draft.bundle.cjs'))).toBe(true);
    const dirs = [tempDir('start-a'), tempDir('start-b')];
    try {
      const args = (out: string) => ['draft', 'agreements/note-18-4-58emb.yaml', 'agreements/csto-cica-memorandum.yaml', '--out', out];
      const a = bin(ROOT, args(dirs[0]!));
      const b = esm(args(dirs[1]!));
      expect(a.status).toBe(0);
      expect({ status: a.status, stdout: a.stdout.replaceAll(dirs[0]!, 'OUT'), stderr: a.stderr }).toEqual({ status: b.status, stdout: b.stdout.replaceAll(dirs[1]!, 'OUT'), stderr: b.stderr });
      const files = readdirSync(dirs[0]!).sort();
      expect(files).toEqual(readdirSync(dirs[1]!).sort());
      expect(files.length).toBeGreaterThanOrEqual(12);
      for (const f of files) expect(readFileSync(join(dirs[0]!, f)).equals(readFileSync(join(dirs[1]!, f))), f).toBe(true);
    } finally {
      for (const d of dirs) rmSync(d, { recursive: true, force: true });
    }
  });

  it('runs the bundle and writes its code cache when there is none; a stale bundle is not run', () => {
    const pkg = copyPackage();
    try {
      const args = ['validate', join(ROOT, 'agreements/csto-cica-memorandum.yaml')];
      rmSync(join(pkg, '.cache'), { recursive: true, force: true });
      expect(bin(pkg, args).status).toBe(0);
      expect(caches(pkg)).toHaveLength(1);
      expect(bin(pkg, args).stdout).toBe(bin(ROOT, args).stdout); // with the cache
      // A file of the bundle rebuilt since (as by `tsc` without `npm run build`): the ES modules answer, no cache is made.
      rmSync(join(pkg, '.cache'), { recursive: true, force: true });
      const later = new Date(Date.now() + 5000);
      utimesSync(join(pkg, 'dist/model/check.js'), later, later);
      const stale = bin(pkg, args);
      expect(stale.status).toBe(0);
      expect(stale.stdout).toBe(bin(ROOT, args).stdout);
      expect(caches(pkg)).toEqual([]);
    } finally {
      rmSync(pkg, { recursive: true, force: true });
    }
  });

  it('a code cache that does not fit (another node, a damaged file) is rejected by V8 and replaced', () => {
    const pkg = copyPackage();
    try {
      const args = ['validate', join(ROOT, 'agreements/csto-cica-memorandum.yaml')];
      rmSync(join(pkg, '.cache'), { recursive: true, force: true });
      bin(pkg, args);
      const [name] = caches(pkg);
      const file = join(pkg, '.cache/v8', name!);
      mkdirSync(join(pkg, '.cache/v8'), { recursive: true });
      cpSync(join(ROOT, 'package.json'), file); // not a code cache at all
      const r = bin(pkg, args);
      expect({ status: r.status, stderr: r.stderr }).toEqual({ status: 0, stderr: '' });
      expect(r.stdout).toBe(bin(ROOT, args).stdout);
      expect(readFileSync(file)).not.toEqual(readFileSync(join(ROOT, 'package.json'))); // written again
    } finally {
      rmSync(pkg, { recursive: true, force: true });
    }
  });
});
