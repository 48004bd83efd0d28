// `cica watch`: draft the files, then again on every save, in one warm process (issue 13 §1). Each version's
// diagnostics are printed as `cica draft` prints them; a good version replaces --out all at once (commit.ts), a
// version with errors writes nothing, so --out (and the page of --serve) keeps the last good one. Ctrl-C or SIGTERM
// stops it with exit 0.
import { readFile } from 'node:fs/promises';
import { resolve, sep } from 'node:path';
import { performance } from 'node:perf_hooks';
import { formatDiagnostic, hasErrors, PLAIN, sortDiagnostics, type Diagnostic } from '../diagnostics/index.js';
import { baseName, loadTemplates, WrittenBefore, type DraftOptions, type DraftOutput } from '../draft.js';
import type { Layout, TemplateSet } from '../templates/index.js';
import { watchPaths, type WatchSet } from '../watch/files.js';
import { draftLane, mergeLanes, splitLayouts, WorkerLane, type LaneOptions, type LaneResult } from '../watch/lanes.js';
import type { GoodVersion, LiveState } from '../watch/page.js';
import { DEFAULT_PORT, serveLive, type LiveServer } from '../watch/server.js';
import { checkDraftUsage, renderingOptions, type DraftCliOptions } from './draft.js';
import { EXIT } from './exit.js';
import { makeOutput } from './output.js';
import { printDiagnostics, sourcesOf } from './report.js';
import { writeOutputs } from './write-out.js';

export interface WatchCliOptions extends DraftCliOptions {
  /** --serve [PORT]: true without a port. */
  serve?: boolean | string;
}

/** Quiet time after a file's last event before rendering: an editor's save is often several events. */
export const DEBOUNCE_MS = 15;

function parsePort(serve: WatchCliOptions['serve']): number | string | undefined {
  if (serve === undefined || serve === false) return undefined;
  if (serve === true) return DEFAULT_PORT;
  const port = /^\d{1,5}$/.test(serve) ? Number(serve) : NaN;
  return port >= 0 && port <= 65535 ? port : `--serve takes a port number from 0 (any free port) to 65535, not '${serve}'`;
}

const LANG_OF: Record<Layout, string> = { en: 'en', ru: 'ru', parallel: '' };

interface Rendered {
  diagnostics: Diagnostic[];
  good?: Omit<GoodVersion, 'version'>;
  /** Other files the agreements read (a note's enclosure): watched too. */
  reads: string[];
  /** Why nothing can be written, said as a sentence (two files writing one name). */
  clash?: string;
}

/** The bytes of each file (undefined: unreadable now), by resolved path. */
async function readAll(paths: readonly string[]): Promise<Map<string, Buffer | undefined>> {
  const unique = [...new Set(paths.map((p) => resolve(p)))];
  return new Map(await Promise.all(unique.map(async (p) => [p, await readFile(p).catch(() => undefined)] as const)));
}

function sameContents(a: Map<string, Buffer | undefined>, b: Map<string, Buffer | undefined>): boolean {
  if (a.size !== b.size) return false;
  for (const [path, bytes] of a) {
    const other = b.get(path);
    if (!b.has(path) || (bytes === undefined ? other !== undefined : other === undefined || !bytes.equals(other))) return false;
  }
  return true;
}

export async function runWatch(files: string[], opts: WatchCliOptions): Promise<number> {
  const io = await makeOutput();
  const usage = checkDraftUsage(opts);
  const port = parsePort(opts.serve);
  if (usage || typeof port === 'string') {
    io.err(`cica watch: ${usage ?? port}`);
    return EXIT.USAGE;
  }
  const first = await loadTemplates(opts.templates);
  if (!first.ok && first.diagnostics.some((d) => d.code === 'TEMPLATE_DIR_MISSING')) {
    await printDiagnostics(io, first.diagnostics);
    return EXIT.USAGE;
  }
  let templates: { value?: TemplateSet; diagnostics: Diagnostic[] } = first;
  let templatesChanged = false;
  /** How many times the templates were loaded: a worker lane loads them again when this changes. */
  let templatesLoaded = 1;

  const laneBase: Omit<LaneOptions, 'html'> = {
    ...renderingOptions(opts),
    enclosure: opts.enclosure !== false,
    embedSource: opts.embedSource === true,
    ...(opts.templates !== undefined ? { templatesDir: opts.templates } : {}),
  };
  const { templatesDir: _dir, ...drafting } = laneBase;
  const base: Omit<DraftOptions, 'templates'> = {
    ...drafting,
    // A layout whose tree did not change since the last version is not written again (an edit of the English text
    // leaves the Russian one as it was).
    reuse: new WrittenBefore(),
  };
  // With two cores, the parallel text is drafted in a worker thread while this one drafts the others (lanes.ts);
  // CICA_WATCH_LANES=1 keeps to one thread.
  const split = process.env.CICA_WATCH_LANES === '1' ? undefined : splitLayouts(base.layouts, base.formats);
  let lane: WorkerLane | undefined = split ? new WorkerLane() : undefined;

  const state: LiveState = { version: 0, failed: false, diagnostics: [] };
  let server: LiveServer | undefined;
  if (port !== undefined) {
    try {
      server = await serveLive(port, () => state);
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code;
      io.err(`cica watch: cannot serve on 127.0.0.1:${port}: ${code === 'EADDRINUSE' ? 'the port is in use (choose another, or 0 for any free port)' : String(err)}`);
      return EXIT.USAGE;
    }
  }

  let reads: string[] = [];
  const watchSet = (): WatchSet => ({ files: [...files, ...reads], folders: opts.templates ? [opts.templates] : [] });

  /** One file's draft, in two lanes at once when there are two (the worker's first), else in this thread. */
  async function draftFile(file: string, set: TemplateSet, html: boolean): Promise<LaneResult> {
    if (!lane || !split) return draftLane(file, { ...base, templates: set }, html);
    const there = lane.draft(file, { ...laneBase, layouts: split[1], html }, templatesLoaded);
    const [here, other] = await Promise.allSettled([draftLane(file, { ...base, layouts: split[0], templates: set }, html), there]);
    if (here.status === 'rejected') throw here.reason;
    if (other.status === 'fulfilled') return mergeLanes([here.value, other.value], base.layouts);
    // The worker failed (it should not): say so once, draft its layouts here, and keep to this thread from now on.
    io.err(`cica watch: internal error in the worker thread (a bug, please report it); drafting in one thread from now on: ${other.reason instanceof Error ? other.reason.message : String(other.reason)}`);
    void lane.close();
    lane = undefined;
    return mergeLanes([here.value, await draftLane(file, { ...base, layouts: split[1], templates: set }, html)], base.layouts);
  }

  async function renderAll(): Promise<Rendered> {
    if (templatesChanged) {
      templates = await loadTemplates(opts.templates);
      templatesChanged = false;
      templatesLoaded++;
    }
    const diagnostics = [...templates.diagnostics];
    if (!templates.value) return { diagnostics, reads };
    const outputs: DraftOutput[] = [];
    const documents: GoodVersion['documents'] = [];
    const names = new Map<string, string>();
    const read: string[] = [];
    let clash: string | undefined;
    const html = port !== undefined;
    for (const file of files) {
      const drafted = await draftFile(file, templates.value, html);
      diagnostics.push(...drafted.diagnostics);
      if (!drafted.ok) continue;
      if (drafted.enclosure !== undefined) read.push(drafted.enclosure);
      for (const output of drafted.outputs) {
        const other = names.get(output.fileName);
        if (other !== undefined && other !== file) clash ??= `${file} and ${other} would both write ${output.fileName}; rename one of them`;
        names.set(output.fileName, file);
        outputs.push(output);
      }
      // The text view is for the page only.
      for (const { layout, html: text } of drafted.documents) {
        const name = `${baseName(file)}.${layout}`;
        documents.push({ name, lang: LANG_OF[layout], html: text, files: drafted.outputs.filter((o) => o.layout === layout).map((o) => o.fileName) });
      }
    }
    // A version that failed to load keeps watching what the last one read.
    const failed = hasErrors(diagnostics) || clash !== undefined || outputs.length === 0;
    return {
      diagnostics,
      reads: failed ? [...new Set([...reads, ...read])] : read,
      ...(clash ? { clash } : {}),
      ...(failed ? {} : { good: { files: new Map(outputs.map((o) => [o.fileName, o.bytes])), documents } }),
    };
  }

  async function renderVersion(startedAt: number, changed: string[]): Promise<void> {
    const version = state.version + 1;
    let rendered: Rendered;
    try {
      rendered = await renderAll();
    } catch (err) {
      // A thrown exception is a bug; the watch goes on, so the next save can still be drafted.
      io.err(`cica watch: internal error (a bug, please report it): ${err instanceof Error && err.stack ? err.stack : String(err)}`);
      rendered = { diagnostics: [], reads, clash: 'an internal error stopped this version' };
    }
    reads = rendered.reads;
    await printDiagnostics(io, rendered.diagnostics);
    const sources = await sourcesOf(rendered.diagnostics);
    state.diagnostics = sortDiagnostics(rendered.diagnostics).map((d) => formatDiagnostic(d, d.span ? sources.get(d.span.file) : undefined, PLAIN));
    const what = changed.length ? ` (${changed.map((c) => c.split(/[\\/]/).pop()).join(', ')} changed)` : '';
    const kept = state.good ? `${opts.out} keeps version ${state.good.version}` : 'nothing written yet';
    let good = rendered.good;
    if (rendered.clash) {
      io.err(`cica watch: ${rendered.clash}`);
    }
    if (good) {
      const failedWrite = await writeOutputs(io, 'watch', opts.out, [...good.files].map(([path, bytes]) => ({ path, bytes })), false);
      if (failedWrite !== undefined) good = undefined;
    }
    const ms = (performance.now() - startedAt).toFixed(0);
    if (good) {
      state.good = { version, ...good };
      io.out(`cica watch: version ${version}${what}: wrote ${good.files.size} file${good.files.size === 1 ? '' : 's'} into ${opts.out} in ${ms} ms`);
    } else {
      io.err(io.color.red(`cica watch: version ${version}${what} not written (${kept}); fix it and save again`));
    }
    state.version = version;
    state.failed = !good;
    server?.notify();
    watcher?.update(watchSet());
  }

  // One render at a time; changes during a render make one more render after it, timed from their first event.
  const templateDir = opts.templates ? resolve(opts.templates) : undefined;
  let running: Promise<void> = Promise.resolve();
  let busy = false;
  let pending: { at: number; changed: Set<string> } | undefined;
  let lastContents = new Map<string, Buffer | undefined>();
  const schedule = (at: number, changed: string[]) => {
    if (pending) changed.forEach((c) => pending!.changed.add(c));
    else pending = { at, changed: new Set(changed) };
    if (busy) return;
    busy = true;
    running = (async () => {
      while (pending) {
        const next = pending;
        pending = undefined;
        if (templateDir && [...next.changed].some((c) => c === templateDir || c.startsWith(templateDir + sep))) templatesChanged = true;
        // A save that changed no byte (an editor writing twice, a touch) is no new version.
        const contents = await readAll([...files, ...reads]);
        if (state.version > 0 && !templatesChanged && sameContents(contents, lastContents)) continue;
        lastContents = contents;
        await renderVersion(next.at, [...next.changed]);
        // A file the version read for the first time (a note's enclosure) as it is now.
        for (const [path, bytes] of await readAll(reads)) if (!lastContents.has(path)) lastContents.set(path, bytes);
      }
      busy = false;
    })();
  };

  // Stopping is set up before the first render, so a Ctrl-C during it exits 0 too, after it.
  let watcher: ReturnType<typeof watchPaths> | undefined;
  const stopped = new Promise<number>((done) => {
    const stop = async () => {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      watcher?.close();
      await running;
      await server?.close();
      await lane?.close();
      done(EXIT.OK);
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  });
  if (server) io.out(`cica watch: serving ${server.url}`);
  // Watching from before the first render: a save made while it runs makes the next version.
  watcher = watchPaths(watchSet(), { debounceMs: DEBOUNCE_MS, onChange: schedule });
  schedule(performance.now(), []);
  await running;
  const count = watchSet().files.length;
  io.err(`cica watch: watching ${count} file${count === 1 ? '' : 's'}${opts.templates ? ` and ${opts.templates}` : ''}; Ctrl-C to stop`);
  return stopped;
}
