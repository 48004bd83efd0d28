// Prints diagnostics for people (`file:line:col  CODE  message`, a hint, a code frame with a caret) and for CI (JSON).
import { type Diagnostic, formatSpan, hasErrors } from './diagnostic.js';

/** The colours used; a chalk instance fits. Plain text when absent. */
export interface Paint {
  red: (s: string) => string;
  yellow: (s: string) => string;
  cyan: (s: string) => string;
  dim: (s: string) => string;
  bold: (s: string) => string;
}

const id = (s: string) => s;
export const PLAIN: Paint = { red: id, yellow: id, cyan: id, dim: id, bold: id };

/** The source line of the span with a caret under the column (eemeli/yaml's prettyErrors, typst's frames). */
export function codeFrame(d: Diagnostic, source: string, paint: Paint = PLAIN): string {
  const span = d.span;
  if (!span) return '';
  const lines = source.replace(/^\uFEFF/, '').split(/\r?\n/);
  const full = lines[span.start.line - 1];
  if (full === undefined) return '';
  // A very long line is cut to a window around the column, marked with "…" where it was cut.
  const WINDOW = 100;
  const from = full.length <= WINDOW ? 0 : Math.max(0, Math.min(span.start.col - 1 - WINDOW / 2, full.length - WINDOW));
  const text = (from > 0 ? '…' : '') + full.slice(from, from + WINDOW) + (from + WINDOW < full.length ? '…' : '');
  const col = span.start.col - from + (from > 0 ? 1 : 0);
  const num = String(span.start.line);
  const gutter = ' '.repeat(num.length);
  // Keep tabs in the caret's indent so it lines up under the same character as the source above it.
  const indent = [...text.slice(0, col - 1)].map((c) => (c === '\t' ? '\t' : ' ')).join('');
  const sameLine = span.end && span.end.line === span.start.line && span.end.col > span.start.col;
  const width = sameLine ? Math.min(span.end!.col - span.start.col, Math.max(1, text.length - col + 1)) : 1;
  const mark = d.severity === 'error' ? paint.red : paint.yellow;
  return [
    `${paint.dim(` ${num} |`)} ${text}`,
    `${paint.dim(` ${gutter} |`)} ${indent}${mark('^' + '~'.repeat(Math.max(0, width - 1)))}`,
  ].join('\n');
}

export function formatDiagnostic(d: Diagnostic, source?: string, paint: Paint = PLAIN): string {
  const where = formatSpan(d.span);
  const code = d.severity === 'error' ? paint.red(paint.bold(d.code)) : `${paint.yellow(paint.bold(d.code))} ${paint.yellow('(warning)')}`;
  const out = [`${where ? paint.bold(where) + '  ' : ''}${code}  ${d.message}`];
  if (d.hint) out.push(`  ${paint.cyan('hint:')} ${d.hint.split('\n').join('\n        ')}`);
  if (source !== undefined && d.span) {
    const frame = codeFrame(d, source, paint);
    if (frame) out.push(frame);
  }
  return out.join('\n');
}

export interface FileDiagnostics {
  file: string;
  diagnostics: readonly Diagnostic[];
}

export interface DiagnosticsJson {
  files: {
    file: string;
    ok: boolean;
    diagnostics: { code: string; severity: string; message: string; file: string | null; line: number | null; col: number | null; field: string | null; hint: string | null }[];
  }[];
  errors: number;
  warnings: number;
}

/** The `--json` form, stable for CI: every key always present (null when unknown). */
export function diagnosticsToJson(results: readonly FileDiagnostics[]): DiagnosticsJson {
  let errors = 0;
  let warnings = 0;
  const files = results.map((r) => {
    for (const d of r.diagnostics) d.severity === 'error' ? errors++ : warnings++;
    return {
      file: r.file,
      ok: !hasErrors(r.diagnostics),
      diagnostics: r.diagnostics.map((d) => ({
        code: d.code,
        severity: d.severity,
        message: d.message,
        file: d.span?.file ?? null,
        line: d.span?.start.line ?? null,
        col: d.span?.start.col ?? null,
        field: d.field ?? null,
        hint: d.hint ?? null,
      })),
    };
  });
  return { files, errors, warnings };
}

/** "3 files checked: 2 errors, 1 warning". */
export function summaryLine(files: number, errors: number, warnings: number): string {
  const n = (k: number, word: string) => `${k} ${word}${k === 1 ? '' : 's'}`;
  const problems = errors + warnings === 0 ? 'no problems' : [errors ? n(errors, 'error') : '', warnings ? n(warnings, 'warning') : ''].filter(Boolean).join(', ');
  return `${n(files, 'file')} checked: ${problems}`;
}
