// The DRAFT · ПРОЕКТ and SPECIMEN · ОБРАЗЕЦ watermarks lie wholly on the page, ink and all, their ink centred on it, in
// every language order and page size: its glyph outlines (as the PDF writer fills them) transformed by its rotation
// stay clear of every edge.
import { describe, expect, it } from 'vitest';
import { glyphOutline, shape, unitsPerEm } from '../../src/layout/fonts.js';
import { layoutDocument, PAGE_SIZES, type PageSizeName, type TextItem } from '../../src/layout/index.js';
import { watermark } from '../../src/layout/page.js';
import { allCases } from './cases.js';

const MM = 72 / 25.4;
/** Desktop printers leave about 5 mm unprinted at each edge: the mark stays inside that. */
const CLEAR = 5 * MM;
const SIZES = Object.keys(PAGE_SIZES) as PageSizeName[];
const cases = await allCases();

/** The box of the outline points (control points included, so it holds the ink) on the page, y down. */
function inkBox(w: TextItem): { x0: number; y0: number; x1: number; y1: number } {
  const a = ((w.rotate ?? 0) * Math.PI) / 180;
  const scale = w.size / unitsPerEm(w.face);
  const shaped = shape(w.face, w.text);
  const box = { x0: Infinity, y0: Infinity, x1: -Infinity, y1: -Infinity };
  let pen = 0;
  shaped.glyphs.forEach((glyph, g) => {
    for (const { args } of glyphOutline(w.face, glyph)) {
      for (let i = 0; i + 1 < args.length; i += 2) {
        const u = pen + (shaped.xOffsets[g]! + args[i]!) * scale;
        const v = args[i + 1]! * scale;
        // Along the baseline (cos a, -sin a) and up across it (-sin a, -cos a), y growing downwards.
        const x = w.x + u * Math.cos(a) - v * Math.sin(a);
        const y = w.y - u * Math.sin(a) - v * Math.cos(a);
        box.x0 = Math.min(box.x0, x), box.x1 = Math.max(box.x1, x), box.y0 = Math.min(box.y0, y), box.y1 = Math.max(box.y1, y);
      }
    }
    pen += shaped.advances[g]! * scale;
  });
  return box;
}

function expectOnPage(w: TextItem, size: PageSizeName): void {
  const page = PAGE_SIZES[size];
  const box = inkBox(w);
  expect(box.x0, `${w.text} ${size} left`).toBeGreaterThan(CLEAR);
  expect(box.y0, `${w.text} ${size} top`).toBeGreaterThan(CLEAR);
  expect(box.x1, `${w.text} ${size} right`).toBeLessThan(page.width - CLEAR);
  expect(box.y1, `${w.text} ${size} bottom`).toBeLessThan(page.height - CLEAR);
  // Centred: the middle of the ink's box on the page is the page's middle, as LibreOffice centres the DOCX's shape
  // (its drawn path's box, measured with mutool trace to 0.1 pt).
  expect(Math.abs((box.x0 + box.x1) / 2 - page.width / 2), `${w.text} ${size} centre x`).toBeLessThan(0.01);
  expect(Math.abs((box.y0 + box.y1) / 2 - page.height / 2), `${w.text} ${size} centre y`).toBeLessThan(0.01);
}

describe('watermark', () => {
  it.each(SIZES.flatMap((size) => ['DRAFT', 'ПРОЕКТ', 'DRAFT · ПРОЕКТ', 'ПРОЕКТ · DRAFT', 'SPECIMEN', 'ОБРАЗЕЦ', 'SPECIMEN · ОБРАЗЕЦ', 'ОБРАЗЕЦ · SPECIMEN', 'ЩЦ'].map((text) => [text, size] as const)))('"%s" on %s', (text, size) => {
    const page = PAGE_SIZES[size];
    expectOnPage(watermark(text, page.width, page.height, 'en-GB'), size);
  });

  it.each(SIZES.flatMap((size) => cases.filter((c) => c.tree.meta.watermark).map((c) => [c.name, size, c] as const)))('%s on %s: on every page', (_name, size, c) => {
    const laid = layoutDocument(c.tree, { pageSize: size });
    if (!laid.ok) throw new Error(JSON.stringify(laid.diagnostics));
    for (const page of laid.value.pages) {
      const marks = page.items.filter((i): i is TextItem => i.kind === 'text' && i.outline === true);
      expect(marks.map((m) => m.text)).toEqual([c.tree.meta.watermark]);
      expectOnPage(marks[0]!, size);
    }
  });
});
