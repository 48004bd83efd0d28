// PT Serif, and the one shaping function that both the layout (to measure) and the PDF painter (to place glyphs) use,
// so what is measured is exactly what is painted: from the build's tables (font-tables.ts) for words of simple
// characters, else with fontkit 2, loaded once per process on first need.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { faceTable, tableOutline, tableShaper, type TableShaper } from './font-tables.js';
import type { Face } from './types.js';

// Which characters a face has: a table made at build time, so checking text never opens the fonts.
export { FACES, canSet, hasGlyph } from './coverage.js';

const require = createRequire(import.meta.url);

/** The part of fontkit 2's Font we use (the package ships no types). */
interface FontkitFont {
  unitsPerEm: number;
  ascent: number;
  descent: number;
  capHeight: number;
  postscriptName: string;
  getGlyph(id: number): { path: { commands: OutlineCommand[] } };
  layout(
    text: string,
    features: Record<string, boolean>,
  ): {
    glyphs: { id: number; codePoints: number[] }[];
    positions: { xAdvance: number; xOffset: number; yOffset: number }[];
  };
}

/** The faces' files, as resolved from this package (scripts/glyph-coverage.mjs names the same). */
export const FONT_FILES: Record<Face, string> = {
  regular: '@expo-google-fonts/pt-serif/400Regular/PTSerif_400Regular.ttf',
  bold: '@expo-google-fonts/pt-serif/700Bold/PTSerif_700Bold.ttf',
  italic: '@expo-google-fonts/pt-serif/400Regular_Italic/PTSerif_400Regular_Italic.ttf',
  boldItalic: '@expo-google-fonts/pt-serif/700Bold_Italic/PTSerif_700Bold_Italic.ttf',
};

/** Kerning on (GPOS `kern` feature, or the legacy `kern` table), ligatures off: a ligature glyph such
 *  as "fi" would make pdftotext and copy-paste return the wrong characters. */
const FEATURES: Record<string, boolean> = { kern: true, liga: false, clig: false, dlig: false };

/** One shaped run: glyph ids with advances and offsets in font units (kerning included in advances). */
export interface Shaped {
  glyphs: number[];
  advances: number[];
  xOffsets: number[];
  yOffsets: number[];
  /** The text each glyph stands for (for the PDF's ToUnicode map). */
  chars: string[];
  /** For each glyph, the UTF-16 index in the text just after it (to measure prefixes of a word). */
  ends: number[];
  /** Sum of advances, in font units. */
  width: number;
}

interface LoadedFace {
  face: Face;
  /** The build's tables (font-tables.ts): the metrics, and the shaping of every word of simple characters. */
  table?: TableShaper;
  /** Read on first need (embedding, fontkit). */
  bytes?: Uint8Array;
  /** Shapes what the table cannot, created on first need; nothing else touches it (see `outlines`). */
  font?: FontkitFont;
  /** A second instance of the same font for glyph outlines (the watermark). fontkit caches one glyph object per id
   *  with the code points it was first asked for: getGlyph(id) from an outline (or a composite glyph's component:
   *  PT Serif Bold builds Cyrillic Р from Latin P) cached P with none, and later text lost its P in the PDF's
   *  ToUnicode ("ROTOCOL"), depending on what was drafted before in the process (issue 10 §2). */
  outlines?: FontkitFont;
  /** Shaping cache per word: shaping is the hot path of the layout. */
  words: Map<string, Shaped>;
  spaceAdvance: number;
  /** Cached: fontkit's getter re-reads the head table on every call. */
  upm: number;
}

const loaded = new Map<Face, LoadedFace>();

function load(face: Face): LoadedFace {
  const cached = loaded.get(face);
  if (cached) return cached;
  const table = faceTable(face, require.resolve(FONT_FILES[face]));
  const entry: LoadedFace = { face, words: new Map(), spaceAdvance: 0, upm: 0 };
  if (table) entry.table = tableShaper(table);
  entry.upm = entry.table ? entry.table.metrics.unitsPerEm : fontOf(entry).unitsPerEm;
  entry.spaceAdvance = shapeWord(entry, ' ').width;
  loaded.set(face, entry);
  return entry;
}

function bytesOf(entry: LoadedFace): Uint8Array {
  if (!entry.bytes) {
    const buffer = readFileSync(require.resolve(FONT_FILES[entry.face]));
    entry.bytes = new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
  }
  return entry.bytes;
}

const fontkit = () => require('fontkit') as { create(buffer: Buffer): FontkitFont };

function fontOf(entry: LoadedFace): FontkitFont {
  if (!entry.font) {
    const bytes = bytesOf(entry);
    entry.font = fontkit().create(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength));
  }
  return entry.font;
}

/** One step of a glyph outline in font units, y up, as fontkit gives it (moveTo, lineTo, quadraticCurveTo,
 *  bezierCurveTo, closePath). */
export interface OutlineCommand {
  command: string;
  args: number[];
}

/** The outline of a glyph, for decorations painted as shapes rather than text (the watermark). */
export function glyphOutline(face: Face, glyph: number): readonly OutlineCommand[] {
  const fromTable = tableOutline(face, glyph, require.resolve(FONT_FILES[face]));
  if (fromTable) return fromTable;
  const entry = load(face);
  entry.outlines ??= fontkit().create(Buffer.from(bytesOf(entry)));
  return entry.outlines.getGlyph(glyph).path.commands;
}

/** The TrueType file of a face, for embedding. */
export function fontBytes(face: Face): Uint8Array {
  return bytesOf(load(face));
}

/** Vertical metrics of a face in em (fractions of the font size). */
export function faceMetrics(face: Face): { ascent: number; descent: number; capHeight: number; unitsPerEm: number; postscriptName: string } {
  const entry = load(face);
  const font = entry.table ? entry.table.metrics : fontOf(entry);
  const upm = font.unitsPerEm;
  return { ascent: font.ascent / upm, descent: -font.descent / upm, capHeight: font.capHeight / upm, unitsPerEm: upm, postscriptName: font.postscriptName };
}

export function unitsPerEm(face: Face): number {
  return load(face).upm;
}

function shapeWord(entry: LoadedFace, word: string): Shaped {
  const hit = entry.words.get(word);
  if (hit) return hit;
  const fromTable = entry.table?.shape(word);
  if (fromTable) {
    entry.words.set(word, fromTable);
    return fromTable;
  }
  const run = fontOf(entry).layout(word, FEATURES);
  const n = run.glyphs.length;
  const shaped: Shaped = { glyphs: new Array(n), advances: new Array(n), xOffsets: new Array(n), yOffsets: new Array(n), chars: new Array(n), ends: new Array(n), width: 0 };
  const texts = glyphTexts(word, run.glyphs);
  let end = 0;
  for (let i = 0; i < n; i++) {
    const glyph = run.glyphs[i]!;
    const pos = run.positions[i]!;
    const chars = texts[i]!;
    end += chars.length;
    shaped.glyphs[i] = glyph.id;
    shaped.advances[i] = pos.xAdvance;
    shaped.xOffsets[i] = pos.xOffset;
    shaped.yOffsets[i] = pos.yOffset;
    shaped.chars[i] = chars;
    shaped.ends[i] = end;
    shaped.width += pos.xAdvance;
  }
  entry.words.set(word, shaped);
  return shaped;
}

/** The text each glyph stands for, taken from the input: fontkit's `codePoints` are those of the glyph object it
 *  cached first for that id, which may belong to another character sharing the glyph (µ and μ in PT Serif) or to none
 *  at all. Only how many code points each glyph covers is taken from fontkit (more than one for a composed
 *  glyph); if those counts do not add up to the input, each glyph takes one code point and the last the rest. */
function glyphTexts(word: string, glyphs: readonly { codePoints: number[] }[]): string[] {
  const input = [...word];
  const counts = glyphs.map((g) => g.codePoints.length);
  if (counts.reduce((a, b) => a + b, 0) !== input.length || counts.some((c) => c === 0)) {
    counts.fill(1);
    if (counts.length) counts[counts.length - 1] = Math.max(1, input.length - (counts.length - 1));
  }
  let at = 0;
  return counts.map((c) => input.slice(at, (at += c)).join(''));
}

/** Shapes one word (no U+0020 in it), cached per (face, word). */
export function shapeCached(face: Face, word: string): Shaped {
  return shapeWord(load(face), word);
}

/** Shapes a run of text as the painter must paint it: each space-separated word shaped on its own
 *  (cached), with the font's space glyph between. Kerning across a space is deliberately not applied,
 *  so a line measures the same as the sum of its words. */
export function shape(face: Face, text: string): Shaped {
  if (!text.includes(' ')) return shapeCached(face, text);
  const entry = load(face);
  const space = shapeWord(entry, ' ');
  const out: Shaped = { glyphs: [], advances: [], xOffsets: [], yOffsets: [], chars: [], ends: [], width: 0 };
  let base = 0;
  const words = text.split(' ');
  for (let w = 0; w < words.length; w++) {
    if (w > 0) {
      append(out, space, base);
      base += 1;
    }
    const word = words[w]!;
    if (word) append(out, shapeWord(entry, word), base);
    base += word.length;
  }
  return out;
}

function append(out: Shaped, part: Shaped, base: number): void {
  for (let i = 0; i < part.glyphs.length; i++) {
    out.glyphs.push(part.glyphs[i]!);
    out.advances.push(part.advances[i]!);
    out.xOffsets.push(part.xOffsets[i]!);
    out.yOffsets.push(part.yOffsets[i]!);
    out.chars.push(part.chars[i]!);
    out.ends.push(base + part.ends[i]!);
  }
  out.width += part.width;
}

/** Width in points of `text` at `size`, exactly as `shape` paints it. */
export function measure(face: Face, size: number, text: string): number {
  const entry = load(face);
  if (!text.includes(' ')) return (shapeWord(entry, text).width * size) / entry.upm;
  let units = 0;
  let spaces = 0;
  for (const word of text.split(' ')) {
    if (word) units += shapeWord(entry, word).width;
    spaces++;
  }
  units += (spaces - 1) * entry.spaceAdvance;
  return (units * size) / entry.upm;
}

/** Width in points of the word's UTF-16 prefix [0, end) as part of the shaped whole word (kerning kept). */
export function prefixWidth(face: Face, size: number, word: string, end: number): number {
  const entry = load(face);
  const shaped = shapeWord(entry, word);
  let units = 0;
  for (let i = 0; i < shaped.glyphs.length && shaped.ends[i]! <= end; i++) units += shaped.advances[i]!;
  return (units * size) / entry.upm;
}

/** Width of the space glyph of a face at a size, in points. */
export function spaceWidth(face: Face, size: number): number {
  const entry = load(face);
  return (entry.spaceAdvance * size) / entry.upm;
}
