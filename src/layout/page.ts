// Page furniture set after pagination, when the page count is known: the page label footer and the watermark.
import { FOOTER_SIZE, PAGE_MARGINS_MM, pageLabelText, type LangTag, type PageFurniture } from '../document/index.js';
import { faceMetrics, measure } from './fonts.js';
import { shiftItem } from './flow.js';
import type { Page, PageItem, TextItem } from './types.js';

const MM = 72 / 25.4;

/** Page margins in points (document/page.ts); the footer stands in the bottom one. */
export const MARGINS = {
  left: PAGE_MARGINS_MM.left * MM, right: PAGE_MARGINS_MM.right * MM, top: PAGE_MARGINS_MM.top * MM, bottom: PAGE_MARGINS_MM.bottom * MM,
};
const WATERMARK_MAX_SIZE = 110;
/** The watermark's width along the diagonal, as a share of the diagonal. */
const WATERMARK_SHARE = 0.7;

function footer(furniture: PageFurniture, lang: LangTag, page: number, pages: number, width: number, height: number): TextItem | null {
  const text = pageLabelText(furniture.pageLabel, page, pages);
  if (!text.trim()) return null;
  const w = measure('regular', FOOTER_SIZE, text);
  const x = MARGINS.left + (width - MARGINS.left - MARGINS.right - w) / 2;
  const y = height - MARGINS.bottom / 2 + FOOTER_SIZE * 0.35;
  return { kind: 'text', x, y, face: 'regular', size: FOOTER_SIZE, text, width: w, lang, artifact: 'footer' };
}

/** Large light-grey text at 45 degrees whose centre is the page's centre. The baseline starts at (x, y),
 *  so step back half the width along the baseline and half the cap height across it. */
export function watermark(text: string, width: number, height: number, lang: TextItem['lang']): TextItem {
  const unit = measure('bold', 1, text);
  const size = Math.min(WATERMARK_MAX_SIZE, (WATERMARK_SHARE * Math.hypot(width, height)) / unit);
  const w = unit * size;
  const cap = faceMetrics('bold').capHeight * size;
  const a = Math.PI / 4;
  // y grows downwards: the baseline direction is (cos a, -sin a), "up" across it is (-sin a, -cos a).
  const x = width / 2 - (w / 2) * Math.cos(a) + (cap / 2) * Math.sin(a);
  const y = height / 2 + (w / 2) * Math.sin(a) + (cap / 2) * Math.cos(a);
  return { kind: 'text', x, y, face: 'bold', size, text, width: w, lang, gray: 0.5, opacity: 0.15, rotate: 45, outline: true, artifact: 'watermark' };
}

/** The pages of one section (tree.ts Section): numbered 1..n of n, the section's own watermark or none. */
export function decoratePages(bodies: PageItem[][], furniture: PageFurniture, lang: LangTag, width: number, height: number): Page[] {
  const mark = furniture.watermark?.trim() ? watermark(furniture.watermark.trim(), width, height, lang) : null;
  return bodies.map((body, n) => {
    const items: PageItem[] = [];
    // The watermark first, so the text is painted over it.
    if (mark) items.push(shiftItem(mark, 0, 0));
    items.push(...body);
    const foot = footer(furniture, lang, n + 1, bodies.length, width, height);
    if (foot) items.push(shiftItem(foot, 0, 0));
    return { width, height, items };
  });
}
