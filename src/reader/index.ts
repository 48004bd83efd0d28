// The reader: an agreement file -> parsed YAML with source positions, or file/syntax diagnostics.
import { type Result, fail, ok } from '../diagnostics/index.js';
import { parseAgreementText, type ParsedAgreement } from './parse.js';
import { readAgreementText } from './read.js';

export { readAgreementText, firstInvalidUtf8, MAX_FILE_BYTES, readStdinAs, STDIN, type AgreementText } from './read.js';
export { parseAgreementText, type ParsedAgreement } from './parse.js';
export { Locator, scalarOffsets } from './positions.js';
export { MAX_ALIASES } from './features.js';

/** Reads and parses one agreement file. */
export async function readAgreement(file: string): Promise<Result<ParsedAgreement>> {
  const read = await readAgreementText(file);
  if (!read.ok) return fail(read.diagnostics);
  const parsed = parseAgreementText(read.value.text, file);
  if (!parsed.ok) return parsed;
  return ok(parsed.value, parsed.diagnostics);
}
