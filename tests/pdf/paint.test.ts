// Painting: one BT..ET per line and face (not per word), glyphs where the layout measured them,
// y flipped to PDF's bottom-up axis, rules as lines, the watermark rotated and translucent.
import { describe, expect, it } from 'vitest';
import type { TextItem } from '../../src/layout/types.js';
import { writePdf } from '../../src/writers/pdf/index.js';
import { bilingual, measure, page, meta, watermark, word } from './fixtures.js';
import { memorandum } from './memorandum.js';
import { pageContent } from './read.js';
import { has, pixelDifference, renderGray, run, tempFile } from './tools.js';

const count = (s: string, re: RegExp) => (s.match(re) ?? []).length;

describe('content stream', () => {
  it('paints each line of one face and language as one text object with one TJ, not one per word', async () => {
    const doc = memorandum();
    const bytes = await writePdf(doc);
    for (let p = 0; p < doc.pages.length; p++) {
      const texts = doc.pages[p]!.items.filter((i): i is TextItem => i.kind === 'text');
      const lineFaces = new Set(texts.map((t) => `${t.y}|${t.face}|${t.lang}`));
      const content = await pageContent(bytes, p);
      expect(count(content, /\bBT\b/g)).toBe(lineFaces.size);
      expect(count(content, /\bTJ\b/g)).toBe(lineFaces.size);
      expect(count(content, /\bTj\b/g)).toBe(0);
      expect(texts.length).toBeGreaterThan(3 * lineFaces.size);
    }
  });

  it('marks text in another language than the document’s as a Span with its /Lang', async () => {
    const doc = memorandum();
    const content = await pageContent(await writePdf(doc), 0);
    const texts = doc.pages[0]!.items.filter((i): i is TextItem => i.kind === 'text');
    const ruLines = new Set(texts.filter((t) => t.lang === 'ru-RU').map((t) => `${t.y}|${t.face}`));
    expect(count(content, /\/Span <<\/Lang \(ru-RU\)>> BDC BT [^\n]* ET EMC/g)).toBe(ruLines.size);
    expect(content).not.toContain('(en-GB)');
  });

  it('flips y: a baseline 90 pt from the top is 90 pt below the page height', async () => {
    const content = await pageContent(await writePdf(bilingual()), 0);
    expect(content).toContain('BT /F2 14 Tf 1 0 0 1 72 751.89 Tm [');
  });

  it('draws a rule as a stroked line of its thickness', async () => {
    const content = await pageContent(await writePdf(bilingual()), 0);
    expect(content).toContain('0.5 w\n72 541.89 m 272 541.89 l S');
  });

  it('paints the watermark rotated, grey and translucent, and only when the input has one', async () => {
    const plain = await writePdf(bilingual());
    const marked = await writePdf(bilingual([watermark()]));
    const with_ = await pageContent(marked, 0);
    expect(with_).toMatch(/q \/GS1 gs\n0\.5 g\nBT \/F2 96 Tf 0\.707 0\.707 -0\.707 0\.707 150 241\.89 Tm \[[^\]]+\] TJ ET\nQ/);
    const without = await pageContent(plain, 0);
    expect(without).not.toMatch(/\bgs\b|\bg\b| Ts\b/);
    const raw = (b: Uint8Array) => Buffer.from(b).toString('latin1');
    expect(raw(plain)).not.toContain('/ExtGState');
    expect(await pageContent(marked, 1)).not.toContain('gs');
  });
});

describe.skipIf(!has('pdftotext') || !has('pdftoppm'))('a decoration painted as outlines', () => {
  it('is visible on the page but is no text: pdftotext never reads it', async () => {
    const plain = await writePdf(bilingual());
    const outlined = await writePdf(bilingual([{ ...watermark('ПРОЕКТ'), outline: true }]));
    const content = await pageContent(outlined, 0);
    // Filled paths in a rotated coordinate system, no text object for it.
    expect(content).toMatch(/q \/GS1 gs\n0\.5 g\n0\.707 0\.707 -0\.707 0\.707 150 241\.89 cm\n[\d. mlch\n-]+ f\nQ/);
    expect(count(content, /\bBT\b/g)).toBe(count(await pageContent(plain, 0), /\bBT\b/g));
    expect(run('pdftotext', [tempFile(outlined), '-']).stdout).not.toContain('ПРОЕКТ');
    // Light grey at 15% opacity: about 19 levels below white where the letters are.
    expect(pixelDifference(renderGray(plain).pixels, renderGray(outlined).pixels, 8)).toBeGreaterThan(0.01);
  });
});

describe.skipIf(!has('pdftotext'))('glyph placement (pdftotext -bbox)', () => {
  it('puts every word where the layout put it and ends it where the layout measured', async () => {
    const doc = memorandum();
    const bytes = await writePdf(doc);
    const bbox = run('pdftotext', ['-bbox', '-f', '1', '-l', '1', tempFile(bytes), '-']).stdout;
    const found = [...bbox.matchAll(/<word xMin="([\d.]+)" yMin="[\d.]+" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g)].map(
      (m) => ({ x0: Number(m[1]), x1: Number(m[2]), text: m[4]! }),
    );
    // Each word of each item, at the x the layout's own measure gives it.
    const expected: { text: string; x0: number; x1: number }[] = [];
    for (const t of doc.pages[0]!.items.filter((i): i is TextItem => i.kind === 'text')) {
      let prefix = '';
      for (const w of t.text.split(' ')) {
        const x0 = t.x + (prefix ? measure(t.face, t.size, prefix + ' ') : 0);
        expected.push({ text: w, x0, x1: x0 + measure(t.face, t.size, w) });
        prefix += (prefix ? ' ' : '') + w;
      }
    }
    expect(found.length).toBe(expected.length);
    let worst = 0;
    for (const e of expected) {
      const same = found.filter((f) => f.text === e.text);
      const f = same.reduce((best, f) => (Math.abs(f.x0 - e.x0) < Math.abs(best.x0 - e.x0) ? f : best), same[0]!);
      expect(f, e.text).toBeDefined();
      worst = Math.max(worst, Math.abs(f.x0 - e.x0), Math.abs(f.x1 - e.x1));
    }
    expect(worst).toBeLessThan(0.01);
  });

  it('applies kerning: "AVA" is narrower than its glyphs side by side', async () => {
    const kerned = word('AVA', 72, 100, 'regular', 40);
    const apart = [word('A', 0, 0, 'regular', 40), word('V', 0, 0, 'regular', 40)].reduce((s, w) => s + w.width, 0) * 1 + word('A', 0, 0, 'regular', 40).width;
    expect(kerned.width).toBeLessThan(apart - 1);
    const bbox = run('pdftotext', ['-bbox', tempFile(await writePdf({ pages: [page([kerned])], meta: meta() })), '-']).stdout;
    const m = /xMin="([\d.]+)" yMin="[\d.]+" xMax="([\d.]+)"/.exec(bbox)!;
    expect(Number(m[2]) - Number(m[1])).toBeCloseTo(kerned.width, 2);
  });
});

describe('letter spacing (issue 9 §4)', () => {
  /** A line the layout letter-spaced: each word's width includes the spacing between its glyphs. */
  const spaced = (text: string, x: number, y: number, tc: number): TextItem => ({ ...word(text, x, y), width: measure('regular', 12, text) + tc * (text.length - 1), letterSpacing: tc });

  it('sets Tc from the line, resets it for the next line, and places each word where the layout put it', async () => {
    const a = spaced('Conference', 72, 100, 0.3);
    const b = spaced('Interaction', a.x + a.width + 6, 100, 0.3);
    const c = word('plain', 72, 120);
    const doc = { pages: [page([a, b, c])], meta: meta() };
    const bytes = await writePdf(doc);
    const content = await pageContent(bytes, 0);
    expect(content).toMatch(/BT \/F\d+ 12 Tf 0\.3 Tc 1 0 0 1 72 741\.89 Tm \[/);
    expect(content).toMatch(/BT \/F\d+ 12 Tf 0 Tc 1 0 0 1 72 721\.89 Tm \[/);
    if (!has('pdftotext')) return;
    const bbox = run('pdftotext', ['-bbox', tempFile(bytes), '-']).stdout;
    const box = (w: string) => {
      const m = new RegExp(`<word xMin="([\\d.]+)" yMin="[\\d.]+" xMax="([\\d.]+)" yMax="[\\d.]+">${w}</word>`).exec(bbox)!;
      return { xMin: Number(m[1]), xMax: Number(m[2]) };
    };
    // pdftotext adds Tc after the last glyph as well: the word ends within one letter space of its layout width.
    expect(box('Interaction').xMin).toBeCloseTo(b.x, 1);
    expect(box('Interaction').xMax).toBeGreaterThan(b.x + b.width - 0.05);
    expect(box('Interaction').xMax).toBeLessThan(b.x + b.width + 0.3 + 0.05);
    expect(box('Conference').xMin).toBeCloseTo(72, 1);
    expect(box('plain').xMax).toBeCloseTo(72 + c.width, 1);
  });
});
