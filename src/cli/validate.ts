// `cica validate FILE...`: every problem of every file, a summary line; exit 1 when any file has errors.
import { diagnosticsToJson, formatDiagnostic, hasErrors, summaryLine } from '../diagnostics/index.js';
import { loadAgreement } from '../model/index.js';
import { EXIT } from './exit.js';
import { makeOutput, type Output } from './output.js';
import { sourcesOf } from './report.js';

export async function runValidate(files: string[], opts: { json?: boolean }, output: Output = makeOutput(process.stdout)): Promise<number> {
  // The font's answer too, so validate refuses what draft would: a character the documents cannot print.
  const { canSet } = await import('../layout/fonts.js');
  const results = await Promise.all(files.map(async (file) => ({ file, diagnostics: (await loadAgreement(file, { canSet })).diagnostics })));
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
  return results.some((r) => hasErrors(r.diagnostics)) ? EXIT.INVALID : EXIT.OK;
}
