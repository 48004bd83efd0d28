// Word-level differences between two versions of one paragraph's inlines, as printed (after typesetting), so that
// typography makes no false change: a no-break space equals a space, a cross-reference is one token known by its
// target (renumbering "Article 3" -> "Article 4" is not a change), a blank is one token.
import { diffArrays } from 'diff';
import type { Inline, LangTag } from '../document/index.js';

type Wrap = Extract<Inline, { kind: 'emphasis' | 'strong' }>['kind'];

/** One token of a paragraph: a word, a run of spaces, a punctuation mark, or an atomic inline. */
interface Token {
  /** What two tokens are compared by. */
  key: string;
  /** The formatting it stands in, outermost first. */
  wraps: readonly Wrap[];
  /** A text piece, or an inline kept whole (a cross-reference, a blank, a line break). */
  text?: { text: string; lang: LangTag; src?: Extract<Inline, { kind: 'text' }>['src'] };
  atom?: Inline;
}

const PIECES = /[\p{L}\p{N}\p{M}]+|[\s\u00a0]+|[^\p{L}\p{N}\p{M}\s\u00a0]/gu;

/** Spaces of every kind compare equal; a word compares as written. */
const norm = (s: string): string => (/^[\s\u00a0]+$/u.test(s) ? ' ' : s);

/** The words of some inlines, spaces of every kind one space. */
function plain(list: readonly Inline[]): string {
  return list.map((i) => (i.kind === 'text' ? i.text.replace(/[\s\u00a0]+/gu, ' ') : 'children' in i ? plain(i.children) : i.kind === 'blank' ? '_' : ' ')).join('');
}

/** `printed`: a cross-reference is known by its target and its text (a renumbering is tracked, so that rejecting
 *  every change gives the old text back); else by its target alone (the bilingual check: renumbering is no change). */
function tokenize(list: readonly Inline[], wraps: readonly Wrap[], out: Token[], printed = true): Token[] {
  for (const i of list) {
    switch (i.kind) {
      case 'text':
        for (const piece of i.text.match(PIECES) ?? []) {
          out.push({ key: `${wraps.join('/')}|${norm(piece)}`, wraps, text: { text: piece, lang: i.lang, ...(i.src ? { src: i.src } : {}) } });
        }
        break;
      case 'emphasis': case 'strong': tokenize(i.children, [...wraps, i.kind], out, printed); break;
      case 'crossReference': out.push({ key: `${wraps.join('/')}|ref:${i.target}${printed ? `:${plain(i.children)}` : ''}`, wraps, atom: i }); break;
      case 'blank': out.push({ key: `${wraps.join('/')}|blank`, wraps, atom: i }); break;
      case 'lineBreak': out.push({ key: `${wraps.join('/')}|br`, wraps, atom: i }); break;
      // Marks of an earlier redline are read as the text they show.
      case 'inserted': case 'deleted': tokenize(i.children, wraps, out, printed); break;
    }
  }
  return out;
}

/** Tokens back into inlines: text pieces of one language and formatting joined, formatting nested as it was. */
function build(tokens: readonly Token[], depth = 0): Inline[] {
  const out: Inline[] = [];
  let k = 0;
  while (k < tokens.length) {
    const t = tokens[k]!;
    const wrap = t.wraps[depth];
    if (wrap !== undefined) {
      let end = k;
      while (end < tokens.length && tokens[end]!.wraps[depth] === wrap) end++;
      out.push({ kind: wrap, children: build(tokens.slice(k, end), depth + 1) });
      k = end;
      continue;
    }
    if (t.atom) out.push(t.atom);
    else if (t.text) {
      const last = out[out.length - 1];
      if (last?.kind === 'text' && last.lang === t.text.lang) out[out.length - 1] = { ...last, text: last.text + t.text.text };
      else out.push({ kind: 'text', text: t.text.text, lang: t.text.lang, ...(t.text.src ? { src: t.text.src } : {}) });
    }
    k++;
  }
  return out;
}

export interface WordDiff {
  inlines: Inline[];
  changed: boolean;
}

type Op = { kind: 'same' | 'inserted' | 'deleted'; tokens: Token[] };

/** A run of spaces alone between two changes joins them: "~~a~~ ~~b~~" reads as one change "~~a b~~". */
function absorbSpaces(ops: Op[]): Op[] {
  const out: Op[] = [];
  for (let i = 0; i < ops.length; i++) {
    const op = ops[i]!;
    const spacesOnly = op.kind === 'same' && op.tokens.every((t) => t.text && norm(t.text.text) === ' ');
    if (spacesOnly && i > 0 && i < ops.length - 1 && ops[i - 1]!.kind !== 'same' && ops[i + 1]!.kind !== 'same') {
      out.push({ kind: 'deleted', tokens: op.tokens }, { kind: 'inserted', tokens: op.tokens });
    } else out.push(op);
  }
  // Neighbours of one kind merge; deletions before insertions within a change.
  const merged: Op[] = [];
  for (const op of out) {
    const last = merged[merged.length - 1];
    if (last && last.kind === op.kind) last.tokens.push(...op.tokens);
    else merged.push({ kind: op.kind, tokens: [...op.tokens] });
  }
  for (let i = 0; i + 1 < merged.length; i++) {
    if (merged[i]!.kind === 'inserted' && merged[i + 1]!.kind === 'deleted') [merged[i], merged[i + 1]] = [merged[i + 1]!, merged[i]!];
  }
  const final: Op[] = [];
  for (const op of merged) {
    const last = final[final.length - 1];
    if (last && last.kind === op.kind) last.tokens.push(...op.tokens);
    else final.push(op);
  }
  return final;
}

/** The new paragraph's inlines with what the old one had and the new one has not as deletions, and what is new
 *  as insertions. Equal tokens are printed as the new version has them. */
export function diffInlines(before: readonly Inline[], after: readonly Inline[]): WordDiff {
  const a = tokenize(before, [], []);
  const b = tokenize(after, [], []);
  const parts = diffArrays(a.map((t) => t.key), b.map((t) => t.key));
  const ops: Op[] = [];
  let i = 0;
  let j = 0;
  for (const part of parts) {
    const n = part.count ?? part.value.length;
    if (part.added) { ops.push({ kind: 'inserted', tokens: b.slice(j, j + n) }); j += n; }
    else if (part.removed) { ops.push({ kind: 'deleted', tokens: a.slice(i, i + n) }); i += n; }
    else { ops.push({ kind: 'same', tokens: b.slice(j, j + n) }); i += n; j += n; }
  }
  const cleaned = absorbSpaces(ops.filter((op) => op.tokens.length > 0));
  const inlines: Inline[] = [];
  for (const op of cleaned) {
    const built = build(op.tokens);
    if (op.kind === 'same') inlines.push(...built);
    else inlines.push({ kind: op.kind, children: built });
  }
  return { inlines, changed: cleaned.some((op) => op.kind !== 'same') };
}

/** The text a unit compares by in the bilingual check: words as printed, spaces of every kind one space, each
 *  cross-reference as its target (so renumbering changes nothing). */
export function comparableText(list: readonly Inline[]): string {
  return tokenize(list, [], [], false).map((t) => (t.atom ? `{${t.key.split('|').pop()}}` : norm(t.text!.text))).join('').trim();
}

/** The cross-reference targets of some inlines, in order. */
export function referenceTargets(list: readonly Inline[]): string[] {
  return tokenize(list, [], [], false).flatMap((t) => (t.atom?.kind === 'crossReference' ? [t.atom.target] : []));
}
