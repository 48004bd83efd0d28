// Writes one face as a Type0 font over a CIDFontType2 (PDF 32000-1 §9.7.4, §9.8, §9.9): glyph id = CID.
import { createHash } from 'node:crypto';
import { zlibSync } from 'fflate';
import { PDFString, type PDFContext, type PDFRef } from './pdf-lib.js';
import type { SfntFont } from './sfnt.js';
import { subsetFont } from './subset.js';
import { toUnicodeCMap } from './tounicode.js';

/** Where CIDs beyond a face's glyph ids end: character codes are two bytes (Identity-H, §9.7.5.2). */
const MAX_CID = 0xffff;

/**
 * The glyphs one document paints in one face, each under a CID (the two-byte character code of Identity-H) with
 * the characters it stands for. A glyph painted for one text is its own CID (glyph id = CID, no CIDToGIDMap). A
 * ToUnicode CMap maps a code to one string only, and PT Serif draws several characters with one glyph (µ U+00B5
 * and μ U+03BC, Ω U+03A9 and Ω U+2126, ; and ; U+037E …, see tests/pdf/shared-glyphs.test.ts): so the same glyph
 * painted for another text gets another CID, beyond the font's glyph ids, and the CIDToGIDMap sends it to the
 * glyph. Every extractor reads ToUnicode; /ActualText, the other way, is not read by every one, and a tagged
 * page's marked content has no /Span to carry it.
 */
export class GlyphUse {
  /** CID -> the glyph it shows and the text it stands for, in the order first painted. */
  readonly cids = new Map<number, { gid: number; text: string }>();
  private readonly extra = new Map<string, number>();
  private next: number;

  constructor(numGlyphs: number) {
    this.next = numGlyphs;
  }

  /** The CID that shows glyph `gid` standing for `text`. */
  cid(gid: number, text: string): number {
    const own = this.cids.get(gid);
    if (!own) {
      this.cids.set(gid, { gid, text });
      return gid;
    }
    if (own.text === text) return gid;
    const key = `${gid}:${text}`;
    let cid = this.extra.get(key);
    if (cid === undefined) {
      // Past the two-byte codes (never met: ~700 glyphs and a handful of shared ones) the glyph's first text is kept.
      if (this.next > MAX_CID) return gid;
      cid = this.next++;
      this.extra.set(key, cid);
      this.cids.set(cid, { gid, text });
    }
    return cid;
  }

  /** Whether any CID differs from its glyph id (then the font needs a CIDToGIDMap stream). */
  get shared(): boolean {
    return this.extra.size > 0;
  }
}

/** The font program to embed; `cidToGid` (the layout's glyph id -> the program's) only when its glyph ids differ
 *  from the layout's (tests). */
export interface FontProgram {
  bytes: Uint8Array;
  subset: boolean;
  cidToGid?: (gid: number) => number;
}

export type MakeFontProgram = (font: SfntFont, used: ReadonlySet<number>) => FontProgram;

/** The default: our id-keeping subset (see subset.ts for why not @pdf-lib/fontkit's). */
export const subsetProgram: MakeFontProgram = (font, used) => ({ bytes: subsetFont(font, used), subset: true });

/** The subset's key: the face and its sorted glyph ids. */
function subsetKey(font: SfntFont, used: ReadonlySet<number>): string {
  return `${font.postscriptName}:${[...used].sort((a, b) => a - b).join(',')}`;
}

/** Six capitals naming the subset (§9.6.4), derived from the glyph set so equal input gives equal tags. */
function subsetTag(key: string): string {
  const digest = createHash('sha256').update(key).digest();
  let tag = '';
  for (let i = 0; i < 6; i++) tag += String.fromCharCode(65 + (digest[i]! % 26));
  return tag;
}

/**
 * The default program of a face and glyph set, subset and deflated, made once: the same glyph set comes back often
 * (the bold and italic faces of headings and signature blocks, the originals of a bag, the documents of a run that
 * share a vocabulary), and subsetting and deflating it is most of embedding a font. Equal key, equal bytes: the
 * program is a function of the font and the glyph ids alone. Bounded, cleared when full.
 */
type Program = { tag: string; length: number; deflated: Uint8Array };
/** By font object (never by name alone: a test's font may share a real one's name), then by key. */
const PROGRAMS = new WeakMap<SfntFont, Map<string, Program>>();
const MAX_PROGRAMS = 32;

function defaultProgram(font: SfntFont, used: ReadonlySet<number>, key: string): Program {
  let programs = PROGRAMS.get(font);
  if (!programs) PROGRAMS.set(font, (programs = new Map()));
  let hit = programs.get(key);
  if (!hit) {
    const bytes = subsetFont(font, used);
    hit = { tag: subsetTag(key), length: bytes.length, deflated: zlibSync(bytes, { level: FONT_LEVEL }) };
    if (programs.size >= MAX_PROGRAMS) programs.clear();
    programs.set(key, hit);
  }
  return hit;
}

/** `[first [w w w] first [w] ...]` over runs of consecutive CIDs, widths in 1/1000 em (§9.7.4.3). */
function widthsArray(font: SfntFont, cids: ReadonlyMap<number, number>): (number | number[])[] {
  const ids = [...cids.keys()].sort((a, b) => a - b);
  const out: (number | number[])[] = [];
  let run: number[] = [];
  ids.forEach((cid, i) => {
    if (i === 0 || cid !== ids[i - 1]! + 1) {
      run = [];
      out.push(cid, run);
    }
    run.push(Math.round((font.advances[cids.get(cid)!]! * 1000) / font.unitsPerEm));
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

/** The level font programs are deflated at (see `deflated`). */
const FONT_LEVEL = 1;

/** Assigns the Type0 font dictionary of `font` to `fontRef`, embedding `make`'s program for `use`. */
export function embedFont(context: PDFContext, fontRef: PDFRef, font: SfntFont, use: GlyphUse, make: MakeFontProgram): void {
  // CID -> glyph id, .notdef (CID 0) included as every CIDFont has it.
  const cids = new Map<number, number>([[0, 0], ...[...use.cids].map(([cid, c]) => [cid, c.gid] as [number, number])]);
  const used = new Set(cids.values());
  const key = subsetKey(font, used);
  let program: Omit<FontProgram, 'bytes'>;
  let fontFile: PDFRef;
  let tag: string | undefined;
  if (make === subsetProgram) {
    // The default program from its cache, already deflated.
    const cached = defaultProgram(font, used, key);
    program = { subset: true };
    tag = cached.tag;
    fontFile = context.register(context.stream(cached.deflated, { Length1: cached.length, Filter: 'FlateDecode' }));
  } else {
    const made = make(font, used);
    program = made;
    fontFile = deflated(context, made.bytes, { Length1: made.bytes.length }, FONT_LEVEL);
  }
  const name = program.subset ? `${tag ?? subsetTag(key)}+${font.postscriptName}` : font.postscriptName;
  const scale = 1000 / font.unitsPerEm;
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
  if (program.cidToGid || use.shared) {
    const toProgram = program.cidToGid ?? ((gid: number) => gid);
    const max = Math.max(...cids.keys());
    const map = new Uint8Array((max + 1) * 2);
    for (let cid = 0; cid <= max; cid++) {
      const gid = cids.has(cid) ? toProgram(cids.get(cid)!) : 0;
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
      W: widthsArray(font, cids),
      CIDToGIDMap: cidToGid,
    }),
  );
  const toUnicode = deflated(context, new TextEncoder().encode(toUnicodeCMap(new Map([...use.cids].map(([cid, c]) => [cid, [...c.text].map((ch) => ch.codePointAt(0)!)])))));
  context.assign(
    fontRef,
    context.obj({ Type: 'Font', Subtype: 'Type0', BaseFont: name, Encoding: 'Identity-H', DescendantFonts: [cidFont], ToUnicode: toUnicode }),
  );
}
