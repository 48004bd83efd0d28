// Two lanes for `cica watch` on a machine with two cores or more (issue 13 §1): a version's layouts are drafted at
// the same time, the parallel text in a worker thread and the English and Russian texts in this one, so a save costs
// the longer of the two, not their sum. Each lane runs `draftAgreement` itself on its own layouts, from the file:
// the same stages, the same bytes. What the lanes return is merged as one run of all the layouts would have made it
// (outputs and documents in the order of the layouts asked for, each diagnostic once).
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { Diagnostic } from '../diagnostics/index.js';
import { draftAgreement, type DraftOptions, type DraftOutput } from '../draft.js';
import type { Layout } from '../templates/index.js';
import { documentHtml } from './html.js';

/** What a lane made of one file: what watch uses of a draft, as data a worker can send (no class instances). */
export interface LaneResult {
  ok: boolean;
  diagnostics: Diagnostic[];
  outputs: DraftOutput[];
  /** The document of each layout as HTML, when asked for (`--serve`). */
  documents: { layout: Layout; html: string }[];
  /** A note's enclosure file, which watch watches too. */
  enclosure?: string;
}

/** The options a worker lane drafts with: DraftOptions without what cannot cross to a worker (templates are loaded
 *  there from the same folder; the reuse of unchanged layouts is each lane's own). */
export type LaneOptions = Omit<DraftOptions, 'templates' | 'reuse'> & { templatesDir?: string; html: boolean };

/** Drafts one file in this thread, as a lane. */
export async function draftLane(file: string, options: DraftOptions, html: boolean): Promise<LaneResult> {
  const drafted = await draftAgreement(file, options);
  if (!drafted.ok) return { ok: false, diagnostics: drafted.diagnostics, outputs: [], documents: [] };
  const { agreement } = drafted.value;
  return {
    ok: true,
    diagnostics: drafted.diagnostics,
    outputs: drafted.value.outputs,
    documents: html ? drafted.value.trees.map(({ layout, tree }) => ({ layout, html: documentHtml(tree) })) : [],
    ...(agreement.kind === 'note' && agreement.enclosure ? { enclosure: agreement.enclosure.path } : {}),
  };
}

/**
 * The layouts each lane drafts, or undefined when one lane does it all: with one core, with one layout, or with
 * Akoma Ntoso asked for (its files are per language, whatever the layout: one lane draws them all). The parallel text
 * costs about what the English and Russian texts cost together (50 against 28 + 30 ms for the CSTO memorandum, warm).
 */
export function splitLayouts(layouts: readonly Layout[], formats: readonly string[], cores = availableParallelism()): [Layout[], Layout[]] | undefined {
  if (cores < 2 || formats.includes('akn') || layouts.length < 2) return undefined;
  const worker: Layout[] = layouts.includes('parallel') ? ['parallel'] : [layouts[layouts.length - 1]!];
  return [layouts.filter((l) => !worker.includes(l)), worker];
}

/** Each diagnostic once: the lanes both load the file, so both report what loading it found. A diagnostic a lane
 *  reports twice is kept twice, as one run would. */
export function mergeDiagnostics(lists: readonly Diagnostic[][]): Diagnostic[] {
  const out: Diagnostic[] = [];
  const seen = new Map<string, number>();
  for (const list of lists) {
    const mine = new Map<string, number>();
    for (const d of list) {
      const key = JSON.stringify(d);
      const n = (mine.get(key) ?? 0) + 1;
      mine.set(key, n);
      if (n > (seen.get(key) ?? 0)) {
        seen.set(key, n);
        out.push(d);
      }
    }
  }
  return out;
}

/** The lanes' results as one draft of all the layouts: outputs and documents in the order of `layouts`. */
export function mergeLanes(results: readonly LaneResult[], layouts: readonly Layout[]): LaneResult {
  const rank = (l: Layout) => layouts.indexOf(l);
  const byLayout = <T extends { layout: Layout }>(items: T[]) => items.map((item, i) => ({ item, i })).sort((a, b) => rank(a.item.layout) - rank(b.item.layout) || a.i - b.i).map(({ item }) => item);
  const enclosure = results.find((r) => r.enclosure !== undefined)?.enclosure;
  return {
    ok: results.every((r) => r.ok),
    diagnostics: mergeDiagnostics(results.map((r) => r.diagnostics)),
    outputs: byLayout(results.flatMap((r) => r.outputs)),
    documents: byLayout(results.flatMap((r) => r.documents)),
    ...(enclosure !== undefined ? { enclosure } : {}),
  };
}

interface Request { id: number; file: string; options: LaneOptions; templates: number }
type Reply = { id: number; result: LaneResult } | { id: number; error: string };

/** One worker thread that drafts files on request (lane-worker.ts); requests are answered in order. */
export class WorkerLane {
  readonly #worker: Worker;
  readonly #waiting = new Map<number, { resolve: (r: LaneResult) => void; reject: (e: Error) => void }>();
  #next = 0;
  #dead: Error | undefined;

  constructor() {
    this.#worker = new Worker(new URL('./lane-worker.js', import.meta.url));
    this.#worker.unref();
    this.#worker.on('message', (reply: Reply) => {
      const waiting = this.#waiting.get(reply.id);
      this.#waiting.delete(reply.id);
      if ('error' in reply) waiting?.reject(new Error(reply.error));
      else waiting?.resolve(reply.result);
    });
    const fail = (err: Error) => {
      this.#dead ??= err;
      for (const { reject } of this.#waiting.values()) reject(err);
      this.#waiting.clear();
    };
    this.#worker.on('error', fail);
    this.#worker.on('exit', (code) => fail(new Error(`the watch's worker thread stopped (exit code ${code})`)));
  }

  /** Drafts `file` with `options`; `templates` counts the template set's reloads, so the lane reloads it when it
   *  changed. */
  draft(file: string, options: LaneOptions, templates: number): Promise<LaneResult> {
    if (this.#dead) return Promise.reject(this.#dead);
    const id = this.#next++;
    return new Promise((resolve, reject) => {
      this.#waiting.set(id, { resolve, reject });
      this.#worker.postMessage({ id, file, options, templates } satisfies Request);
    });
  }

  async close(): Promise<void> {
    this.#dead ??= new Error('closed');
    await this.#worker.terminate();
  }
}
