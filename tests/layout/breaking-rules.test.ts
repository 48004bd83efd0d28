// Issue 9 §4, the rules a break keeps: a break inside a word always shows a hyphen (long words in narrow signature
// columns included); no page ends with a hyphenated word; bound words never part, yet stretch in justified text;
// the emergency passes justify with a little letter spacing, carried by the line and painted as the PDF's Tc.
import { describe, expect, it } from 'vitest';
import type { Block } from '../../src/document/index.js';
import { layoutDocument, type TextItem } from '../../src/layout/index.js';
import { MARGINS } from '../../src/layout/page.js';
import { baselineIn, layoutParagraph, type LineBox } from '../../src/layout/paragraph.js';
import { hyphenationPoints } from '../../src/layout/hyphenate.js';
import { LETTER_STRETCH_EMS, LETTER_SHRINK_EMS } from '../../src/layout/letterSpacing.js';
import { EN_ARTICLE, para, RU_ARTICLE, STYLES, t, tree } from './fixtures.js';

const texts = (line: LineBox): TextItem[] => line.items.filter((i): i is TextItem => i.kind === 'text');
const lineText = (line: LineBox): string => texts(line).map((i) => i.text).join(' ');
const HARD = /[-\u2010\u2013\u2014]/;

/** Walks the source text along the set lines: every line that ends inside a word must end with a hyphen the
 *  layout drew (or a hard hyphen or dash of the text). Returns the offending line ends. */
function brokenWithoutHyphen(source: string, lines: string[]): string[] {
  const src = source.replace(/\u00a0/g, ' ');
  const bad: string[] = [];
  let pos = 0;
  lines.forEach((line, n) => {
    let drawn = false;
    for (let k = 0; k < line.length; k++) {
      const ch = line[k]!.replace('\u00a0', ' ');
      if (ch === ' ') continue;
      while (src[pos] === ' ') pos++;
      if (src[pos] === ch) pos++;
      else if (ch === '-' && k === line.length - 1) drawn = true;
      else throw new Error(`line ${n} "${line}" does not follow the text at ${pos}: "${src.slice(pos, pos + 20)}"`);
    }
    const inWord = pos < src.length && src[pos] !== ' ';
    if (inWord && !drawn && !HARD.test(src[pos - 1]!)) bad.push(`${line} | ${src.slice(pos, pos + 10)}`);
  });
  return bad;
}

describe('a break inside a word shows a hyphen', () => {
  const cases = [
    { style: 'signature', lang: 'ru-RU' as const, text: 'Исполнительный комитет Региональной антитеррористической структуры Шанхайской организации сотрудничества' },
    { style: 'signature', lang: 'en-GB' as const, text: 'Counter-Terrorism Coordination Internationalisation Secretariat' },
    { style: 'numbered', lang: 'en-GB' as const, text: 'Interaction internationalisation Secretariat 18-4/58emb-0123456789-ABCDEFGH and' },
    { style: 'numbered', lang: 'ru-RU' as const, text: RU_ARTICLE },
    { style: 'numbered', lang: 'en-GB' as const, text: EN_ARTICLE },
  ];
  for (const c of cases) {
    it(`in "${c.text.slice(0, 40)}…" at every narrow width`, () => {
      let inside = 0;
      for (let width = 40; width <= 180; width += 7) {
        const lines = layoutParagraph(para(c.style, [t(c.text, c.lang)], c.lang), STYLES[c.style]!, { left: 0, width });
        for (const item of lines.flatMap(texts)) expect(item.x + item.width, `${item.text} at ${width}`).toBeLessThanOrEqual(width + 0.01);
        const set = lines.map(lineText);
        expect(brokenWithoutHyphen(c.text, set), `at ${width}`).toEqual([]);
        inside += set.filter((l) => l.endsWith('-')).length;
      }
      // Not vacuous: the narrow widths do break words.
      expect(inside).toBeGreaterThan(3);
    });
  }

  it('hyphenates a long name in a signature column at its hyphenation points, not between any two letters', () => {
    const word = 'Антитеррористической';
    for (const width of [60, 80, 100]) {
      const lines = layoutParagraph(para('signature', [t(word, 'ru-RU')], 'ru-RU'), STYLES.signature!, { left: 0, width });
      const set = lines.map(lineText);
      expect(set.length).toBeGreaterThan(1);
      expect(set.join('').replace(/-/g, '')).toBe(word);
      let at = 0;
      for (const piece of set.slice(0, -1)) {
        at += piece.length - 1;
        expect(hyphenationPoints(word, 'ru-RU'), `${piece} at ${width}`).toContain(at);
      }
    }
  });
});

describe('no hyphenated word across a page break', () => {
  it('ends no page with a line ending in a hyphen, wherever the page falls in the paragraph', () => {
    let moved = 0;
    let checked = 0;
    const long = Array.from({ length: 6 }, () => RU_ARTICLE).join(' ');
    // Move the paragraph down a little at a time, so that the page break falls after each of its lines in turn.
    for (let lead = 0; lead < 120; lead += 6) {
      const blocks: Block[] = [para('body', [t('Вступление.', 'ru-RU')], 'ru-RU'), { kind: 'spacer', height: 560 + lead }, para('body', [t(long, 'ru-RU')], 'ru-RU')];
      const laid = layoutDocument(tree(blocks, { langs: ['ru-RU'] }), { pageSize: 'A4' });
      if (!laid.ok) throw new Error(JSON.stringify(laid.diagnostics));
      for (const page of laid.value.pages.slice(0, -1)) {
        const body = page.items.filter((i): i is TextItem => i.kind === 'text' && i.y < page.height - MARGINS.bottom);
        const lastY = Math.max(...body.map((i) => i.y));
        const last = body.filter((i) => i.y === lastY).sort((a, b) => a.x - b.x).pop()!;
        expect(last.text, `lead ${lead}`).not.toMatch(/-$/);
        checked++;
        // The page could have held another line: the rule moved the hyphenated one over.
        const h = STYLES.body!.fontSize * STYLES.body!.lineHeight;
        const boxBottom = lastY - baselineIn(h, STYLES.body!.fontSize) + h;
        if (page.height - MARGINS.bottom - boxBottom >= h - 0.01) moved++;
      }
    }
    expect(checked).toBeGreaterThan(10);
    expect(moved).toBeGreaterThan(0);
  });
});

describe('justified text', () => {
  it('stretches a no-break space like the spaces around it, and never breaks there', () => {
    const text = 'the Parties agreed until 21\u00a0March\u00a02020 under the silence procedure of the Secretariat of the Conference, No.\u00a018-4/58emb, and so on for a while in a long sentence';
    let stretched = 0;
    for (let width = 290; width <= 420; width += 10) {
      const lines = layoutParagraph(para('numbered', [t(text)]), STYLES.numbered!, { left: 0, width });
      const items = lines.flatMap(texts);
      const march = items.findIndex((i) => i.text === 'March');
      const before = items[march - 1]!;
      expect(before.text).toBe('21');
      expect(items[march + 1]!.text).toBe('2020');
      // Same baseline: never broken there.
      expect(before.y).toBe(items[march]!.y);
      expect(items[march + 1]!.y).toBe(items[march]!.y);
      if (items[march]!.x - (before.x + before.width) > 3.5) stretched++;
    }
    expect(stretched).toBeGreaterThan(0);
  });

  it('spaces letters only within a few per cent of the em, and only where spaces alone cannot justify', () => {
    let spaced = 0;
    for (let width = 300; width <= 460; width += 4) {
      for (const [text, lang] of [[RU_ARTICLE, 'ru-RU'], [EN_ARTICLE, 'en-GB']] as const) {
        const lines = layoutParagraph(para('numbered', [t(text, lang)], lang), STYLES.numbered!, { left: 0, width });
        lines.forEach((line, n) => {
          const words = texts(line);
          const tc = words[0]?.letterSpacing ?? 0;
          // One letter spacing a line, carried by each of its items (the PDF writer sets Tc from it).
          for (const w of words) expect(w.letterSpacing ?? 0).toBe(tc);
          expect(tc).toBeLessThanOrEqual(LETTER_STRETCH_EMS[LETTER_STRETCH_EMS.length - 1]! * 11 + 1e-9);
          expect(tc).toBeGreaterThanOrEqual(-LETTER_SHRINK_EMS * 11 - 1e-9);
          if (tc !== 0) spaced++;
          // Every line but the last reaches the edge exactly.
          if (n < lines.length - 1) expect(words[words.length - 1]!.x + words[words.length - 1]!.width).toBeCloseTo(width, 1);
        });
      }
    }
    expect(spaced).toBeGreaterThan(0);
  });
});
