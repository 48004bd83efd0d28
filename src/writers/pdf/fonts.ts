// The four PT Serif faces as parsed TrueType tables, built once per process from the layout's font bytes.
import type { Face } from '../../layout/types.js';
import { faceMetrics, fontBytes } from '../../layout/fonts.js';
import { readSfnt, type SfntFont } from './sfnt.js';

export { FACES } from '../../layout/fonts.js';

const cache = new Map<Face, SfntFont>();

/** The parsed font of a face: the very file the layout shapes with, so glyph ids agree. */
export function sfntFor(face: Face): SfntFont {
  let font = cache.get(face);
  if (!font) {
    font = readSfnt(fontBytes(face), faceMetrics(face).postscriptName);
    cache.set(face, font);
  }
  return font;
}
