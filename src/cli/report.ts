// Prints diagnostics for people: sorted, each with its code frame read from the file it points into.
import { realpath } from 'node:fs/promises';
import { basename } from 'node:path';
import { type Code, type Diagnostic, formatDiagnostic, sortDiagnostics } from '../diagnostics/index.js';
import { readAgreementText, STDIN } from '../reader/index.js';
import type { Output } from './output.js';

/** Codes whose file cannot be shown in a code frame (missing, a folder, too large, not text). */
const NO_FRAME = new Set<Code>(['INTERNAL_ERROR', 'FILE_NOT_FOUND', 'NOT_A_FILE', 'FILE_TOO_LARGE', 'FILE_UNREADABLE', 'INVALID_UTF8', 'EMPTY_FILE']);

/** A code frame echoes a line of the file into a log (a CI log may be public): only from an agreement (.yaml, .yml)
 *  or a template file (.hbs, styles.json), never from whatever a path happens to name (issue 10 §1: /etc/passwd,
 *  /proc/self/environ). The file is read as the reader reads an agreement: a regular file, size-capped, UTF-8. */
const FRAMED = (file: string) => /\.(ya?ml|hbs)$/i.test(file) || basename(file) === 'styles.json';

async function frameSource(file: string): Promise<string | undefined> {
  // The name as given and the file it really is (a link named memo.yaml to /proc/self/environ is no agreement).
  if (file === STDIN) {
    const read = await readAgreementText(file);
    return read.ok ? read.value.text : undefined;
  }
  if (!FRAMED(file) || !FRAMED(await realpath(file).catch(() => ''))) return undefined;
  const read = await readAgreementText(file).catch(() => undefined);
  return read?.ok ? read.value.text : undefined;
}

/** The text of every file the diagnostics point into, read once each. */
export async function sourcesOf(diagnostics: readonly Diagnostic[]): Promise<Map<string, string | undefined>> {
  const files = new Map<string, string | undefined>();
  for (const d of diagnostics) {
    const file = d.span?.file;
    if (!file || files.has(file)) continue;
    files.set(file, NO_FRAME.has(d.code) ? undefined : await frameSource(file));
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
