// Commented starter agreements for `cica init`, one per kind; each validates with no errors.
import { memorandum } from './memorandum.js';
import { note } from './note.js';
import { protocol } from './protocol.js';

export type StarterKind = 'memorandum' | 'protocol' | 'note';
export const STARTER_KINDS: readonly StarterKind[] = ['memorandum', 'protocol', 'note'];

/** The starter's text; `schema` is the path the YAML language server's modeline points to. */
export function starterAgreement(kind: StarterKind, schema: string): string {
  switch (kind) {
    case 'memorandum': return memorandum(schema);
    case 'protocol': return protocol(schema);
    case 'note': return note(schema);
  }
}
