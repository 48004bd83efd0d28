// One paragraph at a width -> its lines (boxes for pagination), broken by Knuth-Plass (see setting.ts).
import type { Paragraph, ParagraphFormat } from '../document/index.js';
import { buildItems } from './breakItems.js';
import { faceMetrics, measure } from './fonts.js';
import { baseFace, displayText, flattenInlines, type Change } from './inline.js';
import { CHANGE_STYLE, changeRule, setLine } from './lines.js';
import { setParagraph } from './setting.js';
import type { PageItem, TextItem } from './types.js';

/** Space between a hanging label and its text, in ems (LaTeX's \labelsep 0.5em). */
export const LABEL_SEP_EMS = 0.5;

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
  /** Set the label flush right in its room, half an em before the text (list labels), not flush left. */
  labelFlushRight?: boolean;
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
    const labelWidth = measure(face, size, label);
    const sep = size * LABEL_SEP_EMS;
    const hang = Math.max(at.hang ?? 0, labelWidth + sep);
    if (left < hang) left = hang;
    labelX = at.labelFlushRight ? left - sep - labelWidth : left - hang;
  }
  const first = p.label ? 0 : (format.firstLineIndent ?? 0);
  const widths = [at.width - left - first, at.width - left];
  const align = format.align;
  const change: Change | undefined = p.change ? (p.change.moved ? (p.change.kind === 'inserted' ? 'movedTo' : 'movedFrom') : p.change.kind) : undefined;
  const atoms = flattenInlines(p.children, format, p.lang, change);
  // Only running text (justified style, whether set justified or ragged) is hyphenated: names in signature
  // blocks, headings and titles (set flush left, centred or right) are never split.
  const hyphenate = align === 'justify' && format.caps !== true;
  const minWidth = Math.min(widths[0]!, widths[1]!);
  const build = (justify: boolean) => buildItems(atoms, { size, align: justify ? 'justify' : 'left', hyphenate, minWidth });
  const { src, breaks, justified } = setParagraph(build, widths, size, align);
  const baseline = baselineIn(h, size);
  const lines: LineBox[] = [];
  let from = 0;
  breaks.forEach((brk, n) => {
    while (from < brk.at && src.items[from]!.t !== 'box') from++;
    const last = n === breaks.length - 1;
    const justify = justified && !last && !src.forced.has(brk.at);
    const lineLeft = n === 0 ? left + first : left;
    const items = setLine(src, from, brk.at, { size, align, left: lineLeft, width: widths[n === 0 ? 0 : 1]!, baseline, justify, tc: brk.tc });
    if (n === 0 && label) {
      const labelItem: TextItem = { kind: 'text', x: labelX, y: baseline, face, size, text: label, width: measure(face, size, label), lang: p.lang };
      items.unshift(labelItem);
      // An inserted or deleted paragraph's label is marked as its text is.
      if (change) {
        labelItem.color = CHANGE_STYLE[change].color;
        items.push(changeRule(change, labelItem.x, labelItem.x + labelItem.width, baseline, size));
      }
    }
    lines.push({ kind: 'box', h, keep: false, items });
    from = brk.at + 1;
  });
  if (lines.length === 0) lines.push({ kind: 'box', h, keep: false, items: [] });
  // Widows and orphans: at least two lines of a paragraph at the foot and at the head of a page.
  // For three lines or fewer that keeps the paragraph whole.
  if (lines.length > 1) lines[1]!.keep = true;
  if (lines.length > 2) lines[lines.length - 1]!.keep = true;
  // Never a hyphenated word across a page break: no page ends with a line that ends with a hyphen (a drawn one,
  // or a hard hyphen the word breaks after); pagination breaks a line earlier instead.
  breaks.forEach((brk, n) => {
    const end = src.items[brk.at]!;
    if (end.t === 'penalty' && end.flagged && n + 1 < lines.length) lines[n + 1]!.keep = true;
  });
  if (format.keepLines) for (let i = 1; i < lines.length; i++) lines[i]!.keep = true;
  return lines;
}
