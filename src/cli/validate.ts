// `cica validate FILE...`: every problem of every file, a summary line; exit 1 when any file has errors.
import { type Diagnostic, diagnosticsToJson, error, formatDiagnostic, hasErrors, summaryLine } from '../diagnostics/index.js';
import { loadAgreement, type CheckOptions } from '../model/index.js';
import { EXIT } from './exit.js';
import { makeOutput, type Output } from './output.js';
import { sourcesOf } from './report.js';

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
export async function runValidate(files: string[], opts: { json?: boolean }, given?: Output, load: Loader = loadAgreement): Promise<number> {
  const output = given ?? (await makeOutput(process.stdout));
  // The font's answer too, so validate refuses what draft would: a character the documents cannot print.
  const { canSet } = await import('../layout/coverage.js');
  const results = await Promise.all(files.map((file) => validateOne(file, { canSet }, load)));
  const json = diagnosticsToJson(results);
  if (opts.json) {
    output.out(JSON.stringify(json, null, 2));
  } else {
    for (const { diagnostics } of results) {
      const text = await sourcesOf(diagnostics);
      for (const d of diagnostics) output.out(formatDiagnostic(d, d.span ? text.get(d.span.file) : undefined, output.color) + '\n\n');
    }
    const line = summaryLine(files.length, json.errors, json.warnings);
    output.out(json.errors ? output.color.red(line) : json.warnings ? output.color.yellow(line) : output.color.green(line));
  }
  if (results.some((r) => r.crashed)) return EXIT.INTERNAL;
  return results.some((r) => hasErrors(r.diagnostics)) ? EXIT.INVALID : EXIT.OK;
}
