// Diagnostics are values: every stage returns them, none throws on bad input (a throw is a bug).
import type { Code } from './codes.js';

export type { Code } from './codes.js';

/** 1-based line and column, as an editor shows them. */
export interface Position {
  line: number;
  col: number;
}

/** Where in which input file something stands. `file` is the path as the user gave it. */
export interface Span {
  file: string;
  start: Position;
  end?: Position;
}

export type Severity = 'error' | 'warning';

export interface Diagnostic {
  /** Stable machine code, e.g. `YAML_SYNTAX`, `UNKNOWN_KEY` (one of CODES in codes.ts). Tests match this, never the wording. */
  code: Code;
  severity: Severity;
  /** A sentence a legal officer understands. */
  message: string;
  span?: Span;
  /** The field path in the agreement, e.g. `articles[2].paragraphs[0].ru`. */
  field?: string;
  /** What to do about it, where one helps (a did-you-mean, the expected form). */
  hint?: string;
}

export function error(code: Code, message: string, extra: Partial<Diagnostic> = {}): Diagnostic {
  return { code, severity: 'error', message, ...extra };
}

export function warning(code: Code, message: string, extra: Partial<Diagnostic> = {}): Diagnostic {
  return { code, severity: 'warning', message, ...extra };
}

export function hasErrors(diagnostics: readonly Diagnostic[]): boolean {
  return diagnostics.some((d) => d.severity === 'error');
}

/** A stage's answer: a value when it could make one, and everything it found on the way. */
export type Result<T> =
  | { ok: true; value: T; diagnostics: Diagnostic[] }
  | { ok: false; diagnostics: Diagnostic[] };

export function ok<T>(value: T, diagnostics: Diagnostic[] = []): Result<T> {
  return { ok: true, value, diagnostics };
}

export function fail<T>(diagnostics: Diagnostic[]): Result<T> {
  return { ok: false, diagnostics };
}

/** `file:line:col` (or `file` alone) for a span. */
export function formatSpan(span: Span | undefined): string {
  if (!span) return '';
  return `${span.file}:${span.start.line}:${span.start.col}`;
}

/** Problems reported per file: beyond this a file is not an agreement with mistakes but something else, and a
 *  list of 180,000 duplicate keys (issue 10 §3) helps nobody and costs megabytes of output. */
export const MAX_DIAGNOSTICS = 500;

/** The first MAX_DIAGNOSTICS of a sorted list, then one TOO_MANY_PROBLEMS saying how many more there are. */
export function capDiagnostics(sorted: readonly Diagnostic[], max = MAX_DIAGNOSTICS, uncounted = 0): Diagnostic[] {
  if (sorted.length <= max && uncounted === 0) return [...sorted];
  const rest = sorted.length + uncounted - max;
  const next = sorted[Math.min(max, sorted.length - 1)];
  return [
    ...sorted.slice(0, max),
    error('TOO_MANY_PROBLEMS', `${rest} more problem${rest === 1 ? '' : 's'} (${sorted.length + uncounted} in all) are not shown; the first ${Math.min(max, sorted.length)} are above.`, {
      ...(next?.span ? { span: next.span } : {}), hint: 'Fix these first (or check that this is the right file), then run cica validate again.',
    }),
  ];
}

/** Stable order for output: by file, line, column, then code. */
export function sortDiagnostics(list: readonly Diagnostic[]): Diagnostic[] {
  return [...list].sort((a, b) => {
    const fa = a.span?.file ?? '';
    const fb = b.span?.file ?? '';
    if (fa !== fb) return fa < fb ? -1 : 1;
    const la = a.span?.start.line ?? 0;
    const lb = b.span?.start.line ?? 0;
    if (la !== lb) return la - lb;
    const ca = a.span?.start.col ?? 0;
    const cb = b.span?.start.col ?? 0;
    if (ca !== cb) return ca - cb;
    return a.code < b.code ? -1 : a.code > b.code ? 1 : 0;
  });
}
