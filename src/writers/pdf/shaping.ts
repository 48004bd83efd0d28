// Glyphs of a text run as the layout measured them: glyph ids, advances with kerning, source code points.
import { createRequire } from 'node:module';
import type { Face } from '../../layout/types.js';
import { fontFilePath } from './fonts.js';

export interface ShapedGlyph {
  id: number;
  /** Advance in font units, kerning included (what the layout measured). */
  advance: number;
  /** The characters this glyph stands for (ligatures are off, so usually one). */
  codePoints: readonly number[];
}

/** The fontkit 2 surface we use (fontkit ships no types). */
interface FontkitFont {
  layout(text: string, features: Record<string, boolean>): {
    glyphs: { id: number; codePoints: number[] }[];
    positions: { xAdvance: number }[];
  };
}

// Ligatures off: one glyph per character keeps text extraction and line measuring simple (issue 4).
const FEATURES = { liga: false, clig: false, dlig: false, hlig: false, rlig: false, calt: false };

const fonts = new Map<Face, FontkitFont>();
const shaped = new Map<string, readonly ShapedGlyph[]>();
const MAX_CACHED = 20_000;

function fontFor(face: Face): FontkitFont {
  let font = fonts.get(face);
  if (!font) {
    const fontkit = createRequire(import.meta.url)('fontkit') as { openSync(path: string): FontkitFont };
    font = fontkit.openSync(fontFilePath(face));
    fonts.set(face, font);
  }
  return font;
}

/** Shapes `text` in `face`; results are cached per process (words repeat across pages and documents). */
export function shapeText(face: Face, text: string): readonly ShapedGlyph[] {
  const key = `${face}\u0000${text}`;
  const hit = shaped.get(key);
  if (hit) return hit;
  const run = fontFor(face).layout(text, FEATURES);
  const glyphs = run.glyphs.map((g, i) => ({
    id: g.id,
    advance: run.positions[i]?.xAdvance ?? 0,
    codePoints: g.codePoints,
  }));
  if (shaped.size >= MAX_CACHED) shaped.clear();
  shaped.set(key, glyphs);
  return glyphs;
}
