// `cica draft`: options -> draftAgreement for every file -> every file written, or none (commit.ts); exit 4 for a
// failed write, which leaves --out as it was.
import { join } from 'node:path';
import { hasErrors, type Diagnostic } from '../diagnostics/index.js';
import { draftAgreement, FORMATS, LAYOUTS, loadTemplates, type DraftOutput, type Format } from '../draft.js';
import type { Lang } from '../model/types.js';
import type { Layout } from '../templates/index.js';
import type { PageSizeName } from '../layout/types.js';
import { EXIT } from './exit.js';
import { writeOutputs } from './write-out.js';
import { makeOutput } from './output.js';
import { printDiagnostics } from './report.js';
import { VERSION } from './version.js';

export interface DraftCliOptions {
  layout: string[];
  format: string[];
  out: string;
  templates?: string;
  order: string[];
  pageSize: PageSizeName;
  /** false with --no-enclosure: a note is written without its enclosure. */
  enclosure?: boolean;
  /** --embed-source: each PDF carries the YAML it was drafted from (PDF/A-3u). */
  embedSource?: boolean;
}

function checkChoice<T extends string>(what: string, given: string[], allowed: readonly T[]): string | undefined {
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

export async function runDraft(files: string[], opts: DraftCliOptions): Promise<number> {
  const io = await makeOutput();
  const usage = checkDraftUsage(opts);
  if (usage) {
    io.err(`cica draft: ${usage}`);
    return EXIT.USAGE;
  }

  const templates = await loadTemplates(opts.templates);
  if (!templates.ok) {
    await printDiagnostics(io, templates.diagnostics);
    // A folder that is not there is a bad invocation; a template with errors is bad input.
    return templates.diagnostics.some((d) => d.code === 'TEMPLATE_DIR_MISSING') ? EXIT.USAGE : EXIT.INVALID;
  }
  const options = {
    layouts: [...new Set(opts.layout)] as Layout[],
    formats: [...new Set(opts.format)] as Format[],
    order: opts.order as Lang[],
    pageSize: opts.pageSize,
    templates: templates.value,
    creator: `cica ${VERSION}`,
    enclosure: opts.enclosure !== false,
    embedSource: opts.embedSource === true,
  };

  // Render everything in memory first: if any file is invalid, nothing at all is written.
  const diagnostics: Diagnostic[] = [...templates.diagnostics];
  const outputs: DraftOutput[] = [];
  const names = new Map<string, string>();
  let failed = false;
  for (const file of files) {
    const drafted = await draftAgreement(file, options);
    diagnostics.push(...drafted.diagnostics);
    if (!drafted.ok) {
      failed = true;
      continue;
    }
    for (const output of drafted.value.outputs) {
      const other = names.get(output.fileName);
      if (other !== undefined && other !== file) {
        io.err(`cica draft: ${file} and ${other} would both write ${output.fileName}; rename one of them`);
        return EXIT.USAGE;
      }
      names.set(output.fileName, file);
      outputs.push(output);
    }
  }
  await printDiagnostics(io, diagnostics);
  if (failed || hasErrors(diagnostics)) {
    io.err(io.color.red(`cica draft: nothing written: ${files.length === 1 ? 'the file has' : 'input has'} errors`));
    return EXIT.INVALID;
  }
  // Every file of the run, or none: staged inside --out, then renamed in (commit.ts).
  const failedWrite = await writeOutputs(io, 'draft', opts.out, outputs.map((o) => ({ path: o.fileName, bytes: o.bytes })));
  if (failedWrite !== undefined) return failedWrite;
  for (const output of outputs) io.out(`wrote ${join(opts.out, output.fileName)} (${formatSize(output.bytes.length)})`);
  return EXIT.OK;
}

export function formatSize(bytes: number): string {
  return bytes < 1024 ? `${bytes} B` : `${(bytes / 1024).toFixed(1)} KiB`;
}
