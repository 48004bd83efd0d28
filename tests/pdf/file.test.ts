// The file as independent tools see it: qpdf finds no error, pdffonts every face embedded and subset,
// mupdf draws without a warning, pdfinfo reads the document facts; /Lang and the trailer /ID are set.
import { describe, expect, it } from 'vitest';
import { PDFName } from 'pdf-lib';
import { writePdf } from '../../src/writers/pdf/index.js';
import { bilingual, meta, watermark } from './fixtures.js';
import { load } from './read.js';
import { has, run, tempFile } from './tools.js';

const file = async () => tempFile(await writePdf(bilingual([watermark()])));

describe.skipIf(!has('qpdf'))('qpdf --check', () => {
  it('finds no syntax or stream error, with and without object streams', async () => {
    for (const useObjectStreams of [true, false]) {
      const r = run('qpdf', ['--check', tempFile(await writePdf(bilingual([watermark()]), { useObjectStreams }))]);
      expect(r.stderr).toBe('');
      expect(r.status).toBe(0);
      expect(r.stdout).toContain('No syntax or stream encoding errors found');
    }
  });
});

describe.skipIf(!has('pdffonts'))('pdffonts', () => {
  it('lists the four faces, each embedded, subset (ABCDEF+ prefix) and with a ToUnicode map', async () => {
    const r = run('pdffonts', [await file()]);
    const rows = r.stdout.trim().split('\n').slice(2).map((l) => l.split(/\s+/));
    expect(rows.map((c) => c[0]!.replace(/^[A-Z]{6}\+/, '')).sort()).toEqual(
      ['PTSerif-Bold', 'PTSerif-BoldItalic', 'PTSerif-Italic', 'PTSerif-Regular'],
    );
    for (const c of rows) {
      expect(c[0]).toMatch(/^[A-Z]{6}\+PTSerif-/);
      // name, type (2 words), encoding, emb, sub, uni, object, generation
      expect(c.slice(4, 7)).toEqual(['yes', 'yes', 'yes']);
    }
  });

  it('embeds only the faces a document uses', async () => {
    const doc = bilingual();
    for (const p of doc.pages) p.items = p.items.filter((i) => i.kind !== 'text' || i.face === 'regular');
    const r = run('pdffonts', [tempFile(await writePdf(doc))]);
    expect(r.stdout.trim().split('\n').slice(2).map((l) => l.split(/\s+/)[0]!.slice(7))).toEqual(['PTSerif-Regular']);
  });
});

describe.skipIf(!has('mutool'))('mutool draw', () => {
  it('renders every page with nothing on stderr but this build’s ICC notice', async () => {
    const r = run('mutool', ['draw', '-q', '-o', '/dev/null', await file()]);
    expect(r.status).toBe(0);
    // This mupdf build prints the ICC notice for every file, ours or not; anything else is a finding.
    const other = r.stderr.split('\n').filter((l) => l && l !== 'warning: ICC support is not available');
    expect(other).toEqual([]);
  });
});

describe.skipIf(!has('pdfinfo'))('pdfinfo', () => {
  it('shows title (Russian too), subject, author, creator, producer and the date at UTC midnight', async () => {
    const r = run('pdfinfo', ['-isodates', await file()]);
    const info = Object.fromEntries(r.stdout.split('\n').map((l) => [l.slice(0, l.indexOf(':')), l.slice(l.indexOf(':') + 1).trim()]));
    expect(info.Title).toBe(meta().title);
    expect(info.Subject).toBe(meta().subject);
    expect(info.Author).toBe('CICA Secretariat');
    expect(info.Creator).toBe('cica 0.1.0');
    expect(info.Producer).toBe('cica 0.1.0 (pdf-lib)');
    expect(info.CreationDate).toBe('2024-05-17T00:00:00Z');
    expect(info.ModDate).toBe('2024-05-17T00:00:00Z');
    expect(info.Pages).toBe('2');
  });
});

describe('catalog and trailer', () => {
  it('sets /Lang from meta.lang', async () => {
    const doc = bilingual();
    doc.meta.lang = 'ru-RU';
    const pdf = await load(await writePdf(doc));
    expect(pdf.catalog.get(PDFName.of('Lang'))?.toString()).toBe('(ru-RU)');
  });

  it('writes no date rather than a wrong one when meta.date is not a calendar date', async () => {
    for (const date of ['2024-02-30', '17.05.2024', '']) {
      const pdf = await load(await writePdf({ ...bilingual(), meta: meta({ date }) }));
      expect(pdf.getCreationDate(), date).toBeUndefined();
      expect(pdf.getModificationDate(), date).toBeUndefined();
    }
  });

  it('derives the trailer /ID from the content: other content, other /ID', async () => {
    const id = (b: Uint8Array) => /\/ID \[ <([0-9A-F]{32})> <([0-9A-F]{32})> \]/.exec(Buffer.from(b).toString('latin1'));
    const a = id(await writePdf(bilingual()));
    const b = id(await writePdf({ ...bilingual(), meta: meta({ title: 'Protocol' }) }));
    expect(a?.[1]).toMatch(/^[0-9A-F]{32}$/);
    expect(a?.[1]).not.toBe('0'.repeat(32));
    expect(a?.[1]).toBe(a?.[2]);
    expect(b?.[1]).not.toBe(a?.[1]);
  });
});
