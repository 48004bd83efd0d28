// A paragraph's runs -> Knuth-Plass boxes, glue and penalties, each box carrying the text it paints.
import type { Span } from '../diagnostics/index.js';
import type { Align, LangTag } from '../document/index.js';
import type { Atom, Change } from './inline.js';
import { INFINITY, type BreakItem } from './knuthPlass.js';
import { measure, prefixWidth, shapeCached, spaceWidth } from './fonts.js';
import { tokenBreaks } from './hyphenate.js';
import type { Face } from './types.js';

/** What a box paints (a piece of text or a blank), or the face of a space, or a hyphen at a break. */
export interface Frag {
  text: string;
  face: Face;
  lang: LangTag;
  link?: string;
  change?: Change;
  src?: Span;
  /** A fill-in blank: its width in points (drawn as a rule, no text). */
  blank?: number;
  /** On the glue just before a blank in justified text: its stretch lengthens the blank, not a space (a line
   *  to write on may take up a line's slack, as TeX's \hrulefill; only the emergency passes give it any). */
  grow?: true;
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
/** A hyphen inside a part of a hyphenated compound («госу-дарств-членов») is a last resort: taken only where the
 *  paragraph has no other way to stay justified, or a word no other way to fit its column (hyphenate.ts). At 600
 *  (squared in the demerits) a line loose to badness about 600, far past the tolerance, would still be preferred. */
const COMPOUND_HYPHEN_PENALTY = 600;
/** Breaking inside an unbreakable token (a long reference number) is the very last resort. */
const CHAR_BREAK_PENALTY = 900;
const FILL = 1e6;

type Seg = Extract<Atom, { kind: 'text' } | { kind: 'blank' }>;
/** A space, or a no-break space (`bound`: typography ties the words, i18n/typography.ts), which stretches and
 *  shrinks like any space in justified text but is never a break (TeX's ~: a penalty of 10000, then glue). */
type Token = { kind: 'word'; segs: Seg[] } | { kind: 'space'; face: Face; lang: LangTag; bound: boolean } | { kind: 'break' };

const NBSP = '\u00a0';

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
      // Spaces separate words; a run of no-break spaces alone binds them.
      const parts = atom.text.split(/([ \t\r\n\u00a0]+)/);
      parts.forEach((part, i) => {
        if (i % 2 === 1) {
          flush();
          const prev = tokens[tokens.length - 1];
          const bound = /^\u00a0+$/.test(part);
          if (prev && prev.kind === 'word') tokens.push({ kind: 'space', face: atom.face, lang: atom.lang, bound });
          else if (prev && prev.kind === 'space' && !bound) prev.bound = false;
        } else if (part) word.push({ ...atom, text: part });
      });
    }
  }
  flush();
  return tokens;
}

/** Groups of words tied by no-break spaces. A group with a digit in it (a date, "No. 18", «2017 года») never
 *  breaks, so none of its words is hyphenated (`solid`; hyphenate.ts never breaks a token with a digit either). A
 *  group wider than the narrowest line cannot stay whole: its ties become breaks of last resort (`loose`). */
function tiedGroups(tokens: readonly Token[], opts: ItemOptions): { solid: Set<number>; loose: Set<number> } {
  const solid = new Set<number>();
  const loose = new Set<number>();
  let words: number[] = [];
  let ties: number[] = [];
  let digit = false;
  let width = 0;
  const close = (): void => {
    if (digit) for (const k of words) solid.add(k);
    if (width > opts.minWidth) for (const k of ties) loose.add(k);
    words = [];
    ties = [];
    digit = false;
    width = 0;
  };
  tokens.forEach((t, i) => {
    if (t.kind === 'word') {
      words.push(i);
      digit ||= t.segs.some((s) => s.kind === 'text' && /\d/.test(s.text));
      for (const s of t.segs) width += s.kind === 'blank' ? Math.min(s.ems * opts.size, opts.minWidth) : measure(s.face, opts.size, s.text);
    } else if (t.kind === 'space' && t.bound) {
      ties.push(i);
      width += spaceWidth(t.face, opts.size);
    } else close();
  });
  close();
  return { solid, loose };
}

/** How much a fill-in blank may lengthen, per unit of a line's adjustment ratio, as a share of its width (a space
 *  gains half its own): a line to write on takes up most of the slack, its spaces stay close to their width. */
const BLANK_STRETCH = 4;

/** The same items with every blank free to lengthen (the emergency passes, layout/setting.ts). */
export function growingBlanks(src: Items): Items {
  const items = src.items.map((item, i): BreakItem => {
    const frag = src.frags[i + 1];
    return item.t === 'glue' && src.frags[i]?.grow && frag?.blank !== undefined ? { ...item, stretch: frag.blank * BLANK_STRETCH } : item;
  });
  return { ...src, items };
}

export function buildItems(atoms: readonly Atom[], opts: ItemOptions): Items {
  const out: Items = { items: [], frags: [], forced: new Set() };
  const tokens = tokenize(atoms);
  const { solid, loose } = tiedGroups(tokens, opts);
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
      if (token.bound) push({ t: 'penalty', w: 0, p: loose.has(i) ? CHAR_BREAK_PENALTY : INFINITY, flagged: false });
      push({ t: 'glue', w, stretch: justify ? w / 2 : 0, shrink: justify ? w / 3 : 0 }, { text: token.bound ? NBSP : ' ', face: token.face, lang: token.lang });
    } else if (token.kind === 'break') {
      push({ t: 'glue', w: 0, stretch: FILL, shrink: 0 });
      push({ t: 'penalty', w: 0, p: -INFINITY, flagged: false });
      out.forced.add(out.items.length - 1);
    } else {
      // The last word too: a hyphen inside it would end the line before the last, which only the emergency pass
      // allows (knuthPlass.ts finalHyphenDemerits).
      pushWord(token.segs, opts.hyphenate && !solid.has(i), opts, push);
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
  if (seg.change !== undefined) frag.change = seg.change;
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
  /** Per break between pieces: true for a last-resort point inside a compound's part. */
  late: boolean[];
  /** Glyphs each piece paints (the slots letter spacing widens). */
  glyphs: number[];
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

function splitWord(text: string, face: Face, lang: LangTag, size: number, hyphenate: boolean): Split {
  const table = splitTable(face, lang, size, hyphenate);
  const hit = table.get(text);
  if (hit) return hit;
  const breaks = hyphenate ? tokenBreaks(text, lang) : undefined;
  const points = breaks
    ? [...breaks.hyphen.map((at) => ({ at, hyphen: true, late: false })), ...breaks.after.map((at) => ({ at, hyphen: false, late: false })),
      ...breaks.compound.map((at) => ({ at, hyphen: true, late: true }))].sort((a, b) => a.at - b.at)
    : [];
  const split: Split = { pieces: [], widths: [], hyphens: points.map((p) => p.hyphen), late: points.map((p) => p.late), glyphs: [], hyphenWidth: points.length ? measure(face, size, '-') : 0, widest: 0 };
  const ends = shapeCached(face, text).ends;
  let start = 0;
  let before = 0;
  for (let k = 0; k <= points.length; k++) {
    const end = k < points.length ? points[k]!.at : text.length;
    split.glyphs.push(ends.filter((e) => e > start && e <= end).length);
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
    // A word wider than the narrowest line is hyphenated in any style (a signature column's long word): a word
    // breaks at a hyphenation point with a hyphen drawn, never anywhere without one.
    const split = splitWord(only.text, only.face, only.lang, opts.size, hyphenate || measure(only.face, opts.size, only.text) > opts.minWidth);
    for (let k = 0; k < split.pieces.length; k++) {
      const p = k > 0 && split.late[k - 1] ? COMPOUND_HYPHEN_PENALTY : opts.align === 'justify' ? HYPHEN_PENALTY : RAGGED_HYPHEN_PENALTY;
      if (k > 0) push({ t: 'penalty', w: split.hyphens[k - 1] ? split.hyphenWidth : 0, p, flagged: true, ...(split.late[k - 1] ? { late: true as const } : {}) }, { text: '-', face: only.face, lang: only.lang });
      pushPiece(only, split.pieces[k]!, split.widths[k]!, split.glyphs[k]!, opts, push);
    }
    return;
  }
  // A blank longer than the narrowest line is shortened to it (a fill-in line never leaves its column).
  const widths = segs.map((seg) => (seg.kind === 'blank' ? Math.min(seg.ems * opts.size, opts.minWidth) : measure(seg.face, opts.size, seg.text)));
  const tooWide = widths.reduce((a, b) => a + b, 0) > opts.minWidth;
  segs.forEach((seg, k) => {
    const prev = segs[k - 1];
    if (prev && tooWide) {
      // Beside a blank nothing is cut; between two runs of text a hyphen shows the word goes on.
      if (prev.kind === 'blank' || seg.kind === 'blank') push({ t: 'penalty', w: 0, p: CHAR_BREAK_PENALTY, flagged: false });
      else pushCut(prev.text.slice(-1), seg.text.charAt(0), seg.face, seg.lang, opts, push);
    }
    // Where a word changes style it is painted as two items: letter spacing never widens the joint (lines.ts).
    const joint = prev !== undefined && !sameRun(prev, seg) ? 1 : 0;
    if (seg.kind === 'text') pushPiece(seg, seg.text, tooWide ? Infinity : widths[k]!, glyphCount(seg.face, seg.text) - joint, opts, push, joint);
    else {
      // Its growth as glue just before it, after a penalty that bars a break there: the space after the blank
      // stays a legal break (TeX breaks at glue only after a box).
      if (opts.align === 'justify') {
        push({ t: 'penalty', w: 0, p: INFINITY, flagged: false });
        push({ t: 'glue', w: 0, stretch: 0, shrink: 0 }, { text: '', face: seg.face, lang: seg.lang, grow: true });
      }
      push({ t: 'box', w: widths[k]!, n: 1 - joint }, fragOf(seg, '', opts.size, opts.minWidth));
    }
  });
}

/** Whether two pieces of a word are painted as one item (lines.ts joins pieces of one face, language and link). */
function sameRun(a: Seg, b: Seg): boolean {
  return a.kind === 'text' && b.kind === 'text' && a.face === b.face && a.lang === b.lang && a.link === b.link && a.change === b.change;
}

const glyphCount = (face: Face, text: string): number => shapeCached(face, text).glyphs.length;

const DASH = /[-\u2010\u2013\u2014]/;

/** A break between two letters of a word that has no hyphenation point left: a hyphen is drawn, unless the
 *  letter before the break is itself a hyphen or a dash; never a break just before one. The very last resort. */
function pushCut(before: string, after: string, face: Face, lang: LangTag, opts: ItemOptions, push: Push): void {
  if (DASH.test(after)) return;
  if (DASH.test(before)) push({ t: 'penalty', w: 0, p: CHAR_BREAK_PENALTY, flagged: true, cut: true });
  else push({ t: 'penalty', w: measure(face, opts.size, '-'), p: CHAR_BREAK_PENALTY, flagged: true, cut: true }, { text: '-', face, lang });
}

/** A piece between break opportunities; wider than the narrowest line (or `w` Infinity), it is cut between
 *  characters: a long unbreakable token (a reference number, a word with no hyphenation point) is the one thing
 *  allowed to break anywhere, and then with a hyphen. */
function pushPiece(seg: Extract<Seg, { kind: 'text' }>, text: string, w: number, n: number, opts: ItemOptions, push: Push, joint = 0): void {
  if (w <= opts.minWidth) {
    push({ t: 'box', w, n }, fragOf(seg, text, opts.size, opts.minWidth));
    return;
  }
  const chars = Array.from(text);
  chars.forEach((ch, k) => {
    if (k > 0) pushCut(chars[k - 1]!, ch, seg.face, seg.lang, opts, push);
    push({ t: 'box', w: measure(seg.face, opts.size, ch), n: k === 0 ? 1 - joint : 1 }, fragOf(seg, ch, opts.size, opts.minWidth));
  });
}
