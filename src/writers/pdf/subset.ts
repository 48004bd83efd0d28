// Subsets a TrueType font for embedding, KEEPING glyph ids: unused glyphs become empty records.
// Why our own subsetter: @pdf-lib/fontkit 1.1.1 writes a short `loca` over odd-length glyph records
// and corrupts PT Serif Regular/Italic (foliojs/fontkit#191, pdf-lib#1232). Keeping ids means no
// renumbering, no composite rewriting, CIDToGIDMap /Identity, and the layout's glyph ids are the CIDs.
// Tables: those PDF 32000-1 §9.9 (via the TrueType spec) names for embedded TrueType fonts.
import type { SfntFont } from './sfnt.js';

const KEPT_TABLES = ['cvt ', 'fpgm', 'glyf', 'head', 'hhea', 'hmtx', 'loca', 'maxp', 'prep'] as const;

// Composite glyph flags (OpenType `glyf` spec, "Composite glyph description").
const ARG_1_AND_2_ARE_WORDS = 0x0001;
const WE_HAVE_A_SCALE = 0x0008;
const MORE_COMPONENTS = 0x0020;
const WE_HAVE_AN_X_AND_Y_SCALE = 0x0040;
const WE_HAVE_A_TWO_BY_TWO = 0x0080;

function glyphRecord(font: SfntFont, gid: number): Uint8Array {
  const glyf = font.tables.get('glyf')!;
  return glyf.subarray(font.loca[gid]!, font.loca[gid + 1]!);
}

/** The used glyphs plus .notdef plus every component of a composite glyph, sorted. */
export function closeGlyphSet(font: SfntFont, used: Iterable<number>): number[] {
  const set = new Set<number>();
  const queue = [0, ...used].filter((g) => Number.isInteger(g) && g >= 0 && g < font.numGlyphs);
  while (queue.length > 0) {
    const gid = queue.pop()!;
    if (set.has(gid)) continue;
    set.add(gid);
    const rec = glyphRecord(font, gid);
    if (rec.length < 10) continue;
    const v = new DataView(rec.buffer, rec.byteOffset, rec.byteLength);
    if (v.getInt16(0) >= 0) continue;
    let p = 10;
    for (;;) {
      const flags = v.getUint16(p);
      const component = v.getUint16(p + 2);
      if (!set.has(component)) queue.push(component);
      p += 4 + (flags & ARG_1_AND_2_ARE_WORDS ? 4 : 2);
      if (flags & WE_HAVE_A_SCALE) p += 2;
      else if (flags & WE_HAVE_AN_X_AND_Y_SCALE) p += 4;
      else if (flags & WE_HAVE_A_TWO_BY_TWO) p += 8;
      if (!(flags & MORE_COMPONENTS)) break;
    }
  }
  return [...set].sort((a, b) => a - b);
}

function checksum(b: Uint8Array): number {
  const v = new DataView(b.buffer, b.byteOffset, b.byteLength);
  let sum = 0;
  const whole = b.length & ~3;
  for (let i = 0; i < whole; i += 4) sum = (sum + v.getUint32(i)) >>> 0;
  let last = 0;
  for (let i = whole; i < b.length; i++) last |= b[i]! << (24 - 8 * (i - whole));
  return (sum + last) >>> 0;
}

/** Builds `glyf` and a LONG `loca` holding only `keep`'s outlines, each record padded to 4 bytes. */
function subsetGlyf(font: SfntFont, keep: readonly number[]): { glyf: Uint8Array; loca: Uint8Array } {
  let size = 0;
  for (const g of keep) size += (glyphRecord(font, g).length + 3) & ~3;
  const glyf = new Uint8Array(size);
  const loca = new Uint8Array((font.numGlyphs + 1) * 4);
  const lv = new DataView(loca.buffer);
  let offset = 0;
  let k = 0;
  for (let g = 0; g < font.numGlyphs; g++) {
    lv.setUint32(g * 4, offset);
    if (keep[k] === g) {
      const rec = glyphRecord(font, g);
      glyf.set(rec, offset);
      offset += (rec.length + 3) & ~3;
      k++;
    }
  }
  lv.setUint32(font.numGlyphs * 4, offset);
  return { glyf, loca };
}

/** A complete TrueType file with only the glyphs in `used` (and their components) drawn. */
export function subsetFont(font: SfntFont, used: Iterable<number>): Uint8Array {
  const { glyf, loca } = subsetGlyf(font, closeGlyphSet(font, used));
  const head = font.tables.get('head')!.slice();
  const hv = new DataView(head.buffer);
  hv.setUint32(8, 0); // checkSumAdjustment, computed below over the whole file
  hv.setInt16(50, 1); // indexToLocFormat: long offsets, so no record length is ever halved
  const data = new Map<string, Uint8Array>([['glyf', glyf], ['loca', loca], ['head', head]]);
  const tags = KEPT_TABLES.filter((t) => data.has(t) || font.tables.has(t));
  const n = tags.length;
  const entrySelector = Math.floor(Math.log2(n));
  let offset = 12 + 16 * n;
  const bodies = tags.map((t) => data.get(t) ?? font.tables.get(t)!);
  const total = bodies.reduce((s, b) => s + ((b.length + 3) & ~3), offset);
  const out = new Uint8Array(total);
  const ov = new DataView(out.buffer);
  ov.setUint32(0, 0x00010000);
  ov.setUint16(4, n);
  ov.setUint16(6, 16 * 2 ** entrySelector);
  ov.setUint16(8, entrySelector);
  ov.setUint16(10, 16 * n - 16 * 2 ** entrySelector);
  let headOffset = 0;
  tags.forEach((tag, i) => {
    const body = bodies[i]!;
    const rec = 12 + 16 * i;
    for (let c = 0; c < 4; c++) out[rec + c] = tag.charCodeAt(c);
    ov.setUint32(rec + 4, checksum(body));
    ov.setUint32(rec + 8, offset);
    ov.setUint32(rec + 12, body.length);
    out.set(body, offset);
    if (tag === 'head') headOffset = offset;
    offset += (body.length + 3) & ~3;
  });
  ov.setUint32(headOffset + 8, (0xb1b0afba - checksum(out)) >>> 0);
  return out;
}
