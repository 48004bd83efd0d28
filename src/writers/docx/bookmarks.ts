// Block ids -> Word bookmark names, deterministic and legal (ECMA-376 §17.13.6.2 w:bookmarkStart w:name).
import { walkBlocks, type Block } from '../../document/index.js';

/** Block id -> bookmark name. Only ids that exist get one: a cross-reference to anything else stays plain text. */
export type Bookmarks = ReadonlyMap<string, string>;

/** Word allows at most 40 characters, a letter first, then letters, digits and underscores. */
const MAX_NAME = 40;

function legalName(id: string): string {
  const clean = id.replace(/[^A-Za-z0-9_]/g, '_');
  return (/^[A-Za-z]/.test(clean) ? clean : `c${clean}`).slice(0, MAX_NAME);
}

/** Block ids in reading order: paragraphs' and list items'. */
function blockIds(blocks: readonly Block[]): string[] {
  const out: string[] = [];
  walkBlocks(blocks, {
    paragraph: (p) => void (p.id !== undefined && out.push(p.id)),
    item: (item) => void (item.id !== undefined && out.push(item.id)),
  });
  return out;
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
