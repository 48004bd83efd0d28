// Page furniture set after pagination, when the page count is known: the page label footer and the watermark.
import { FOOTER_SIZE, PAGE_MARGINS_MM, pageLabelText, type LangTag, type PageFurniture } from '../document/index.js';
import { glyphOutline, measure, shape, unitsPerEm } from './fonts.js';
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

/** The ink of `text` set in `face` at `size` points: the box of its outline points (control points included, so it
 *  holds every curve), u along the baseline from the pen's start, v up from the baseline. */
export interface InkBox { u0: number; u1: number; v0: number; v1: number }

const inks = new Map<string, number[]>();

/** The outline points of `text` as (u, v) pairs, in points (see InkBox); cached, as a watermark is set once a section. */
function inkPoints(face: TextItem['face'], text: string, size: number): number[] {
  const key = JSON.stringify([face, text, size]);
  const hit = inks.get(key);
  if (hit) return hit;
  const scale = size / unitsPerEm(face);
  const shaped = shape(face, text);
  const points: number[] = [];
  let pen = 0;
  shaped.glyphs.forEach((glyph, g) => {
    for (const { args } of glyphOutline(face, glyph)) {
      for (let i = 0; i + 1 < args.length; i += 2) points.push(pen + (shaped.xOffsets[g]! + args[i]!) * scale, args[i + 1]! * scale);
    }
    pen += shaped.advances[g]! * scale;
  });
  // A text of no ink at all (spaces) has its pen's line: the baseline from start to end.
  if (points.length === 0) points.push(0, 0, pen, 0);
  if (inks.size > 64) inks.clear();
  inks.set(key, points);
  return points;
}

export function inkBox(face: TextItem['face'], text: string, size: number): InkBox {
  const points = inkPoints(face, text, size);
  const box = { u0: Infinity, u1: -Infinity, v0: Infinity, v1: -Infinity };
  for (let i = 0; i < points.length; i += 2) {
    box.u0 = Math.min(box.u0, points[i]!), box.u1 = Math.max(box.u1, points[i]!);
    box.v0 = Math.min(box.v0, points[i + 1]!), box.v1 = Math.max(box.v1, points[i + 1]!);
  }
  return box;
}

/** Large light-grey text at 45 degrees whose ink is centred on the page: the middle of the box that holds its ink
 *  on the page (the rotated outlines' box, squared to the page's edges), not of its advance and cap height, since
 *  letters such as Ц reach below the baseline ("ОБРАЗЕЦ" stood 13 pt off centre so). LibreOffice centres the DOCX's
 *  shape the same way: its drawn path's box is the page's middle to 0.1 pt (mutool trace). The baseline starts at
 *  (x, y). */
export function watermark(text: string, width: number, height: number, lang: TextItem['lang']): TextItem {
  const unit = measure('bold', 1, text);
  const size = Math.min(WATERMARK_MAX_SIZE, (WATERMARK_SHARE * Math.hypot(width, height)) / unit);
  const w = unit * size;
  const a = Math.PI / 4;
  // y grows downwards: the baseline direction is (cos a, -sin a), "up" across it is (-sin a, -cos a).
  const points = inkPoints('bold', text, size);
  const box = { x0: Infinity, x1: -Infinity, y0: Infinity, y1: -Infinity };
  for (let i = 0; i < points.length; i += 2) {
    const [u, v] = [points[i]!, points[i + 1]!];
    const [dx, dy] = [u * Math.cos(a) - v * Math.sin(a), -u * Math.sin(a) - v * Math.cos(a)];
    box.x0 = Math.min(box.x0, dx), box.x1 = Math.max(box.x1, dx), box.y0 = Math.min(box.y0, dy), box.y1 = Math.max(box.y1, dy);
  }
  const x = width / 2 - (box.x0 + box.x1) / 2;
  const y = height / 2 - (box.y0 + box.y1) / 2;
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
