// Signature blocks of many parties flow in rows (issue 10 §2): treaty practice sets the signatures of a multilateral
// instrument two or three abreast, row after row, over as many pages as they take. A block of more than
// MAX_ABREAST columns becomes several blocks of at most that many, the parties spread evenly (28 -> 3+3+…+2+2), a
// spacer between them. Each row is kept whole by both writers and may go to the next page; the first stays with the
// execution clause before it.
import type { Block, SignatureBlock } from '../document/index.js';

export const MAX_ABREAST = 3;
/** Space between two rows of signatures, in points (two lines of body text). */
export const ROW_GAP = 24;

/** Sizes of the rows: as few rows as MAX_ABREAST allows, their sizes differing by one at most, larger rows first. */
export function rowSizes(count: number, max = MAX_ABREAST): number[] {
  if (count <= max) return [count];
  const rows = Math.ceil(count / max);
  const base = Math.floor(count / rows);
  return Array.from({ length: rows }, (_, i) => base + (i < count % rows ? 1 : 0));
}

export function signatureRows(blocks: readonly Block[]): Block[] {
  return blocks.flatMap((b): Block[] => {
    if (b.kind !== 'signatureBlock' || b.columns.length <= MAX_ABREAST) return [b];
    const out: Block[] = [];
    let at = 0;
    for (const size of rowSizes(b.columns.length)) {
      if (at > 0) out.push({ kind: 'spacer', height: ROW_GAP });
      out.push({ ...b, columns: b.columns.slice(at, (at += size)) } satisfies SignatureBlock);
    }
    return out;
  });
}
