// `cica validate PATH...`: every problem of every file (folders as `bundle` takes them, `-` for standard input), a
// summary line; exit 1 when any file has errors (or, with --strict, warnings), 2 for an unusable path.
import { type Diagnostic, diagnosticsToJson, error, formatDiagnostic, hasErrors, summaryLine } from '../diagnostics/index.js';
import { loadAgreement, type CheckOptions } from '../model/index.js';
import { EXIT } from './exit.js';
import { agreementInputs } from './inputs.js';
import { makeOutput, type Output } from './output.js';
import { sourcesOf } from './report.js';

export interface ValidateCliOptions {
  json?: boolean;
  /** Print only the errors (and, with --strict, the warnings that fail the run); no summary line. */
  quiet?: boolean;
  /** Warnings fail too: exit 1 (for CI). */
  strict?: boolean;
}

/** One file's diagnostics. A thrown exception is a bug in cica: it becomes that file's INTERNAL_ERROR, so the
 *  other files are still reported (issue 10 §1: one crash lost every file's `--json` report). */
async function validateOne(file: string, options: CheckOptions, load: Loader): Promise<{ file: string; diagnostics: Diagnostic[]; crashed: boolean }> {
  try {
    return { file, diagnostics: (await load(file, options)).diagnostics, crashed: false };
  } catch (err) {
    const reason = err instanceof Error ? `${err.name}: ${err.message}` : String(err);
    return {
      file,
      crashed: true,
      diagnostics: [error('INTERNAL_ERROR', `cica failed while checking this file (a bug, please report it with the file): ${reason}`, {
        span: { file, start: { line: 1, col: 1 } }, hint: 'The other files were checked as usual.',
      })],
    };
  }
}

type Loader = typeof loadAgreement;

/** `load` is a test seam (a loader that throws stands for a bug met in one file). */
export async function runValidate(paths: string[], opts: ValidateCliOptions, given?: Output, load: Loader = loadAgreement): Promise<number> {
  const output = given ?? (await makeOutput(process.stdout));
  const inputs = await agreementInputs(paths);
  if ('usage' in inputs) {
    output.err(`cica validate: ${inputs.usage}`);
    return EXIT.USAGE;
  }
  const { files } = inputs;
  // The font's answer too, so validate refuses what draft would: a character the documents cannot print.
  const { canSet } = await import('../layout/coverage.js');
  const results = await Promise.all(files.map((file) => validateOne(file, { canSet }, load)));
  const json = diagnosticsToJson(results);
  const fails = (d: Diagnostic) => d.severity === 'error' || Boolean(opts.strict);
  if (opts.json) {
    output.out(JSON.stringify(opts.strict ? { ...json, strict: true } : json, null, 2));
  } else {
    for (const { diagnostics } of results) {
      const shown = opts.quiet ? diagnostics.filter(fails) : diagnostics;
      const text = await sourcesOf(shown);
      for (const d of shown) output.out(formatDiagnostic(d, d.span ? text.get(d.span.file) : undefined, output.color) + '\n\n');
    }
    const line = summaryLine(files.length, json.errors, json.warnings) + (opts.strict && json.warnings ? ' (--strict: warnings fail)' : '');
    if (!opts.quiet) output.out(json.errors ? output.color.red(line) : json.warnings ? output.color.yellow(line) : output.color.green(line));
  }
  if (results.some((r) => r.crashed)) return EXIT.INTERNAL;
  return results.some((r) => r.diagnostics.some(fails)) ? EXIT.INVALID : EXIT.OK;
}
