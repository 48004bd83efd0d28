// Shaping from tables made at build time (scripts/font-tables.mjs -> dist/layout/font-tables.json): a word of
// "simple" characters is its cmap glyphs at their advances plus GPOS pair kerning, exactly as fontkit lays it out, so
// a draft opens fontkit only for a word these tables cannot shape (issue 13 §2). tests/layout/font-tables.test.ts
// proves the two agree.
import { readFileSync, statSync } from 'node:fs';
import type { OutlineCommand, Shaped } from './fonts.js';
import type { Face } from './types.js';

type KernSubtable =
  | { coverage: number[]; pairs: number[][] }
  | { coverage: number[]; class1: number[]; class2: number[]; class2Count: number; matrix: number[] };

/** One face as the build wrote it. */
export interface FaceTable {
  /** The font file's size, to know the table is of the installed file. */
  size: number;
  unitsPerEm: number;
  ascent: number;
  descent: number;
  capHeight: number;
  postscriptName: string;
  /** [code point, glyph, ...] of the simple code points. */
  cmap: number[];
  /** Advance of each glyph id, in font units. */
  advances: number[];
  /** The `kern` lookup's pair-adjustment subtables, in order: the first that applies to a pair gives its kerning. */
  kern: KernSubtable[];
}

export interface FontTables {
  fonts: string;
  faces: Record<Face, FaceTable>;
}

/** A face's table ready for lookups. */
export interface TableShaper {
  metrics: Pick<FaceTable, 'unitsPerEm' | 'ascent' | 'descent' | 'capHeight' | 'postscriptName'>;
  /** The word shaped as fontkit would, or undefined when a character of it is not simple. */
  shape(word: string): Shaped | undefined;
}

type Kern = (a: number, b: number) => number;

/** OpenType PairPos as fontkit's GPOSProcessor applies it: format 1 applies only when the pair is listed (else the
 *  next subtable is tried), format 2 to every pair whose first glyph is covered (class 0 when unclassed). */
function kerning(subtables: readonly KernSubtable[], glyphs: number): Kern {
  const prepared = subtables.map((st) => {
    const index = new Int32Array(glyphs).fill(-1);
    st.coverage.forEach((g, i) => { if (g < glyphs) index[g] = i; });
    if ('pairs' in st) {
      const pairs = new Map<number, number>();
      st.pairs.forEach((list, i) => { for (let k = 0; k < list.length; k += 2) if (!pairs.has(i * 65536 + list[k]!)) pairs.set(i * 65536 + list[k]!, list[k + 1]!); });
      return (a: number, b: number) => (index[a]! < 0 ? undefined : pairs.get(index[a]! * 65536 + b));
    }
    const { class1, class2, class2Count, matrix } = st;
    return (a: number, b: number) => (index[a]! < 0 ? undefined : matrix[class1[a]! * class2Count + (class2[b] ?? 0)]!);
  });
  return (a, b) => {
    for (const applies of prepared) {
      const dx = applies(a, b);
      if (dx !== undefined) return dx;
    }
    return 0;
  };
}

export function tableShaper(table: FaceTable): TableShaper {
  const glyphOf = new Map<number, number>();
  for (let i = 0; i < table.cmap.length; i += 2) glyphOf.set(table.cmap[i]!, table.cmap[i + 1]!);
  const { advances } = table;
  const kern = kerning(table.kern, advances.length);
  const { unitsPerEm, ascent, descent, capHeight, postscriptName } = table;
  return {
    metrics: { unitsPerEm, ascent, descent, capHeight, postscriptName },
    shape(word) {
      const shaped: Shaped = { glyphs: [], advances: [], xOffsets: [], yOffsets: [], chars: [], ends: [], width: 0 };
      let end = 0;
      for (const ch of word) {
        const glyph = glyphOf.get(ch.codePointAt(0)!);
        if (glyph === undefined) return undefined;
        end += ch.length;
        shaped.glyphs.push(glyph);
        shaped.chars.push(ch);
        shaped.ends.push(end);
        shaped.xOffsets.push(0);
        shaped.yOffsets.push(0);
      }
      const n = shaped.glyphs.length;
      for (let i = 0; i < n; i++) {
        const g = shaped.glyphs[i]!;
        const advance = advances[g]! + (i + 1 < n ? kern(g, shaped.glyphs[i + 1]!) : 0);
        shaped.advances.push(advance);
        shaped.width += advance;
      }
      return shaped;
    },
  };
}

let tables: FontTables | null | undefined;

/** The build's table of a face whose file has the size it had, else undefined (fontkit then does all). Read from
 *  the package's dist/ (from src/layout and dist/layout alike). */
export function faceTable(face: Face, fontFile: string): FaceTable | undefined {
  if (tables === undefined) {
    try {
      tables = JSON.parse(readFileSync(new URL('../../dist/layout/font-tables.json', import.meta.url), 'utf8')) as FontTables;
    } catch {
      tables = null;
    }
  }
  const table = tables?.faces[face];
  if (!table) return undefined;
  return statSync(fontFile, { throwIfNoEntry: false })?.size === table.size ? table : undefined;
}

const NAMES: Record<string, string> = { M: 'moveTo', L: 'lineTo', Q: 'quadraticCurveTo', C: 'bezierCurveTo', Z: 'closePath' };
const outlines = new Map<Face, { text: string[]; decoded: Map<number, OutlineCommand[]> } | null>();

/** A glyph's outline from the build's font-outlines-FACE.json (scripts/font-tables.mjs), as fontkit gives it, or
 *  undefined when the file is absent or of another font file. */
export function tableOutline(face: Face, glyph: number, fontFile: string): readonly OutlineCommand[] | undefined {
  if (!outlines.has(face)) {
    try {
      const read = JSON.parse(readFileSync(new URL(`../../dist/layout/font-outlines-${face}.json`, import.meta.url), 'utf8')) as { size: number; outlines: string[] };
      outlines.set(face, statSync(fontFile, { throwIfNoEntry: false })?.size === read.size ? { text: read.outlines, decoded: new Map() } : null);
    } catch {
      outlines.set(face, null);
    }
  }
  const table = outlines.get(face);
  const text = table?.text[glyph];
  if (!table || text === undefined) return undefined;
  let commands = table.decoded.get(glyph);
  if (!commands) {
    commands = [...text.matchAll(/([MLQCZ])([^MLQCZ]*)/g)].map(([, letter, args]) => ({
      command: NAMES[letter!]!,
      args: args ? args.split(' ').map(Number) : [],
    }));
    table.decoded.set(glyph, commands);
  }
  return commands;
}
