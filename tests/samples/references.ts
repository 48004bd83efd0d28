// The English texts of the two reference documents, as one whitespace-normalised string each, for word-for-word checks.
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';

/** shared/ stands beside the checkout (as CI lays it out); /work/shared is where a developer's machine has it. */
const REFERENCE_DIR = [resolve(import.meta.dirname, '../../../shared/reference'), '/work/shared/reference'].find((d) => existsSync(d)) ?? '';

/** Collapses every run of whitespace to one space and drops the Markdown emphasis of the extraction. */
export function normalise(text: string): string {
  return text.replace(/\*\*|\\_/g, (m) => (m === '\\_' ? '_' : '')).replace(/\s+/g, ' ').trim();
}

/** The reference's text, or undefined when the shared folder is not there (tests then skip with a warning). */
function read(name: string): string | undefined {
  try {
    return readFileSync(`${REFERENCE_DIR}/${name}`, 'utf8');
  } catch {
    return undefined;
  }
}

/** Note verbale No. 18-4/58emb and the draft CSTO-CICA memorandum it encloses. */
export const noteAndMemorandum = (() => {
  const raw = read('000_6828445265ba07de.txt');
  return raw === undefined ? undefined : normalise(raw);
})();

/** The CICA-SCO RATS protocol of 20 September 2017, with the two words the extraction split at a line end
 *  joined again, as the sample restores them ("non / interference", "side / lines"). */
export const protocol = (() => {
  const raw = read('002_429421fb179c3437.txt');
  if (raw === undefined) return undefined;
  return normalise(raw.replace(/non\s*\n\s*interference/, 'non-interference').replace(/side\s*\n\s*lines/, 'sidelines'));
})();

/** The protocol's raw lines (for the title's line breaks, which normalising loses). */
export const protocolLines = read('002_429421fb179c3437.txt')?.split('\n');
