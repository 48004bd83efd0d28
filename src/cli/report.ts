// Prints diagnostics for people: sorted, each with its code frame read from the file it points into.
import { readFile } from 'node:fs/promises';
import { type Diagnostic, formatDiagnostic, sortDiagnostics } from '../diagnostics/index.js';
import type { Output } from './output.js';

/** Codes whose file cannot be shown in a code frame (missing, a folder, too large, not text). */
const NO_FRAME = new Set(['INTERNAL_ERROR', 'FILE_NOT_FOUND', 'NOT_A_FILE', 'FILE_TOO_LARGE', 'FILE_UNREADABLE', 'INVALID_UTF8', 'EMPTY_FILE']);

/** The text of every file the diagnostics point into, read once each. */
export async function sourcesOf(diagnostics: readonly Diagnostic[]): Promise<Map<string, string | undefined>> {
  const files = new Map<string, string | undefined>();
  for (const d of diagnostics) {
    const file = d.span?.file;
    if (!file || files.has(file)) continue;
    files.set(file, NO_FRAME.has(d.code) ? undefined : await readFile(file, 'utf8').catch(() => undefined));
  }
  return files;
}

/** Writes every diagnostic to stderr (`file:line:col  CODE  message`, hint, code frame). */
export async function printDiagnostics(io: Output, diagnostics: readonly Diagnostic[]): Promise<void> {
  if (diagnostics.length === 0) return;
  const text = await sourcesOf(diagnostics);
  for (const d of sortDiagnostics(diagnostics)) {
    io.err(formatDiagnostic(d, d.span ? text.get(d.span.file) : undefined, io.color) + '\n');
  }
}
