// Starts the CLI. `cica draft` runs from the V8 startup snapshot when the build made one that fits (fromSnapshot
// below); every command else, and draft without a snapshot, from dist/cli/main.bundle.cjs with a V8 code cache when the build made one and it is current, else
// from the ES modules in dist/ (issue 13 §2: node 20 has no module compile cache; one script and its cache save the
// loading of ~170 module files on a cold `cica validate`). `cica draft` finds its own bundle the same way
// (draft.bundle.cjs). The cache is V8's own: a node binary it does not fit rejects it, and the start compiles as
// usual and writes a new one.
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import vm from 'node:vm';

type Main = (argv: string[]) => Promise<number>;

const DIR = dirname(fileURLToPath(import.meta.url));
const CACHE = join(DIR, '../../.cache/v8');

interface Manifest {
  /** The bundle file's size and time when made ("557000-1764635000000"), naming its code cache. */
  bundle: string;
  /** The bundle's inputs (dist/ files, and each package's package.json for the packages inside), from dist/cli. */
  files: { file: string; size: number }[];
}

/** Every file bundled has the size it had and is no newer than the bundle (a later `tsc` alone leaves the bundle
 *  behind). Times are compared with the bundle's own, not recorded ones: npm sets every file of a package it installs
 *  to one time. Paths are joined by hand: path.join of some 80 paths is a measurable part of a cold start. */
function current(bundle: string, manifest: Pick<Manifest, 'files'>, made = statSync(bundle).mtimeMs): boolean {
  return manifest.files.every(({ file, size }) => {
    const s = statSync(DIR + sep + file, { throwIfNoEntry: false });
    return s !== undefined && s.size === size && s.mtimeMs <= made;
  });
}

function writeCache(file: string, data: Buffer): void {
  try {
    mkdirSync(CACHE, { recursive: true });
    const tmp = `${file}.${process.pid}.tmp`;
    writeFileSync(tmp, data);
    renameSync(tmp, file);
  } catch {
    // A read-only install: start without a cache next time too.
  }
}

/** What a module of dist/cli imports that its bundle left outside (scripts/bundle-cli.mjs rewrites those import()s
 *  into calls of this; paths relative to dist/cli): the module's own bundle when there is a current one, else the ES
 *  module, as dist/cli/main.js imports it. */
function importBeside(path: string): Promise<unknown> {
  const own = /^\.\/([a-z]+)\.js$/.exec(path)?.[1];
  const bundled = own && existsSync(join(DIR, `${own}.bundle.cjs`)) ? loadBundle(own) : undefined;
  return bundled ? Promise.resolve(bundled) : import(path.startsWith('.') ? new URL(path, import.meta.url).href : path);
}

/** The exports of dist/cli/NAME.bundle.cjs, or undefined when there is no current bundle. */
function loadBundle(name: string): Record<string, unknown> | undefined {
  const file = join(DIR, `${name}.bundle.cjs`);
  let source: string;
  let manifest: Manifest;
  try {
    manifest = JSON.parse(readFileSync(join(DIR, `${name}.bundle.json`), 'utf8')) as Manifest;
    if (!current(file, manifest)) return undefined;
    source = readFileSync(file, 'utf8');
  } catch {
    return undefined;
  }
  // One cache per bundle (by its size and time) and node version; no hash of the text (node:crypto alone costs ~10 ms
  // to load). V8 checks its own version and flags, and rejects a cache that does not fit.
  const cacheFile = join(CACHE, `${name}.bundle-${manifest.bundle}-${process.version}-${process.arch}.cache`);
  let cachedData: Buffer | undefined;
  try {
    cachedData = readFileSync(cacheFile);
  } catch {
    cachedData = undefined;
  }
  const script = new vm.Script(`(function (exports, require, module, __filename, __dirname, __cicaImport) {${source}\n})`, {
    filename: file,
    ...(cachedData ? { cachedData } : {}),
  });
  const module = { exports: {} as Record<string, unknown> };
  (script.runInThisContext() as (...args: unknown[]) => void)(module.exports, createRequire(file), module, file, DIR, importBeside);
  // Made after the run, so the cache holds the functions this command compiled too.
  if (!cachedData || script.cachedDataRejected) process.once('exit', () => writeCache(cacheFile, script.createCachedData()));
  return module.exports;
}

/** .cache/snapshot/cica.json, written by scripts/snapshot.mjs beside the blob it describes. */
interface SnapshotStamp {
  /** The node that built the blob, and the V8 flags it was built with (a start needs the same). */
  node: string;
  execPath: string;
  arch: string;
  flags: string[];
  /** The package folder when built: the heap holds its paths. */
  root: string;
  /** The blob file as written: a blob changed since (even in place) has another ctime. */
  blob: { size: number; mtimeMs: number; ctimeMs: number; ino: number };
  /** What the warm-up read besides the bundle's modules (templates, font tables...), from dist/cli, as in Manifest. */
  files: { file: string; size: number }[];
}

const SNAPSHOT = join(CACHE, '../snapshot');

/** The stamp of the snapshot when this process can start from it: same node binary, version and platform, no node or
 *  V8 options of its own (they would not match the blob's), the package where it was built, the blob untouched and
 *  every input unchanged and no newer than the blob. */
function usableSnapshot(): SnapshotStamp | string {
  if (process.env.CICA_NO_SNAPSHOT) return 'CICA_NO_SNAPSHOT is set';
  if (process.execArgv.length > 0 || process.env.NODE_OPTIONS) return 'node runs with options of its own';
  let stamp: SnapshotStamp;
  let manifest: Manifest;
  try {
    stamp = JSON.parse(readFileSync(join(SNAPSHOT, 'cica.json'), 'utf8')) as SnapshotStamp;
    manifest = JSON.parse(readFileSync(join(DIR, 'snapshot.bundle.json'), 'utf8')) as Manifest;
  } catch {
    return 'the build made none';
  }
  if (stamp.node !== process.version || stamp.execPath !== process.execPath || stamp.arch !== process.arch) return 'it was made by another node';
  if (stamp.root !== join(DIR, '../..')) return 'it was made in another folder';
  const blob = statSync(join(SNAPSHOT, 'cica.blob'), { throwIfNoEntry: false });
  if (blob === undefined || blob.size !== stamp.blob.size || blob.mtimeMs !== stamp.blob.mtimeMs || blob.ctimeMs !== stamp.blob.ctimeMs || blob.ino !== stamp.blob.ino) {
    return 'the blob changed since it was made';
  }
  const bundle = join(DIR, 'snapshot.bundle.cjs');
  if (!current(bundle, manifest) || !current(bundle, stamp, blob.mtimeMs)) return 'a file it was made from changed since';
  return stamp;
}

/** With CICA_TRACE_START set, how the start went, on stderr (for a bug report; the tests read it). */
const trace = (message: string): void => {
  if (process.env.CICA_TRACE_START) process.stderr.write(`cica start: ${message}\n`);
};

const SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;

/** Runs the command (argv after node and the script) in a node started from the snapshot; its exit code, or
 *  undefined when there is no usable snapshot or the node did not start from it (a blob it rejects: it exits before
 *  the command begins, reading nothing and writing nothing but node's own complaint), and the caller runs the command
 *  itself. The started process tells it began by writing to a descriptor of its own (src/cli/snapshot.ts). */
async function fromSnapshot(args: string[]): Promise<number | undefined> {
  const stamp = usableSnapshot();
  if (typeof stamp === 'string') {
    trace(`no snapshot: ${stamp}`);
    return undefined;
  }
  const { spawn } = await import('node:child_process');
  const child = spawn(process.execPath, [...stamp.flags, '--snapshot-blob', join(SNAPSHOT, 'cica.blob'), '--', ...args], {
    stdio: ['inherit', 'inherit', 'inherit', 'pipe'],
    env: { ...process.env, CICA_SNAPSHOT_FD: '3' },
  });
  let began = false;
  const report = child.stdio[3];
  report?.on('data', () => { began = true; });
  // A signal sent to this process alone (kill PID) goes on to the command; one from the terminal reaches both.
  let signalled: NodeJS.Signals | undefined;
  const forward = (signal: NodeJS.Signals): void => {
    signalled ??= signal;
    child.kill(signal);
  };
  for (const signal of SIGNALS) process.on(signal, forward);
  const [code, signal] = await new Promise<[number | null, NodeJS.Signals | null]>((done) => {
    child.on('error', () => done([null, null]));
    child.on('close', (c: number | null, s: NodeJS.Signals | null) => done([c, s]));
  });
  for (const s of SIGNALS) process.off(s, forward);
  if (signalled && !began) {
    // Stopped while it was starting: stop, as the command would have (never run it again).
    process.kill(process.pid, signalled);
    return 128 + ((await import('node:os')).constants.signals[signalled] ?? 0);
  }
  if (!began) {
    // This snapshot does not start here: do not try it again (the next build makes a new one).
    rmSync(join(SNAPSHOT, 'cica.json'), { force: true });
    trace(`the snapshot did not start (exit ${code ?? signal}): running without it`);
    return undefined;
  }
  trace('ran from the snapshot');
  if (signal) {
    // Ended by a signal: so does this process, as the shell expects (SIGINT: no "exit 130" printed by a script).
    if ((SIGNALS as readonly string[]).includes(signal)) process.kill(process.pid, signal);
    return 128 + ((await import('node:os')).constants.signals[signal] ?? 0);
  }
  return code ?? 3;
}

export async function start(argv: string[]): Promise<number> {
  if (argv[2] === 'draft') {
    const code = await fromSnapshot(argv.slice(2));
    if (code !== undefined) return code;
  }
  const main = (loadBundle('main')?.main as Main | undefined) ?? (await import('./main.js')).main;
  return main(argv);
}
