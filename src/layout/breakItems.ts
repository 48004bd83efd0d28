// A paragraph's runs -> Knuth-Plass boxes, glue and penalties, each box carrying the text it paints.
import type { Span } from '../diagnostics/index.js';
import type { Align, LangTag } from '../document/index.js';
import type { Atom } from './inline.js';
import { INFINITY, type BreakItem } from './knuthPlass.js';
import { measure, prefixWidth, spaceWidth } from './fonts.js';
import { tokenBreaks } from './hyphenate.js';
import type { Face } from './types.js';

/** What a box paints (a piece of text or a blank), or the face of a space, or a hyphen at a break. */
export interface Frag {
  text: string;
  face: Face;
  lang: LangTag;
  link?: string;
  src?: Span;
  /** A fill-in blank: its width in points (drawn as a rule, no text). */
  blank?: number;
}

export interface Items {
  items: BreakItem[];
  frags: (Frag | undefined)[];
  /** Item indices of forced line breaks (lineBreak inlines): lines ending there are not justified. */
  forced: Set<number>;
}

export interface ItemOptions {
  size: number;
  align: Align;
  hyphenate: boolean;
  /** The narrowest line: a piece wider than this is broken between characters as a last resort. */
  minWidth: number;
}

/** TeX's \hyphenpenalty and \exhyphenpenalty (50) for justified text. Ragged-right text needs fewer hyphens, a
 *  short line costing little there: at 100 a hyphen pays only where it saves a line about 3 em short, not 2
 *  (ragged lines stretch by 3 em, setting.ts). On the samples' parallel cells: a fifth fewer hyphenated lines,
 *  the rag 0.07 em deeper on average. */
const HYPHEN_PENALTY = 50;
const RAGGED_HYPHEN_PENALTY = 100;
/** Breaking inside an unbreakable token (a long reference number) is the very last resort. */
const CHAR_BREAK_PENALTY = 900;
const FILL = 1e6;

type Seg = Extract<Atom, { kind: 'text' } | { kind: 'blank' }>;
type Token = { kind: 'word'; segs: Seg[] } | { kind: 'space'; face: Face; lang: LangTag } | { kind: 'break' };

function tokenize(atoms: readonly Atom[]): Token[] {
  const tokens: Token[] = [];
  let word: Seg[] = [];
  const flush = (): void => {
    if (word.length) tokens.push({ kind: 'word', segs: word });
    word = [];
  };
  for (const atom of atoms) {
    if (atom.kind === 'lineBreak') {
      flush();
      tokens.push({ kind: 'break' });
    } else if (atom.kind === 'blank') word.push(atom);
    else {
      // Only real spaces separate words; U+00A0 stays inside its word and never breaks.
      const parts = atom.text.split(/[ \t\r\n]+/);
      parts.forEach((part, i) => {
        if (i > 0) {
          flush();
          const prev = tokens[tokens.length - 1];
          if (prev && prev.kind === 'word') tokens.push({ kind: 'space', face: atom.face, lang: atom.lang });
        }
        if (part) word.push({ ...atom, text: part });
      });
    }
  }
  flush();
  return tokens;
}

export function buildItems(atoms: readonly Atom[], opts: ItemOptions): Items {
  const out: Items = { items: [], frags: [], forced: new Set() };
  const tokens = tokenize(atoms);
  let lastWord = -1;
  tokens.forEach((t, i) => (lastWord = t.kind === 'word' ? i : lastWord));
  const push = (item: BreakItem, frag?: Frag): void => {
    out.items.push(item);
    out.frags.push(frag);
  };
  tokens.forEach((token, i) => {
    if (token.kind === 'space') {
      const next = tokens[i + 1];
      if (!next || next.kind !== 'word') return;
      const w = spaceWidth(token.face, opts.size);
      // Justified text stretches and shrinks spaces (TeX's defaults: 1/2 and 1/3 of the space); ragged text keeps them.
      const justify = opts.align === 'justify';
      push({ t: 'glue', w, stretch: justify ? w / 2 : 0, shrink: justify ? w / 3 : 0 }, { text: ' ', face: token.face, lang: token.lang });
    } else if (token.kind === 'break') {
      push({ t: 'glue', w: 0, stretch: FILL, shrink: 0 });
      push({ t: 'penalty', w: 0, p: -INFINITY, flagged: false });
      out.forced.add(out.items.length - 1);
    } else {
      pushWord(token.segs, opts.hyphenate && i !== lastWord, opts, push);
    }
  });
  push({ t: 'penalty', w: 0, p: INFINITY, flagged: false });
  push({ t: 'glue', w: 0, stretch: FILL, shrink: 0 });
  push({ t: 'penalty', w: 0, p: -INFINITY, flagged: false });
  return out;
}

function fragOf(seg: Seg, text: string, size: number, minWidth: number): Frag {
  const frag: Frag = { text, face: seg.face, lang: seg.lang };
  if (seg.link !== undefined) frag.link = seg.link;
  if (seg.kind === 'text' && seg.src) frag.src = seg.src;
  if (seg.kind === 'blank') frag.blank = Math.min(seg.ems * size, minWidth);
  return frag;
}

type Push = (item: BreakItem, frag?: Frag) => void;

/** A word split at its break points with the pieces' widths: computed once per (face, size, language, word). */
interface Split {
  pieces: string[];
  widths: number[];
  /** Per break between pieces: true when a hyphen is drawn there. */
  hyphens: boolean[];
  hyphenWidth: number;
  widest: number;
}
/** Per (face, language, size, hyphenation) a map of words: the outer key is built once per run, not per word. */
const splitTables = new Map<string, Map<string, Split>>();

function splitTable(face: Face, lang: LangTag, size: number, hyphenate: boolean): Map<string, Split> {
  const key = `${face}|${lang}|${size}|${hyphenate ? 1 : 0}`;
  let table = splitTables.get(key);
  if (!table) {
    table = new Map();
    splitTables.set(key, table);
  }
  return table;
}

function splitWord(table: Map<string, Split>, text: string, face: Face, lang: LangTag, size: number, hyphenate: boolean): Split {
  const hit = table.get(text);
  if (hit) return hit;
  const breaks = hyphenate ? tokenBreaks(text, lang) : undefined;
  const points = breaks ? [...breaks.hyphen.map((at) => ({ at, hyphen: true })), ...breaks.after.map((at) => ({ at, hyphen: false }))].sort((a, b) => a.at - b.at) : [];
  const split: Split = { pieces: [], widths: [], hyphens: points.map((p) => p.hyphen), hyphenWidth: points.length ? measure(face, size, '-') : 0, widest: 0 };
  let start = 0;
  let before = 0;
  for (let k = 0; k <= points.length; k++) {
    const end = k < points.length ? points[k]!.at : text.length;
    const upto = end === text.length ? measure(face, size, text) : prefixWidth(face, size, text, end);
    split.pieces.push(text.slice(start, end));
    split.widths.push(upto - before);
    split.widest = Math.max(split.widest, upto - before);
    start = end;
    before = upto;
  }
  table.set(text, split);
  return split;
}

function pushWord(segs: Seg[], hyphenate: boolean, opts: ItemOptions, push: Push): void {
  const only = segs.length === 1 ? segs[0]! : undefined;
  if (only && only.kind === 'text') {
    const table = splitTable(only.face, only.lang, opts.size, hyphenate);
    const split = splitWord(table, only.text, only.face, only.lang, opts.size, hyphenate);
    for (let k = 0; k < split.pieces.length; k++) {
      const p = opts.align === 'justify' ? HYPHEN_PENALTY : RAGGED_HYPHEN_PENALTY;
      if (k > 0) push({ t: 'penalty', w: split.hyphens[k - 1] ? split.hyphenWidth : 0, p, flagged: true }, { text: '-', face: only.face, lang: only.lang });
      pushPiece(only, split.pieces[k]!, split.widths[k]!, opts, push);
    }
    return;
  }
  // A blank longer than the narrowest line is shortened to it (a fill-in line never leaves its column).
  const widths = segs.map((seg) => (seg.kind === 'blank' ? Math.min(seg.ems * opts.size, opts.minWidth) : measure(seg.face, opts.size, seg.text)));
  const tooWide = widths.reduce((a, b) => a + b, 0) > opts.minWidth;
  segs.forEach((seg, k) => {
    if (k > 0 && tooWide) push({ t: 'penalty', w: 0, p: CHAR_BREAK_PENALTY, flagged: false });
    if (seg.kind === 'text') pushPiece(seg, seg.text, tooWide ? Infinity : widths[k]!, opts, push);
    else push({ t: 'box', w: widths[k]! }, fragOf(seg, '', opts.size, opts.minWidth));
  });
}

/** A piece between break opportunities; wider than the narrowest line (or `w` Infinity), it is split
 *  between characters: a long unbreakable token is the one thing allowed to break anywhere. */
function pushPiece(seg: Extract<Seg, { kind: 'text' }>, text: string, w: number, opts: ItemOptions, push: Push): void {
  if (w <= opts.minWidth) {
    push({ t: 'box', w }, fragOf(seg, text, opts.size, opts.minWidth));
    return;
  }
  const chars = Array.from(text);
  chars.forEach((ch, k) => {
    if (k > 0) push({ t: 'penalty', w: 0, p: CHAR_BREAK_PENALTY, flagged: false });
    push({ t: 'box', w: measure(seg.face, opts.size, ch) }, fragOf(seg, ch, opts.size, opts.minWidth));
  });
}
