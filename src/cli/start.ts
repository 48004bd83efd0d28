// Starts the CLI: from dist/cli/main.bundle.cjs with a V8 code cache when the build made one and it is current, else
// from the ES modules in dist/ (issue 13 §2: node 20 has no module compile cache; one script and its cache save the
// loading of ~170 module files on a cold `cica validate`). `cica draft` finds its own bundle the same way
// (draft.bundle.cjs). The cache is V8's own: a node binary it does not fit rejects it, and the start compiles as
// usual and writes a new one.
import { existsSync, mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
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
function current(bundle: string, manifest: Manifest): boolean {
  const made = statSync(bundle).mtimeMs;
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

export async function start(argv: string[]): Promise<number> {
  const main = (loadBundle('main')?.main as Main | undefined) ?? (await import('./main.js')).main;
  return main(argv);
}
