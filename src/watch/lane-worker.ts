// The worker thread of a watch lane (lanes.ts): loads the templates, then drafts each file it is sent with the
// options it is sent, keeping its own record of what it wrote (an unchanged layout is not written again).
// Messages in: { id, file, options, templates }; out: { id, result } or { id, error }.
import { parentPort } from 'node:worker_threads';
import type { Diagnostic } from '../diagnostics/index.js';
import { loadTemplates, WrittenBefore } from '../draft.js';
import type { TemplateSet } from '../templates/index.js';
import { draftLane, type LaneOptions } from './lanes.js';

const reuse = new WrittenBefore();
let loaded: { generation: number; dir: string | undefined; set: { value?: TemplateSet; diagnostics: Diagnostic[] } } | undefined;

parentPort!.on('message', async ({ id, file, options, templates }: { id: number; file: string; options: LaneOptions; templates: number }) => {
  try {
    const { templatesDir, html, ...draft } = options;
    if (!loaded || loaded.generation !== templates || loaded.dir !== templatesDir) {
      loaded = { generation: templates, dir: templatesDir, set: await loadTemplates(templatesDir) };
    }
    const set = loaded.set;
    // The watch reports the template set's own diagnostics, from its own load; a set that did not load drafts nothing.
    const result = set.value
      ? await draftLane(file, { ...draft, templates: set.value, reuse }, html)
      : { ok: false, diagnostics: [], outputs: [], documents: [] };
    parentPort!.postMessage({ id, result });
  } catch (err) {
    parentPort!.postMessage({ id, error: err instanceof Error && err.stack ? err.stack : String(err) });
  }
});
