// --embed-source at the writer (issue 12 §1): the agreement's YAML as a PDF/A-3 associated file (ISO 19005-3 §6.8):
// listed in the catalog's /AF, /AFRelationship /Source, a MIME /Subtype, /Params with its size and the document's
// date, /EF /F and /UF; pdfdetach lists and extracts it byte for byte; the XMP then says part 3.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { PDFArray, PDFDict, PDFName, PDFRawStream } from 'pdf-lib';
import { writePdf, type Attachment } from '../../src/writers/pdf/index.js';
import { bilingual, meta } from './fixtures.js';
import { parseXmp, xmpText } from './pdfa.js';
import { load } from './read.js';
import { has, run, tempFile } from './tools.js';

const YAML = new TextEncoder().encode('cica: 1\nkind: memorandum\ntitle:\n  en: Memorandum\n  ru: Меморандум\n');
const source = (name = 'memo.yaml'): Attachment => ({ name, bytes: YAML, mimeType: 'application/yaml', description: 'The agreement file', relationship: 'Source' });
const withSource = (files: Attachment[] = [source()]) => writePdf(bilingual(), { attachments: files });

describe('the associated file', () => {
  it('is in the catalog /AF and the /EmbeddedFiles name tree, as a Filespec with /F, /UF, /EF and /AFRelationship /Source', async () => {
    const pdf = await load(await withSource());
    const af = pdf.catalog.lookup(PDFName.of('AF'), PDFArray).asArray();
    expect(af).toHaveLength(1);
    const spec = pdf.context.lookup(af[0], PDFDict);
    expect(spec.get(PDFName.of('Type'))?.toString()).toBe('/Filespec');
    expect(spec.get(PDFName.of('AFRelationship'))?.toString()).toBe('/Source');
    expect(spec.get(PDFName.of('F'))?.toString()).toBe('(memo.yaml)');
    expect(spec.get(PDFName.of('UF'))?.toString()).toBe('(memo.yaml)');
    const ef = spec.lookup(PDFName.of('EF'), PDFDict);
    const stream = ef.lookup(PDFName.of('F'));
    if (!(stream instanceof PDFRawStream)) throw new Error('/EF /F is not a stream');
    expect(ef.get(PDFName.of('UF'))?.toString()).toBe(ef.get(PDFName.of('F'))?.toString());
    expect(stream.dict.get(PDFName.of('Type'))?.toString()).toBe('/EmbeddedFile');
    expect(stream.dict.get(PDFName.of('Subtype'))?.toString()).toBe('/application#2Fyaml');
    const params = stream.dict.lookup(PDFName.of('Params'), PDFDict);
    expect(params.get(PDFName.of('Size'))?.toString()).toBe(String(YAML.length));
    // The document's own date (meta.date), never the clock.
    expect(params.get(PDFName.of('ModDate'))?.toString()).toBe('(D:20240517000000Z)');
    const names = pdf.catalog.lookup(PDFName.of('Names'), PDFDict);
    expect(names.get(PDFName.of('Dests'))).toBeDefined();
    const tree = names.lookup(PDFName.of('EmbeddedFiles'), PDFDict).lookup(PDFName.of('Names'), PDFArray).asArray();
    expect(tree.map((o) => o.toString())).toEqual(['(memo.yaml)', af[0]!.toString()]);
  });

  it('keeps /AF in the given order and the name tree in byte order', async () => {
    const pdf = await load(await withSource([source('note.yaml'), source('memo (1).yaml')]));
    const specs = pdf.catalog.lookup(PDFName.of('AF'), PDFArray).asArray().map((r) => pdf.context.lookup(r, PDFDict).get(PDFName.of('F'))!.toString());
    expect(specs).toEqual(['(note.yaml)', '(memo \\(1\\).yaml)']);
    const tree = pdf.catalog.lookup(PDFName.of('Names'), PDFDict).lookup(PDFName.of('EmbeddedFiles'), PDFDict).lookup(PDFName.of('Names'), PDFArray).asArray();
    expect(tree.filter((_, i) => i % 2 === 0).map((o) => o.toString())).toEqual(['(memo \\(1\\).yaml)', '(note.yaml)']);
  });

  it('is the same bytes written twice, and none without attachments', async () => {
    expect(Buffer.from(await withSource()).equals(Buffer.from(await withSource()))).toBe(true);
    const plain = await load(await writePdf(bilingual()));
    expect(plain.catalog.get(PDFName.of('AF'))).toBeUndefined();
  });
});

describe.skipIf(!has('pdfdetach') || !has('qpdf'))('pdfdetach and qpdf', () => {
  it('lists the YAML, extracts it byte for byte, and qpdf finds no error', async () => {
    const file = tempFile(await withSource([source('memo.yaml'), source('Меморандум.yaml')]));
    const list = run('pdfdetach', ['-list', file]);
    expect(list.stdout.trim().split('\n')).toEqual(['2 embedded files', '1: memo.yaml', '2: Меморандум.yaml']);
    const out = file.replace(/doc\.pdf$/, 'out.yaml');
    expect(run('pdfdetach', ['-save', '1', '-o', out, file]).status).toBe(0);
    expect(Buffer.from(readFileSync(out)).equals(Buffer.from(YAML))).toBe(true);
    const q = run('qpdf', ['--check', file]);
    expect([q.status, q.stderr]).toEqual([0, '']);
  });
});

describe.skipIf(!has('pdfinfo') || !has('xmllint'))('the XMP of a file with its source', () => {
  it('says PDF/A-3, level U', async () => {
    const xmp = parseXmp(xmpText(tempFile(await withSource())));
    expect([xmp.part, xmp.conformance]).toEqual(['3', 'U']);
    const plain = parseXmp(xmpText(tempFile(await writePdf({ ...bilingual(), meta: meta() }))));
    expect(plain.part).toBe('2');
  });
});
