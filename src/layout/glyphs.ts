// Every character of the document checked against the face it will be set in, before any layout:
// a missing glyph is an error naming the character and where it was written, never a blank box.
import { error, type Diagnostic, type Span } from '../diagnostics/index.js';
import { walkBlocks, type Block, type DocumentTree, type Inline, type Paragraph, type ParagraphFormat } from '../document/index.js';
import { hasGlyph } from './coverage.js';
import { displayText, faceOf } from './inline.js';
import type { Face } from './types.js';

export interface Where {
  span?: Span;
  field?: string;
}

const hex = (cp: number): string => `U+${cp.toString(16).toUpperCase().padStart(4, '0')}`;

function check(text: string, face: Face, where: Where, out: Diagnostic[], seen: Set<string>): void {
  let offset = 0;
  let length = -1;
  for (const ch of text) {
    const cp = ch.codePointAt(0)!;
    if (cp !== 9 && cp !== 10 && cp !== 13 && !hasGlyph(face, cp)) {
      const key = `${cp}\u0000${where.span?.file}:${where.span?.start.line}:${where.span?.start.col}\u0000${where.field}`;
      if (!seen.has(key)) {
        seen.add(key);
        if (length < 0) length = Array.from(text).length;
        out.push(missing(ch, cp, offset, length, where));
      }
    }
    offset++;
  }
}

function missing(ch: string, cp: number, offset: number, length: number, where: Where): Diagnostic {
  const extra: Partial<Diagnostic> = { hint: 'Replace the character, or write it with letters and signs of the Latin or Cyrillic alphabets.' };
  if (where.field) extra.field = where.field;
  let at = `(character ${offset + 1} of the text)`;
  if (where.span) {
    const { start, end } = where.span;
    // When the span covers exactly this text on one line, the text is verbatim: point at the character.
    if (end && end.line === start.line && end.col - start.col === length) {
      extra.span = { file: where.span.file, start: { line: start.line, col: start.col + offset }, end: { line: start.line, col: start.col + offset + 1 } };
      at = '';
    } else extra.span = where.span;
  }
  const name = /\p{Cc}|\p{Cn}/u.test(ch) ? hex(cp) : `${hex(cp)} "${ch}"`;
  return error('MISSING_GLYPH', `The font has no glyph for the character ${name}${at ? ` ${at}` : ''}; it would print as a blank box.`, extra);
}

/** Each text as it will be set (caps applied), in the face it will be set in, with where it was written. */
export type TextVisitor = (text: string, face: Face, where: Where) => void;

interface Walk {
  styles: DocumentTree['styles'];
  visit: TextVisitor;
}

function checkInlines(children: readonly Inline[], bold: boolean, italic: boolean, caps: boolean, w: Walk): void {
  for (const inline of children) {
    switch (inline.kind) {
      case 'text': {
        const where: Where = inline.src ? { span: inline.src } : {};
        w.visit(displayText(inline.text, inline.lang, caps), faceOf(bold, italic), where);
        break;
      }
      case 'emphasis':
        checkInlines(inline.children, bold, !italic, caps, w);
        break;
      case 'strong':
        checkInlines(inline.children, true, italic, caps, w);
        break;
      case 'crossReference': case 'inserted': case 'deleted':
        checkInlines(inline.children, bold, italic, caps, w);
        break;
      case 'blank':
      case 'lineBreak':
        break;
    }
  }
}

function checkParagraph(p: Paragraph, w: Walk, label?: string): void {
  const format: ParagraphFormat | undefined = w.styles[p.style];
  const bold = format?.bold === true;
  const italic = format?.italic === true;
  const caps = format?.caps === true;
  const text = p.label ?? label;
  if (text) w.visit(displayText(text, p.lang, caps), faceOf(bold, italic), { field: 'label' });
  checkInlines(p.children, bold, italic, caps, w);
}

function checkBlocks(blocks: readonly Block[], w: Walk): void {
  walkBlocks(blocks, { paragraph: (p, place) => checkParagraph(p, w, place.item?.label) });
}

/** MISSING_GLYPH errors for every character the fonts cannot set (text, labels, page label, watermark). */
export function checkGlyphs(tree: DocumentTree): Diagnostic[] {
  const out: Diagnostic[] = [];
  const seen = new Set<string>();
  visitTexts(tree, (text, face, where) => check(text, face, where, out, seen), true);
  return out;
}

/** Every text of the tree that will be set as text: paragraphs, labels, page labels, and (with `decorations`) the
 *  watermark, which is painted as outlines. */
export function visitTexts(tree: DocumentTree, visit: TextVisitor, decorations = false): void {
  const w: Walk = { styles: tree.styles, visit };
  for (const section of [{ ...tree.meta, blocks: tree.blocks }, ...(tree.sections ?? [])]) {
    checkBlocks(section.blocks, w);
    visit(section.pageLabel.map((part) => (part.kind === 'text' ? part.text : '')).join(''), 'regular', { field: 'meta.pageLabel' });
    if (decorations && section.watermark) visit(section.watermark, 'bold', { field: 'meta.watermark' });
  }
}
