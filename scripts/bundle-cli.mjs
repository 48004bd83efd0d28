// Writes dist/cli/main.bundle.cjs: the CLI's entry (dist/cli/main.js) and what `cica validate` runs, in one script,
// with commander, yaml and chalk inside (issue 13 §2). Node 20 loads ~170 ES module files one by one for a
// validate; one classic script loads at once and takes a V8 code cache (src/cli/start.ts). Every other dynamic
// import (draft, bundle, verify, the writers...) stays an import of the ES modules in dist/, so those commands run
// the code they always ran. dist/cli/main.bundle.json lists the files bundled with their sizes: the start falls back
// to dist/ when one changed or is newer than the bundle (a `tsc` without `npm run build`). Run by `npm run build`
// after tsc; without esbuild (a dev dependency) it writes nothing and the CLI starts from dist/ as before.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { readFile } from 'node:fs/promises';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const DIR = join(ROOT, 'dist/cli');
/** Each bundle: its entry in dist/cli, and which of the dynamic imports it meets go inside (`true`: all of them);
 *  every other one is left to the ES modules of dist/. The main bundle takes the validate path; `cica draft`'s
 *  import of ./draft.js finds the draft bundle (src/cli/start.ts). */
const BUNDLES = [
  { name: 'main', inline: new Set([join(DIR, 'validate.js'), join(ROOT, 'dist/layout/coverage.js'), 'chalk']) },
  { name: 'draft', inline: true },
  // The entry of the V8 startup snapshot (scripts/snapshot.mjs): the CLI and all it may load, no import() left.
  // Node runs a snapshot's entry with require, __filename and __dirname only: it gets its own module object.
  // Its node:module is src/cli/snapshot-module.ts (modules required while the snapshot is built are kept in it).
  {
    name: 'snapshot',
    inline: true,
    banner: 'var module = { exports: {} }, exports = module.exports;',
    alias: { 'node:module': join(DIR, 'snapshot-module.js'), module: join(DIR, 'snapshot-module.js') },
  },
];
const bundleFile = (name) => join(DIR, `${name}.bundle.cjs`);
const manifestFile = (name) => join(DIR, `${name}.bundle.json`);

for (const { name } of BUNDLES) {
  rmSync(bundleFile(name), { force: true });
  rmSync(manifestFile(name), { force: true });
}
let esbuild;
try {
  esbuild = await import('esbuild');
} catch {
  console.log('bundle-cli: esbuild is not installed; the CLI starts from dist/ (slower cold start)');
  process.exit(0);
}

const posix = (p) => p.split(sep).join('/');
const fromBundle = (file) => {
  const rel = posix(relative(DIR, file));
  return rel.startsWith('.') ? rel : `./${rel}`;
};
const inlined = (inline, target) => inline === true || inline.has(target);

/** Rewrites `import('x')` of a module left outside into `__cicaImport('x')` (a path relative to dist/cli), which
 *  src/cli/start.ts passes in and which imports from its own ES module context: an import() inside a vm script
 *  would need importModuleDynamically, experimental in node 20 and lost with a code cache. */
function rewriteImports(text, file, inline) {
  return text.replace(/\bimport\((['"])([^'"]+)\1\)/g, (whole, _q, spec) => {
    const local = spec.startsWith('.');
    const target = local ? resolve(dirname(file), spec) : spec;
    if (inlined(inline, target)) return whole;
    return `__cicaImport(${JSON.stringify(local ? fromBundle(target) : spec)})`;
  });
}

const plugin = (inline, alias = {}) => ({
  name: 'cica-cli',
  setup(build) {
    build.onResolve({ filter: /.*/ }, (args) => {
      const to = Object.hasOwn(alias, args.path) ? alias[args.path] : undefined;
      if (to !== undefined && resolve(args.importer) !== to) return { path: to };
      if (args.kind !== 'dynamic-import') return undefined;
      const local = args.path.startsWith('.');
      if (inlined(inline, local ? resolve(args.resolveDir, args.path) : args.path)) return undefined;
      return { errors: [{ text: `import(${JSON.stringify(args.path)}) in ${args.importer} is neither bundled nor rewritten` }] };
    });
    // A module's own URL, as it would be in dist/ (version.ts finds package.json from it).
    build.onLoad({ filter: /[\\/]dist[\\/].*\.js$/ }, async (args) => {
      let text = rewriteImports(await readFile(args.path, 'utf8'), args.path, inline);
      text = text.replaceAll('import.meta.url', `__cicaModuleUrl(${JSON.stringify(fromBundle(args.path))})`);
      if (text.includes('import.meta')) return { errors: [{ text: `${args.path}: import.meta other than import.meta.url cannot be bundled` }] };
      return { contents: text, loader: 'js' };
    });
  },
});

// dist/ files one by one; of a package, its package.json (a new version of it means a new bundle).
const packageJson = (file) => {
  const parts = file.split(sep);
  const at = parts.lastIndexOf('node_modules');
  if (at < 0) return file;
  return [...parts.slice(0, at + (parts[at + 1].startsWith('@') ? 3 : 2)), 'package.json'].join(sep);
};
const stamp = (file) => ({ file: posix(relative(DIR, file)), size: statSync(file).size });

const made = [];
for (const { name, inline, banner = '', alias } of BUNDLES) {
  const out = bundleFile(name);
  const result = await esbuild.build({
    entryPoints: [join(DIR, `${name}.js`)],
    outfile: out,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    banner: { js: banner + "const __cicaModuleUrl = (p) => require('node:url').pathToFileURL(require('node:path').join(__dirname, p)).href;" },
    plugins: [plugin(inline, alias)],
    metafile: true,
    absWorkingDir: ROOT,
    // Paths as node_modules is reached from the package (a linked node_modules stays linked in the manifest).
    preserveSymlinks: true,
    logLevel: 'warning',
    legalComments: 'none',
  });
  const inputs = Object.keys(result.metafile.inputs).map((p) => resolve(ROOT, p));
  const files = [...new Set(inputs.map(packageJson))].sort().map(stamp);
  const bundle = statSync(out);
  writeFileSync(manifestFile(name), JSON.stringify({ bundle: `${bundle.size}-${Math.round(bundle.mtimeMs)}`, files }) + '\n');
  made.push(`${posix(relative(ROOT, out))} (${inputs.length} files)`);
}
// Caches of earlier bundles are of no use. The code caches, made by one validate and one draft of a sample
// (src/cli/start.ts writes a bundle's cache when there is none).
rmSync(join(ROOT, '.cache/v8'), { recursive: true, force: true });
const memo = join(ROOT, 'agreements/csto-cica-memorandum.yaml');
const warm = mkdtempSync(join(tmpdir(), 'cica-bundle-cli-'));
const runs = [['validate', memo], ['draft', memo, '--out', warm]].map((args) => ({ args, run: spawnSync(process.execPath, [join(ROOT, 'bin/cica'), ...args], { encoding: 'utf8' }) }));
rmSync(warm, { recursive: true, force: true });
const failed = runs.filter(({ run }) => run.status !== 0).map(({ args, run }) => ` (the warm-up ${args[0]} exited ${run.status})`).join('');
console.log(`bundle-cli: ${made.join(', ')}${failed}`);
