// Independent tools and the built CLI, for end-to-end tests that read our output back.
import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export const ROOT = resolve(import.meta.dirname, '../..');
export const CICA = join(ROOT, 'bin/cica');

const seen = new Map<string, boolean>();
/** Whether a command is on PATH; warns once naming the tool, so a skip is never silent. */
export function has(tool: string): boolean {
  if (!seen.has(tool)) {
    const ok = spawnSync('sh', ['-c', `command -v ${tool}`]).status === 0;
    if (!ok) console.warn(`[skip] ${tool} is not installed: the tests that read our output back with it are skipped (apt-get install the package; .ci/run does)`);
    seen.set(tool, ok);
  }
  return seen.get(tool)!;
}

export function run(cmd: string, args: string[], opts: { env?: NodeJS.ProcessEnv; cwd?: string; input?: string } = {}): SpawnSyncReturns<string> {
  return spawnSync(cmd, args, {
    encoding: 'utf8',
    cwd: opts.cwd ?? ROOT,
    env: { ...process.env, NO_COLOR: '1', ...opts.env },
    input: opts.input,
    maxBuffer: 64 * 1024 * 1024,
    timeout: 120_000,
  });
}

export function cica(args: string[], opts: { env?: NodeJS.ProcessEnv; cwd?: string } = {}): SpawnSyncReturns<string> {
  return run(process.execPath, [CICA, ...args], opts);
}

export function tempDir(prefix: string): string {
  return mkdtempSync(join(tmpdir(), `cica-${prefix}-`));
}

export const SAMPLES: string[] = readdirSync(join(ROOT, 'agreements'))
  .filter((f) => f.endsWith('.yaml'))
  .sort()
  .map((f) => join('agreements', f));

/** The layouts every sample is drafted in. */
export const LAYOUTS = ['en', 'ru', 'parallel'] as const;

/** Drafts every sample into `out` (DOCX and PDF of each layout), then, with `libreoffice`, has one soffice run convert
 *  every DOCX to `out/lo/NAME.pdf`: LibreOffice's layout of the Word files, to read back beside our PDFs. */
export function draftSamples(out: string, libreoffice: boolean): void {
  const drafted = cica(['draft', ...SAMPLES, '--out', out]);
  if (drafted.status !== 0) throw new Error(`cica draft failed: ${drafted.stderr}`);
  if (!libreoffice) return;
  const docx = SAMPLES.flatMap((f) => LAYOUTS.map((l) => join(out, `${sampleName(f)}.${l}.docx`)));
  // Our own profile: a parallel soffice (another test, another engineer) would otherwise lock the shared one.
  const lo = run('soffice', [`-env:UserInstallation=file://${out}/profile`, '--headless', '--convert-to', 'pdf', '--outdir', join(out, 'lo'), ...docx]);
  if (lo.status !== 0) throw new Error(`soffice failed: ${lo.stderr}`);
}

/** A sample's documents' name: its file name without the folder and .yaml. */
export const sampleName = (file: string): string => file.replace(/^.*\//, '').replace(/\.yaml$/, '');

/** The page count of a PDF (pdfinfo). */
export function pdfPages(pdf: string): number {
  const info = run('pdfinfo', [pdf]);
  if (info.status !== 0) throw new Error(`pdfinfo ${pdf}: ${info.stderr}`);
  return Number(/^Pages:\s+(\d+)/m.exec(info.stdout)?.[1]);
}
