// PDF/A-2u (ISO 19005-2) as far as tools here can tell without veraPDF (not in Debian nor npm): the XMP packet
// parses and states what the Info dictionary states; the output intent carries an RGB ICC profile; a page with
// the watermark's transparency names its blending space; links print; nothing forbidden is in the catalog.
import { describe, expect, it } from 'vitest';
import { PDFDict, PDFName } from 'pdf-lib';
import { writePdf } from '../../src/writers/pdf/index.js';
import { xmpPacket } from '../../src/writers/pdf/xmp.js';
import { documentFacts } from '../../src/writers/pdf/info.js';
import { bilingual, meta, watermark, word } from './fixtures.js';
import { iccHeader, infoAgainstXmp, infoFields, outputIntents, parseXmp, xmpText } from './pdfa.js';
import { load } from './read.js';
import { has, tempFile } from './tools.js';

const TITLES = [
  { lang: 'en-GB' as const, text: 'Memorandum of Understanding' },
  { lang: 'ru-RU' as const, text: 'Меморандум о взаимопонимании' },
];
const withTitles = () => ({ ...bilingual([watermark()]), meta: meta({ titles: TITLES, langs: ['en-GB', 'ru-RU'] }) });

describe.skipIf(!has('pdfinfo') || !has('xmllint'))('XMP metadata (pdfinfo -meta, parsed by xmllint)', () => {
  it('identifies PDF/A-2 level U and states every Info field, equal to the letter', async () => {
    const file = tempFile(await writePdf(withTitles()));
    const xmp = parseXmp(xmpText(file));
    expect([xmp.part, xmp.conformance]).toEqual(['2', 'U']);
    const pairs = infoAgainstXmp(infoFields(file), xmp);
    for (const [field, info, inXmp] of pairs) expect(inXmp, field).toBe(info);
    expect(pairs.every(([, info]) => info && info.length > 0)).toBe(true);
    expect(xmp.metadataDate).toBe('2024-05-17T00:00:00Z');
  });

  it('gives the title in each language beside x-default (the Info title), and the languages of the text', async () => {
    const xmp = parseXmp(xmpText(tempFile(await writePdf(withTitles()))));
    expect(xmp.titles).toEqual({ 'x-default': meta().title, 'en-GB': TITLES[0]!.text, 'ru-RU': TITLES[1]!.text });
    expect(xmp.languages).toEqual(['en-GB', 'ru-RU']);
  });

  it('writes no dates in the XMP when the Info dictionary has none (meta.date not a calendar date)', async () => {
    const file = tempFile(await writePdf({ ...bilingual(), meta: meta({ date: '2024-02-30' }) }));
    const xmp = parseXmp(xmpText(file));
    expect([xmp.createDate, xmp.modifyDate, xmp.metadataDate]).toEqual(['', '', '']);
    expect(infoFields(file).CreationDate).toBeUndefined();
  });

  it('escapes markup characters in the facts, so the packet stays well-formed XML', () => {
    const facts = documentFacts(meta({ title: 'A & B <C> "D"', author: "O'Neil & Co" }));
    const xmp = parseXmp(xmpPacket(facts, 2));
    expect(xmp.titles['x-default']).toBe('A & B <C> "D"');
    expect(xmp.creator).toEqual(["O'Neil & Co"]);
  });
});

describe('the XMP stream and the catalog', () => {
  it('is an unfiltered /Type /Metadata /Subtype /XML stream whose packet header has no bytes or encoding attribute', async () => {
    const pdf = await load(await writePdf(bilingual()));
    const ref = pdf.catalog.get(PDFName.of('Metadata'))!;
    const stream = pdf.context.lookup(ref) as unknown as { dict: PDFDict; getContents(): Uint8Array };
    expect(stream.dict.get(PDFName.of('Type'))?.toString()).toBe('/Metadata');
    expect(stream.dict.get(PDFName.of('Subtype'))?.toString()).toBe('/XML');
    expect(stream.dict.get(PDFName.of('Filter'))).toBeUndefined();
    const text = new TextDecoder().decode(stream.getContents());
    expect(text.startsWith('<?xpacket begin="\uFEFF" id="W5M0MpCehiHzreSzNTczkc9d"?>')).toBe(true);
    expect(text).not.toMatch(/<\?xpacket[^>]*(bytes|encoding)=/);
  });

  it('has no encryption, JavaScript, actions or embedded files, and a trailer /ID', async () => {
    const bytes = await writePdf(bilingual([watermark()]));
    const pdf = await load(bytes);
    for (const key of ['AA', 'OpenAction', 'AcroForm']) expect(pdf.catalog.get(PDFName.of(key)), key).toBeUndefined();
    const names = pdf.catalog.lookupMaybe(PDFName.of('Names'), PDFDict);
    expect(names?.get(PDFName.of('JavaScript'))).toBeUndefined();
    expect(names?.get(PDFName.of('EmbeddedFiles'))).toBeUndefined();
    expect(pdf.context.trailerInfo.Encrypt).toBeUndefined();
    expect(pdf.context.trailerInfo.ID?.toString()).toMatch(/^\[ <[0-9A-F]{32}> <[0-9A-F]{32}> \]$/);
  });
});

describe('output intent', () => {
  it('is one GTS_PDFA1 intent whose DestOutputProfile is an ICC v2 display profile in RGB, N 3, whole', async () => {
    const intents = await outputIntents(await writePdf(bilingual()));
    expect(intents).toHaveLength(1);
    const [intent] = intents;
    expect(intent!.subtype).toBe('/GTS_PDFA1');
    expect(intent!.condition).toBe('(sRGB IEC61966-2.1)');
    expect(intent!.components).toBe(3);
    const header = iccHeader(intent!.profile);
    expect(header).toMatchObject({ signature: 'acsp', colourSpace: 'RGB ', deviceClass: 'mntr', pcs: 'XYZ ', major: 2 });
    // ISO 19005-2 §6.2.3: a profile of ICC.1:2004 (v4) or earlier.
    expect(header.major).toBeLessThanOrEqual(4);
    expect(header.size).toBe(intent!.profile.length);
  });
});

describe('transparency and annotations', () => {
  it('gives a page with the watermark a transparency group in RGB, and a page without transparency none', async () => {
    const pdf = await load(await writePdf(bilingual([watermark()])));
    const group = pdf.getPage(0).node.lookupMaybe(PDFName.of('Group'), PDFDict);
    expect(group?.get(PDFName.of('S'))?.toString()).toBe('/Transparency');
    expect(group?.get(PDFName.of('CS'))?.toString()).toBe('/DeviceRGB');
    expect(pdf.getPage(1).node.get(PDFName.of('Group'))).toBeUndefined();
  });

  it('sets the print flag (/F 4) on every link annotation', async () => {
    const pdf = await load(await writePdf(bilingual()));
    const annots = pdf.getPage(0).node.Annots()!.asArray();
    expect(annots.length).toBeGreaterThan(0);
    for (const ref of annots) expect(pdf.context.lookup(ref, PDFDict).get(PDFName.of('F'))?.toString()).toBe('4');
  });
});

describe('.notdef', () => {
  it('is never painted: text or an outline the layout should have refused is a writer bug, not a box in the file', async () => {
    await expect(writePdf(bilingual([word('21\u2009March', 72, 400)]))).rejects.toThrow(/notdef/);
    await expect(writePdf(bilingual([watermark('DRAFT\u{1F600}')]))).rejects.toThrow(/notdef/);
  });
});
