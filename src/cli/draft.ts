// `cica draft`: options -> draftAgreement for every file (folders as `bundle` takes them, `-` for standard input) ->
// every file written, or none (commit.ts); exit 4 for a failed write, which leaves --out as it was.
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { isSafeBundleName } from '../bundle/paths.js';
import { STDIN } from '../reader/index.js';
import { diagnosticsToJson, hasErrors, type Diagnostic } from '../diagnostics/index.js';
import { baseName, draftAgreement, FORMATS, LAYOUTS, loadTemplates, type DraftOutput, type Format } from '../draft.js';
import type { Lang } from '../model/types.js';
import type { Layout } from '../templates/index.js';
import type { PageSizeName } from '../layout/types.js';
import { EXIT } from './exit.js';
import { agreementInputs } from './inputs.js';
import { writeOutputs } from './write-out.js';
import { makeOutput, type Output } from './output.js';
import { printDiagnostics } from './report.js';
import { VERSION } from './version.js';

/** The options of every command that renders documents (draft, diff, watch), as commander hands them over. */
export interface RenderingCliOptions {
  layout: string[];
  format: string[];
  out: string;
  templates?: string;
  order: string[];
  pageSize: PageSizeName;
}

/** The rendering options as the stages take them: layouts and formats once each, the tool's name and version. */
export function renderingOptions(opts: RenderingCliOptions): { layouts: Layout[]; formats: Format[]; order: Lang[]; pageSize: PageSizeName; creator: string } {
  return {
    layouts: [...new Set(opts.layout)] as Layout[],
    formats: [...new Set(opts.format)] as Format[],
    order: opts.order as Lang[],
    pageSize: opts.pageSize,
    creator: `cica ${VERSION}`,
  };
}

export interface DraftCliOptions extends RenderingCliOptions {
  /** false with --no-enclosure: a note is written without its enclosure. */
  enclosure?: boolean;
  /** --embed-source: each PDF carries the YAML it was drafted from (PDF/A-3u). */
  embedSource?: boolean;
  /** Print what was written (path, bytes, sha256) and the diagnostics as JSON on stdout, nothing else there. */
  json?: boolean;
  /** Print only the errors (and, with --strict, the warnings that fail the run). */
  quiet?: boolean;
  /** Warnings fail too: exit 1, nothing written (for CI). */
  strict?: boolean;
  /** The documents' name for an agreement read from standard input (`-`); default `stdin`. */
  name?: string;
}

export function checkChoice<T extends string>(what: string, given: string[], allowed: readonly T[]): string | undefined {
  const bad = given.filter((g) => !(allowed as readonly string[]).includes(g));
  if (bad.length) return `unknown ${what} ${bad.map((b) => `'${b}'`).join(', ')} (choose from ${allowed.join(', ')})`;
  if (given.length === 0) return `no ${what} given (choose from ${allowed.join(', ')})`;
  return undefined;
}

/** What is wrong with the layout, format and order options (`cica draft`, `cica watch`), if anything. */
export function checkDraftUsage(opts: Pick<DraftCliOptions, 'layout' | 'format' | 'order'>): string | undefined {
  return checkChoice('layout', opts.layout, LAYOUTS) ??
    checkChoice('format', opts.format, FORMATS) ??
    (opts.order.length !== 2 || !opts.order.includes('en') || !opts.order.includes('ru')
      ? `--order must name en and ru once each (e.g. ru,en), not '${opts.order.join(',')}'`
      : undefined);
}

export async function runDraft(paths: string[], opts: DraftCliOptions, given?: Output): Promise<number> {
  const io = given ?? (await makeOutput());
  const inputs = await agreementInputs(paths);
  const stdin = paths.includes('-');
  const name = opts.name ?? 'stdin';
  const usage =
    ('usage' in inputs ? inputs.usage : undefined) ??
    checkDraftUsage(opts) ??
    (opts.name !== undefined && !stdin ? "--name names the documents of an agreement read from standard input ('-'); give '-' or drop --name" : undefined) ??
    (stdin && !isSafeBundleName(name) ? `--name '${name}' cannot name a file: use letters, digits, spaces, ".", "_" and "-", not starting with a dot` : undefined) ??
    (stdin && opts.embedSource ? "--embed-source embeds the agreement's file: it needs a file, not '-'" : undefined);
  if (usage || !('files' in inputs)) {
    io.err(`cica draft: ${usage}`);
    return EXIT.USAGE;
  }
  const { files } = inputs;

  const templates = await loadTemplates(opts.templates);
  if (!templates.ok) {
    await report(io, opts, [{ file: opts.templates ?? '', diagnostics: templates.diagnostics }], []);
    // A folder that is not there is a bad invocation; a template with errors is bad input.
    return templates.diagnostics.some((d) => d.code === 'TEMPLATE_DIR_MISSING') ? EXIT.USAGE : EXIT.INVALID;
  }
  const options = {
    ...renderingOptions(opts),
    templates: templates.value,
    enclosure: opts.enclosure !== false,
    embedSource: opts.embedSource === true,
  };

  // Render everything in memory first: if any file is invalid, nothing at all is written.
  const found: FileDiagnostics[] = templates.diagnostics.length ? [{ file: opts.templates ?? '', diagnostics: [...templates.diagnostics] }] : [];
  const outputs: DraftOutput[] = [];
  const names = new Map<string, string>();
  let failed = false;
  for (const file of files) {
    const drafted = await draftAgreement(file, options);
    found.push({ file, diagnostics: drafted.diagnostics });
    if (!drafted.ok) {
      failed = true;
      continue;
    }
    for (const drawn of drafted.value.outputs) {
      // From standard input the documents are named by --name (default `stdin`), not `<stdin>`.
      const output = file === STDIN ? { ...drawn, fileName: name + drawn.fileName.slice(baseName(file).length) } : drawn;
      const other = names.get(output.fileName);
      if (other !== undefined && other !== file) {
        io.err(`cica draft: ${file} and ${other} would both write ${output.fileName}; rename one of them`);
        return EXIT.USAGE;
      }
      names.set(output.fileName, file);
      outputs.push(output);
    }
  }
  const diagnostics = found.flatMap((f) => f.diagnostics);
  const warned = Boolean(opts.strict) && diagnostics.some((d) => d.severity === 'warning');
  if (failed || hasErrors(diagnostics) || warned) {
    await report(io, opts, found, []);
    const why = failed || hasErrors(diagnostics) ? `${files.length === 1 ? 'the file has' : 'input has'} errors` : 'warnings fail with --strict';
    io.err(io.color.red(`cica draft: nothing written: ${why}`));
    return EXIT.INVALID;
  }
  // Every file of the run, or none: staged inside --out, then renamed in (commit.ts).
  const failedWrite = await writeOutputs(io, 'draft', opts.out, outputs.map((o) => ({ path: o.fileName, bytes: o.bytes })));
  if (failedWrite !== undefined) return failedWrite;
  await report(io, opts, found, outputs.map((o) => ({
    path: join(opts.out, o.fileName), bytes: o.bytes.length, sha256: createHash('sha256').update(o.bytes).digest('hex'),
  })));
  return EXIT.OK;
}

interface FileDiagnostics {
  file: string;
  diagnostics: Diagnostic[];
}

interface Written {
  path: string;
  bytes: number;
  sha256: string;
}

/** What the run found and wrote: as JSON on stdout (--json), or the diagnostics on stderr and a line a file. */
async function report(io: Output, opts: DraftCliOptions, found: FileDiagnostics[], written: Written[]): Promise<void> {
  if (opts.json) {
    const json = diagnosticsToJson(found);
    const ok = json.errors === 0 && !(opts.strict && json.warnings > 0);
    io.out(JSON.stringify({ ok, ...(opts.strict ? { strict: true } : {}), written, ...json }, null, 2));
    return;
  }
  const shown = found.flatMap((f) => f.diagnostics).filter((d) => !opts.quiet || d.severity === 'error' || opts.strict);
  await printDiagnostics(io, shown);
  if (!opts.quiet) for (const w of written) io.out(`wrote ${w.path} (${formatSize(w.bytes)})`);
}

export function formatSize(bytes: number): string {
  return bytes < 1024 ? `${bytes} B` : `${(bytes / 1024).toFixed(1)} KiB`;
}
