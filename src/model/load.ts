// loadAgreement: file -> read -> parse -> check, and for a note the enclosure it circulates.
import { type Diagnostic, type Result, type Span, capDiagnostics, error, fail, hasErrors, ok, sortDiagnostics } from '../diagnostics/index.js';
import { readAgreement } from '../reader/index.js';
import { inspectAgreement } from './check.js';
import { enclosurePath } from './enclosure.js';
import type { Agreement, Note } from './types.js';
import type { CheckOptions } from './options.js';

/** The enclosure must exist and be a valid memorandum or protocol; its own problems are passed on. */
async function checkEnclosure(note: Note, span: Span, options: CheckOptions): Promise<Diagnostic[]> {
  const enc = note.enclosure;
  if (!enc) return [];
  const where = await enclosurePath(note.src.file, enc.file, span);
  if (!where.ok) return [where.diagnostic];
  const { shown } = where;
  const loaded = await loadFile(shown, false, options);
  const at = { span, field: 'enclosure.file' };
  if (!loaded.ok) {
    const missing = loaded.diagnostics.some((d) => d.code === 'FILE_NOT_FOUND' || d.code === 'NOT_A_FILE');
    return [
      error('ENCLOSURE', missing ? `The enclosure \`${enc.file}\` does not exist.` : `The enclosure \`${enc.file}\` is not a valid agreement (its problems follow).`, {
        ...at, hint: missing ? "The path is relative to this note's folder; check its spelling." : `Fix the enclosure first: cica validate ${shown}`,
      }),
      ...(missing ? [] : loaded.diagnostics),
    ];
  }
  if (loaded.value.kind === 'note') {
    return [error('ENCLOSURE', `The enclosure \`${enc.file}\` is itself a note verbale; a note encloses a memorandum or a protocol.`, at)];
  }
  return [];
}

async function loadFile(file: string, withEnclosure: boolean, options: CheckOptions): Promise<Result<Agreement>> {
  const read = await readAgreement(file);
  if (!read.ok) return fail(read.diagnostics);
  const { agreement, diagnostics: found, overflow, at } = inspectAgreement(read.value, file, options);
  const diagnostics = [...read.diagnostics, ...found];
  if (withEnclosure && agreement?.kind === 'note') diagnostics.push(...(await checkEnclosure(agreement, at('enclosure.file'), options)));
  const sorted = capDiagnostics(sortDiagnostics(diagnostics), undefined, overflow);
  return agreement && !hasErrors(sorted) ? ok(agreement, sorted) : fail(sorted);
}

/** Reads, parses and checks one agreement file; reports every problem at once. Never throws on bad input. */
export function loadAgreement(file: string, options: CheckOptions = {}): Promise<Result<Agreement>> {
  return loadFile(file, true, options);
}
