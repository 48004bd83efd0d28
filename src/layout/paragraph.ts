// One paragraph at a width -> its lines (boxes for pagination), broken by Knuth-Plass with fallbacks.
import type { Paragraph, ParagraphFormat } from '../document/index.js';
import { buildItems, type Items } from './breakItems.js';
import { faceMetrics, measure } from './fonts.js';
import { baseFace, displayText, flattenInlines } from './inline.js';
import { firstFit, knuthPlass, type Break } from './knuthPlass.js';
import { setLine } from './lines.js';
import type { PageItem } from './types.js';

/** One line as a unit of the vertical flow: its height and its items relative to its top-left. */
export interface LineBox {
  kind: 'box';
  h: number;
  /** No page break allowed just before this box. */
  keep: boolean;
  items: PageItem[];
}

export interface ParagraphPlacement {
  /** Left edge of the text from the column's left edge (list nesting adds to the format's indent). */
  left: number;
  width: number;
  /** Room a label hangs in, left of the text; by default wide enough for the label and a space. */
  hang?: number;
}

/** Tolerance passes, as TeX's: a ratio of 2 (\tolerance 800; a first pass at 200 costs time and, with
 *  hyphenation points precomputed, finds nothing better), then with \emergencystretch (background stretch
 *  that spreads the looseness over many lines instead of one awful line), then anything that fits.
 *  `emergency` is in ems of the font size. */
const PASSES = [
  { maxRatio: 2, emergency: 0 },
  { maxRatio: 1.5, emergency: 3 },
  { maxRatio: Infinity, emergency: 3 },
];

export function breakParagraph(src: Items, widths: readonly number[], size: number, ragged: boolean): Break[] {
  for (const pass of PASSES) {
    // Ragged lines break as TeX sets ragged-right text: each line may fall short by about 3 em.
    const lineStretch = (ragged ? 3 : pass.emergency) * size;
    const breaks = knuthPlass(src.items, { widths, maxRatio: pass.maxRatio, lineStretch });
    if (breaks) return breaks;
  }
  // Only a glyph wider than the column gets here: first-fit never fails (the line overflows).
  return firstFit(src.items, widths).map((at) => ({ at, ratio: Infinity }));
}

/** Baseline offset from the top of a line box `h` high for text of `size` (the font box centred in it). */
export function baselineIn(h: number, size: number): number {
  const m = faceMetrics('regular');
  return (h - (m.ascent + m.descent) * size) / 2 + m.ascent * size;
}

export function layoutParagraph(p: Paragraph, format: ParagraphFormat, at: ParagraphPlacement): LineBox[] {
  const size = format.fontSize;
  const h = size * format.lineHeight;
  const face = baseFace(format);
  let left = at.left + (format.leftIndent ?? 0);
  let labelX = 0;
  let label = '';
  if (p.label) {
    label = displayText(p.label, p.lang, format.caps === true);
    const hang = Math.max(at.hang ?? 0, measure(face, size, label) + size * 0.5);
    if (left < hang) left = hang;
    labelX = left - hang;
  }
  const first = p.label ? 0 : (format.firstLineIndent ?? 0);
  const widths = [at.width - left - first, at.width - left];
  const align = format.align;
  const src = buildItems(flattenInlines(p.children, format, p.lang), {
    size,
    align,
    // Only justified running text is hyphenated: names in signature blocks, headings and titles
    // (set flush left, centred or right) are never split.
    hyphenate: align === 'justify' && format.caps !== true,
    minWidth: Math.min(widths[0]!, widths[1]!),
  });
  const breaks = breakParagraph(src, widths, size, align !== 'justify');
  const baseline = baselineIn(h, size);
  const lines: LineBox[] = [];
  let from = 0;
  breaks.forEach((brk, n) => {
    while (from < brk.at && src.items[from]!.t !== 'box') from++;
    const last = n === breaks.length - 1;
    const justify = align === 'justify' && !last && !src.forced.has(brk.at);
    const lineLeft = n === 0 ? left + first : left;
    const items = setLine(src, from, brk.at, { size, align, left: lineLeft, width: widths[n === 0 ? 0 : 1]!, baseline, justify });
    if (n === 0 && label) items.unshift({ kind: 'text', x: labelX, y: baseline, face, size, text: label, width: measure(face, size, label), lang: p.lang });
    lines.push({ kind: 'box', h, keep: false, items });
    from = brk.at + 1;
  });
  if (lines.length === 0) lines.push({ kind: 'box', h, keep: false, items: [] });
  // Widows and orphans: at least two lines of a paragraph at the foot and at the head of a page.
  // For three lines or fewer that keeps the paragraph whole.
  if (lines.length > 1) lines[1]!.keep = true;
  if (lines.length > 2) lines[lines.length - 1]!.keep = true;
  if (format.keepLines) for (let i = 1; i < lines.length; i++) lines[i]!.keep = true;
  return lines;
}
