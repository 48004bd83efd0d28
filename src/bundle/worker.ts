// Worker thread: loads the renderer and templates once, then bundles each agreement the pool sends it.
// Messages in: { id, job }; out: { id, result }. Compiled to dist/bundle/worker.js (pool.ts starts it).
import { parentPort, workerData } from 'node:worker_threads';
import type { Result } from '../diagnostics/index.js';
import type { TemplateSet } from './renderer.js';
import { bundleOne, type BundleJob, type JobResult } from './job.js';
import { bundleName } from './paths.js';
import { loadRenderer } from './renderer.js';

const { rendererModule } = workerData as { rendererModule?: string };
const renderer = await loadRenderer(rendererModule);
const templates = new Map<string, Promise<Result<TemplateSet>>>();

parentPort!.on('message', async ({ id, job }: { id: number; job: BundleJob }) => {
  const key = job.templatesDir ?? '';
  if (!templates.has(key)) templates.set(key, renderer.loadTemplates(job.templatesDir));
  const set = await templates.get(key)!;
  const result: JobResult = set.ok
    ? await bundleOne(job, renderer, set.value)
    : { file: job.file, name: bundleName(job.file), ok: false, diagnostics: set.diagnostics };
  parentPort!.postMessage({ id, result });
});
