// The redline of one layout: the new version's blocks with the old version's deleted units put back where they
// stood, marked deleted; new units marked inserted; the words that changed inside a unit marked as such. Built on
// the document tree alone: every writer then shows it (DOCX tracked changes, the PDF's colours and change bars).
import { mapBlocks, withChange, type Block, type BlockChange, type ListItem, type Paragraph, type SignatureColumn } from '../document/index.js';
import type { Alignment, DiffUnit } from './align.js';
import { diffInlines } from './words.js';

/** Which old unit key is which new one, and whether it moved. */
export interface KeyMap {
  /** new key -> old key of the same unit (not moved). */
  oldOf: Map<string, string>;
  /** Keys (old and new) of units that moved. */
  movedOld: Set<string>;
  movedNew: Set<string>;
}

export function keyMap(alignment: Alignment, a: readonly DiffUnit[], b: readonly DiffUnit[]): KeyMap {
  const oldOf = new Map<string, string>();
  const movedOld = new Set<string>();
  const movedNew = new Set<string>();
  for (const p of alignment.pairs) {
    if (p.moved) { movedOld.add(a[p.old]!.key); movedNew.add(b[p.new]!.key); } else oldOf.set(b[p.new]!.key, a[p.old]!.key);
  }
  return { oldOf, movedOld, movedNew };
}

/** The unit key a block stands for at its level (a list stands for its items: see items()). */
function keyOf(b: Block): string | undefined {
  switch (b.kind) {
    case 'paragraph': case 'signatureBlock': case 'letterhead': case 'parallelRow': return b.unit;
    case 'list': case 'spacer': case 'pageBreak': return undefined;
  }
}

const roleOf = (b: Block): string => (b.kind === 'paragraph' ? b.role : b.kind);

/** A removed block, marked, its ids dropped (the new version's blocks own them: no anchor twice). */
function removed(b: Block, moved: boolean): Block {
  const change: BlockChange = moved ? { kind: 'deleted', moved: true } : { kind: 'deleted' };
  const marked = withChange([b], change);
  return mapBlocks(marked, {
    paragraph: (p) => { const { id: _id, ...rest } = p; return rest; },
    item: (i) => { const { id: _id, ...rest } = i; return rest; },
  })[0]!;
}

function added(b: Block, moved: boolean): Block {
  return withChange([b], moved ? { kind: 'inserted', moved: true } : { kind: 'inserted' })[0]!;
}

/** One piece at a level: a block, or a list item (lists are merged item by item). */
interface Slot<T> {
  value: T;
  key: string | undefined;
  role: string;
}

/**
 * Merges two sequences of one level. Pieces pair when the old one's key is the new one's unit (KeyMap) and their
 * roles agree (an article's number with its number, its heading with its heading), in order; pieces with no key
 * (a list item's own paragraph) pair with the piece of the same role at the same place among the keyless ones.
 * Old pieces left over are put back, deleted, before the next new piece that follows them; new ones are inserted.
 */
function merge<T>(olds: readonly Slot<T>[], news: readonly Slot<T>[], keys: KeyMap, ops: {
  same(o: T, n: T): T; removed(o: T, moved: boolean): T | undefined; added(n: T, moved: boolean): T; neutral(slot: Slot<T>): boolean;
  /** For keyless pieces that are containers (a list): whether an old one holds a version of the new one's units. */
  holds?(o: T, n: T): boolean | undefined;
}): T[] {
  // Candidate pairs, in new order.
  const used = new Set<number>();
  const pairOf = new Map<number, number>();
  const keyless = (list: readonly Slot<T>[], role: string) => list.map((s, i) => ({ s, i })).filter(({ s }) => s.key === undefined && !ops.neutral(s) && s.role === role);
  news.forEach((n, j) => {
    if (ops.neutral(n)) return;
    if (n.key === undefined) {
      const held = olds.findIndex((o, k) => !used.has(k) && o.key === undefined && ops.holds?.(o.value, n.value) === true);
      if (held >= 0) { used.add(held); pairOf.set(j, held); return; }
      if (ops.holds?.(n.value, n.value) !== undefined) return;
      const place = keyless(news, n.role).findIndex((x) => x.i === j);
      const match = keyless(olds, n.role)[place];
      if (match && !used.has(match.i)) { used.add(match.i); pairOf.set(j, match.i); }
      return;
    }
    const oldKey = keys.oldOf.get(n.key);
    if (oldKey === undefined) return;
    const i = olds.findIndex((o, k) => !used.has(k) && o.key === oldKey && o.role === n.role);
    if (i >= 0) { used.add(i); pairOf.set(j, i); }
  });
  // Keep the pairs that go forward in both versions; the others are a removal and an insertion.
  let last = -1;
  for (const [j, i] of [...pairOf.entries()].sort((x, y) => x[0] - y[0])) {
    if (i > last) last = i;
    else pairOf.delete(j);
  }
  const out: T[] = [];
  const pairedOld = new Set(pairOf.values());
  let cursor = 0;
  /** Old pieces not kept, from the cursor up to the next one kept: put back, deleted, where they stood. */
  const flushOld = () => {
    for (; cursor < olds.length && !pairedOld.has(cursor); cursor++) {
      const o = olds[cursor]!;
      if (ops.neutral(o)) continue;
      const r = ops.removed(o.value, o.key !== undefined && keys.movedOld.has(o.key));
      if (r !== undefined) out.push(r);
    }
  };
  // A deletion stands right after the last piece kept before it, ahead of what was inserted there.
  flushOld();
  news.forEach((n, j) => {
    const i = pairOf.get(j);
    if (i !== undefined) {
      out.push(ops.same(olds[i]!.value, n.value));
      cursor = i + 1;
      flushOld();
    } else if (ops.neutral(n)) out.push(n.value);
    else out.push(ops.added(n.value, n.key !== undefined && keys.movedNew.has(n.key)));
  });
  return out;
}

/** A kept paragraph with its words' changes. A number that changed because units before it came or went (an
 *  article's, a cross-reference's) is tracked too, so that rejecting every change gives the old text; the summary
 *  and the bilingual check do not count it as a change (they compare references by target, align.ts). */
function sameParagraph(o: Paragraph, n: Paragraph): Paragraph {
  const d = diffInlines(o.children, n.children);
  return d.changed ? { ...n, children: d.inlines } : n;
}

function sameColumns(o: readonly SignatureColumn[], n: readonly SignatureColumn[]): SignatureColumn[] {
  return n.map((col, i) => {
    const before = o[i];
    if (!before) return { ...col, heading: col.heading.map((p) => ({ ...p, change: { kind: 'inserted' } })), signatory: col.signatory.map((p) => ({ ...p, change: { kind: 'inserted' } })) };
    const part = (x: readonly Paragraph[], y: readonly Paragraph[]) => y.map((p, k) => (x[k] ? sameParagraph(x[k]!, p) : { ...p, change: { kind: 'inserted' } as BlockChange }));
    return { ...col, heading: part(before.heading, col.heading), signatory: part(before.signatory, col.signatory) };
  });
}

function sameBlock(o: Block, n: Block, keys: KeyMap): Block {
  if (o.kind === 'paragraph' && n.kind === 'paragraph') return sameParagraph(o, n);
  if (o.kind === 'list' && n.kind === 'list') return { ...n, items: mergeItems(o.items, n.items, keys) };
  if (o.kind === 'parallelRow' && n.kind === 'parallelRow') return { ...n, cells: n.cells.map((cell, i) => redlineBlocks(o.cells[i] ?? [], cell, keys)) };
  if (o.kind === 'signatureBlock' && n.kind === 'signatureBlock') return { ...n, columns: sameColumns(o.columns, n.columns) };
  if (o.kind === 'letterhead' && n.kind === 'letterhead') return { ...n, blocks: n.blocks.map((p, k) => (o.blocks[k] ? sameParagraph(o.blocks[k]!, p) : p)) };
  return n;
}

function mergeItems(olds: readonly ListItem[], news: readonly ListItem[], keys: KeyMap): ListItem[] {
  const slot = (i: ListItem): Slot<ListItem> => ({ value: i, key: i.unit, role: 'item' });
  return merge(olds.map(slot), news.map(slot), keys, {
    same: (o, n) => ({ ...n, blocks: redlineBlocks(o.blocks, n.blocks, keys) }),
    removed: (o, moved) => { const list = removed({ kind: 'list', items: [o] }, moved); return list.kind === 'list' ? list.items[0] : undefined; },
    added: (n, moved) => ({ ...n, change: moved ? { kind: 'inserted', moved: true } : { kind: 'inserted' } }),
    neutral: () => false,
  });
}

/** The redline of two versions' blocks at one level (the document, a list item's content, a parallel cell). */
export function redlineBlocks(olds: readonly Block[], news: readonly Block[], keys: KeyMap): Block[] {
  const slot = (b: Block): Slot<Block> => ({ value: b, key: keyOf(b), role: roleOf(b) });
  return merge(olds.map(slot), news.map(slot), keys, {
    same: (o, n) => sameBlock(o, n, keys),
    // A removed spacer or page break is dropped: the new version's layout stands.
    removed: (o, moved) => (o.kind === 'spacer' || o.kind === 'pageBreak' ? undefined : removed(o, moved)),
    added: (n, moved) => (n.kind === 'spacer' || n.kind === 'pageBreak' ? n : added(n, moved)),
    neutral: (s) => s.value.kind === 'spacer' || s.value.kind === 'pageBreak',
    // A list is the old one that holds a version of any of its items; not a list: undefined (paired by place).
    holds: (o, n) => {
      if (n.kind !== 'list') return undefined;
      if (o.kind !== 'list') return false;
      const oldKeys = new Set(o.items.map((i) => i.unit));
      return n.items.some((i) => i.unit !== undefined && oldKeys.has(keys.oldOf.get(i.unit)));
    },
  });
}
