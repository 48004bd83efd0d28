// Tagged PDF (issue 12 §1): poppler reads every sample's structure back (`pdfinfo -struct-text`) with every
// paragraph's text, label included, in reading order and in its language, and nothing of the page furniture.
import { describe, expect, it } from 'vitest';
import { eachText, pageLabelText, walkBlocks, type Block, type DocumentTree, type LangTag } from '../../src/document/index.js';
import { layoutDocument } from '../../src/layout/index.js';
import { writePdf } from '../../src/writers/pdf/index.js';
import { PDFArray, PDFDict, PDFDocument, PDFName, PDFRef, PDFString } from '../../src/writers/pdf/pdf-lib.js';
import { letters } from '../e2e/units.js';
import { allCases, type Case } from '../layout/cases.js';
import { draftTree, loadForDraft } from '../../src/draft.js';
import { alignUnits, keyMap, redlineBlocks, unitsOf } from '../../src/diff/index.js';
import { loadTemplates, type Layout } from '../../src/templates/index.js';
import { join } from 'node:path';
import { has, run, tempFile } from './tools.js';
import { meta as fixtureMeta, page, watermark, word } from './fixtures.js';
import { pageContent } from './read.js';
import type { TextItem } from '../../src/layout/types.js';

const cases = await allCases();

/** The redlines of tests/fixtures/diff's negotiating round, as src/diff/index.ts makes them: deleted text is still
 *  content (real words a reader meets), the underlines and change bars artifacts. */
async function redlineCases(): Promise<Case[]> {
  const templates = await loadTemplates();
  if (!templates.ok) throw new Error('templates');
  const options = { order: ['en', 'ru'] as const, pageSize: 'A4' as const, templates: templates.value, creator: 'cica test', enclosure: false };
  const trees = async (file: string) => {
    const loaded = await loadForDraft(join(import.meta.dirname, '../fixtures/diff', file));
    if (!loaded.ok) throw new Error(file);
    const out = new Map<Layout, DocumentTree>();
    for (const layout of ['en', 'ru', 'parallel'] as const) {
      const t = await draftTree(loaded.value, layout, options);
      if (!t.ok) throw new Error(`${file} ${layout}`);
      out.set(layout, t.value.tree);
    }
    return out;
  };
  const olds = await trees('eco-cis-round-1.yaml');
  const news = await trees('eco-cis-round-2.yaml');
  const a = unitsOf({ en: olds.get('en')!.blocks, ru: olds.get('ru')!.blocks });
  const b = unitsOf({ en: news.get('en')!.blocks, ru: news.get('ru')!.blocks });
  const keys = keyMap(alignUnits(a, b), a, b);
  return (['en', 'ru', 'parallel'] as const).map((layout) => {
    const o = olds.get(layout)!;
    const n = news.get(layout)!;
    const tree: DocumentTree = { meta: { ...n.meta, revision: { author: 'cica', date: n.meta.date } }, styles: { ...o.styles, ...n.styles }, blocks: redlineBlocks(o.blocks, n.blocks, keys) };
    return { name: `redline eco-cis-round-2.${layout}`, tree, pageSize: 'A4' };
  });
}

const redlines = await redlineCases();

/** Every paragraph of the tree in reading order (walk.ts), as its language and its letters, a list item's label first. */
function expectedTexts(tree: DocumentTree): { lang: LangTag; text: string }[] {
  const out: { lang: LangTag; text: string }[] = [];
  const visit = (blocks: readonly Block[]) =>
    walkBlocks(blocks, {
      paragraph: (p, place) => {
        let text = place.item?.label ?? p.label ?? '';
        if (p.label && place.item) text = p.label;
        eachText(p.children, (t) => (text += t.text));
        if (letters(text)) out.push({ lang: p.lang, text: letters(text) });
      },
    });
  visit(tree.blocks);
  for (const s of tree.sections ?? []) visit(s.blocks);
  return out;
}

interface Element {
  type: string;
  lang?: string;
  depth: number;
  texts: string[];
}

/** The structure tree read with pdf-lib, in pre-order (the order pdfinfo prints it). */
function readStructure(doc: PDFDocument): Element[] {
  const root = doc.catalog.lookup(PDFName.of('StructTreeRoot'), PDFDict);
  const out: Element[] = [];
  const visit = (ref: unknown, depth: number) => {
    const el = ref instanceof PDFRef ? doc.context.lookup(ref, PDFDict) : (ref as PDFDict);
    const lang = el.lookupMaybe(PDFName.of('Lang'), PDFString);
    out.push({ type: el.lookup(PDFName.of('S'), PDFName).decodeText(), ...(lang ? { lang: lang.decodeText() } : {}), depth, texts: [] });
    const k = el.get(PDFName.of('K'));
    const kids = k instanceof PDFArray ? k.asArray() : [k];
    for (const kid of kids) if (kid instanceof PDFRef) visit(kid, depth + 1);
  };
  visit(root.get(PDFName.of('K')), 0);
  return out;
}

/** `pdfinfo -struct-text`: an element a line, indented two spaces a level, its content as quoted lines below it. */
function parseStructText(text: string): Element[] {
  const out: Element[] = [];
  for (const line of text.split('\n')) {
    // An annotation's object reference (a Link's OBJR) is not an element.
    if (!line.trim() || /^Object \d+ \d+$/.test(line.trim())) continue;
    const depth = (line.length - line.trimStart().length) / 2;
    const body = line.trim();
    if (body.startsWith('"')) out[out.length - 1]!.texts.push(JSON.parse(body) as string);
    else out.push({ type: body.replace(/ \(.*\)$/, ''), depth, texts: [] });
  }
  return out;
}

describe.skipIf(!has('pdfinfo'))('tagged PDF read back by poppler', () => {
  it.each([...cases, ...redlines].map((c) => [c.name, c] as const))('%s', async (_name, c) => {
    const laid = layoutDocument(c.tree, { pageSize: c.pageSize });
    if (!laid.ok) throw new Error(JSON.stringify(laid.diagnostics));
    const bytes = await writePdf(laid.value);
    const file = tempFile(bytes);
    const r = run('pdfinfo', ['-struct-text', file]);
    expect(r.status, r.stderr).toBe(0);
    const read = parseStructText(r.stdout);
    const structure = readStructure(await PDFDocument.load(bytes, { updateMetadata: false }));
    // The same tree both ways; every element has its language.
    expect(read.map((e) => `${e.depth} ${e.type}`)).toEqual(structure.map((e) => `${e.depth} ${e.type}`));
    for (const e of structure) expect(e.lang, `${e.type} at depth ${e.depth}`).toMatch(/^(en-GB|ru-RU)$/);
    // Each language's content, in reading order, is exactly its paragraphs' text in the tree's order.
    const got = new Map<string, string>();
    const want = new Map<string, string>();
    read.forEach((e, i) => {
      const lang = structure[i]!.lang!;
      if (e.texts.length) got.set(lang, (got.get(lang) ?? '') + letters(e.texts.join(' ')));
    });
    for (const p of expectedTexts(c.tree)) want.set(p.lang, (want.get(p.lang) ?? '') + p.text);
    expect([...got.keys()].sort()).toEqual([...want.keys()].sort());
    for (const [lang, text] of want) expect(got.get(lang), lang).toBe(text);
    // The furniture is artifacts: no page label, no watermark in the structure.
    const all = letters(read.flatMap((e) => e.texts).join(' '));
    const label = letters(pageLabelText(c.tree.meta.pageLabel, 1, laid.value.sectionPages?.[0] ?? laid.value.pages.length));
    if (label) expect(all).not.toContain(label);
    if (c.tree.meta.watermark) expect(all).not.toContain(letters(c.tree.meta.watermark));
    if (c.name.startsWith('redline')) expect(JSON.stringify(c.tree.blocks)).toMatch(/"deleted"/);
    // Document structure the catalog declares (ISO 32000-1 §14.7.1, §12.2).
    const doc = await PDFDocument.load(bytes, { updateMetadata: false });
    expect(doc.catalog.lookup(PDFName.of('MarkInfo'), PDFDict).get(PDFName.of('Marked'))?.toString()).toBe('true');
    expect(doc.catalog.lookup(PDFName.of('ViewerPreferences'), PDFDict).get(PDFName.of('DisplayDocTitle'))?.toString()).toBe('true');
    for (const page of doc.getPages()) {
      expect(page.node.get(PDFName.of('StructParents'))).toBeDefined();
      expect(page.node.get(PDFName.of('Tabs'))?.toString()).toBe('/S');
      // Every link annotation is a Link element's object (PDF/UA-1 §7.18.5): its StructParent leads there.
      for (const a of page.node.Annots()?.asArray() ?? []) expect(doc.context.lookup(a, PDFDict).get(PDFName.of('StructParent'))).toBeDefined();
    }
    const crossReferences = JSON.stringify([c.tree.blocks, c.tree.sections]).match(/"crossReference"/g)?.length ?? 0;
    if (crossReferences) expect(structure.filter((e) => e.type === 'Link').length).toBeGreaterThanOrEqual(1);
  });
});

describe('marked content of a tagged page', () => {
  it('gives a run in another language than its element its own /Lang, and marks furniture and rules as artifacts', async () => {
    const structure = { elements: [
      { type: 'Document' as const, lang: 'en-GB' as const, children: [1] },
      { type: 'P' as const, lang: 'en-GB' as const, parent: 0, children: [] },
    ] };
    const en = { ...word('Party', 72, 100), tag: { id: 1 } };
    const ru = { ...word('Сторона', 120, 100, 'regular', 12, 'ru-RU'), tag: { id: 1 } };
    const footer: TextItem = { ...word('Page 1 of 1', 250, 800), artifact: 'footer' };
    const mark: TextItem = { ...watermark(), artifact: 'watermark' };
    const doc = { pages: [page([mark, en, ru, { kind: 'rule', x1: 72, y1: 110, x2: 200, y2: 110, thickness: 0.5 }, footer])], structure, meta: fixtureMeta() };
    const content = await pageContent(await writePdf(doc), 0);
    expect(content).toMatch(/\/P <<\/MCID 0>> BDC\nBT [^\n]* ET\nEMC\n\/P <<\/MCID 1 \/Lang \(ru-RU\)>> BDC\nBT [^\n]* ET\n/);
    expect(content).toContain('/Artifact <</Type /Pagination /Subtype /Watermark>> BDC');
    expect(content).toMatch(/\/Artifact BMC\n[^\n]* l S\nEMC/);
    expect(content).toMatch(/\/Artifact <<\/Type \/Pagination \/Subtype \/Footer>> BDC\nBT [^\n]* ET\nEMC$/);
    expect(content).not.toContain('/Span');
  });
});
