// Issue 12 §1: every sample and layout drafted by the CLI is PDF/A-2u as the tools here can check it (veraPDF is
// in neither Debian nor npm): the XMP parses and equals the Info dictionary, the title is there in English and
// Russian, every font is embedded, qpdf finds no error, and the output intent is an RGB ICC profile.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { iccHeader, infoAgainstXmp, infoFields, outputIntents, parseXmp, xmpText } from '../pdf/pdfa.js';
import { SAMPLES, cica, has, run, tempDir } from './tools.js';

const out = tempDir('pdfa');
let pdfs: string[] = [];

beforeAll(() => {
  const r = cica(['draft', ...SAMPLES, '--format', 'pdf', '--out', out]);
  expect(r.status, r.stderr).toBe(0);
  pdfs = readdirSync(out).filter((f) => f.endsWith('.pdf')).sort().map((f) => join(out, f));
}, 180_000);

describe.skipIf(!has('pdfinfo') || !has('xmllint'))('every sample PDF: XMP against Info', () => {
  it('identifies PDF/A-2u and states each Info field in the XMP, equal to the letter, with both titles', () => {
    expect(pdfs.length).toBe(SAMPLES.length * 3);
    for (const pdf of pdfs) {
      const xmp = parseXmp(xmpText(pdf));
      expect([xmp.part, xmp.conformance], pdf).toEqual(['2', 'U']);
      for (const [field, info, inXmp] of infoAgainstXmp(infoFields(pdf), xmp)) expect(inXmp, `${pdf} ${field}`).toBe(info);
      expect(Object.keys(xmp.titles), pdf).toEqual(expect.arrayContaining(['x-default', 'en-GB', 'ru-RU']));
      expect(xmp.titles['en-GB'], pdf).toMatch(/[A-Za-z]/);
      expect(xmp.titles['ru-RU'], pdf).toMatch(/[А-Яа-я]/);
      expect(xmp.languages.length, pdf).toBe(pdf.endsWith('.parallel.pdf') ? 2 : 1);
    }
  });
});

describe.skipIf(!has('pdffonts') || !has('qpdf'))('every sample PDF: fonts and syntax', () => {
  it('embeds every font (pdffonts emb=yes) and passes qpdf --check', () => {
    for (const pdf of pdfs) {
      const rows = run('pdffonts', [pdf]).stdout.trim().split('\n').slice(2).map((l) => l.split(/\s+/));
      expect(rows.length, pdf).toBeGreaterThan(0);
      for (const c of rows) expect(c[4], `${pdf} ${c[0]}`).toBe('yes');
      const q = run('qpdf', ['--check', pdf]);
      expect([q.status, q.stderr], pdf).toEqual([0, '']);
      expect(q.stdout, pdf).toContain('No syntax or stream encoding errors found');
    }
  });
});

describe('every sample PDF: output intent', () => {
  it('has one GTS_PDFA1 intent with the sRGB profile', async () => {
    for (const pdf of pdfs) {
      const intents = await outputIntents(readFileSync(pdf));
      expect(intents.map((i) => [i.subtype, i.components]), pdf).toEqual([['/GTS_PDFA1', 3]]);
      expect(iccHeader(intents[0]!.profile), pdf).toMatchObject({ signature: 'acsp', colourSpace: 'RGB ' });
    }
  });
});
