// The entry of the V8 startup snapshot (issue 13 §2): scripts/snapshot.mjs bundles this file with everything `cica
// draft` runs (dist/cli/snapshot.bundle.cjs) and runs it under `node --build-snapshot`, which drafts one sample here,
// so the snapshot holds the modules loaded and initialised, the built-in templates compiled, the font tables read and
// the functions compiled to bytecode. A `cica draft` then starts from that heap (src/cli/start.ts decides when, and
// falls back to a normal start when the snapshot cannot be used). Nothing of the warm-up draft's input or output is
// kept: its files are written into a temporary folder that is removed, and every cache it fills is one a second
// draft in one process (cica watch, cica bundle) fills the same way.
import fs, { closeSync, mkdtempSync, rmSync, writeFileSync, writeSync } from 'node:fs';
import fsp from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import v8 from 'node:v8';
import { main } from './main.js';

/** The environment variable through which the start names the file descriptor to report on: the snapshot's main
 *  writes one byte there before it does anything, so the start knows that the snapshot was loaded (a node that
 *  rejects the blob exits before any of this runs, and the start then runs the command itself). */
export const SNAPSHOT_FD = 'CICA_SNAPSHOT_FD';

/** The real TextDecoder. docx and fflate each make one when their module loads, and node's TextDecoder holds a native
 *  ICU converter, which a snapshot cannot hold (V8 aborts the build). While the snapshot is built, TextDecoder is a
 *  stand-in that makes the real decoder when first asked to decode; just before the heap is written those real
 *  decoders are dropped, and after the start each stand-in makes its own again. Decoding is the real decoder's. */
const RealTextDecoder = globalThis.TextDecoder;
const live = new Set<LazyTextDecoder>();
type Real = InstanceType<typeof RealTextDecoder>;
type Options = ConstructorParameters<typeof RealTextDecoder>[1];

class LazyTextDecoder {
  readonly #label: string | undefined;
  readonly #options: Options;
  #real: Real | undefined;
  constructor(label?: string, options?: Options) {
    this.#label = label;
    this.#options = options;
    // Checks the label and options now, as the real constructor does (a bad label throws here, not at decode).
    this.#real = new RealTextDecoder(label, options);
    live.add(this);
  }
  #decoder(): Real {
    return (this.#real ??= new RealTextDecoder(this.#label, this.#options));
  }
  get encoding(): string { return this.#decoder().encoding; }
  get fatal(): boolean { return this.#decoder().fatal; }
  get ignoreBOM(): boolean { return this.#decoder().ignoreBOM; }
  decode(...args: Parameters<Real['decode']>): string {
    return this.#decoder().decode(...args);
  }
  /** Drops the native decoder (before the heap is written). */
  release(): void {
    this.#real = undefined;
  }
}

/** When the started process turns TurboFan on (it starts without). */
const TURBOFAN_AFTER_MS = 1000;

function runMain(): void {
  globalThis.TextDecoder = RealTextDecoder;
  const fd = Number(process.env[SNAPSHOT_FD]);
  delete process.env[SNAPSHOT_FD];
  if (Number.isInteger(fd) && fd > 2) {
    try {
      writeSync(fd, 'r');
      closeSync(fd);
    } catch {
      // The start is gone or gave no such descriptor: run anyway.
    }
  }
  // Started with --no-opt (scripts/snapshot.mjs): a draft of one agreement ends before TurboFan's optimised code pays
  // for its compiling; a longer run (a folder of agreements) gets it after the first second.
  setTimeout(() => v8.setFlagsFromString('--opt'), TURBOFAN_AFTER_MS).unref();
  // Started as `node --snapshot-blob BLOB -- ARGS...`, the process has no script in its argv: main takes one.
  main([process.argv[0] ?? 'node', 'cica', ...process.argv.slice(1)]).then(
    (code) => { process.exitCode = code; },
    (err: unknown) => {
      process.stderr.write(`cica: internal error (a bug, please report it): ${err instanceof Error && err.stack ? err.stack : String(err)}\n`);
      process.exitCode = 3;
    },
  );
}

if (v8.startupSnapshot.isBuildingSnapshot()) {
  globalThis.TextDecoder = LazyTextDecoder as unknown as typeof RealTextDecoder;
  v8.startupSnapshot.addSerializeCallback(() => {
    for (const decoder of live) decoder.release();
    live.clear();
  });
  // Every file the warm-up reads, for scripts/snapshot.mjs to list in the stamp (a start checks them: the heap may
  // hold what was read from them).
  const reads = new Set<string>();
  const seen = (path: unknown): void => {
    if (typeof path === 'string') reads.add(path);
    else if (path instanceof URL) reads.add(path.pathname);
  };
  for (const [module, names] of [[fs, ['readFileSync', 'openSync']], [fsp, ['readFile', 'open']]] as const) {
    for (const name of names) {
      const real = (module as unknown as Record<string, (...args: unknown[]) => unknown>)[name]!;
      (module as unknown as Record<string, unknown>)[name] = (...args: unknown[]) => { seen(args[0]); return real(...args); };
      v8.startupSnapshot.addSerializeCallback(() => { (module as unknown as Record<string, unknown>)[name] = real; });
    }
  }
  v8.startupSnapshot.addSerializeCallback(() => {
    if (process.env.CICA_SNAPSHOT_READS) writeFileSync(process.env.CICA_SNAPSHOT_READS, JSON.stringify([...reads]));
  });
  const sample = process.env.CICA_SNAPSHOT_SAMPLE;
  if (!sample) throw new Error('CICA_SNAPSHOT_SAMPLE names no agreement to warm the snapshot with');
  const out = mkdtempSync(join(tmpdir(), 'cica-snapshot-'));
  const done = (code: number | undefined, err?: unknown): void => {
    rmSync(out, { recursive: true, force: true });
    // The DOCX runs the warm-up made hold the sample's own text: a cold draft of that sample would find every run
    // made, and of any other agreement none. A start keeps only what every agreement's draft has alike. (Imported
    // here, once the draft has loaded the writer: docx must load after the TextDecoder stand-in is in place.)
    void import('../writers/docx/inlines.js').then((m) => m.forgetRuns());
    if (code !== 0) {
      process.stderr.write(`snapshot: the warm-up draft of ${sample} failed (exit ${code ?? 'none'})${err ? `: ${String(err)}` : ''}\n`);
      process.exitCode = 1;
    }
  };
  main([process.argv[0] ?? 'node', 'cica', 'draft', sample, '--out', out, '--quiet']).then((code) => done(code), (err: unknown) => done(undefined, err));
  v8.startupSnapshot.setDeserializeMainFunction(runMain);
}
