// Inline content of a paragraph flattened into runs of one face, language and link target.
import type { Span } from '../diagnostics/index.js';
import type { Inline, LangTag, ParagraphFormat } from '../document/index.js';
import type { Face } from './types.js';

/** Text a redline added or removed (document/tree.ts 'inserted' / 'deleted'), or moved here / from here. */
export type Change = 'inserted' | 'deleted' | 'movedTo' | 'movedFrom';

export type Atom =
  | { kind: 'text'; text: string; face: Face; lang: LangTag; link?: string; change?: Change; src?: Span }
  /** A fill-in blank `ems` long, drawn as a rule on the baseline. */
  | { kind: 'blank'; ems: number; face: Face; lang: LangTag; link?: string; change?: Change }
  | { kind: 'lineBreak' };

interface Context {
  bold: boolean;
  italic: boolean;
  lang: LangTag;
  link?: string;
  change?: Change;
  caps: boolean;
}

/** A compile-time guard: every switch over inline kinds handles them all. */
export function unhandled(value: never): never {
  throw new Error(`unhandled kind ${JSON.stringify(value)}`);
}

export function faceOf(bold: boolean, italic: boolean): Face {
  if (bold) return italic ? 'boldItalic' : 'bold';
  return italic ? 'italic' : 'regular';
}

/** The face a paragraph's own text (and its label) is set in. */
export function baseFace(format: ParagraphFormat): Face {
  return faceOf(format.bold === true, format.italic === true);
}

/** The text as set: capitals for display only (the `caps` format: the tree keeps its case), and soft
 *  hyphens (U+00AD, pasted from word processors) removed: PT Serif draws them as a visible hyphen, and
 *  the layout finds its own hyphenation points. */
export function displayText(text: string, lang: LangTag, caps: boolean): string {
  const plain = text.includes('\u00AD') ? text.replaceAll('\u00AD', '') : text;
  return caps ? plain.toLocaleUpperCase(lang) : plain;
}

/** `change`: the paragraph's own, when it was inserted or deleted as a whole. */
export function flattenInlines(children: readonly Inline[], format: ParagraphFormat, lang: LangTag, change?: Change): Atom[] {
  const out: Atom[] = [];
  walk(children, { bold: format.bold === true, italic: format.italic === true, lang, caps: format.caps === true, ...(change ? { change } : {}) }, out);
  return out;
}

function walk(children: readonly Inline[], ctx: Context, out: Atom[]): void {
  for (const inline of children) {
    switch (inline.kind) {
      case 'text': {
        const atom: Atom = { kind: 'text', text: displayText(inline.text, inline.lang, ctx.caps), face: faceOf(ctx.bold, ctx.italic), lang: inline.lang };
        if (ctx.link !== undefined) atom.link = ctx.link;
        if (ctx.change !== undefined) atom.change = ctx.change;
        if (inline.src) atom.src = inline.src;
        out.push(atom);
        break;
      }
      // Emphasis inside italic text turns upright again, as in print.
      case 'emphasis':
        walk(inline.children, { ...ctx, italic: !ctx.italic }, out);
        break;
      case 'strong':
        walk(inline.children, { ...ctx, bold: true }, out);
        break;
      case 'crossReference':
        walk(inline.children, { ...ctx, link: inline.target }, out);
        break;
      case 'blank': {
        const atom: Atom = { kind: 'blank', ems: inline.width, face: faceOf(ctx.bold, ctx.italic), lang: ctx.lang };
        if (ctx.link !== undefined) atom.link = ctx.link;
        if (ctx.change !== undefined) atom.change = ctx.change;
        out.push(atom);
        break;
      }
      case 'lineBreak':
        out.push({ kind: 'lineBreak' });
        break;
      // A change inside a changed paragraph keeps the paragraph's.
      case 'inserted':
      case 'deleted':
        walk(inline.children, { ...ctx, change: ctx.change ?? inline.kind }, out);
        break;
      default: unhandled(inline);
    }
  }
}
