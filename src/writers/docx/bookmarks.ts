// Block ids -> Word bookmark names, deterministic and legal (ECMA-376 §17.13.6.2 w:bookmarkStart w:name).
import type { Block, Paragraph } from '../../document/index.js';

/** Block id -> bookmark name. Only ids that exist get one: a cross-reference to anything else stays plain text. */
export type Bookmarks = ReadonlyMap<string, string>;

/** Word allows at most 40 characters, a letter first, then letters, digits and underscores. */
const MAX_NAME = 40;

function legalName(id: string): string {
  const clean = id.replace(/[^A-Za-z0-9_]/g, '_');
  return (/^[A-Za-z]/.test(clean) ? clean : `c${clean}`).slice(0, MAX_NAME);
}

function* paragraphIds(paragraphs: readonly Paragraph[]): Generator<string> {
  for (const p of paragraphs) if (p.id !== undefined) yield p.id;
}

function* blockIds(blocks: readonly Block[]): Generator<string> {
  for (const block of blocks) {
    switch (block.kind) {
      case 'paragraph':
        if (block.id !== undefined) yield block.id;
        break;
      case 'list':
        for (const item of block.items) {
          if (item.id !== undefined) yield item.id;
          yield* blockIds(item.blocks);
        }
        break;
      case 'parallelRow':
        for (const cell of block.cells) yield* blockIds(cell);
        break;
      case 'signatureBlock':
        for (const column of block.columns) {
          yield* paragraphIds(column.heading);
          yield* paragraphIds(column.signatory);
        }
        break;
      case 'letterhead':
        yield* paragraphIds(block.blocks);
        break;
      case 'pageBreak':
      case 'spacer':
        break;
    }
  }
}

/** Names in document order; a clash after cleaning gets a numeric suffix, so the same tree gives the same names. */
export function collectBookmarks(blocks: readonly Block[]): Bookmarks {
  const names = new Map<string, string>();
  const taken = new Set<string>();
  for (const id of blockIds(blocks)) {
    if (names.has(id)) continue;
    let name = legalName(id);
    for (let n = 2; taken.has(name.toLowerCase()); n += 1) {
      const suffix = `_${n}`;
      name = legalName(id).slice(0, MAX_NAME - suffix.length) + suffix;
    }
    taken.add(name.toLowerCase());
    names.set(id, name);
  }
  return names;
}
