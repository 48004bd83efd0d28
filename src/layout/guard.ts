// The layout's last check (issue 10 §2): nothing of the document may be lost or stand where no printer prints. Every
// letter and digit of the tree must be drawn on some page at least as often as the tree holds it (labels, page numbers
// and hyphens only add), and every text item must lie inside the printable area of its page. Either failure is an
// error, so a draft never ends with exit 0 and missing text, whatever block (signatures, lists, names) overflowed.
import { error, type Diagnostic } from '../diagnostics/index.js';
import type { DocumentTree } from '../document/index.js';
import { faceMetrics, shape } from './fonts.js';
import { visitTexts } from './glyphs.js';
import type { Page, TextItem } from './types.js';

/** The band along the paper's edges that printers leave blank (5 mm, a common hardware margin). */
export const UNPRINTABLE = (5 * 72) / 25.4;
/** Rounding of positions and widths, in points. */
const TOLERANCE = 0.5;

const COUNTED = /[\p{L}\p{N}]/u;

function tally(text: string, into: Map<string, number>): void {
  for (const ch of text) if (COUNTED.test(ch)) into.set(ch, (into.get(ch) ?? 0) + 1);
}

const excerpt = (text: string): string => (text.length > 40 ? `${text.slice(0, 40)}…` : text);

/** Whether the item's box (advance width, ascent to descent) lies inside the page less the unprintable band. */
function inside(item: TextItem, page: Page): boolean {
  const m = faceMetrics(item.face);
  const top = item.y - m.ascent * item.size;
  const bottom = item.y + m.descent * item.size;
  const min = UNPRINTABLE - TOLERANCE;
  return item.x >= min && top >= min && item.x + item.width <= page.width - min && bottom <= page.height - min;
}

const hex = (cp: number): string => `U+${cp.toString(16).toUpperCase().padStart(4, '0')}`;

/**
 * The first character of `item` that shapes to glyph 0, .notdef: a blank box on paper, and forbidden in any text
 * a PDF/A file shows (ISO 19005-2 §6.2.11.8), outlines included. The tree's check (glyphs.ts) covers what was
 * written; this covers what the layout set: hyphens, labels, page numbers, anything a stage added.
 */
function notdefChar(item: TextItem): string | undefined {
  const shaped = shape(item.face, item.text);
  const at = shaped.glyphs.indexOf(0);
  return at < 0 ? undefined : shaped.chars[at]!;
}

export function checkPages(tree: DocumentTree, pages: readonly Page[]): Diagnostic[] {
  const out: Diagnostic[] = [];
  const drawn = new Map<string, number>();
  let outside = 0;
  pages.forEach((page, p) => {
    for (const item of page.items) {
      if (item.kind !== 'text') continue;
      const notdef = notdefChar(item);
      if (notdef !== undefined) {
        const name = [...notdef].map((c) => hex(c.codePointAt(0)!)).join(' ');
        out.push(error('LAYOUT_NOTDEF_GLYPH', `On page ${p + 1}, the text "${excerpt(item.text)}" would be set with the font's .notdef glyph (a blank box) for ${name}.`, {
          ...(item.src ? { span: item.src } : {}),
          hint: 'Replace the character with one the font has (letters and signs of the Latin or Cyrillic alphabets).',
        }));
      }
      if (item.outline) continue;
      tally(item.text, drawn);
      if (inside(item, page)) continue;
      if (outside++ < 5) {
        out.push(error('LAYOUT_OFF_PAGE', `On page ${p + 1}, the text "${excerpt(item.text)}" would be printed off the page or in its unprintable edge.`, {
          ...(item.src ? { span: item.src } : {}),
          hint: 'A block is too wide or too tall for the page: a very long name, many parties in a row, or a list nested too deep. Shorten or restructure it.',
        }));
      }
    }
  });
  if (outside > 5) out.push(error('LAYOUT_OFF_PAGE', `${outside - 5} more pieces of text would be printed off the page.`));
  const expected = new Map<string, number>();
  const where = new Map<string, ReturnType<typeof firstSpan>>();
  visitTexts(tree, (text, _face, at) => {
    tally(text, expected);
    for (const ch of text) if (COUNTED.test(ch) && !where.has(ch)) where.set(ch, firstSpan(at));
  });
  const lost = [...expected].filter(([ch, n]) => (drawn.get(ch) ?? 0) < n);
  if (lost.length) {
    const count = lost.reduce((s, [ch, n]) => s + n - (drawn.get(ch) ?? 0), 0);
    const span = where.get(lost[0]![0]);
    out.push(error('LAYOUT_TEXT_LOST', `${count} character${count === 1 ? '' : 's'} of the document would not be printed on any page (${lost.slice(0, 8).map(([c]) => `"${c}"`).join(', ')}).`, {
      ...(span ? { span } : {}),
      hint: 'This is a layout fault: report it with the agreement. Meanwhile, shorten the block it stands in.',
    }));
  }
  return out;
}

function firstSpan(at: { span?: Diagnostic['span'] }): Diagnostic['span'] | undefined {
  return at.span;
}
