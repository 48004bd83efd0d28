// Pagination: keep-with-next, widows and orphans, signature blocks whole, parallel rows split in both columns.
import { describe, expect, it } from 'vitest';
import type { Block, SignatureColumn } from '../../src/document/index.js';
import { layoutDocument, type Page, type TextItem } from '../../src/layout/index.js';
import { addBlock, newBuilder, type FlowContext } from '../../src/layout/blocks.js';
import type { Flow } from '../../src/layout/flow.js';
import { paginate } from '../../src/layout/paginate.js';
import { rowSetWhole, WHOLE_ROW_SHARE } from '../../src/layout/rows.js';
import type { PageItem } from '../../src/layout/types.js';
import { EN_ARTICLE, para, RU_ARTICLE, STYLES, t, tree } from './fixtures.js';

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

// Vertical glue (paginate.ts shrinkToForcedBreak): a page gives back some of its paragraph spacing only to reach a
// forced break, as TeX's page builder does with \raggedbottom; elsewhere every page keeps its natural spacing.
describe('shrinkable spacing', () => {
  const area = { x: 0, y: 0, width: 100, height: 100 };
  const line = (id: string): Flow => ({ kind: 'box', h: 12, keep: false, items: [{ kind: 'anchor', id, y: 0 }] });
  const gap = (h = 3, shrink = 1): Flow => ({ kind: 'gap', h, keep: false, shrink });
  /** `n` lines with a gap between each two: 12n + 3(n - 1) points at natural spacing, n - 1 points of shrink. */
  const lines = (n: number, prefix: string): Flow[] => Array.from({ length: n }, (_, k) => [...(k ? [gap()] : []), line(`${prefix}${k}`)]).flat();
  const tops = (page: readonly PageItem[]) => page.map((item) => (item.kind === 'anchor' ? `${item.id}@${item.y}` : ''));

  it('shrinks the gaps of a page that then ends its section, by the ratio it needs and no more', () => {
    // 7 lines: 84 + 18 = 102 points, 2 over, 6 of shrink: every gap gives back a third of its point.
    const pages = paginate(lines(7, 'a'), area);
    expect(pages.length).toBe(1);
    expect(tops(pages[0]!)).toEqual(['a0@0', 'a1@14.67', 'a2@29.33', 'a3@44', 'a4@58.67', 'a5@73.33', 'a6@88']);
  });

  it('shrinks a page to reach a page break, and not the page after it', () => {
    const pages = paginate([...lines(7, 'a'), { kind: 'pageBreak' }, ...lines(2, 'b')], area);
    expect(pages.map((p) => p.length)).toEqual([7, 2]);
    expect(tops(pages[0]!).at(-1)).toBe('a6@88');
    expect(tops(pages[1]!)).toEqual(['b0@0', 'b1@15']);
  });

  it('keeps natural spacing where the page would break anyway, or where the shrink is not enough', () => {
    // More text follows: the page breaks where it would without shrink (6 lines, 6 x 12 + 5 x 3 = 87 points).
    const more = paginate([...lines(7, 'a'), gap(), ...lines(3, 'b')], area);
    expect(more.map((p) => p.length)).toEqual([6, 4]);
    expect(tops(more[0]!).at(-1)).toBe('a5@75');
    // 8 lines: 96 + 21 = 117 points, 17 over, 7 of shrink.
    const over = paginate(lines(8, 'a'), area);
    expect(over.map((p) => p.length)).toEqual([6, 2]);
    expect(tops(over[0]!).at(-1)).toBe('a5@75');
    // Rigid space (a template's spacer) gives nothing back.
    const rigid = paginate(lines(7, 'a').map((el) => (el.kind === 'gap' ? { ...el, shrink: 0 } : el)), area);
    expect(rigid.map((p) => p.length)).toEqual([6, 1]);
  });

  it('takes back no more than a third of a paragraph\'s spacing, never a spacer\'s', () => {
    const flow: Flow[] = [];
    const b = newBuilder();
    const ctx: FlowContext = { styles: STYLES, width: 400, left: 0, listBase: 0, gutter: 12, diagnostics: [] };
    for (const text of ['One.', 'Two.']) addBlock(para('numbered', [t(text)]), ctx, b);
    addBlock({ kind: 'spacer', height: 24 }, ctx, b);
    addBlock(para('numbered', [t('Three.')]), ctx, b);
    flow.push(...b.out);
    expect(flow.filter((el) => el.kind === 'gap').map((el) => [el.h, (el as { shrink?: number }).shrink ?? 0])).toEqual([[6, 2], [30, 2]]);
  });
});

// Issue 9: a parallel row up to a third of the page body tall is never split (rows.ts rowSetWhole), in the PDF as in
// the DOCX (w:cantSplit): the ECO–CIS parallel PDF ran only the Russian tail of a 180 pt row onto the next page.
describe('parallel rows kept whole', () => {
  const area = { x: 0, y: 0, width: 200, height: 300 };
  const line = (id: string): Flow => ({ kind: 'box', h: 10, keep: false, items: [{ kind: 'anchor', id, y: 0 }] });
  /** A row whose columns hold `en` and `ru` lines of 10 pt, every line a legal break (no widow or orphan keeps). */
  const row = (en: number, ru: number): Flow => ({
    kind: 'row', keep: false, xs: [0, 110],
    cells: [Array.from({ length: en }, (_, k) => line(`en${k}`)), Array.from({ length: ru }, (_, k) => line(`ru${k}`))],
  });
  const filler = (n: number): Flow[] => Array.from({ length: n }, (_, k) => line(`f${k}`));
  const ids = (page: readonly PageItem[]) => page.flatMap((item) => (item.kind === 'anchor' ? [item.id] : []));

  it('moves a row up to a third of the page (100 of 300 pt) whole to the next page', () => {
    // 25 filler lines leave 50 pt: the 100 pt row (ru 10 lines, en 6) fits only in part.
    const pages = paginate([...filler(25), row(6, 10)], area);
    expect(pages.length).toBe(2);
    expect(ids(pages[0]!).every((id) => id.startsWith('f'))).toBe(true);
    expect(ids(pages[1]!)).toEqual(['en0', 'en1', 'en2', 'en3', 'en4', 'en5', 'ru0', 'ru1', 'ru2', 'ru3', 'ru4', 'ru5', 'ru6', 'ru7', 'ru8', 'ru9']);
  });

  it('still splits a taller row in both columns at once', () => {
    // 110 pt (ru 11 lines) over a third: five lines of each column on the first page, the rest on the next.
    const pages = paginate([...filler(25), row(8, 11)], area);
    expect(pages.length).toBe(2);
    expect(ids(pages[0]!).filter((id) => !id.startsWith('f'))).toEqual(['en0', 'en1', 'en2', 'en3', 'en4', 'ru0', 'ru1', 'ru2', 'ru3', 'ru4']);
    expect(ids(pages[1]!)).toEqual(['en5', 'en6', 'en7', 'ru5', 'ru6', 'ru7', 'ru8', 'ru9', 'ru10']);
  });

  it('is the rule the DOCX writer marks w:cantSplit by', () => {
    expect(rowSetWhole(238, 714.33)).toBe(true);
    expect(rowSetWhole(238.2, 714.33)).toBe(false);
    expect(WHOLE_ROW_SHARE).toBe(1 / 3);
  });
});

// Issue 9 §2: a signature block's rows stand level across its columns (signature.ts level): the RATS parallel's Russian
// signatory lines stood 13.8 pt apart, one column's English title taking two lines.
describe('signature rows level across the columns', () => {
  const column = (heading: [string, string], signatory: [string, string, string], line: number): SignatureColumn => ({
    lang: 'en-GB',
    heading: heading.map((text, k) => para('signature', [t(text, k ? 'ru-RU' : 'en-GB', line + k)], k ? 'ru-RU' : 'en-GB')),
    signatory: signatory.map((text, k) => para('signature', [t(text, k === 2 ? 'ru-RU' : 'en-GB', line + 2 + k)], k === 2 ? 'ru-RU' : 'en-GB')),
  });
  const tops = (pages: Page[], line: number) => Math.min(...texts(pages[0]!).filter((i) => i.src?.start.line === line).map((i) => i.y));

  it('starts the k-th heading and the k-th signatory line of every column at one height, however many lines the one above takes', () => {
    const long = 'The Secretariat of the Conference on Interaction and Confidence Building Measures in Asia';
    const pages = lay([{
      kind: 'signatureBlock',
      columns: [
        column(['The CSTO', 'ОДКБ'], ['Stanislav Zas', 'Secretary General', 'Станислав Зась'], 10),
        column([long, 'СВМДА'], ['Kairat Sarybay', `Executive Director of ${long}`, 'Кайрат Сарыбай'], 20),
      ],
    }]);
    for (const k of [0, 1, 2, 3, 4]) expect(tops(pages, 10 + k), `row ${k + 1}`).toBe(tops(pages, 20 + k));
    // The second column's lines are longer: its rows set the height, the first column's follow them down.
    expect(tops(pages, 11) - tops(pages, 10)).toBeGreaterThan(30);
    expect(tops(pages, 14) - tops(pages, 13)).toBeGreaterThan(30);
    const rules = pages[0]!.items.filter((i) => i.kind === 'rule');
    expect(new Set(rules.map((r) => r.kind === 'rule' && r.y1)).size).toBe(1);
  });
});
