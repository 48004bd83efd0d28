// Reads the few facts of a TrueType (sfnt) font the PDF writer needs: table slices, metrics, advances.
// Offsets and fields follow the OpenType spec (https://learn.microsoft.com/typography/opentype/spec/):
// table directory, `head`, `hhea`, `hmtx`, `maxp`, `OS/2`, `post`, `loca`.

export interface SfntFont {
  bytes: Uint8Array;
  /** Table tag -> its bytes (a view into `bytes`, never copied). */
  tables: Map<string, Uint8Array>;
  postscriptName: string;
  unitsPerEm: number;
  numGlyphs: number;
  /** Start of each glyph's record in `glyf`, numGlyphs + 1 entries (loca, either format). */
  loca: Uint32Array;
  /** Advance width of each glyph, in font units. */
  advances: Uint16Array;
  bbox: [number, number, number, number];
  ascent: number;
  descent: number;
  capHeight: number;
  italicAngle: number;
  weightClass: number;
  fixedPitch: boolean;
}

function view(b: Uint8Array): DataView {
  return new DataView(b.buffer, b.byteOffset, b.byteLength);
}

function table(tables: Map<string, Uint8Array>, tag: string): DataView {
  const t = tables.get(tag);
  if (!t) throw new Error(`font has no '${tag}' table`);
  return view(t);
}

/** Parses a TrueType font file. Throws on a file that is not one (the fonts ship with the tool). */
export function readSfnt(bytes: Uint8Array, postscriptName: string): SfntFont {
  const dir = view(bytes);
  const version = dir.getUint32(0);
  if (version !== 0x00010000 && version !== 0x74727565) throw new Error('not a TrueType font');
  const tables = new Map<string, Uint8Array>();
  const numTables = dir.getUint16(4);
  for (let i = 0; i < numTables; i++) {
    const rec = 12 + i * 16;
    const tag = String.fromCharCode(bytes[rec]!, bytes[rec + 1]!, bytes[rec + 2]!, bytes[rec + 3]!);
    const offset = dir.getUint32(rec + 8);
    tables.set(tag, bytes.subarray(offset, offset + dir.getUint32(rec + 12)));
  }
  const head = table(tables, 'head');
  const maxp = table(tables, 'maxp');
  const hhea = table(tables, 'hhea');
  const hmtx = table(tables, 'hmtx');
  const post = tables.has('post') ? table(tables, 'post') : undefined;
  const numGlyphs = maxp.getUint16(4);
  const longLoca = head.getInt16(50) === 1;
  const locaView = table(tables, 'loca');
  const loca = new Uint32Array(numGlyphs + 1);
  for (let g = 0; g <= numGlyphs; g++) {
    loca[g] = longLoca ? locaView.getUint32(g * 4) : locaView.getUint16(g * 2) * 2;
  }
  const numberOfHMetrics = hhea.getUint16(34);
  const advances = new Uint16Array(numGlyphs);
  for (let g = 0; g < numGlyphs; g++) {
    advances[g] = hmtx.getUint16(Math.min(g, numberOfHMetrics - 1) * 4);
  }
  const os2 = tables.has('OS/2') ? table(tables, 'OS/2') : undefined;
  const ascent = hhea.getInt16(4);
  return {
    bytes,
    tables,
    postscriptName,
    unitsPerEm: head.getUint16(18),
    numGlyphs,
    loca,
    advances,
    bbox: [head.getInt16(36), head.getInt16(38), head.getInt16(40), head.getInt16(42)],
    ascent,
    descent: hhea.getInt16(6),
    // sCapHeight exists from OS/2 version 2 on; before that, the ascent is the usual stand-in.
    capHeight: os2 && os2.getUint16(0) >= 2 ? os2.getInt16(88) : ascent,
    italicAngle: post ? post.getInt32(4) / 65536 : 0,
    weightClass: os2 ? os2.getUint16(4) : 400,
    fixedPitch: post ? post.getUint32(12) !== 0 : false,
  };
}
