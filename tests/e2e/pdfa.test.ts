// Issue 12 §1: every sample and layout drafted by the CLI is PDF/A-2u as the tools here can check it (veraPDF is
// in neither Debian nor npm): the XMP parses and equals the Info dictionary, the title is there in English and
// Russian, every font is embedded, qpdf finds no error, and the output intent is an RGB ICC profile. With
// --embed-source: PDF/A-3u carrying the YAML (a note's enclosure's too), the same bytes in any time zone.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { iccHeader, infoAgainstXmp, infoFields, outputIntents, parseXmp, xmpText } from '../pdf/pdfa.js';
import { ROOT, SAMPLES, cica, has, run, tempDir } from './tools.js';

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

describe.skipIf(!has('pdfdetach') || !has('pdfinfo') || !has('xmllint'))('cica draft --embed-source', () => {
  const NOTE = 'agreements/note-18-4-58emb.yaml';
  const MEMO = 'agreements/csto-cica-memorandum.yaml';
  const draft = (tz: string): string => {
    const dir = tempDir('pdfa-src');
    const r = cica(['draft', NOTE, MEMO, '--format', 'pdf,akn', '--layout', 'en,parallel', '--embed-source', '--out', dir], { env: { TZ: tz } });
    expect(r.status, r.stderr).toBe(0);
    return dir;
  };

  it('embeds the YAML byte for byte (a note: its enclosure too) and the Akoma Ntoso of each language shown, says PDF/A-3u, and gives the same bytes in UTC and Asia/Almaty', () => {
    const [utc, almaty] = [draft('UTC'), draft('Asia/Almaty')];
    const written = readdirSync(utc).filter((f) => f.endsWith('.pdf')).sort();
    expect(written).toHaveLength(4);
    for (const f of written) {
      const pdf = join(utc, f);
      expect(readFileSync(pdf).equals(readFileSync(join(almaty, f))), f).toBe(true);
      const [name, layout] = f.split('.') as [string, string];
      const yaml = f.startsWith('note-') ? ['csto-cica-memorandum.yaml', 'note-18-4-58emb.yaml'] : ['csto-cica-memorandum.yaml'];
      const akn = (layout === 'parallel' ? ['en', 'ru'] : [layout]).map((l) => `${name}.${l}.akn.xml`);
      // Listed in byte order of their names (the EmbeddedFiles name tree); each the same bytes as its file.
      const expected = [...yaml, ...akn].sort((a, b) => Buffer.compare(Buffer.from(a), Buffer.from(b)));
      const list = run('pdfdetach', ['-list', pdf]).stdout.trim().split('\n');
      expect(list, f).toEqual([`${expected.length} embedded files`, ...expected.map((n, i) => `${i + 1}: ${n}`)]);
      for (let i = 0; i < expected.length; i++) {
        const out = join(utc, `${f}.${i + 1}.embedded`);
        expect(run('pdfdetach', ['-save', String(i + 1), '-o', out, pdf]).status).toBe(0);
        const original = expected[i]!.endsWith('.yaml') ? join(ROOT, 'agreements', expected[i]!) : join(utc, expected[i]!);
        expect(readFileSync(out).equals(readFileSync(original)), `${f} ${expected[i]}`).toBe(true);
      }
      const xmp = parseXmp(xmpText(pdf));
      expect([xmp.part, xmp.conformance], f).toEqual(['3', 'U']);
      for (const [field, info, inXmp] of infoAgainstXmp(infoFields(pdf), xmp)) expect(inXmp, `${f} ${field}`).toBe(info);
      const q = run('qpdf', ['--check', pdf]);
      expect([q.status, q.stderr], f).toEqual([0, '']);
    }
  }, 180_000);

  it('embeds nothing without the flag', () => {
    for (const pdf of pdfs) expect(run('pdfdetach', ['-list', pdf]).stdout.trim(), pdf).toBe('0 embedded files');
  });
});
