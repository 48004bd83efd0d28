// The glyph-coverage table made at build time (scripts/glyph-coverage.mjs) says exactly what fontkit says of the font
// files installed, over all of Unicode, so validation without fontkit can never drift from the fonts (issue 13 §2).
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { COVERAGE } from '../../src/layout/coverage-table.js';
import { FACES, canSet, hasGlyph } from '../../src/layout/coverage.js';
import { FONT_FILES } from '../../src/layout/fonts.js';
import type { Face } from '../../src/layout/types.js';

const require = createRequire(import.meta.url);
const fontkit = require('fontkit') as { create(b: Buffer): { hasGlyphForCodePoint(cp: number): boolean } };
const LAST = 0x10ffff;

/** fontkit's answer for every code point, one byte each. */
const answers = new Map<Face, Uint8Array>(FACES.map((face) => {
  const font = fontkit.create(readFileSync(require.resolve(FONT_FILES[face])));
  const has = new Uint8Array(LAST + 1);
  for (let cp = 0; cp <= LAST; cp++) has[cp] = font.hasGlyphForCodePoint(cp) ? 1 : 0;
  return [face, has];
}));

describe('glyph coverage table', () => {
  it.each(FACES)('%s: hasGlyph answers as fontkit does for every code point', (face) => {
    const fk = answers.get(face)!;
    const differ: string[] = [];
    for (let cp = 0; cp <= LAST && differ.length < 10; cp++) {
      if (hasGlyph(face, cp) !== (fk[cp] === 1)) differ.push(`U+${cp.toString(16).toUpperCase()}`);
    }
    expect(differ, 'run `npm run build` to make the table again from the installed fonts').toEqual([]);
    expect(COVERAGE[face].length % 2).toBe(0);
  });

  it('canSet: every face has the glyph', () => {
    const differ: number[] = [];
    for (let cp = 0; cp <= LAST && differ.length < 10; cp++) {
      if (canSet(cp) !== FACES.every((f) => answers.get(f)![cp] === 1)) differ.push(cp);
    }
    expect(differ).toEqual([]);
    // The letters the agreements are written in, and a character the faces lack.
    for (const ch of 'AzАяЁё«»№–—€') expect(canSet(ch.codePointAt(0)!), ch).toBe(true);
    expect(canSet(0x4e2d)).toBe(false); // 中
    expect(canSet(0x1f600)).toBe(false);
  });
});
