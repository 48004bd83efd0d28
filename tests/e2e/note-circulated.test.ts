// Issue 9 §5: a note verbale is written as it is circulated, its enclosure after it on a new page with page numbers of
// its own, and the count the note states ("on 2 p.") is the count of those pages; read back with poppler, pandoc and
// LibreOffice. --no-enclosure writes the note alone, stating the same count.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { cica, has, run, tempDir } from './tools.js';

const NOTE = 'agreements/note-18-4-58emb.yaml';
const NAME = 'note-18-4-58emb';
const LAYOUTS = ['en', 'ru', 'parallel'] as const;
/** The stated count, in each language's words: "as stated, on 2 p." / «упомянутое, на 2 л.». */
const STATED = { en: /on (\d+)\u00a0?\s?p\./, ru: /на (\d+)\u00a0?\s?л\./ };
const LABEL = { en: /Page (\d+) of (\d+)/, ru: /Стр\. (\d+) из (\d+)/ };
const both = join(tempDir('note'), 'both');
const alone = join(tempDir('note'), 'alone');

beforeAll(() => {
  for (const [dir, extra] of [[both, []], [alone, ['--no-enclosure']]] as const) {
    const r = cica(['draft', NOTE, '--out', dir, ...extra]);
    expect(r.status, r.stderr).toBe(0);
  }
});

/** The text of each page, as pdftotext reads it (form feeds part the pages). */
function pages(pdf: string): string[] {
  const r = run('pdftotext', ['-layout', pdf, '-']);
  expect(r.status, r.stderr).toBe(0);
  return r.stdout.split('\f').slice(0, -1);
}

function pageCount(pdf: string): number {
  const r = run('pdfinfo', [pdf]);
  expect(r.status, r.stderr).toBe(0);
  return Number(/^Pages:\s+(\d+)/m.exec(r.stdout)?.[1]);
}

const lang = (layout: (typeof LAYOUTS)[number]) => (layout === 'ru' ? 'ru' : 'en');

/** Checks one PDF of the note as circulated: the note's pages, then the enclosure's, each numbered from 1; returns the
 *  number of enclosure pages. */
function checkCirculated(pdf: string, layout: (typeof LAYOUTS)[number]): number {
  const text = pages(pdf);
  const l = lang(layout);
  const labels = text.map((p) => {
    const m = LABEL[l].exec(p);
    expect(m, `page label on every page of ${pdf}`).not.toBeNull();
    return [Number(m![1]), Number(m![2])] as const;
  });
  // The enclosure starts where the numbering starts again at 1.
  const start = labels.findIndex(([n], i) => i > 0 && n === 1);
  expect(start).toBeGreaterThan(0);
  const notePages = start;
  const enclosurePages = text.length - start;
  labels.forEach(([n, of], i) => {
    expect([n, of]).toEqual(i < start ? [i + 1, notePages] : [i - start + 1, enclosurePages]);
  });
  // The note, then the enclosure on its own page: the note's closing formula before, the memorandum's title after.
  expect(text.slice(0, start).join('\n')).toMatch(l === 'ru' ? /высоком уважении/ : /highest consideration/);
  expect(text.slice(0, start).join('\n')).not.toMatch(/МЕМОРАНДУМ|MEMORANDUM/);
  expect(text[start]!.trimStart()).toMatch(l === 'ru' ? /^МЕМОРАНДУМ/ : /^MEMORANDUM/);
  expect(text[text.length - 1]).toMatch(l === 'ru' ? /Мирзозода/ : /Mirzozoda/);
  expect(pageCount(pdf)).toBe(notePages + enclosurePages);
  // The count the note states is the count of the enclosure's pages in this very document, in each language it has.
  const note = text.slice(0, start).join('\n');
  for (const k of layout === 'parallel' ? (['en', 'ru'] as const) : ([l] as const)) {
    expect(Number(STATED[k].exec(note)?.[1]), `${k} stated count in ${pdf}`).toBe(enclosurePages);
  }
  return enclosurePages;
}

describe.skipIf(!has('pdftotext') || !has('pdfinfo'))('the PDF of a note as circulated', () => {
  for (const layout of LAYOUTS) {
    it(`${layout}: the note, then its enclosure on a new page, numbered from 1, counted by the note`, () => {
      checkCirculated(join(both, `${NAME}.${layout}.pdf`), layout);
    });
  }

  it('the parallel enclosure is longer than the English and the note counts each layout apart', () => {
    const en = checkCirculated(join(both, `${NAME}.en.pdf`), 'en');
    const parallel = checkCirculated(join(both, `${NAME}.parallel.pdf`), 'parallel');
    expect(parallel).toBeGreaterThan(en);
  });

  it('PDF page labels restart with the enclosure, as its footers do', () => {
    if (!has('mutool')) return;
    const r = run('mutool', ['show', join(both, `${NAME}.en.pdf`), 'trailer/Root/PageLabels/Nums']);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout.replace(/\s+/g, ' ')).toMatch(/^\[ 0 << \/S \/D \/St 1 >> 1 << \/S \/D \/St 1 >> \]/);
  });

  it('--no-enclosure writes the note alone, still stating the enclosure\'s count, under the same names', () => {
    expect(readdirSync(alone).sort()).toEqual(readdirSync(both).sort());
    for (const layout of LAYOUTS) {
      const enclosurePages = checkCirculated(join(both, `${NAME}.${layout}.pdf`), layout);
      const text = pages(join(alone, `${NAME}.${layout}.pdf`));
      expect(text.join('\n')).not.toMatch(/MEMORANDUM|МЕМОРАНДУМ/);
      expect(Number(STATED[lang(layout)].exec(text.join('\n'))?.[1])).toBe(enclosurePages);
      expect(LABEL[lang(layout)].exec(text[text.length - 1]!)?.slice(1).map(Number)).toEqual([text.length, text.length]);
    }
  });
});

describe.skipIf(!has('pandoc'))('the DOCX of a note as circulated, read by pandoc', () => {
  for (const layout of LAYOUTS) {
    it(`${layout}: the enclosure's text follows the note's`, () => {
      const r = run('pandoc', ['-f', 'docx', '-t', 'plain', '--wrap=none', join(both, `${NAME}.${layout}.docx`)]);
      expect(r.status, r.stderr).toBe(0);
      // The DOCX marks hyphenation points with soft hyphens (U+00AD), which pandoc keeps.
      const text = r.stdout.replace(/\u00ad/g, '');
      const l = lang(layout);
      const closing = text.search(l === 'ru' ? /высоком уважении/ : /highest consideration/);
      const title = text.search(l === 'ru' ? /МЕМОРАНДУМ/ : /MEMORANDUM/);
      const signatory = text.search(l === 'ru' ? /Мирзозода/ : /Mirzozoda/);
      expect(closing).toBeGreaterThan(0);
      expect(title).toBeGreaterThan(closing);
      expect(signatory).toBeGreaterThan(title);
      const alonePandoc = run('pandoc', ['-f', 'docx', '-t', 'plain', join(alone, `${NAME}.${layout}.docx`)]);
      expect(alonePandoc.stdout.replace(/\u00ad/g, '')).toMatch(l === 'ru' ? /высоком/ : /highest/);
      expect(alonePandoc.stdout).not.toMatch(/MEMORANDUM|МЕМОРАНДУМ/);
    });
  }
});

describe.skipIf(!has('soffice') || !has('pdftotext') || !has('pdfinfo'))('the DOCX of a note as circulated, laid out by LibreOffice', () => {
  const lo = tempDir('note-lo');
  beforeAll(() => {
    const files = LAYOUTS.map((l) => join(both, `${NAME}.${l}.docx`));
    const r = run('soffice', [`-env:UserInstallation=file://${lo}/profile`, '--headless', '--convert-to', 'pdf', '--outdir', lo, ...files]);
    expect(r.status, r.stderr).toBe(0);
  }, 180_000);

  for (const layout of LAYOUTS) {
    it(`${layout}: a new section numbered from 1, as many pages as the PDF, the count the note states`, () => {
      const converted = join(lo, `${NAME}.${layout}.pdf`);
      const enclosurePages = checkCirculated(converted, layout);
      expect(pageCount(converted)).toBe(pageCount(join(both, `${NAME}.${layout}.pdf`)));
      expect(enclosurePages).toBe(checkCirculated(join(both, `${NAME}.${layout}.pdf`), layout));
    });
  }
});

describe('the DOCX sections', () => {
  it('two sections, the second restarting at 1, each footer counting its section (SECTIONPAGES)', async () => {
    const { unzipSync, strFromU8 } = await import('fflate');
    const files = unzipSync(new Uint8Array(readFileSync(join(both, `${NAME}.en.docx`))));
    const document = strFromU8(files['word/document.xml']!);
    const sections = document.match(/<w:sectPr>.*?<\/w:sectPr>/g) ?? [];
    expect(sections).toHaveLength(2);
    for (const s of sections) expect(s).toContain('<w:pgNumType w:start="1"/>');
    const footers = Object.keys(files).filter((f) => /^word\/footer\d+\.xml$/.test(f)).map((f) => strFromU8(files[f]!));
    expect(footers).toHaveLength(2);
    for (const f of footers) {
      expect(f).toContain('w:instr="SECTIONPAGES"');
      expect(f).not.toContain('NUMPAGES');
    }
    // The final note has no watermark, its draft enclosure has one: each section names its own header.
    const headers = Object.keys(files).filter((f) => /^word\/header\d+\.xml$/.test(f)).map((f) => strFromU8(files[f]!));
    expect(headers.filter((h) => h.includes('DRAFT'))).toHaveLength(1);
    expect(headers).toHaveLength(2);
    // The note alone is one section, counted with NUMPAGES as any single document.
    const single = strFromU8(unzipSync(new Uint8Array(readFileSync(join(alone, `${NAME}.en.docx`))))['word/document.xml']!);
    expect(single.match(/<w:sectPr>/g)).toHaveLength(1);
    expect(single).not.toContain('w:pgNumType w:start');
  });
});
