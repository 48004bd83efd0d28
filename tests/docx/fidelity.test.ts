// Issue 9 §2: the DOCX carries what makes Word and LibreOffice set it as the PDF is set: the keep chain from the
// execution clause to the signatures, the PDF's hyphenation, its watermark, and level signature lines.
import { describe, expect, it } from 'vitest';
import type { Block, DocumentTree, LangTag, Paragraph } from '../../src/document/index.js';
import { tokenBreaks } from '../../src/layout/hyphenate.js';
import { layoutDocument, type TextItem } from '../../src/layout/index.js';
import { inkBox } from '../../src/layout/page.js';
import { outlinePath } from '../../src/writers/docx/page.js';
import { englishDraft, parallelDraft, styles } from './fixtures.js';
import { all, written } from './read.js';

const t = (text: string, lang: LangTag = 'en-GB') => ({ kind: 'text' as const, text, lang });
const p = (style: string, text: string, lang: LangTag = 'en-GB'): Paragraph => ({ kind: 'paragraph', style, role: 'text', lang, children: [t(text, lang)] });
const signatures: Block = {
  kind: 'signatureBlock',
  columns: [
    { lang: 'en-GB', heading: [p('signature', 'For'), p('signature', 'The Secretariat of the Conference on Interaction and Confidence Building Measures in Asia')], signatory: [p('signature', 'Executive Director')] },
    { lang: 'en-GB', heading: [p('signature', 'For'), p('signature', 'The CSTO')], signatory: [p('signature', 'Secretary General')] },
  ],
};
const tree = (blocks: Block[]): DocumentTree => ({ ...englishDraft, styles: { ...styles, final: { ...styles.body!, keepWithNext: true, keepLines: true } }, blocks });
/** The text of a stretch of XML, its w:t contents joined (optional hyphens split words across them). */
const textOf = (xml: string) => all(xml, /<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g).join('');
const paragraphs = (xml: string) => all(xml, /(<w:p>[\s\S]*?<\/w:p>|<w:p [\s\S]*?<\/w:p>)/g);

describe('the execution clause stays with the signatures', () => {
  it('gives the spacer after a keep-with-next paragraph w:keepNext, and wraps the signatures in one unsplittable row', async () => {
    const xml = (await written(tree([p('body', 'Text.'), p('final', 'Done in Vienna.'), { kind: 'spacer', height: 24 }, signatures]))).xml('word/document.xml');
    const body = xml.slice(0, xml.indexOf('<w:tbl>'));
    const [text, clause, spacer] = paragraphs(body);
    expect(text).not.toContain('<w:keepNext/>');
    expect(textOf(clause!)).toContain('Done in Vienna.');
    expect(spacer).toContain('w:lineRule="exact"');
    expect(spacer).toContain('<w:keepNext/>');
    const outer = xml.slice(xml.indexOf('<w:tbl>'), xml.indexOf('<w:tbl>', xml.indexOf('<w:tbl>') + 1));
    expect(outer).toContain('<w:cantSplit/>');
  });

  it('leaves a spacer after a paragraph that does not keep with the next free', async () => {
    const xml = (await written(tree([p('body', 'Text.'), { kind: 'spacer', height: 24 }, p('body', 'More.')]))).xml('word/document.xml');
    expect(paragraphs(xml).some((q) => q.includes('w:lineRule="exact"') && q.includes('<w:keepNext/>'))).toBe(false);
  });

  it('puts the clause row of a parallel text in the unsplittable group with the signatures, the rows before it outside', async () => {
    const blocks = [...parallelDraft.blocks];
    const sig = blocks.pop()!;
    const clause: Block = { kind: 'parallelRow', keepWithNext: true, cells: [[p('final', 'Done in Vienna.')], [p('final', 'Совершено в Вене.', 'ru-RU')]] };
    const xml = (await written({ ...parallelDraft, styles: tree([]).styles, blocks: [...blocks, clause, { kind: 'spacer', height: 24 }, sig] })).xml('word/document.xml');
    const first = xml.indexOf('<w:tbl>');
    const second = xml.indexOf('<w:tbl>', first + 1);
    // The text's rows, then the group: an outer table whose one row holds the clause's table and the signatures'.
    expect(textOf(xml.slice(first, second))).toContain('The Parties shall exchange');
    expect(textOf(xml.slice(first, second))).not.toContain('Done in Vienna.');
    const group = xml.slice(second);
    expect(group.slice(0, group.indexOf('<w:tbl>', 1))).toContain('<w:cantSplit/>');
    expect(textOf(group)).toContain('Done in Vienna.');
    expect(textOf(group).indexOf('Done in Vienna.')).toBeLessThan(textOf(group).indexOf('For the Secretariat of CICA'));
  });
});

describe('signature lines level across the columns', () => {
  it('puts each line of the block in a row of its own: the k-th headings, the lines to sign on, the k-th signatory lines', async () => {
    const xml = (await written(tree([{ ...signatures, columns: signatures.columns.map((c, i) => ({ ...c, signatory: [...c.signatory, p('signature', i ? 'Генеральный секретарь' : 'Исполнительный директор', 'ru-RU')] })) }]))).xml('word/document.xml');
    const inner = xml.slice(xml.indexOf('<w:tbl>', xml.indexOf('<w:tbl>') + 1));
    const rows = all(inner, /(<w:tr>[\s\S]*?<\/w:tr>)/g);
    const cells = rows.map((row) => all(row, /(<w:tc>[\s\S]*?<\/w:tc>)/g).map(textOf));
    // The CSTO's name takes one line where CICA's takes three: its row still starts level with CICA's.
    expect(cells).toEqual([
      ['For', 'For'],
      ['The Secretariat of the Conference on Interaction and Confidence Building Measures in Asia', 'The CSTO'],
      [expect.stringMatching(/^_+$/), expect.stringMatching(/^_+$/)],
      ['Executive Director', 'Secretary General'],
      ['Исполнительный директор', 'Генеральный секретарь'],
    ]);
    for (const [k, row] of rows.entries()) {
      expect(row, `row ${k + 1}`).toContain('<w:cantSplit/>');
      // Every row but the last keeps with the next (w:keepNext on its paragraphs).
      expect(row.includes('<w:keepNext/>'), `row ${k + 1}`).toBe(k < rows.length - 1);
    }
  });

  it('gives a column without a line of that row an empty paragraph a twip tall, not a line\'s height', async () => {
    const xml = (await written(tree([{ ...signatures, columns: [signatures.columns[0]!, { ...signatures.columns[1]!, heading: [p('signature', 'For the CSTO')] }] }]))).xml('word/document.xml');
    const inner = xml.slice(xml.indexOf('<w:tbl>', xml.indexOf('<w:tbl>') + 1));
    const second = all(all(inner, /(<w:tr>[\s\S]*?<\/w:tr>)/g)[1]!, /(<w:tc>[\s\S]*?<\/w:tc>)/g);
    expect(textOf(second[0]!)).toContain('The Secretariat of the Conference');
    expect(textOf(second[1]!)).toBe('');
    expect(second[1]).toContain('w:line="1" w:lineRule="exact"');
  });
});

describe('paragraph spacing as the PDF has it', () => {
  it('asks for the sum of a paragraph\'s space after and the next one\'s space before, as the PDF sets them', async () => {
    // Without w:doNotUseHTMLParagraphAutoSpacing LibreOffice takes the larger of the two, as ECMA-376 §17.3.1.33 has it.
    const settings = (await written(englishDraft)).xml('word/settings.xml');
    expect(settings).toMatch(/<w:compat>[\s\S]*<w:doNotUseHTMLParagraphAutoSpacing\/>[\s\S]*<\/w:compat>/);
  });
});

describe('hyphenation as the PDF has it', () => {
  it('switches automatic hyphenation on, with the PDF\'s limit of hyphens in a row, capitals never hyphenated', async () => {
    const settings = (await written(englishDraft)).xml('word/settings.xml');
    expect(settings).toContain('<w:autoHyphenation/>');
    expect(settings).toContain('<w:consecutiveHyphenLimit w:val="2"/>');
    expect(settings).toMatch(/<w:hyphenationZone w:val="\d+"\/>/);
    expect(settings).toContain('<w:doNotHyphenateCaps/>');
  });

  it('suppresses it in the styles the PDF never hyphenates, and only there', async () => {
    const xml = (await written(englishDraft)).xml('word/styles.xml');
    const style = (id: string) => new RegExp(`w:styleId="${id}">([\\s\\S]*?)</w:style>`).exec(xml)?.[1] ?? '';
    for (const id of ['CicaTitle', 'CicaArticleHeading', 'CicaLetterhead', 'CicaSignature']) expect(style(id), id).toContain('<w:suppressAutoHyphens/>');
    for (const id of ['CicaBody', 'CicaListItem']) expect(style(id), id).not.toContain('<w:suppressAutoHyphens/>');
  });

  it('marks every point where the PDF may hyphenate running text with an optional hyphen, and nothing else', async () => {
    const text = 'The Secretariat of the Conference on Interaction and Confidence Building Measures in Asia';
    const xml = (await written(tree([p('body', text), p('articleHeading', text)]))).xml('word/document.xml');
    const [body, heading] = paragraphs(xml);
    const expected = text.split(' ').reduce((n, w) => n + tokenBreaks(w, 'en-GB').hyphen.length, 0);
    expect(expected).toBeGreaterThan(5);
    expect(all(body!, /(<w:softHyphen\/>)/g)).toHaveLength(expected);
    expect(textOf(body!)).toBe(text);
    expect(heading).not.toContain('<w:softHyphen/>');
  });
});

describe('the watermark as the PDF has it', () => {
  it('draws the PDF\'s text in PT Serif Bold\'s outlines, at the PDF\'s width, in the PDF\'s grey as one opaque colour', async () => {
    const doc = await written(englishDraft);
    const header = Object.keys(doc.parts).filter((n) => /^word\/header\d+\.xml$/.test(n)).map((n) => doc.xml(n)).join('');
    const laid = layoutDocument(englishDraft, { pageSize: 'A4' });
    if (!laid.ok) throw new Error('layout failed');
    const mark = laid.value.pages[0]!.items.find((i): i is TextItem => i.kind === 'text' && i.rotate !== undefined)!;
    const grey = Math.round(255 * (1 - mark.opacity! * (1 - mark.gray!))).toString(16).toUpperCase();
    expect(header).toContain(`fillcolor="#${grey.repeat(3)}"`);
    expect(header).not.toMatch(/opacity="0\.\d+"/);
    // PT Serif Bold's outlines at the PDF's size, drawn as a shape (LibreOffice draws WordArt's bold regular).
    expect(mark.face).toBe('bold');
    expect(header).toContain(`path="${outlinePath('bold', 'DRAFT', mark.size)}"`);
    expect(header).not.toContain('v:textpath');
    // The shape is the ink's box, centred on the page as the PDF centres the ink (layout/page.ts watermark).
    const ink = inkBox(mark.face, mark.text, mark.size);
    const width = Number(/width:([\d.]+)pt/.exec(header)?.[1]);
    expect(Math.abs(width - (ink.u1 - ink.u0))).toBeLessThan(0.01);
    expect(Math.abs(Number(/height:([\d.]+)pt/.exec(header)?.[1]) - (ink.v1 - ink.v0))).toBeLessThan(0.01);
    expect(header).toContain('mso-position-horizontal:center;mso-position-horizontal-relative:page;mso-position-vertical:center;mso-position-vertical-relative:page');
    expect(header).toContain(`coordsize="${Math.round(width * 100)},`);
    expect(header).toContain('alt="DRAFT"');
  });
});
