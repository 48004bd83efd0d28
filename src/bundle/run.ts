// A bundle run: plan the agreements, clean what killed runs left, render them in parallel, one result each.
import { mkdir } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import type { Result } from '../diagnostics/index.js';
import type { Lang } from '../model/types.js';
import type { PageSizeName } from '../layout/types.js';
import type { TemplateSet } from './renderer.js';
import { planBundles } from './inputs.js';
import type { BundleJob, JobResult } from './job.js';
import type { SecretKey } from './minisign-keys.js';
import { runInline, runWorkers } from './pool.js';
import type { Renderer } from './renderer.js';
import { cleanStale } from './stage.js';

export interface RunOptions {
  outDir: string;
  creator: string;
  jobs?: number;
  zip: boolean;
  key?: SecretKey;
  templatesDir?: string;
  pageSize?: PageSizeName;
  order?: Lang[];
  /** Render in worker threads with this renderer module (URL); default the real stages. */
  rendererModule?: string;
  /** Render in this thread with this renderer instead of worker threads (tests). */
  renderer?: Renderer;
  onDone?: (result: JobResult) => void;
}

export interface RunSummary {
  results: JobResult[];
  /** Leftovers of killed runs that were removed or put back. */
  cleaned: string[];
}

export async function bundleFiles(files: readonly string[], opts: RunOptions): Promise<Result<RunSummary>> {
  await mkdir(opts.outDir, { recursive: true });
  const cleaned = await cleanStale(opts.outDir);
  const onDone = opts.onDone ?? (() => {});
  const planned = planBundles(files, opts.outDir);
  const refused: JobResult[] = planned
    .filter((p) => p.refused)
    .map((p) => ({ file: p.file, name: p.name, ok: false, diagnostics: [p.refused!] }));
  refused.forEach(onDone);
  const jobs: BundleJob[] = planned
    .filter((p) => !p.refused)
    .map((p) => ({
      file: p.file,
      outDir: opts.outDir,
      creator: opts.creator,
      pageSize: opts.pageSize ?? 'A4',
      order: opts.order ?? ['en', 'ru'],
      zip: opts.zip,
      ...(opts.templatesDir ? { templatesDir: opts.templatesDir } : {}),
      ...(opts.key ? { key: opts.key } : {}),
    }));
  const concurrency = opts.jobs ?? availableParallelism();
  let done: JobResult[];
  if (opts.renderer) {
    const templates = await opts.renderer.loadTemplates(opts.templatesDir);
    if (!templates.ok) return { ok: false, diagnostics: templates.diagnostics };
    done = await runInline(jobs, opts.renderer, templates.value as TemplateSet, { concurrency, onDone });
  } else {
    done = await runWorkers(jobs, { concurrency, onDone, ...(opts.rendererModule ? { rendererModule: opts.rendererModule } : {}) });
  }
  const byFile = new Map([...refused, ...done].map((r) => [r.file, r]));
  return { ok: true, value: { results: planned.map((p) => byFile.get(p.file)!), cleaned }, diagnostics: [] };
}
