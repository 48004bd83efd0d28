// The parallel text: the language texts zipped by unit key into rows, so each recital, heading, paragraph
// and list item starts on the same row; one signature block whose columns are the parties.
import { error, type Diagnostic, type Result, fail, ok } from '../diagnostics/index.js';
import type { Block, ListItem, Paragraph, SignatureBlock, Stylesheet } from '../document/index.js';
import type { Built } from './markup/build.js';

interface Piece {
  key: string;
  block: Block;
}

/** A text's blocks as keyed pieces: every list item becomes a piece of its own (a one-item list). Spacers and
 *  page breaks carry no text; the first language's are kept in place, the others' dropped. */
function pieces(built: Built, keepLayout: boolean, problems: string[]): (Piece | Block)[] {
  const out: (Piece | Block)[] = [];
  const item = (it: ListItem) => {
    const key = it.unit;
    if (key === undefined) problems.push(`a list item labelled "${it.label}"`);
    out.push({ key: key ?? '', block: { kind: 'list', items: [{ ...it, blocks: it.blocks.filter((b) => b.kind !== 'list') }] } });
    for (const b of it.blocks) if (b.kind === 'list') b.items.forEach(item);
  };
  for (const block of built.blocks) {
    if (block.kind === 'spacer' || block.kind === 'pageBreak') {
      if (keepLayout) out.push(block);
    } else if (block.kind === 'list') {
      block.items.forEach(item);
    } else {
      const key = block.kind === 'paragraph' || block.kind === 'signatureBlock' || block.kind === 'letterhead' ? block.unit : undefined;
      if (key === undefined) problems.push(block.kind === 'paragraph' ? `a "${block.style}" paragraph` : `a ${block.kind}`);
      out.push({ key: key ?? '', block });
    }
  }
  return out;
}

/** Consecutive pieces with the same key form one group (e.g. "Article 1" and its heading). */
function groups(list: readonly (Piece | Block)[]): (Piece[] | Block)[] {
  const out: (Piece[] | Block)[] = [];
  for (const p of list) {
    if (!('key' in p)) out.push(p);
    else {
      const last = out[out.length - 1];
      if (Array.isArray(last) && last[0]!.key === p.key) last.push(p);
      else out.push([p]);
    }
  }
  return out;
}

function mergeSignatures(blocks: SignatureBlock[], files: readonly string[], diagnostics: Diagnostic[]): SignatureBlock {
  const width = blocks[0]!.columns.length;
  if (blocks.some((b) => b.columns.length !== width)) {
    diagnostics.push(error('TEMPLATE_UNALIGNED', `The signature blocks of ${files.join(' and ')} have different numbers of columns.`, { field: 'signatures' }));
  }
  return {
    kind: 'signatureBlock',
    columns: blocks[0]!.columns.map((first, i) => ({
      heading: blocks.flatMap((b) => b.columns[i]?.heading ?? []),
      signatory: blocks.flatMap((b) => b.columns[i]?.signatory ?? []),
      lang: first.lang,
    })),
  };
}

/** Zips the texts (in column order) by unit key. A key in one text only, or in another order, is TEMPLATE_UNALIGNED. */
export function zipParallel(texts: readonly Built[], files: readonly string[], styles: Stylesheet): Result<Block[]> {
  const diagnostics: Diagnostic[] = [];
  const grouped = texts.map((t, i) => {
    const problems: string[] = [];
    const g = groups(pieces(t, i === 0, problems));
    for (const what of problems) {
      diagnostics.push(error('TEMPLATE_UNALIGNED', `In ${files[i]}, ${what} has no unit="..." key, so it cannot be placed in the parallel text.`,
        { hint: 'Give every paragraph, list item, letterhead and signature block a unit key, the same in every language.' }));
    }
    return g.filter((x): x is Piece[] => Array.isArray(x));
  });
  const keys = grouped.map((g) => g.map((x) => x[0]!.key));
  const first = keys[0]!;
  keys.slice(1).forEach((other, i) => {
    const inFirst = new Set(first);
    const inOther = new Set(other);
    const missing = [...first.filter((k) => !inOther.has(k)), ...other.filter((k) => !inFirst.has(k))];
    const at = first.findIndex((k, j) => other[j] !== k);
    if (missing.length || at >= 0 || other.length !== first.length) {
      const key = missing[0] ?? first[at] ?? other[first.length] ?? '';
      diagnostics.push(error('TEMPLATE_UNALIGNED', `The texts of ${files[0]} and ${files[i + 1]} do not line up at the unit "${key}": ${missing.length ? 'it is in one language only' : 'the units come in a different order'}.`,
        { field: key, hint: 'Custom templates must give every language the same units in the same order.' }));
    }
  });
  if (diagnostics.length) return fail(diagnostics);

  const layout = groups(pieces(texts[0]!, true, []));
  const blocks: Block[] = [];
  let row = 0;
  for (const g of layout) {
    if (!Array.isArray(g)) {
      blocks.push(g);
      continue;
    }
    const cells = grouped.map((t) => t[row]!.map((p) => p.block));
    row++;
    const head = cells[0]![0]!;
    if (head.kind === 'signatureBlock') {
      blocks.push(mergeSignatures(cells.flat().filter((b): b is SignatureBlock => b.kind === 'signatureBlock'), files, diagnostics));
    } else if (head.kind === 'letterhead') {
      blocks.push(head); // already bilingual: printed once, across both columns
    } else {
      const keep = cells[0]!.every((b) => b.kind === 'paragraph' && styles[(b as Paragraph).style]?.keepWithNext === true);
      const unit = g[0]!.key;
      blocks.push(keep ? { kind: 'parallelRow', unit, cells, keepWithNext: true } : { kind: 'parallelRow', unit, cells });
    }
  }
  return diagnostics.length ? fail(diagnostics) : ok(blocks);
}
