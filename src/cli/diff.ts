// `cica diff OLD NEW`: options -> compareVersions -> the redlines written (all or none, commit.ts) and the bilingual
// check printed. Exit 0 written; 1 --strict found a one-language change (the redlines are still written, for the
// reviewer); 2 bad invocation or an unusable version (its diagnostics, nothing written); 4 the write failed.
import { join } from 'node:path';
import { type Diagnostic } from '../diagnostics/index.js';
import { LAYOUT_FORMATS, LAYOUTS, loadTemplates } from '../draft.js';
import { checkChoice, renderingOptions, type RenderingCliOptions } from './draft.js';
import { EXIT } from './exit.js';
import { writeOutputs } from './write-out.js';
import { makeOutput } from './output.js';
import { printDiagnostics } from './report.js';

export interface DiffCliOptions extends RenderingCliOptions {
  author?: string;
  json?: boolean;
  strict?: boolean;
}

const jsonOf = (d: Diagnostic) => ({
  code: d.code, severity: d.severity, message: d.message, file: d.span?.file ?? null, line: d.span?.start.line ?? null,
  col: d.span?.start.col ?? null, field: d.field ?? null, hint: d.hint ?? null,
});

export async function runDiff(before: string, after: string, opts: DiffCliOptions): Promise<number> {
  const io = await makeOutput();
  const usage = checkChoice('layout', opts.layout, LAYOUTS) ?? checkChoice('format', opts.format, LAYOUT_FORMATS)
    ?? (opts.order.length !== 2 || !opts.order.includes('en') || !opts.order.includes('ru') ? `--order must name en and ru once each, not '${opts.order.join(',')}'` : undefined)
    ?? (opts.author !== undefined && (opts.author.trim() === '' || opts.author.length > 200 || /[\u0000-\u001f\u007f]/.test(opts.author)) ? '--author must be a name of 1 to 200 printable characters' : undefined);
  if (usage) {
    io.err(`cica diff: ${usage}`);
    return EXIT.USAGE;
  }
  const { compareVersions, openVersion, SourceError } = await import('../diff/index.js');
  const templates = await loadTemplates(opts.templates);
  if (!templates.ok) {
    await printDiagnostics(io, templates.diagnostics);
    return EXIT.USAGE;
  }
  const opened: Awaited<ReturnType<typeof openVersion>>[] = [];
  try {
    for (const arg of [before, after]) opened.push(await openVersion(arg));
  } catch (err) {
    await Promise.all(opened.map((v) => v.dispose()));
    if (err instanceof SourceError) {
      io.err(`cica diff: ${err.message}`);
      return EXIT.USAGE;
    }
    throw err;
  }
  try {
    const compared = await compareVersions(opened[0]!, opened[1]!, {
      ...renderingOptions(opts),
      templates: templates.value,
      author: opts.author?.trim() ?? 'cica',
    });
    if (!compared.ok) {
      if (opts.json) io.out(JSON.stringify({ ok: false, written: [], diagnostics: compared.diagnostics.map(jsonOf), findings: [] }, null, 2));
      else await printDiagnostics(io, compared.diagnostics);
      io.err(io.color.red('cica diff: nothing written: a version is not a valid agreement'));
      return EXIT.USAGE;
    }
    const { outputs, findings, summary } = compared.value;
    const reported = opts.strict ? findings.map((d) => ({ ...d, severity: 'error' as const })) : findings;
    const failedWrite = await writeOutputs(io, 'diff', opts.out, outputs.map((o) => ({ path: o.fileName, bytes: o.bytes })));
    if (failedWrite !== undefined) return failedWrite;
    const written = outputs.map((o) => join(opts.out, o.fileName));
    if (opts.json) {
      io.out(JSON.stringify({ ok: !(opts.strict && findings.length), written, summary, diagnostics: compared.diagnostics.map(jsonOf), findings: reported.map(jsonOf) }, null, 2));
    } else {
      await printDiagnostics(io, [...compared.diagnostics, ...reported]);
      for (const file of written) io.out(`wrote ${file}`);
      const line = `${summary.units} units: ${summary.changed} changed, ${summary.inserted} inserted, ${summary.deleted} deleted, ${summary.moved} moved; ${findings.length} changed in one language only`;
      io.out(findings.length ? io.color.yellow(line) : io.color.green(line));
    }
    return opts.strict && findings.length > 0 ? EXIT.INVALID : EXIT.OK;
  } finally {
    await Promise.all(opened.map((v) => v.dispose()));
  }
}
