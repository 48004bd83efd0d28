// The embedded subset draws exactly what the full font draws; @pdf-lib/fontkit's subsetter does not
// (foliojs/fontkit#191, pdf-lib#1232), which proves the pixel comparison can fail.
import fontkitV1 from '@pdf-lib/fontkit';
import { describe, expect, it } from 'vitest';
import { createRequire } from 'node:module';
import type { Face } from '../../src/layout/types.js';
import type { FontProgram, MakeFontProgram } from '../../src/writers/pdf/embed.js';
import { sfntFor } from '../../src/writers/pdf/fonts.js';
import { writePdf } from '../../src/writers/pdf/index.js';
import { readSfnt } from '../../src/writers/pdf/sfnt.js';
import { closeGlyphSet, subsetFont } from '../../src/writers/pdf/subset.js';
import { glyphSheet } from './glyphs.js';
import { has, pixelDifference, renderGray, ink } from './tools.js';

const fullFont: MakeFontProgram = (font) => ({ bytes: font.bytes, subset: false });

/** @pdf-lib/fontkit 1.1.1's subset of the same glyphs: renumbered ids, hence a CIDToGIDMap. */
async function pdfLibFontkitPrograms(): Promise<MakeFontProgram> {
  const used = new Map<string, ReadonlySet<number>>();
  await writePdf(glyphSheet(), { fontProgram: (font, u) => (used.set(font.postscriptName, u), fullFont(font, u)) });
  const programs = new Map<string, FontProgram>();
  for (const [name, glyphs] of used) {
    const font = [...(['regular', 'bold', 'italic', 'boldItalic'] as Face[])].map(sfntFor).find((f) => f.postscriptName === name)!;
    const subset = fontkitV1.create(Buffer.from(font.bytes)).createSubset();
    const ids = new Map<number, number>();
    for (const gid of [...glyphs].sort((a, b) => a - b)) ids.set(gid, subset.includeGlyph(gid));
    const parts: Uint8Array[] = [];
    const bytes = await new Promise<Uint8Array>((resolve, reject) => {
      subset.encodeStream().on('data', (b: Uint8Array) => parts.push(b)).on('end', () => resolve(Buffer.concat(parts))).on('error', reject);
    });
    programs.set(name, { bytes, subset: true, cidToGid: (cid) => ids.get(cid) ?? 0 });
  }
  return (font) => programs.get(font.postscriptName)!;
}

describe('subset font program', () => {
  it('keeps glyph ids, draws used glyphs and their components, and is far smaller', () => {
    const font = sfntFor('regular');
    const used = [36, 68, 373, 591]; // A, a, д, №
    const bytes = subsetFont(font, used);
    const subset = readSfnt(bytes, font.postscriptName);
    expect(subset.numGlyphs).toBe(font.numGlyphs);
    expect(bytes.length).toBeLessThan(font.bytes.length / 4);
    const fontkit = createRequire(import.meta.url)('fontkit') as { create(b: Buffer): { getGlyph(id: number): { path: { toSVG(): string } } } };
    const original = fontkit.create(Buffer.from(font.bytes));
    const reread = fontkit.create(Buffer.from(bytes));
    for (const gid of closeGlyphSet(font, used)) {
      expect(reread.getGlyph(gid).path.toSVG(), `glyph ${gid}`).toBe(original.getGlyph(gid).path.toSVG());
    }
    expect(reread.getGlyph(37).path.toSVG()).toBe(''); // B was not used: no outline
  });
});

for (const renderer of ['pdftoppm', 'mutool'] as const) {
  describe.skipIf(!has(renderer))(`subset renders like the full font (${renderer})`, () => {
    it('gives the same pixels as embedding the whole font', async () => {
      const subset = renderGray(await writePdf(glyphSheet()), renderer);
      const full = renderGray(await writePdf(glyphSheet(), { fontProgram: fullFont }), renderer);
      expect(ink(full.pixels)).toBeGreaterThan(5000);
      expect(pixelDifference(subset.pixels, full.pixels, 0)).toBe(0); // pixel-identical, not merely close
    });

    it("fails for @pdf-lib/fontkit's subsetter: the same comparison catches its broken glyphs", async () => {
      const broken = renderGray(await writePdf(glyphSheet(), { fontProgram: await pdfLibFontkitPrograms() }), renderer);
      const full = renderGray(await writePdf(glyphSheet(), { fontProgram: fullFont }), renderer);
      expect(pixelDifference(broken.pixels, full.pixels)).toBeGreaterThan(0.001);
    });
  });
}
