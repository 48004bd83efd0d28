// Writes one face as a Type0 font over a CIDFontType2 (PDF 32000-1 §9.7.4, §9.8, §9.9): glyph id = CID.
import { createHash } from 'node:crypto';
import { zlibSync } from 'fflate';
import { PDFString, type PDFContext, type PDFRef } from './pdf-lib.js';
import type { SfntFont } from './sfnt.js';
import { subsetFont } from './subset.js';
import { toUnicodeCMap } from './tounicode.js';

/** The glyphs one document paints in one face, with the characters each stands for. */
export type GlyphUse = Map<number, readonly number[]>;

/** The font program to embed; `cidToGid` only when its glyph ids differ from the layout's (tests). */
export interface FontProgram {
  bytes: Uint8Array;
  subset: boolean;
  cidToGid?: (cid: number) => number;
}

export type MakeFontProgram = (font: SfntFont, used: ReadonlySet<number>) => FontProgram;

/** The default: our id-keeping subset (see subset.ts for why not @pdf-lib/fontkit's). */
export const subsetProgram: MakeFontProgram = (font, used) => ({ bytes: subsetFont(font, used), subset: true });

/** Six capitals naming the subset (§9.6.4), derived from the glyph set so equal input gives equal tags. */
function subsetTag(font: SfntFont, used: ReadonlySet<number>): string {
  const ids = [...used].sort((a, b) => a - b).join(',');
  const digest = createHash('sha256').update(`${font.postscriptName}:${ids}`).digest();
  let tag = '';
  for (let i = 0; i < 6; i++) tag += String.fromCharCode(65 + (digest[i]! % 26));
  return tag;
}

/** `[first [w w w] first [w] ...]` over runs of consecutive ids, widths in 1/1000 em (§9.7.4.3). */
function widthsArray(font: SfntFont, used: ReadonlySet<number>): (number | number[])[] {
  const ids = [...used].sort((a, b) => a - b);
  const out: (number | number[])[] = [];
  let run: number[] = [];
  ids.forEach((gid, i) => {
    if (i === 0 || gid !== ids[i - 1]! + 1) {
      run = [];
      out.push(gid, run);
    }
    run.push(Math.round((font.advances[gid]! * 1000) / font.unitsPerEm));
  });
  return out;
}

/** §9.8.2 Table 123: Serif, Nonsymbolic (the text is standard Latin/Cyrillic), Italic, FixedPitch. */
function descriptorFlags(font: SfntFont): number {
  return 2 | 32 | (font.italicAngle !== 0 ? 64 : 0) | (font.fixedPitch ? 1 : 0);
}

type StreamDict = NonNullable<Parameters<PDFContext['stream']>[1]>;

/**
 * A FlateDecode stream (§7.4.4, zlib format). fflate, not node:zlib: pure JS, so the bytes do not change
 * with the zlib build of the Node version. Level 6 by default; font programs use 1, which on glyph
 * outlines costs ~3% in size and saves ~1 ms a document (measured on the CSTO memorandum).
 */
export function deflated(context: PDFContext, bytes: Uint8Array, dict: StreamDict = {}, level: 1 | 6 = 6): PDFRef {
  return context.register(context.stream(zlibSync(bytes, { level }), { ...dict, Filter: 'FlateDecode' }));
}

/** Assigns the Type0 font dictionary of `font` to `fontRef`, embedding `make`'s program for `use`. */
export function embedFont(context: PDFContext, fontRef: PDFRef, font: SfntFont, use: GlyphUse, make: MakeFontProgram): void {
  const used = new Set(use.keys());
  used.add(0);
  const program = make(font, used);
  const name = program.subset ? `${subsetTag(font, used)}+${font.postscriptName}` : font.postscriptName;
  const scale = 1000 / font.unitsPerEm;
  const fontFile = deflated(context, program.bytes, { Length1: program.bytes.length }, 1);
  const descriptor = context.register(
    context.obj({
      Type: 'FontDescriptor',
      FontName: name,
      Flags: descriptorFlags(font),
      FontBBox: font.bbox.map((v) => Math.round(v * scale)),
      ItalicAngle: font.italicAngle,
      Ascent: Math.round(font.ascent * scale),
      Descent: Math.round(font.descent * scale),
      CapHeight: Math.round(font.capHeight * scale),
      // TrueType files carry no stem width; estimated from the weight class as PDF writers commonly do.
      StemV: Math.round(10 + 220 * ((font.weightClass - 50) / 900) ** 2),
      FontFile2: fontFile,
    }),
  );
  let cidToGid: PDFRef | string = 'Identity';
  if (program.cidToGid) {
    const max = Math.max(...used);
    const map = new Uint8Array((max + 1) * 2);
    for (let cid = 0; cid <= max; cid++) {
      const gid = used.has(cid) ? program.cidToGid(cid) : 0;
      map[cid * 2] = gid >> 8;
      map[cid * 2 + 1] = gid & 0xff;
    }
    cidToGid = deflated(context, map);
  }
  const cidFont = context.register(
    context.obj({
      Type: 'Font',
      Subtype: 'CIDFontType2',
      BaseFont: name,
      CIDSystemInfo: { Registry: PDFString.of('Adobe'), Ordering: PDFString.of('Identity'), Supplement: 0 },
      FontDescriptor: descriptor,
      W: widthsArray(font, used),
      CIDToGIDMap: cidToGid,
    }),
  );
  const toUnicode = deflated(context, new TextEncoder().encode(toUnicodeCMap(use)));
  context.assign(
    fontRef,
    context.obj({ Type: 'Font', Subtype: 'Type0', BaseFont: name, Encoding: 'Identity-H', DescendantFonts: [cidFont], ToUnicode: toUnicode }),
  );
}
