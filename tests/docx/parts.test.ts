// The DOCX parts read back as XML: styles, languages, keeps, footer fields, watermark, bookmarks, properties, fonts.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { englishDraft, fixtures, parallelDraft, russianFinal, styles } from './fixtures.js';
import { all, runs, written } from './read.js';
import { strFromU8, unzipSync } from 'fflate';
import { writeDocx } from '../../src/writers/docx/index.js';
import { layoutDocument, type TextItem } from '../../src/layout/index.js';
import { MARGINS } from '../../src/layout/page.js';
import { COLUMN_GAP } from '../../src/document/index.js';

/** The w:ind of the first paragraph whose label run is `label`, in twips. */
function labelIndentOf(xml: string, label: string): { left: number; hanging: number } {
  const para = new RegExp(`<w:p>(?:(?!<w:p>)[\\s\\S])*?>${label.replace(/[.()]/g, '\\$&')}</w:t><w:tab/>`).exec(xml)?.[0] ?? '';
  const ind = /<w:ind w:left="(\d+)" w:hanging="(\d+)"\/>/.exec(para);
  expect(ind, label).not.toBeNull();
  return { left: Number(ind![1]), hanging: Number(ind![2]) };
}

/** The left edge of the column (the margin, or a parallel text's second column) that an x on an A4 page is in. */
function columnLeftOf(x: number, pageWidth: number): number {
  const text = pageWidth - MARGINS.left - MARGINS.right;
  const second = MARGINS.left + (text + COLUMN_GAP) / 2;
  return x >= second - 0.01 ? second : MARGINS.left;
}

describe('named paragraph styles', () => {
  it('gives every style of the stylesheet a readable Word style with its formats', async () => {
    const doc = await written(englishDraft);
    const xml = doc.xml('word/styles.xml');
    expect(Object.keys(styles)).toHaveLength(6);
    for (const [id, name] of [
      ['CicaTitle', 'Cica Title'], ['CicaArticleHeading', 'Cica Article Heading'], ['CicaBody', 'Cica Body'],
      ['CicaListItem', 'Cica List Item'], ['CicaLetterhead', 'Cica Letterhead'], ['CicaSignature', 'Cica Signature'],
    ]) {
      expect(xml).toContain(`w:styleId="${id}"><w:name w:val="${name}"/>`);
    }
    const heading = /w:styleId="CicaArticleHeading">([\s\S]*?)<\/w:style>/.exec(xml)?.[1] ?? '';
    expect(heading).toContain('<w:keepNext/>');
    expect(heading).toContain('<w:keepLines/>');
    expect(heading).toContain('<w:jc w:val="center"/>');
    expect(heading).toContain('<w:spacing w:after="120" w:before="240" w:line="217" w:lineRule="auto"/>');
    const title = /w:styleId="CicaTitle">([\s\S]*?)<\/w:style>/.exec(xml)?.[1] ?? '';
    expect(title).toContain('<w:caps/>');
    expect(title).toContain('<w:b/>');
    expect(title).toContain('<w:sz w:val="28"/>');
    expect(/w:styleId="CicaBody">([\s\S]*?)<\/w:style>/.exec(xml)?.[1]).toContain('<w:jc w:val="both"/>');
  });

  it('sets PT Serif in every font slot, widow control and the primary language as defaults', async () => {
    const xml = (await written(russianFinal)).xml('word/styles.xml');
    const defaults = /<w:docDefaults>([\s\S]*?)<\/w:docDefaults>/.exec(xml)?.[1] ?? '';
    for (const slot of ['ascii', 'hAnsi', 'cs', 'eastAsia']) expect(defaults).toContain(`w:${slot}="PT Serif"`);
    expect(defaults).toContain('<w:widowControl/>');
    expect(defaults).toContain('<w:lang w:val="ru-RU"/>');
  });

  it('uses the style ids in the body', async () => {
    const xml = (await written(englishDraft)).xml('word/document.xml');
    expect(all(xml, /<w:pStyle w:val="([^"]+)"\/>/g)).toEqual(expect.arrayContaining(['CicaTitle', 'CicaBody', 'CicaListItem', 'CicaSignature']));
  });
});

describe('languages', () => {
  it.each(Object.entries(fixtures))('puts w:lang on every run of %s, ru-RU exactly where the text is Cyrillic', async (_name, tree) => {
    const doc = await written(tree);
    const parts = Object.keys(doc.parts).filter((n) => /^word\/(document|header\d+|footer\d+)\.xml$/.test(n));
    let checked = 0;
    for (const part of parts) {
      for (const r of runs(doc.xml(part))) {
        const lang = /<w:lang w:val="([^"]+)"\/>/.exec(r)?.[1];
        expect(lang, `${part}: ${r}`).toMatch(/^(en-GB|ru-RU)$/);
        const text = all(r, /<w:t[^>]*>([^<]*)<\/w:t>/g).join('');
        if (/[\u0400-\u04FF]/.test(text)) expect(lang).toBe('ru-RU');
        else if (/[A-Za-z]/.test(text)) expect(lang).toBe('en-GB');
        checked += 1;
      }
    }
    expect(checked).toBeGreaterThan(10);
  });
});

describe('blocks', () => {
  it('writes labels as text and a tab with a matching hanging indent, not Word numbering', async () => {
    const xml = (await written(englishDraft)).xml('word/document.xml');
    expect(xml).not.toContain('<w:numPr>');
    for (const label of ['1.', 'i.', 'ii.', 'a)', 'iii.']) {
      const { left, hanging } = labelIndentOf(xml, label);
      expect(xml).toContain(`<w:tab w:val="left" w:pos="${left}"/>`);
      expect(hanging).toBeGreaterThan(0);
    }
  });

  // Issue 9 §2: the list items hang inside their numbered paragraph as in the PDF ("i." stood left of "1.").
  it.each(Object.entries(fixtures))('puts every label and its text where the PDF layout of %s puts them', async (_name, tree) => {
    const xml = (await written(tree)).xml('word/document.xml');
    const laid = layoutDocument(tree, { pageSize: 'A4' });
    expect(laid.ok).toBe(true);
    if (!laid.ok) return;
    const lines = laid.value.pages.flatMap((p) => p.items).filter((i): i is TextItem => i.kind === 'text');
    const labels = all(xml, />([^<]{1,6})<\/w:t><w:tab\/>/g);
    expect(labels.length).toBeGreaterThan(0);
    for (const label of new Set(labels)) {
      const { left, hanging } = labelIndentOf(xml, label);
      // The PDF's label item, and the first text item after it on its baseline (a cell's columns start at their x).
      const item = lines.find((i) => i.text === label);
      expect(item, label).toBeDefined();
      const text = lines.filter((i) => i.y === item!.y && i.x > item!.x).sort((a, b) => a.x - b.x)[0]!;
      const column = columnLeftOf(item!.x, laid.value.pages[0]!.width);
      expect(Math.abs(left / 20 - (text.x - column)), `${label} text`).toBeLessThan(0.1);
      expect(Math.abs((left - hanging) / 20 - (item!.x - column)), `${label} label`).toBeLessThan(0.1);
    }
  });

  it('turns the page break into w:pageBreakBefore on the next paragraph', async () => {
    const xml = (await written(englishDraft)).xml('word/document.xml');
    expect(all(xml, /(<w:pageBreakBefore\/>)/g)).toHaveLength(1);
    expect(/<w:p><w:pPr>(?:(?!<\/w:p>)[\s\S])*<w:pageBreakBefore\/>(?:(?!<\/w:p>)[\s\S])*Done in/.test(xml)).toBe(true);
    expect(xml).not.toContain('w:type="page"');
  });

  it('draws parallel rows as one borderless fixed table, keeping heading rows with the next', async () => {
    const xml = (await written(parallelDraft)).xml('word/document.xml');
    const table = /<w:tbl>([\s\S]*?)<\/w:tbl>/.exec(xml)?.[1] ?? '';
    expect(table).toContain('<w:tblLayout w:type="fixed"/>');
    expect(all(table, /<w:gridCol w:w="(\d+)"\/>/g).map(Number).reduce((a, b) => a + b, 0)).toBe(11906 - 2 * 1417);
    for (const side of ['top', 'bottom', 'left', 'right', 'insideH', 'insideV']) expect(table).toMatch(new RegExp(`<w:${side} w:val="none"`));
    const rows = all(table, /(<w:tr>[\s\S]*?<\/w:tr>)/g);
    expect(rows).toHaveLength(4);
    expect(rows[1]!.match(/<w:keepNext\/>/g)?.length).toBe(2);
    expect(rows[2]).not.toContain('<w:keepNext/>');
    // Their cells are a line or two: the PDF never splits such a row (widows and orphans), nor does Word.
    for (const row of rows) expect(row).toContain('<w:cantSplit/>');
  });

  it('lets a row split only where the PDF could split it and it is over a third of a page tall: a cell with a long paragraph', async () => {
    const para = (lang: 'en-GB' | 'ru-RU', text: string) => ({ kind: 'paragraph' as const, style: 'body', role: 'text' as const, lang, children: [{ kind: 'text' as const, lang, text }] });
    const long = (lang: 'en-GB' | 'ru-RU', word: string, n = 120) => para(lang, Array(n).fill(word).join(' '));
    const tree = {
      ...parallelDraft,
      blocks: [
        { kind: 'parallelRow' as const, cells: [[long('en-GB', 'cooperation')], [long('ru-RU', 'сотрудничество')]] },
        { kind: 'parallelRow' as const, cells: [[para('en-GB', 'One line.')], [para('ru-RU', 'Одна строка.')]] },
        { kind: 'parallelRow' as const, cells: [[para('en-GB', 'One line.')], [long('ru-RU', 'сотрудничество')]] },
        // Eight lines or so: the PDF may split it, but LibreOffice would do so without widow, orphan or hyphen rules.
        { kind: 'parallelRow' as const, cells: [[para('en-GB', 'One line.')], [long('ru-RU', 'сотрудничество', 16)]] },
      ],
    };
    const rows = all((await written(tree)).xml('word/document.xml'), /(<w:tr>[\s\S]*?<\/w:tr>)/g);
    expect(rows.map((r) => r.includes('<w:cantSplit/>'))).toEqual([false, true, false, true]);
  });

  it('keeps the signature block whole: one unsplittable row around its rows, each unsplittable, a signature line in each column', async () => {
    const xml = (await written(russianFinal)).xml('word/document.xml');
    const outer = xml.slice(xml.indexOf('<w:tbl>'), xml.lastIndexOf('</w:tbl>'));
    const inner = outer.slice(outer.indexOf('<w:tbl>', 1));
    expect(outer.slice(0, outer.indexOf('<w:tbl>', 1))).toContain('<w:cantSplit/>');
    const rows = all(inner, /(<w:tr>[\s\S]*?<\/w:tr>)/g);
    // The headings' row, the lines', the signatories'.
    expect(rows).toHaveLength(3);
    for (const row of rows) {
      expect(row).toContain('<w:cantSplit/>');
      expect(all(row, /(<w:tc>)/g)).toHaveLength(2);
    }
    expect(rows[0]).toContain('<w:keepNext/>');
    expect(rows[1]).toContain('<w:keepNext/>');
    expect(rows.map((row) => all(row, />(_{10,})<\/w:t>/g).length)).toEqual([0, 2, 0]);
  });

  it('links cross-references to bookmarks that exist, with ids numbered from 1', async () => {
    for (const tree of Object.values(fixtures)) {
      const xml = (await written(tree)).xml('word/document.xml');
      const names = all(xml, /<w:bookmarkStart w:name="([^"]+)"/g);
      const anchors = all(xml, /<w:hyperlink[^>]*w:anchor="([^"]+)"/g);
      expect(anchors.length).toBeGreaterThan(0);
      for (const a of anchors) expect(names).toContain(a);
      expect(all(xml, /<w:bookmarkStart[^>]*w:id="(\d+)"/g)).toEqual(names.map((_n, i) => String(i + 1)));
    }
  });
});

describe('page furniture', () => {
  it('writes the page label with PAGE and NUMPAGES fields, centered and small', async () => {
    const xml = (await written(parallelDraft)).xml('word/footer1.xml');
    expect(all(xml, /<w:instrText[^>]*>([^<]*)<\/w:instrText>/g)).toEqual(['PAGE', 'NUMPAGES', 'PAGE', 'NUMPAGES']);
    expect(all(xml, /<w:t[^>]*>([^<]*)<\/w:t>/g)).toEqual(['Page ', ' of ', ' / Страница ', ' из ']);
    expect(xml).toContain('<w:jc w:val="center"/>');
    expect(xml).toContain('<w:sz w:val="18"/>');
  });

  it('puts the watermark shape in the header of drafts only', async () => {
    const draft = await written(parallelDraft);
    const header = draft.xml('word/header1.xml');
    expect(header).toContain('<v:shape id="PowerPlusWaterMarkObject1"');
    expect(header).toContain('alt="DRAFT · ПРОЕКТ"');
    expect(header).toContain('rotation:315');
    const final = await written(russianFinal);
    expect(Object.keys(final.parts).filter((n) => n.startsWith('word/header'))).toEqual([]);
    expect(final.xml('word/document.xml')).not.toContain('PowerPlusWaterMark');
  });

  it('sets an A4 page with the PDF\'s margins: 25 mm at the sides and the foot, 20 mm at the top', async () => {
    const xml = (await written(englishDraft)).xml('word/document.xml');
    expect(xml).toContain('<w:pgSz w:w="11906" w:h="16838"');
    expect(xml).toMatch(/<w:pgMar w:top="1134" w:right="1417" w:bottom="1417" w:left="1417"/);
  });

  it('sets a US Letter page when asked, as the PDF does', async () => {
    const bytes = await writeDocx(englishDraft, { pageSize: 'Letter' });
    const xml = strFromU8(unzipSync(bytes)['word/document.xml']!);
    expect(xml).toContain('<w:pgSz w:w="12240" w:h="15840"');
  });
});

describe('document properties', () => {
  it('takes dates from meta.date and names the title, author, language and application', async () => {
    const doc = await written(russianFinal);
    const core = doc.xml('docProps/core.xml');
    expect(all(core, /<dcterms:(?:created|modified)[^>]*>([^<]+)</g)).toEqual(['2020-03-11T00:00:00Z', '2020-03-11T00:00:00Z']);
    expect(core).toContain('<dc:title>Протокол о сотрудничестве</dc:title>');
    expect(core).toContain('<dc:creator>CICA Secretariat</dc:creator>');
    expect(core).toContain('<cp:lastModifiedBy>CICA Secretariat</cp:lastModifiedBy>');
    expect(core).toContain('<dc:language>ru-RU</dc:language>');
    expect(core).toContain('<dc:subject>Cooperation between Secretariats</dc:subject>');
    expect(doc.xml('docProps/app.xml')).toContain('<Application>cica 0.1.0</Application>');
  });
});

describe('fonts', () => {
  it('embeds the four PT Serif faces, recoverable with their keys, and names Times New Roman as the alternative', async () => {
    const doc = await written(englishDraft);
    const table = doc.xml('word/fontTable.xml');
    expect(table).toContain('<w:font w:name="PT Serif"><w:altName w:val="Times New Roman"/>');
    const root = dirname(createRequire(import.meta.url).resolve('@expo-google-fonts/pt-serif/package.json'));
    const faces = ['400Regular/PTSerif_400Regular.ttf', '700Bold/PTSerif_700Bold.ttf', '400Regular_Italic/PTSerif_400Regular_Italic.ttf', '700Bold_Italic/PTSerif_700Bold_Italic.ttf'];
    const keys = all(table, /w:fontKey="\{([^}]+)\}"/g);
    expect(keys).toHaveLength(4);
    faces.forEach((face, i) => {
      const original = readFileSync(join(root, face));
      const stored = Buffer.from(doc.parts[`word/fonts/font${i + 1}.odttf`]!);
      const hex = keys[i]!.replace(/-/g, '');
      for (let b = 0; b < 32; b += 1) stored[b] = stored[b]! ^ parseInt(hex.slice(30 - 2 * (b % 16), 32 - 2 * (b % 16)), 16);
      expect(stored.equals(original)).toBe(true);
    });
  });
});
