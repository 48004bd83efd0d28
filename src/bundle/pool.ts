// Runs bundle jobs in parallel: a pool of worker threads (compiled dist/bundle/worker.js), or inline with
// an injected renderer (tests). A worker that dies fails only the agreement it held; a new one replaces it.
import { Worker } from 'node:worker_threads';
import { error } from '../diagnostics/index.js';
import type { TemplateSet } from './renderer.js';
import { bundleOne, type BundleJob, type JobResult } from './job.js';
import { bundleName } from './paths.js';
import type { Renderer } from './renderer.js';

export interface PoolOptions {
  concurrency: number;
  /** Renderer module URL for the workers (default: the real stages). */
  rendererModule?: string;
  onDone: (result: JobResult) => void;
}

function crashed(job: BundleJob, reason: string): JobResult {
  return {
    file: job.file,
    name: bundleName(job.file),
    ok: false,
    diagnostics: [error('BUNDLE_INTERNAL', `cica failed while bundling this agreement (a bug, please report it): ${reason}`, { span: { file: job.file, start: { line: 1, col: 1 } } })],
  };
}

/**
 * A worker with the parent's node options. With no `execArgv` given, a worker inherits them as they are, whatever
 * they are (`--max-old-space-size`, `--import`, `--single-threaded-gc`). Only a parent run with `node -e` must drop
 * `--input-type`, which a worker running a file refuses; the rest are then passed again, and Node refuses the
 * process-wide ones among them (ERR_WORKER_INVALID_EXEC_ARGV, naming them): those are dropped too (they already hold
 * for the whole process), the others kept.
 */
function startWorker(url: URL, workerData: object): Worker {
  if (!process.execArgv.some((a) => a.startsWith('--input-type'))) return new Worker(url, { workerData });
  let execArgv = process.execArgv.filter((a) => !a.startsWith('--input-type'));
  for (;;) {
    try {
      return new Worker(url, { workerData, execArgv });
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'ERR_WORKER_INVALID_EXEC_ARGV' || execArgv.length === 0) throw err;
      const refused = new Set(((err as Error).message.split(': ').pop() ?? '').split(', '));
      const kept = execArgv.filter((a) => !refused.has(a));
      execArgv = kept.length < execArgv.length ? kept : [];
    }
  }
}

export async function runWorkers(jobs: readonly BundleJob[], opts: PoolOptions): Promise<JobResult[]> {
  const results: JobResult[] = new Array(jobs.length);
  let next = 0;
  const url = new URL('./worker.js', import.meta.url);
  const lane = (): Promise<void> =>
    new Promise((resolve) => {
      const worker = startWorker(url, { rendererModule: opts.rendererModule });
      let current = -1;
      let closing = false;
      let lastError = 'the worker stopped';
      const feed = (): void => {
        if (next >= jobs.length) {
          closing = true;
          void worker.terminate();
          return;
        }
        current = next++;
        worker.postMessage({ id: current, job: jobs[current] });
      };
      worker.on('message', ({ id, result }: { id: number; result: JobResult }) => {
        results[id] = result;
        current = -1;
        opts.onDone(result);
        feed();
      });
      worker.on('error', (err) => {
        lastError = err.message;
      });
      worker.on('exit', () => {
        if (closing) return resolve();
        // The worker died (an uncaught error in it): fail the agreement it held, carry on in a fresh lane.
        // A worker that dies before taking a job (it cannot even start) fails the next one, so this ends.
        const id = current >= 0 ? current : next < jobs.length ? next++ : -1;
        if (id < 0) return resolve();
        results[id] = crashed(jobs[id]!, lastError);
        opts.onDone(results[id]!);
        void lane().then(resolve);
      });
      worker.on('online', feed);
    });
  const lanes = Math.max(1, Math.min(opts.concurrency, jobs.length));
  await Promise.all(Array.from({ length: lanes }, lane));
  return results;
}

/** The same scheduling in this thread, for a renderer that cannot cross a thread boundary (a test fake). */
export async function runInline(
  jobs: readonly BundleJob[], renderer: Renderer, templates: TemplateSet, opts: Pick<PoolOptions, 'concurrency' | 'onDone'>,
): Promise<JobResult[]> {
  const results: JobResult[] = new Array(jobs.length);
  let next = 0;
  const lane = async (): Promise<void> => {
    while (next < jobs.length) {
      const id = next++;
      results[id] = await bundleOne(jobs[id]!, renderer, templates);
      opts.onDone(results[id]!);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(opts.concurrency, jobs.length)) }, lane));
  return results;
}
