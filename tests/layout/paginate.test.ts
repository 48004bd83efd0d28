// Pagination: keep-with-next, widows and orphans, signature blocks whole, parallel rows split in both columns.
import { describe, expect, it } from 'vitest';
import type { Block } from '../../src/document/index.js';
import { layoutDocument, type Page, type TextItem } from '../../src/layout/index.js';
import { EN_ARTICLE, para, RU_ARTICLE, t, tree } from './fixtures.js';

const texts = (page: Page): TextItem[] => page.items.filter((i): i is TextItem => i.kind === 'text' && i.rotate === undefined && i.size !== 9);
/** Lines (distinct baselines) of source line `line` on each page. */
const linesOf = (pages: Page[], line: number): number[] => pages.map((p) => new Set(texts(p).filter((i) => i.src?.start.line === line).map((i) => `${i.x < 300 ? 0 : 1}:${i.y}`)).size);

function lay(blocks: Block[]): Page[] {
  const laid = layoutDocument(tree(blocks), { pageSize: 'A4' });
  if (!laid.ok) throw new Error(JSON.stringify(laid.diagnostics));
  return laid.value.pages;
}

/** Filler pushes what follows down the first page by `h` points, in steps that land it on every line slot. */
const filler = (h: number): Block[] => [{ kind: 'spacer', height: h }, para('numbered', [t('Filler.')])];

describe('pagination', () => {
  it('keeps a heading with the first two lines of the paragraph after it, wherever the page ends', () => {
    for (let h = 520; h <= 700; h += 3) {
      const pages = lay([...filler(h), para('heading', [t('Article 9', 'en-GB', 90)]), para('numbered', [t(EN_ARTICLE, 'en-GB', 91)])]);
      const heading = linesOf(pages, 90).findIndex((n) => n > 0);
      const body = linesOf(pages, 91);
      expect(body[heading], `spacer ${h}`).toBeGreaterThanOrEqual(2);
    }
  });

  it('leaves no widow or orphan: a split paragraph has two lines or more on each page', () => {
    let splits = 0;
    for (let h = 560; h <= 700; h += 2) {
      const pages = lay([...filler(h), para('numbered', [t(EN_ARTICLE, 'en-GB', 50)])]);
      const counts = linesOf(pages, 50).filter((n) => n > 0);
      if (counts.length > 1) splits++;
      for (const n of counts) expect(n, `spacer ${h}`).toBeGreaterThanOrEqual(2);
    }
    expect(splits).toBeGreaterThan(5);
  });

  it('never splits a signature block and keeps the final clause with it', () => {
    const signature: Block = {
      kind: 'signatureBlock',
      columns: [
        { lang: 'en-GB', heading: [para('signature', [t('For the CSTO Secretariat', 'en-GB', 70)])], signatory: [para('signature', [t('Stanislav Zas', 'en-GB', 71)])] },
        { lang: 'en-GB', heading: [para('signature', [t('For the CICA Secretariat', 'en-GB', 72)])], signatory: [para('signature', [t('Kairat Sarybay', 'en-GB', 73)])] },
      ],
    };
    for (let h = 500; h <= 700; h += 4) {
      const pages = lay([...filler(h), para('final', [t(EN_ARTICLE, 'en-GB', 60)]), signature]);
      const where = [70, 71, 72, 73].map((line) => linesOf(pages, line).findIndex((n) => n > 0));
      expect(new Set(where).size, `spacer ${h}`).toBe(1);
      const final = linesOf(pages, 60);
      expect(final[where[0]!], `spacer ${h}`).toBeGreaterThanOrEqual(1);
      const rules = pages.map((p) => p.items.filter((i) => i.kind === 'rule').length);
      expect(rules[where[0]!]).toBe(2);
    }
  });

  it('breaks a long parallel row in both columns and starts the next row below the longer cell', () => {
    const long = (text: string, lang: 'en-GB' | 'ru-RU', line: number) => [1, 2, 3, 4].map(() => para('numbered', [t(text, lang, line)], lang));
    const pages = lay([
      { kind: 'spacer', height: 400 },
      { kind: 'parallelRow', cells: [long(EN_ARTICLE, 'en-GB', 10), long(RU_ARTICLE, 'ru-RU', 11)] },
      { kind: 'parallelRow', cells: [[para('numbered', [t('Next row.', 'en-GB', 12)])], [para('numbered', [t('Следующая строка.', 'ru-RU', 13)], 'ru-RU')]] },
    ]);
    expect(pages.length).toBeGreaterThanOrEqual(2);
    const en = linesOf(pages, 10);
    const ru = linesOf(pages, 11);
    // Both columns have lines on the first page and continue on the second.
    expect(en[0]).toBeGreaterThan(0), expect(ru[0]).toBeGreaterThan(0);
    expect(en[1]).toBeGreaterThan(0), expect(ru[1]).toBeGreaterThan(0);
    // The columns start on one baseline, and continue at the top of the next page on one baseline.
    const first = (page: Page, line: number) => Math.min(...texts(page).filter((i) => i.src?.start.line === line).map((i) => i.y));
    expect(first(pages[0]!, 10)).toBe(first(pages[0]!, 11));
    expect(first(pages[1]!, 10)).toBe(first(pages[1]!, 11));
    // The English is shorter: the next row starts below the end of the Russian cell.
    const last = pages.length - 1;
    const ruBottom = Math.max(...texts(pages[last]!).filter((i) => i.src?.start.line === 11).map((i) => i.y));
    const enBottom = Math.max(...texts(pages[last]!).filter((i) => i.src?.start.line === 10).map((i) => i.y));
    expect(ruBottom).toBeGreaterThan(enBottom);
    expect(first(pages[last]!, 12)).toBeGreaterThan(ruBottom);
    expect(first(pages[last]!, 12)).toBe(first(pages[last]!, 13));
  });

  it('starts a new page at a page break and drops no text', () => {
    const pages = lay([para('numbered', [t('Before.', 'en-GB', 1)]), { kind: 'pageBreak' }, para('numbered', [t('After.', 'en-GB', 2)])]);
    expect(pages.length).toBe(2);
    expect(texts(pages[1]!).map((i) => i.text)).toEqual(['After.']);
  });

  it('writes "{page} of {pages}" only after pagination', () => {
    const blocks: Block[] = [para('numbered', [t('One.')]), { kind: 'pageBreak' }, para('numbered', [t('Two.')]), { kind: 'pageBreak' }, para('numbered', [t('Three.')])];
    const pages = lay(blocks);
    expect(pages.map((p) => p.items.filter((i): i is TextItem => i.kind === 'text' && i.size === 9).map((i) => i.text))).toEqual([['Page 1 of 3'], ['Page 2 of 3'], ['Page 3 of 3']]);
  });

  it('lays out on Letter paper with the same margins', () => {
    const laid = layoutDocument(tree([para('numbered', [t(EN_ARTICLE)])]), { pageSize: 'Letter' });
    expect(laid.ok && laid.value.pages[0]).toMatchObject({ width: 612, height: 792 });
  });
});
