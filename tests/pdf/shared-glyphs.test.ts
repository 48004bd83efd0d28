// Characters that PT Serif draws with one glyph (µ U+00B5 and μ U+03BC, Ω and Ω U+2126, ; and ; U+037E …) extract
// as themselves (issue 10, closing note 2). A ToUnicode CMap maps a character code to one string only, so the
// writer gives the glyph another CID for each further text and a CIDToGIDMap sends it to the one glyph. The pairs
// are found here from each face's own cmap, not listed by hand: a font update that shares another glyph is tested
// too. A document with no shared glyph keeps CID = glyph id (/CIDToGIDMap /Identity), so its bytes are as before.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseDocument } from 'yaml';
import { fontBytes } from '../../src/layout/fonts.js';
import type { Face, LaidOutDocument, PageItem } from '../../src/layout/types.js';
import { writePdf } from '../../src/writers/pdf/index.js';
import { meta as docMeta, page, word } from './fixtures.js';
import { has, run, tempFile } from './tools.js';

const FACES: Face[] = ['regular', 'bold', 'italic', 'boldItalic'];
interface Fontkit {
  create(b: Buffer): { characterSet: number[]; glyphForCodePoint(cp: number): { id: number } };
}
const requireHere = createRequire(import.meta.url);
const fontkit = requireHere('fontkit') as Fontkit;

/** Each set of two or more code points the face's cmap sends to one glyph. */
function sharedGlyphs(face: Face): number[][] {
  const font = fontkit.create(Buffer.from(fontBytes(face)));
  const byGlyph = new Map<number, number[]>();
  for (const cp of font.characterSet) {
    const id = font.glyphForCodePoint(cp).id;
    if (id === 0) continue;
    byGlyph.set(id, [...(byGlyph.get(id) ?? []), cp]);
  }
  return [...byGlyph.values()].filter((cps) => cps.length > 1);
}

const hex = (cp: number) => `U+${cp.toString(16).toUpperCase().padStart(4, '0')}`;

/** One line a face: each shared set written out, both orders, a space between sets. */
function lines(): Map<Face, string> {
  return new Map(FACES.map((f) => [f, sharedGlyphs(f).map((cps) => String.fromCodePoint(...cps, ...[...cps].reverse())).join(' ')]));
}

function sheet(text: Map<Face, string>): LaidOutDocument {
  const items: PageItem[] = [];
  let y = 80;
  for (const [face, line] of text) {
    for (const w of line.split(' ')) items.push(word(w, 40 + 60 * items.filter((i) => i.kind === 'text' && i.y === y).length, y, face, 14));
    y += 30;
  }
  return { pages: [page(items)], meta: docMeta() };
}

describe('glyphs PT Serif shares between characters', () => {
  it('are found from the fonts: µ/μ, Δ/∆, Ω/Ω in every face, ;/; and ·/∙/⋅ in the bold ones', () => {
    const found = new Map(FACES.map((f) => [f, sharedGlyphs(f).map((cps) => cps.map(hex).join('/'))]));
    for (const f of FACES) expect(found.get(f)).toEqual(expect.arrayContaining(['U+00B5/U+03BC', 'U+0394/U+2206', 'U+03A9/U+2126']));
    expect(found.get('bold')).toEqual(expect.arrayContaining(['U+003B/U+037E', 'U+00B7/U+2219/U+22C5']));
    expect(found.get('regular')).not.toContain('U+003B/U+037E');
  });

  describe.skipIf(!has('pdftotext'))('in a PDF', () => {
    it('extract exactly as written with pdftotext, in every face and either order', async () => {
      const text = lines();
      const pdf = await writePdf(sheet(text));
      const out = run('pdftotext', ['-layout', tempFile(pdf), '-']).stdout;
      const got = out.split('\n').map((l) => l.trim().split(/\s+/).join(' ')).filter(Boolean);
      expect(got).toEqual([...text.values()]);
      // Every character of the sets is there: the test is not passing on an empty page.
      expect([...text.values()].join('').length).toBeGreaterThan(40);
    });

    it('get a CIDToGIDMap only where a glyph is shared; qpdf finds the file sound', async () => {
      const shared = await writePdf(sheet(new Map([['regular', 'µ μ Ω']])));
      const plain = await writePdf(sheet(new Map([['regular', 'µ Ω Ω']])));
      const fonts = (pdf: Uint8Array) => run('qpdf', ['--qdf', '--object-streams=disable', tempFile(pdf), '-']).stdout;
      expect(fonts(shared)).toMatch(/\/CIDToGIDMap \d+ 0 R/);
      expect(fonts(plain)).toMatch(/\/CIDToGIDMap \/Identity/);
      expect(run('qpdf', ['--check', tempFile(shared)]).status).toBe(0);
      expect(run('pdftotext', ['-layout', tempFile(shared), '-']).stdout.trim().split(/\s+/).join(' ')).toBe('µ μ Ω');
    });
  });
});

describe.skipIf(!has('pdftotext'))('an agreement with the shared characters', () => {
  it('drafts to PDFs whose text reads back exactly', () => {
    const root = join(import.meta.dirname, '../..');
    const doc = parseDocument(readFileSync(join(root, 'agreements/csto-cica-memorandum.yaml'), 'utf8'));
    // µ/μ, Ω/Ω and Δ/∆ are in every face, so an agreement may use them anywhere (;/; only in the bold faces).
    const en = 'The doses are given in µg (micro sign) and μg (Greek mu); resistance in Ω and Ω; change as Δ and ∆.';
    const ru = 'Дозы указаны в µг (знак микро) и μг (греческая мю); сопротивление в Ω и Ω; изменение как Δ и ∆.';
    doc.setIn(['articles', 0, 'paragraphs', 0], doc.createNode({ en, ru }));
    const dir = mkdtempSync(join(tmpdir(), 'cica-shared-'));
    writeFileSync(join(dir, 'shared.yaml'), doc.toString());
    execFileSync(join(root, 'bin/cica'), ['draft', join(dir, 'shared.yaml'), '--out', join(dir, 'out'), '--format', 'pdf', '--layout', 'en,ru', '--quiet']);
    for (const [lang, want] of [['en', en], ['ru', ru]] as const) {
      const text = run('pdftotext', [join(dir, 'out', `shared.${lang}.pdf`), '-']).stdout.replace(/-\n/g, '-').replace(/\s+/g, ' ');
      expect(text).toContain(want);
    }
  }, 60_000);
});
