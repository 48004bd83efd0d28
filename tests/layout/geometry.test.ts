// Geometry over every fixture and sample: text stays in its page box and column, no two words overlap,
// every item lies on the page, the watermark is centred, footers number the pages.
import { describe, expect, it } from 'vitest';
import { pageLabelText } from '../../src/document/index.js';
import { layoutDocument, type Page, type TextItem } from '../../src/layout/index.js';
import { MARGINS } from '../../src/layout/page.js';
import { allCases } from './cases.js';

const cases = await allCases();
/** Positions are rounded to 0.01 pt: allow that much. */
const SLACK = 0.02;

const body = (page: Page): TextItem[] => page.items.filter((i): i is TextItem => i.kind === 'text' && i.rotate === undefined);

/** The band a line of text really occupies: cap height above the baseline, descenders below (1 em in all),
 *  so lines set at a line height of 1.0 or more never touch. */
const band = (t: TextItem): [number, number] => [t.y - 0.75 * t.size, t.y + 0.25 * t.size];

describe.each(cases.map((c) => [c.name, c] as const))('%s', (_name, c) => {
  const laid = layoutDocument(c.tree, { pageSize: c.pageSize });
  if (!laid.ok) throw new Error(JSON.stringify(laid.diagnostics));
  const pages = laid.value.pages;
  /** Each page's section furniture, its number within the section and the section's page count (tree.ts Section). */
  const sections = [{ ...c.tree.meta }, ...(c.tree.sections ?? [])];
  const counts = laid.value.sectionPages ?? [pages.length];
  const furniture = counts.flatMap((n, s) => Array.from({ length: n }, (_, k) => ({ ...sections[s]!, page: k + 1, pages: n })));

  it('keeps every text item inside the margins', () => {
    for (const page of pages) {
      for (const t of body(page)) {
        expect(t.x, t.text).toBeGreaterThanOrEqual(MARGINS.left - SLACK);
        expect(t.x + t.width, t.text).toBeLessThanOrEqual(page.width - MARGINS.right + SLACK);
        expect(t.y, t.text).toBeGreaterThan(MARGINS.top);
        expect(t.y, t.text).toBeLessThanOrEqual(page.height - MARGINS.bottom / 2 + t.size);
      }
    }
  });

  it('never overlaps two text items', () => {
    for (const page of pages) {
      const items = body(page);
      for (let i = 0; i < items.length; i++) {
        const a = items[i]!;
        const [a0, a1] = band(a);
        for (let j = i + 1; j < items.length; j++) {
          const b = items[j]!;
          const [b0, b1] = band(b);
          const vertical = a0 < b1 - SLACK && b0 < a1 - SLACK;
          const horizontal = a.x < b.x + b.width - SLACK && b.x < a.x + a.width - SLACK;
          if (vertical && horizontal) expect.fail(`"${a.text}" overlaps "${b.text}" on a page`);
        }
      }
    }
  });

  it('puts rules, links and anchors on the page', () => {
    for (const page of pages) {
      for (const item of page.items) {
        if (item.kind === 'rule') {
          for (const x of [item.x1, item.x2]) expect(x).toBeGreaterThanOrEqual(MARGINS.left - SLACK), expect(x).toBeLessThanOrEqual(page.width - MARGINS.right + SLACK);
          for (const y of [item.y1, item.y2]) expect(y).toBeGreaterThan(0), expect(y).toBeLessThan(page.height);
        } else if (item.kind === 'link') {
          expect(item.x).toBeGreaterThanOrEqual(0);
          expect(item.x + item.width).toBeLessThanOrEqual(page.width);
          expect(item.y).toBeGreaterThan(0);
          expect(item.y + item.height).toBeLessThan(page.height);
        } else if (item.kind === 'anchor') {
          expect(item.y).toBeGreaterThanOrEqual(0);
          expect(item.y).toBeLessThan(page.height);
        }
      }
    }
  });

  it('keeps the watermark, rotated, wholly on the page and centred', () => {
    expect(furniture).toHaveLength(pages.length);
    for (const [n, page] of pages.entries()) {
      const mark = furniture[n]!.watermark;
      const rotated = page.items.filter((i): i is TextItem => i.kind === 'text' && i.rotate !== undefined);
      expect(rotated.length).toBe(mark ? 1 : 0);
      for (const w of rotated) {
        expect(w.text).toBe(mark);
        expect(w.opacity).toBeLessThan(0.3);
        const a = (w.rotate! * Math.PI) / 180;
        const along = [Math.cos(a), -Math.sin(a)] as const;
        const up = [-Math.sin(a), -Math.cos(a)] as const;
        const corners = [0, 1].flatMap((s) => [0, 1].map((u) => [w.x + s * w.width * along[0] + u * w.size * up[0], w.y + s * w.width * along[1] + u * w.size * up[1]]));
        for (const [x, y] of corners) {
          expect(x).toBeGreaterThan(0), expect(x).toBeLessThan(page.width);
          expect(y).toBeGreaterThan(0), expect(y).toBeLessThan(page.height);
        }
        const centre = [w.x + (w.width / 2) * along[0], w.y + (w.width / 2) * along[1]];
        expect(Math.abs(centre[0]! - page.width / 2)).toBeLessThan(w.size);
        expect(Math.abs(centre[1]! - page.height / 2)).toBeLessThan(w.size);
      }
    }
  });

  it('numbers the pages in the footer once the count is known, each section from 1', () => {
    pages.forEach((page, n) => {
      const f = furniture[n]!;
      const want = pageLabelText(f.pageLabel, f.page, f.pages);
      const footer = body(page).filter((t) => t.y > page.height - MARGINS.bottom);
      expect(footer.map((t) => t.text)).toEqual([want]);
    });
  });
});
