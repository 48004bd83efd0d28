// Line breaking: Knuth-Plass total fit against brute force and first-fit, hyphenation, NBSP, fallbacks, alignment.
import { describe, expect, it } from 'vitest';
import { measure } from '../../src/layout/fonts.js';
import { hyphenationPoints } from '../../src/layout/hyphenate.js';
import { firstFit } from '../../src/layout/firstFit.js';
import { INFINITY, knuthPlass, type BreakItem } from '../../src/layout/knuthPlass.js';
import { baseFace } from '../../src/layout/inline.js';
import { layoutParagraph, type LineBox } from '../../src/layout/paragraph.js';
import { CENTRED_SLACK_PT } from '../../src/layout/setting.js';
import type { TextItem } from '../../src/layout/types.js';
import { EN_ARTICLE, para, RU_ARTICLE, STYLES, t } from './fixtures.js';

const texts = (line: LineBox): TextItem[] => line.items.filter((i): i is TextItem => i.kind === 'text');
const lineText = (line: LineBox): string => texts(line).map((i) => i.text).join(' ');

function words(widths: number[]): BreakItem[] {
  const items: BreakItem[] = [];
  widths.forEach((w, i) => {
    if (i) items.push({ t: 'glue', w: 10, stretch: 5, shrink: 3 });
    items.push({ t: 'box', w });
  });
  items.push({ t: 'penalty', w: 0, p: INFINITY, flagged: false }, { t: 'glue', w: 0, stretch: 1e6, shrink: 0 }, { t: 'penalty', w: 0, p: -INFINITY, flagged: false });
  return items;
}

/** The paper's demerits of a whole set of breaks (line penalty 10, no fitness or hyphen terms needed here). */
function demerits(items: BreakItem[], breaks: number[], width: number): number {
  let total = 0;
  let start = 0;
  for (const b of breaks) {
    while (start < b && items[start]!.t !== 'box') start++;
    let w = 0, y = 0, z = 0;
    for (let i = start; i < b; i++) {
      const it = items[i]!;
      if (it.t === 'box') w += it.w;
      if (it.t === 'glue') (w += it.w), (y += it.stretch), (z += it.shrink);
    }
    const r = w <= width ? (y > 0 ? (width - w) / y : Infinity) : (width - w) / z;
    if (r < -1) return Infinity;
    total += (10 + Math.min(INFINITY, 100 * Math.abs(r) ** 3)) ** 2;
    start = b + 1;
  }
  return total;
}

/** Every legal set of breaks, by brute force. */
function allBreakings(items: BreakItem[], from = 0): number[][] {
  const out: number[][] = [];
  for (let b = from; b < items.length; b++) {
    const it = items[b]!;
    const legal = it.t === 'glue' ? items[b - 1]?.t === 'box' : it.t === 'penalty' && it.p < INFINITY;
    if (b === items.length - 1) out.push([b]);
    else if (legal) for (const rest of allBreakings(items, b + 1)) out.push([b, ...rest]);
  }
  return out;
}

describe('Knuth-Plass', () => {
  it('finds the least total demerits, the same as brute force over every breaking', () => {
    for (const ws of [[30, 40, 20, 50, 10, 40, 30], [50, 50, 20, 20, 40, 30, 10, 60], [20, 10, 30, 50, 20, 10, 50, 50]]) {
      const items = words(ws);
      const kp = knuthPlass(items, { widths: [100], maxRatio: Infinity, fitnessDemerits: 0 })!;
      const best = Math.min(...allBreakings(items).map((b) => demerits(items, b, 100)));
      expect(demerits(items, kp.map((b) => b.at), 100)).toBeCloseTo(best, 6);
    }
  });

  it('chooses other breaks than first-fit where first-fit leaves a very loose line', () => {
    // First-fit takes three words at natural width (line 1 at ratio 2.5); total fit shrinks four onto
    // line 1 (ratio -0.56) and keeps line 2 as good (0.5).
    const items = words([20, 10, 25, 20, 10, 45, 20, 10, 20]);
    const kp = knuthPlass(items, { widths: [100], maxRatio: Infinity })!.map((b) => b.at);
    const ff = firstFit(items, [100]);
    expect(ff).toEqual([5, 11, 19]);
    expect(kp).toEqual([7, 13, 19]);
    expect(demerits(items, kp, 100)).toBeLessThan(demerits(items, ff, 100) / 100);
  });

  it('never ends the line before the last with a hyphen', () => {
    let hyphenated = 0;
    for (let width = 150; width <= 320; width += 5) {
      for (const [text, lang] of [[EN_ARTICLE, 'en-GB'], [RU_ARTICLE, 'ru-RU']] as const) {
        const lines = layoutParagraph(para('numbered', [t(text, lang)], lang), STYLES.numbered!, { left: 0, width });
        const ends = lines.map((l) => texts(l).at(-1)!.text);
        hyphenated += ends.filter((e) => e.endsWith('-')).length;
        expect(ends.at(-2), `width ${width}`).not.toMatch(/-$/);
      }
    }
    expect(hyphenated).toBeGreaterThan(20);
  });
});

describe('hyphenation', () => {
  it('splits English words by the en-GB patterns, keeping 2 letters before and 3 after', () => {
    expect(hyphenationPoints('international', 'en-GB')).toEqual([2, 5, 7]);
    expect(hyphenationPoints('cooperation', 'en-GB')).toEqual([2, 6, 7]);
    expect(hyphenationPoints('representatives', 'en-GB')).toEqual([3, 6, 9, 11]);
  });
  it('splits Russian words by the ru patterns', () => {
    expect(hyphenationPoints('безопасности', 'ru-RU')).toEqual([3, 7, 9]);
    expect(hyphenationPoints('сотрудничестве', 'ru-RU')).toEqual([2, 6, 8, 10]);
  });
  it('leaves short words, words with digits and acronyms whole', () => {
    expect(hyphenationPoints('treaty', 'en-GB')).toEqual([]);
    expect(hyphenationPoints('СВМДА', 'ru-RU')).toEqual([]);
    expect(hyphenationPoints('SECRETARIAT', 'en-GB')).toEqual([]);
    for (let width = 90; width <= 200; width += 5) {
      const lines = layoutParagraph(para('numbered', [t('Reference 18-4/58emb1234 of the Secretariat')]), STYLES.numbered!, { left: 0, width });
      expect(lines.flatMap(texts).some((i) => i.text.includes('18-4/58emb1234')), `width ${width}`).toBe(true);
    }
  });
});

describe('spaces, columns and alignment', () => {
  it('never breaks at a no-break space and never stretches it', () => {
    const text = 'until 21\u00A0March\u00A02020 under the silence procedure of the Secretariat of the Conference, No.\u00A018-4/58emb';
    for (let width = 90; width <= 260; width += 10) {
      const lines = layoutParagraph(para('numbered', [t(text)]), STYLES.numbered!, { left: 0, width });
      const items = lines.flatMap(texts);
      const date = items.find((i) => i.text.includes('21\u00A0March'))!;
      expect(date.text).toMatch(/21\u00A0March\u00A02020/);
      expect(date.width).toBeCloseTo(measure('regular', 11, date.text), 2);
      expect(items.some((i) => i.text.includes('No.\u00A018-4/58emb'))).toBe(true);
    }
  });

  it('falls back in a very narrow column: nothing overflows, a long token breaks between characters', () => {
    const text = 'Interaction internationalisation Secretariat 18-4/58emb-0123456789-ABCDEFGH and';
    for (const width of [40, 60, 80]) {
      const lines = layoutParagraph(para('numbered', [t(text)]), STYLES.numbered!, { left: 0, width });
      for (const item of lines.flatMap(texts)) expect(item.x + item.width).toBeLessThanOrEqual(width + 0.01);
      // Cut between characters with a hyphen drawn at each cut (breaking-rules.test.ts): the characters all stay.
      expect(lines.map(lineText).join('\n').replace(/-\n/g, '')).toContain('0123456789');
    }
  });

  it('justifies all but the last line to the column edge', () => {
    const lines = layoutParagraph(para('numbered', [t(EN_ARTICLE)]), STYLES.numbered!, { left: 0, width: 300 });
    for (const line of lines.slice(0, -1)) {
      const last = texts(line).at(-1)!;
      expect(last.x + last.width).toBeCloseTo(300, 1);
    }
    const end = texts(lines.at(-1)!).at(-1)!;
    expect(end.x + end.width).toBeLessThan(299);
  });

  it('sets right and centred text against the right edge and about the middle', () => {
    const right = layoutParagraph(para('right', [t('Nur-Sultan, 11 March 2020')]), STYLES.right!, { left: 0, width: 400 });
    const r = texts(right[0]!)[0]!;
    expect(r.x + r.width).toBeCloseTo(400, 1);
    const centred = layoutParagraph(para('heading', [t('Article 12')]), STYLES.heading!, { left: 0, width: 400 });
    const c = texts(centred[0]!)[0]!;
    expect(c.x + c.width / 2).toBeCloseTo(200, 1);
  });

  it('hangs the label in the indent and aligns every line of the text', () => {
    const lines = layoutParagraph(para('numbered', [t(EN_ARTICLE)], 'en-GB', { label: '12.' }), STYLES.numbered!, { left: 0, width: 300 });
    const label = texts(lines[0]!)[0]!;
    expect(label.text).toBe('12.');
    expect(label.x).toBe(0);
    const starts = lines.map((l) => texts(l).find((i) => i !== label)!.x);
    expect(new Set(starts.map((x) => x.toFixed(2))).size).toBe(1);
    expect(starts[0]!).toBeGreaterThan(label.x + label.width);
  });

  it('draws a blank as a rule on the baseline, and a cross-reference as a link over its words', () => {
    const lines = layoutParagraph(
      para('numbered', [t('Done in '), { kind: 'blank', width: 6 }, t(' under '), { kind: 'crossReference', target: 'art-3', children: [t('Article 3')] }, t('.')]),
      STYLES.numbered!,
      { left: 0, width: 400 },
    );
    const items = lines[0]!.items;
    const rule = items.find((i) => i.kind === 'rule')!;
    const word = texts(lines[0]!)[0]!;
    expect(rule).toMatchObject({ y1: word.y, y2: word.y });
    if (rule.kind === 'rule') expect(rule.x2 - rule.x1).toBeCloseTo(66, 5);
    const link = items.find((i) => i.kind === 'link')!;
    const ref = texts(lines[0]!).find((i) => i.text === 'Article 3')!;
    expect(link).toMatchObject({ target: 'art-3', x: ref.x, width: ref.width });
  });

  it('breaks the line at a lineBreak and does not justify the line before it', () => {
    const lines = layoutParagraph(para('numbered', [t('Enclosure:'), { kind: 'lineBreak' }, t('the draft Memorandum, 4 pages.')]), STYLES.numbered!, { left: 0, width: 400 });
    expect(lines.map(lineText)).toEqual(['Enclosure:', 'the draft Memorandum, 4 pages.']);
  });
});

describe('soft hyphens', () => {
  it('removes U+00AD from the set text (PT Serif would draw it as a hyphen)', () => {
    const lines = layoutParagraph(para('numbered', [t('co\u00ADoperation between Parties')]), STYLES.numbered!, { left: 0, width: 400 });
    expect(lines.map(lineText)).toEqual(['cooperation between Parties']);
  });
});

describe('a centred line is broken short of its measure', () => {
  // Word and LibreOffice break a title themselves with rounded metrics: a line the PDF fills to the last point
  // overflows there (layout/setting.ts CENTRED_SLACK_PT).
  const text = 'of understanding between the Secretariat of the Conference';
  const full = measure(baseFace(STYLES.subtitle!), STYLES.subtitle!.fontSize, text);
  const lines = (style: 'subtitle' | 'signature', width: number) =>
    layoutParagraph(para(style, [t(text)]), STYLES[style]!, { left: 0, width }).map(lineText);

  it('breaks before the last word when the line would fill its measure within the slack', () => {
    expect(lines('subtitle', full + CENTRED_SLACK_PT / 2)).toEqual(['of understanding between the Secretariat of the', 'Conference']);
    expect(lines('subtitle', full + CENTRED_SLACK_PT + 1)).toEqual([text]);
  });

  it('leaves a flush-left line as it was', () => {
    const left = measure(baseFace(STYLES.signature!), STYLES.signature!.fontSize, text);
    expect(lines('signature', left + CENTRED_SLACK_PT / 2)).toEqual([text]);
  });
});
