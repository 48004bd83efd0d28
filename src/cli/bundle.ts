// `cica bundle`: agreement files/dirs -> one BagIt bundle each in --out, signed with --key; exit 0 all
// bundled, 1 some failed (each alone, with its diagnostics), 2 bad invocation or key, 4 a bundle could not be written
// (each failed one leaves nothing behind).
import { mkdir } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { expandPaths } from '../bundle/inputs.js';
import { loadSecretKey } from '../bundle/keyfile.js';
import type { SecretKey } from '../bundle/minisign-keys.js';
import { makeProgress, makeQuietProgress, formatDiagnostics } from '../bundle/progress.js';
import type { Renderer } from '../bundle/renderer.js';
import { bundleFiles } from '../bundle/run.js';
import { parseShard, selectShard, type Shard } from '../bundle/shard.js';
import { ioReason } from './commit.js';
import { EXIT } from './exit.js';
import { VERSION } from './version.js';

export interface BundleCliOptions {
  out: string;
  key?: string;
  /** As typed (`--jobs 4`), or a number from a caller; checked and clamped by jobsFrom. */
  jobs?: number | string;
  zip?: boolean;
  json?: boolean;
  /** Print only the failures (errors), no progress, no summary. */
  quiet?: boolean;
  templates?: string;
  /** `K/N` as typed: bundle only the K-th of N stable slices of the inputs (src/bundle/shard.ts). */
  shard?: string;
}

/** Test seams: a renderer (in-thread) or a renderer module (in the workers) instead of the real stages. */
export interface BundleDeps {
  renderer?: Renderer;
  rendererModule?: string;
}

export async function runBundle(paths: string[], opts: BundleCliOptions, deps: BundleDeps = {}): Promise<number> {
  const say = (line: string): void => void process.stderr.write(`${line}\n`);
  const jobs = jobsFrom(opts.jobs, availableParallelism());
  if (typeof jobs === 'string') {
    say(`cica bundle: ${jobs}`);
    return EXIT.USAGE;
  }
  let shard: Shard | undefined;
  if (opts.shard !== undefined) {
    const parsed = parseShard(String(opts.shard));
    if (typeof parsed === 'string') {
      say(`cica bundle: ${parsed}`);
      return EXIT.USAGE;
    }
    shard = parsed;
  }
  if (jobs.warning && !opts.quiet) say(`cica bundle: warning: ${jobs.warning}`);
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
  const unusable = await mkdir(opts.out, { recursive: true }).then(() => undefined, (err: NodeJS.ErrnoException) => err);
  if (unusable) {
    const refused = unusable.code === 'EEXIST' || unusable.code === 'ENOTDIR';
    say(`cica bundle: cannot write into ${opts.out}: ${refused ? 'a file stands there or in its path, not a folder' : ioReason(unusable)}; nothing written`);
    return refused ? EXIT.USAGE : EXIT.IO;
  }
  const files = shard ? selectShard(expanded.files, shard) : expanded.files;
  const slice = shard ? { index: shard.index, count: shard.count, selected: files.length, of: expanded.files.length } : undefined;
  const sliceText = slice ? `shard ${slice.index}/${slice.count}: ${slice.selected} of ${slice.of} agreements` : '';
  if (files.length === 0) {
    // Not an error: with few agreements and many machines some slices are empty, and the matrix must stay green.
    if (opts.json) process.stdout.write(`${JSON.stringify({ ok: true, bundled: 0, failed: 0, shard: slice, cleaned: [], results: [] }, null, 2)}\n`);
    else if (!opts.quiet) say(`cica bundle: nothing to do: none of the ${slice!.of} agreements falls in shard ${slice!.index}/${slice!.count}`);
    return EXIT.OK;
  }
  const progress = opts.quiet ? makeQuietProgress(process.stderr) : makeProgress(files.length, process.stderr, Boolean(opts.json));
  const run = await bundleFiles(files, {
    outDir: opts.out,
    creator: `cica ${VERSION}`,
    jobs: jobs.jobs,
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
    process.stdout.write(`${JSON.stringify({ ok: failed.length === 0, bundled: results.length - failed.length, failed: failed.length, ...(slice ? { shard: slice } : {}), cleaned, results }, null, 2)}\n`);
  } else if (!opts.quiet) {
    if (cleaned.length) say(`cleaned up after an interrupted run: ${cleaned.join(', ')}`);
    say(`${results.length - failed.length} bundled, ${failed.length} failed${key ? ' (signed)' : ''}${slice ? ` (${sliceText})` : ''}`);
  }
  // A bundle that could not be written (disk full, an I/O error) is not the input's fault: exit 4, as draft's.
  if (failed.some((r) => r.diagnostics.some((d) => d.code === 'BUNDLE_FAILED'))) return EXIT.IO;
  return failed.length ? EXIT.INVALID : EXIT.OK;
}

/** `--jobs`: a whole number from 1; more than the cores only adds memory and contention (each job holds a worker
 *  thread and its fonts), so it is clamped to the cores with a warning. Returns why not, for a usage error. */
export function jobsFrom(given: number | string | undefined, cores: number): { jobs: number; warning?: string } | string {
  if (given === undefined) return { jobs: cores };
  const text = String(given).trim();
  const n = /^[+]?\d+(\.0*)?(e\+?\d+)?$/i.test(text) ? Number(text) : Number.NaN;
  if (!Number.isFinite(n) || !Number.isInteger(n) || n < 1) return `--jobs must be a whole number of 1 or more, not '${text}'`;
  if (n > cores) return { jobs: cores, warning: `--jobs ${text} is more than the ${cores} cores of this machine; using ${cores}` };
  return { jobs: n };
}
