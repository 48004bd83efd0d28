// `cica bundle`: agreement files/dirs -> one BagIt bundle each in --out, signed with --key; exit 0 all
// bundled, 1 some failed (each alone, with its diagnostics), 2 bad invocation or key.
import { availableParallelism } from 'node:os';
import { expandPaths } from '../bundle/inputs.js';
import { loadSecretKey } from '../bundle/keyfile.js';
import type { SecretKey } from '../bundle/minisign-keys.js';
import { makeProgress, formatDiagnostics } from '../bundle/progress.js';
import type { Renderer } from '../bundle/renderer.js';
import { bundleFiles } from '../bundle/run.js';
import { EXIT } from './exit.js';
import { VERSION } from './version.js';

export interface BundleCliOptions {
  out: string;
  key?: string;
  jobs?: number;
  zip?: boolean;
  json?: boolean;
  templates?: string;
}

/** Test seams: a renderer (in-thread) or a renderer module (in the workers) instead of the real stages. */
export interface BundleDeps {
  renderer?: Renderer;
  rendererModule?: string;
}

export async function runBundle(paths: string[], opts: BundleCliOptions, deps: BundleDeps = {}): Promise<number> {
  const say = (line: string): void => void process.stderr.write(`${line}\n`);
  if (opts.jobs !== undefined && (!Number.isInteger(opts.jobs) || opts.jobs < 1)) {
    say('cica bundle: --jobs must be a whole number of 1 or more');
    return EXIT.USAGE;
  }
  let key: SecretKey | undefined;
  if (opts.key) {
    const loaded = await loadSecretKey(opts.key);
    if (!loaded.ok) {
      say(`cica bundle: ${loaded.message}`);
      return EXIT.USAGE;
    }
    key = loaded.key;
  }
  const expanded = await expandPaths(paths);
  if ('missing' in expanded) {
    say(`cica bundle: no such file or directory: ${expanded.missing}`);
    return EXIT.USAGE;
  }
  if (expanded.files.length === 0) {
    say('cica bundle: no agreement files (*.yaml) found');
    return EXIT.USAGE;
  }
  const progress = makeProgress(expanded.files.length, process.stderr, Boolean(opts.json));
  const run = await bundleFiles(expanded.files, {
    outDir: opts.out,
    creator: `cica ${VERSION}`,
    jobs: opts.jobs ?? availableParallelism(),
    zip: Boolean(opts.zip),
    onDone: (r) => progress.done(r),
    ...(key ? { key } : {}),
    ...(opts.templates ? { templatesDir: opts.templates } : {}),
    ...deps,
  });
  progress.finish();
  if (!run.ok) {
    for (const line of formatDiagnostics(run.diagnostics)) say(line);
    return EXIT.INVALID;
  }
  const { results, cleaned } = run.value;
  const failed = results.filter((r) => !r.ok);
  if (opts.json) {
    process.stdout.write(`${JSON.stringify({ ok: failed.length === 0, bundled: results.length - failed.length, failed: failed.length, cleaned, results }, null, 2)}\n`);
  } else {
    if (cleaned.length) say(`cleaned up after an interrupted run: ${cleaned.join(', ')}`);
    say(`${results.length - failed.length} bundled, ${failed.length} failed${key ? ' (signed)' : ''}`);
  }
  return failed.length ? EXIT.INVALID : EXIT.OK;
}
