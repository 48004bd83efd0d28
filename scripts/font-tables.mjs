// Writes dist/layout/font-tables.json (and font-outlines-FACE.json, the glyph outlines): what layout/fonts.ts needs of each PT Serif face to shape the words of an
// agreement without fontkit (issue 13 §2: fontkit and four faces cost ~130 ms of a cold draft, its shaping of cold
// code ~170 ms): the vertical metrics, the glyph of each "simple" code point, every glyph's advance, and the GPOS
// `kern` lookup's subtables as fontkit applies them (pair adjustments of the first glyph's advance). A code point is
// simple when fontkit's layout of it is its cmap glyph at its advance plus kerning: not a mark (Unicode or GDEF),
// not default-ignorable (fontkit hides those), not U+2044 (contextual fractions), not a glyph that an enabled GSUB
// lookup (ccmp) takes as input. A word with any other character is shaped by fontkit. Run by `npm run build` after
// tsc; deterministic (only the font files count). tests/layout/font-tables.test.ts proves words shape alike both ways.
import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';

const require = createRequire(import.meta.url);
export const FILES = {
  regular: '@expo-google-fonts/pt-serif/400Regular/PTSerif_400Regular.ttf',
  bold: '@expo-google-fonts/pt-serif/700Bold/PTSerif_700Bold.ttf',
  italic: '@expo-google-fonts/pt-serif/400Regular_Italic/PTSerif_400Regular_Italic.ttf',
  boldItalic: '@expo-google-fonts/pt-serif/700Bold_Italic/PTSerif_700Bold_Italic.ttf',
};
/** The GSUB features fontkit applies to Latin and Cyrillic text with liga/clig/dlig off (DefaultShaper). */
const GSUB_ON = new Set(['rvrn', 'ltra', 'ltrm', 'ccmp', 'locl', 'rlig', 'mark', 'mkmk', 'calt', 'rclt', 'curs']);
const SPECIAL = /[\p{M}\p{Default_Ignorable_Code_Point}\u2044]/u;

function fail(message) {
  throw new Error(`font-tables: ${message}; the table cannot stand for fontkit here`);
}

const coverageGlyphs = (coverage) =>
  coverage.version === 1 ? [...coverage.glyphs] : coverage.rangeRecords.flatMap((r) => Array.from({ length: r.end - r.start + 1 }, (_, i) => r.start + i));

function classes(classDef, numGlyphs) {
  const out = new Array(numGlyphs).fill(0);
  if (classDef.version === 1) classDef.classValueArray.forEach((c, i) => { if (classDef.startGlyph + i < numGlyphs) out[classDef.startGlyph + i] = c; });
  else for (const r of classDef.classRangeRecord) for (let g = r.start; g <= r.end && g < numGlyphs; g++) out[g] = r.class;
  return out;
}

/** Only an x advance on the first glyph: what the runtime applies. */
function dx(value1, value2) {
  for (const [k, v] of Object.entries(value1 ?? {})) if (k !== 'xAdvance' && v) fail(`a kerning value sets ${k}`);
  for (const [, v] of Object.entries(value2 ?? {})) if (v) fail('a kerning value moves the second glyph');
  return value1?.xAdvance ?? 0;
}

function faceTable(file) {
  const path = require.resolve(file);
  const fontkit = require('fontkit');
  const font = fontkit.create(readFileSync(path));
  const n = font.numGlyphs;
  // Glyphs an enabled GSUB lookup starts on.
  const substituted = new Set();
  if (font.GSUB) {
    const lookups = new Set(font.GSUB.featureList.filter((f) => GSUB_ON.has(f.tag)).flatMap((f) => f.feature.lookupListIndexes));
    for (const i of lookups) {
      const lookup = font.GSUB.lookupList.get(i);
      for (const st of lookup.subTables) {
        if (st.coverage) coverageGlyphs(st.coverage).forEach((g) => substituted.add(g));
        if (st.inputCoverage) st.inputCoverage.forEach((c) => coverageGlyphs(c).forEach((g) => substituted.add(g)));
        if (!st.coverage && !st.inputCoverage) fail(`GSUB lookup ${i} (type ${lookup.lookupType}, format ${st.version}) has no coverage to read`);
      }
    }
  }
  const gdef = font.GDEF?.glyphClassDef ? classes(font.GDEF.glyphClassDef, n) : new Array(n).fill(0);
  const cmap = [];
  for (const cp of [...font.characterSet].sort((a, b) => a - b)) {
    if (!font.hasGlyphForCodePoint(cp) || SPECIAL.test(String.fromCodePoint(cp))) continue;
    const g = font.glyphForCodePoint(cp).id;
    if (substituted.has(g) || gdef[g] === 3) continue;
    cmap.push(cp, g);
  }
  const advances = Array.from({ length: n }, (_, g) => font.getGlyph(g).advanceWidth);
  const kern = [];
  const gpos = font.GPOS;
  const kernLookups = gpos ? [...new Set(gpos.featureList.filter((f) => f.tag === 'kern').flatMap((f) => f.feature.lookupListIndexes))].sort((a, b) => a - b) : [];
  if (gpos) {
    const others = gpos.featureList.filter((f) => ['mark', 'mkmk', 'curs', 'dist', 'abvm', 'blwm'].includes(f.tag));
    if (others.length) fail(`GPOS has ${others.map((f) => f.tag).join(', ')}`);
  } else if (font.kern) fail('a legacy kern table');
  if (kernLookups.length > 1) fail('more than one kern lookup (their order would matter)');
  for (const i of kernLookups) {
    const lookup = gpos.lookupList.get(i);
    if (lookup.lookupType !== 2) fail(`kern lookup ${i} is of type ${lookup.lookupType}`);
    if (Object.values(lookup.flags.flags).some(Boolean) || lookup.flags.markAttachmentType) fail(`kern lookup ${i} has flags`);
    for (const st of lookup.subTables) {
      const coverage = coverageGlyphs(st.coverage);
      if (st.version === 1) {
        const pairs = coverage.map((_, index) => [...st.pairSets.get(index)].flatMap((p) => [p.secondGlyph, dx(p.value1, p.value2)]));
        kern.push({ coverage, pairs });
      } else {
        const matrix = [];
        for (let c1 = 0; c1 < st.class1Count; c1++) {
          const row = st.classRecords.get(c1);
          for (let c2 = 0; c2 < st.class2Count; c2++) { const r = row.get(c2); matrix.push(dx(r.value1, r.value2)); }
        }
        kern.push({ coverage, class1: classes(st.classDef1, n), class2: classes(st.classDef2, n), class2Count: st.class2Count, matrix });
      }
    }
  }
  return {
    size: statSync(path).size,
    unitsPerEm: font.unitsPerEm, ascent: font.ascent, descent: font.descent, capHeight: font.capHeight, postscriptName: font.postscriptName,
    cmap, advances, kern,
  };
}

const LETTER = { moveTo: 'M', lineTo: 'L', quadraticCurveTo: 'Q', bezierCurveTo: 'C', closePath: 'Z' };

/** Every glyph's outline as fontkit gives it (the watermark paints outlines), one string a glyph: "M0 0L10 0Q…Z".
 *  String(number) is the shortest text that reads back as the same double, so nothing is rounded. */
export function faceOutlines(file) {
  const font = require('fontkit').create(readFileSync(require.resolve(file)));
  return Array.from({ length: font.numGlyphs }, (_, g) =>
    font.getGlyph(g).path.commands.map(({ command, args }) => {
      if (!LETTER[command]) fail(`an outline command ${command}`);
      if (args.some((a) => Object.is(a, -0))) fail('an outline with -0 (String(-0) is "0")');
      return LETTER[command] + args.map(String).join(' ');
    }).join(''));
}

export function fontTables() {
  const version = JSON.parse(readFileSync(require.resolve('@expo-google-fonts/pt-serif/package.json'), 'utf8')).version;
  return { fonts: `@expo-google-fonts/pt-serif ${version}`, faces: Object.fromEntries(Object.entries(FILES).map(([face, file]) => [face, faceTable(file)])) };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  writeFileSync(new URL('../dist/layout/font-tables.json', import.meta.url), JSON.stringify(fontTables()) + '\n');
  for (const [face, file] of Object.entries(FILES)) {
    writeFileSync(new URL(`../dist/layout/font-outlines-${face}.json`, import.meta.url), JSON.stringify({ size: statSync(require.resolve(file)).size, outlines: faceOutlines(file) }) + '\n');
  }
}
