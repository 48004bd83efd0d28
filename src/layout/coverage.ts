// Which characters each face can print, answered from a table made at build time (coverage-table.ts), so that
// validation never opens the fonts: fontkit and the four faces cost ~130 ms of a cold `cica validate` (issue 13 §2).
import { COVERAGE } from './coverage-table.js';
import type { Face } from './types.js';

export const FACES: readonly Face[] = ['regular', 'bold', 'italic', 'boldItalic'];

/** Inclusive ranges [first, last, ...] of the code points in both lists of ranges. */
function intersect(a: readonly number[], b: readonly number[]): number[] {
  const out: number[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    const first = Math.max(a[i]!, b[j]!);
    const last = Math.min(a[i + 1]!, b[j + 1]!);
    if (first <= last) out.push(first, last);
    if (a[i + 1]! < b[j + 1]!) i += 2;
    else j += 2;
  }
  return out;
}

/** The code points every face has: the characters a text may use whatever its style. */
const EVERY_FACE = 'everyFace';
const ranges = (face: Face | typeof EVERY_FACE): readonly number[] =>
  face === EVERY_FACE ? (everyFace ??= FACES.map((f) => COVERAGE[f]).reduce(intersect)) : COVERAGE[face];
let everyFace: readonly number[] | undefined;

/** Per face, one byte per code point below `LIMIT` (1: has a glyph), filled from the ranges on first use. */
const LIMIT = 0x10000;
const maps = new Map<Face | typeof EVERY_FACE, Uint8Array>();

function has(face: Face | typeof EVERY_FACE, codePoint: number): boolean {
  if (codePoint >= LIMIT) return inRanges(ranges(face), codePoint);
  let map = maps.get(face);
  if (!map) {
    map = new Uint8Array(LIMIT);
    const r = ranges(face);
    for (let i = 0; i < r.length; i += 2) if (r[i]! < LIMIT) map.fill(1, r[i]!, Math.min(r[i + 1]!, LIMIT - 1) + 1);
    maps.set(face, map);
  }
  return map[codePoint] === 1;
}

/** Past the BMP: the last range starting at or before the code point, by binary search. */
function inRanges(ranges: readonly number[], codePoint: number): boolean {
  let lo = 0;
  let hi = ranges.length / 2 - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (ranges[2 * mid]! <= codePoint) lo = mid + 1;
    else hi = mid - 1;
  }
  return hi >= 0 && codePoint <= ranges[2 * hi + 1]!;
}

/** Whether the face maps the code point to a glyph: exactly fontkit's `hasGlyphForCodePoint` (a test proves it). */
export function hasGlyph(face: Face, codePoint: number): boolean {
  return has(face, codePoint);
}

/** Whether every face can set the character: what the model's check asks before any layout (model/options.ts). */
export function canSet(codePoint: number): boolean {
  return has(EVERY_FACE, codePoint);
}
