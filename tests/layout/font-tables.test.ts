// The build's font tables (scripts/font-tables.mjs) shape every word of simple characters exactly as fontkit does
// (glyphs, advances with kerning, offsets), give fontkit's metrics and glyph outlines, and leave to fontkit every
// word they cannot shape (issue 13 §2): a table may make a draft faster, never change a document.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
// @ts-expect-error: a plain ES module script, without types
import { FILES, faceOutlines, fontTables } from '../../scripts/font-tables.mjs';
import { tableOutline, tableShaper, type FontTables } from '../../src/layout/font-tables.js';
import { FACES } from '../../src/layout/coverage.js';
import type { Face } from '../../src/layout/types.js';

const require = createRequire(import.meta.url);
const ROOT = join(import.meta.dirname, '../..');
interface Font {
  unitsPerEm: number; ascent: number; descent: number; capHeight: number; postscriptName: string; numGlyphs: number;
  layout(t: string, f: object): { glyphs: { id: number }[]; positions: { xAdvance: number; xOffset: number; yOffset: number }[] };
  getGlyph(id: number): { path: { commands: { command: string; args: number[] }[] } };
}
const fontkit = require('fontkit') as { create(b: Buffer): Font };
const FEATURES = { kern: true, liga: false, clig: false, dlig: false };
const tables = fontTables() as FontTables;
const fonts = new Map<Face, Font>(FACES.map((f) => [f, fontkit.create(readFileSync(require.resolve((FILES as Record<Face, string>)[f])))]));
const shapers = new Map(FACES.map((f) => [f, tableShaper(tables.faces[f])]));

/** Words as the layout meets them: every space-separated piece of the samples, the templates and the broken cases. */
function corpusWords(): string[] {
  const files = [
    ...readdirSync(join(ROOT, 'agreements')).map((f) => join(ROOT, 'agreements', f)),
    ...readdirSync(join(ROOT, 'templates')).filter((f) => f.endsWith('.hbs')).map((f) => join(ROOT, 'templates', f)),
    ...readdirSync(join(ROOT, 'tests/broken/cases')).filter((f) => f.endsWith('.yaml')).map((f) => join(ROOT, 'tests/broken/cases', f)),
  ].filter((f) => f.endsWith('.yaml') || f.endsWith('.hbs'));
  const words = new Set<string>();
  for (const f of files) for (const w of readFileSync(f, 'utf8').split(/\s+/)) if (w) { words.add(w); words.add(w.toUpperCase()); }
  return [...words];
}

/** A seeded generator, so a failure is the same on every run. */
function random(seed: number): () => number {
  return () => ((seed = (seed * 1103515245 + 12345) >>> 0) / 2 ** 32);
}

function compare(face: Face, words: Iterable<string>): { shaped: number; differ: string[] } {
  const font = fonts.get(face)!;
  const shaper = shapers.get(face)!;
  const differ: string[] = [];
  let shaped = 0;
  for (const word of words) {
    const mine = shaper.shape(word);
    if (!mine) continue;
    shaped++;
    const run = font.layout(word, FEATURES);
    const theirs = {
      glyphs: run.glyphs.map((g) => g.id),
      advances: run.positions.map((p) => p.xAdvance),
      xOffsets: run.positions.map((p) => p.xOffset),
      yOffsets: run.positions.map((p) => p.yOffset),
    };
    const same = JSON.stringify(theirs) === JSON.stringify({ glyphs: mine.glyphs, advances: mine.advances, xOffsets: mine.xOffsets, yOffsets: mine.yOffsets });
    if (!same || mine.chars.join('') !== word || mine.width !== theirs.advances.reduce((a, b) => a + b, 0)) differ.push(word);
    if (differ.length >= 10) break;
  }
  return { shaped, differ };
}

const simple = (face: Face) => tables.faces[face].cmap.filter((_, i) => i % 2 === 0).map((cp) => String.fromCodePoint(cp));

describe('font tables', () => {
  it('are what the build wrote into dist/ (when built)', () => {
    const file = join(ROOT, 'dist/layout/font-tables.json');
    if (!existsSync(file)) return console.warn('[skip] dist/layout/font-tables.json is absent: run `npm run build`');
    expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual(tables);
  });

  it.each(FACES)('%s: the metrics are fontkit\'s', (face) => {
    const f = fonts.get(face)!;
    expect(shapers.get(face)!.metrics).toEqual({ unitsPerEm: f.unitsPerEm, ascent: f.ascent, descent: f.descent, capHeight: f.capHeight, postscriptName: f.postscriptName });
  });

  it.each(FACES)('%s: every word of the samples, templates and broken cases shapes as fontkit shapes it', (face) => {
    const { shaped, differ } = compare(face, corpusWords());
    expect(differ).toEqual([]);
    expect(shaped).toBeGreaterThan(3000);
  });

  it.each(FACES)('%s: every pair of the simple letters, digits and signs of the samples, and 20,000 random words', (face) => {
    const chars = simple(face);
    const used = new Set([...corpusWords().join('')].filter((c) => chars.includes(c)));
    const pairs: string[] = [];
    for (const a of used) for (const b of used) pairs.push(a + b);
    const next = random(face.length * 7919);
    const words = Array.from({ length: 20_000 }, () => Array.from({ length: 1 + Math.floor(next() * 10) }, () => chars[Math.floor(next() * chars.length)]).join(''));
    const result = compare(face, [...pairs, ...words]);
    expect(result.differ).toEqual([]);
    expect(result.shaped).toBe(pairs.length + words.length);
  }, 120_000);

  it('leaves to fontkit the words with a character it cannot shape alike', () => {
    const shaper = shapers.get('regular')!;
    for (const word of ['Ş', 'e\u0301', 'co\u00adop', 'a\u200bb', '1\u20442', '中']) expect(shaper.shape(word), word).toBeUndefined();
    expect(shaper.shape('Меморандум')).toBeDefined();
  });

  it.each(FACES)('%s: every glyph outline, as the build wrote it and as the layout reads it back, is fontkit\'s', (face) => {
    const fontFile = require.resolve((FILES as Record<Face, string>)[face]);
    const font = fontkit.create(readFileSync(fontFile));
    const mine = faceOutlines((FILES as Record<Face, string>)[face]) as string[];
    expect(mine).toHaveLength(font.numGlyphs);
    const file = join(ROOT, `dist/layout/font-outlines-${face}.json`);
    if (!existsSync(file)) return console.warn(`[skip] ${file} is absent: run \`npm run build\``);
    expect((JSON.parse(readFileSync(file, 'utf8')) as { outlines: string[] }).outlines).toEqual(mine);
    const differ: number[] = [];
    for (let g = 0; g < font.numGlyphs && differ.length < 10; g++) {
      const theirs = font.getGlyph(g).path.commands.map(({ command, args }) => ({ command, args: [...args] }));
      if (JSON.stringify(tableOutline(face, g, fontFile)) !== JSON.stringify(theirs)) differ.push(g);
    }
    expect(differ).toEqual([]);
  });
});
