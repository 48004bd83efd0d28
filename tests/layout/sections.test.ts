// Sections of the document tree (a note verbale and its enclosure): each starts a new page, numbers its pages from 1,
// counts them alone and carries its own watermark or none, in the PDF layout and in the DOCX writer alike.
import { describe, expect, it } from 'vitest';
import { strFromU8, unzipSync } from 'fflate';
import { appendSection, type DocumentTree } from '../../src/document/index.js';
import { layoutDocument } from '../../src/layout/index.js';
import type { LaidOutDocument, TextItem } from '../../src/layout/types.js';
import { writeDocx } from '../../src/writers/docx/index.js';
import { englishMemorandum, para, t, tree } from './fixtures.js';

const note = (watermark?: string): DocumentTree =>
  tree([para('letterhead', [t('Secretariat')]), para('body', [t('The Secretariat presents its compliments.')])], watermark ? { watermark } : {});
const enclosure = (watermark?: string): DocumentTree => {
  const m = englishMemorandum();
  const { watermark: _drop, ...meta } = m.meta;
  return { ...m, meta: { ...meta, title: 'Enclosure title', ...(watermark ? { watermark } : {}) } };
};

function laid(t: DocumentTree): LaidOutDocument {
  const r = layoutDocument(t, { pageSize: 'A4' });
  if (!r.ok) throw new Error(JSON.stringify(r.diagnostics));
  return r.value;
}
const texts = (doc: LaidOutDocument, page: number): TextItem[] => doc.pages[page]!.items.filter((i): i is TextItem => i.kind === 'text');
const footer = (doc: LaidOutDocument, page: number): string => texts(doc, page).find((i) => i.size === 9)!.text;
const marked = (doc: LaidOutDocument): boolean[] => doc.pages.map((_, p) => texts(doc, p).some((i) => i.rotate === 45));

describe('a section in the PDF layout', () => {
  const alone = laid(enclosure()).pages.length;

  it('starts a new page, numbers from 1 and counts its own pages', () => {
    const doc = laid(appendSection(note(), enclosure()));
    expect(alone).toBeGreaterThan(1);
    expect(doc.sectionPages).toEqual([1, alone]);
    expect(doc.pages).toHaveLength(1 + alone);
    expect(footer(doc, 0)).toBe('Page 1 of 1');
    for (let p = 0; p < alone; p++) expect(footer(doc, 1 + p)).toBe(`Page ${p + 1} of ${alone}`);
    expect(texts(doc, 1).find((i) => i.size !== 9 && !i.outline)!.text).toMatch(/^MEMORANDUM|^Memorandum/i);
  });

  it('lays the section out as it lays it out alone (so its count does not depend on the note)', () => {
    const doc = laid(appendSection(note(), enclosure()));
    const own = laid(enclosure());
    // Structure element ids count through the whole document, so the section's follow the note's: compared without.
    const untagged = (pages: typeof doc.pages) => JSON.parse(JSON.stringify(pages.map((p) => p.items), (k, v: unknown) => (k === 'tag' ? undefined : v))) as unknown;
    expect(untagged(doc.pages.slice(1))).toEqual(untagged(own.pages));
  });

  it('has its own watermark state: a draft enclosure of a final note, and a final enclosure of a draft note', () => {
    expect(marked(laid(appendSection(note(), enclosure('DRAFT'))))).toEqual([false, ...Array(alone).fill(true)]);
    expect(marked(laid(appendSection(note('DRAFT'), enclosure())))).toEqual([true, ...Array(alone).fill(false)]);
  });

  it('keeps the note\'s metadata', () => {
    expect(laid(appendSection(note(), enclosure())).meta.title).toBe('Fixture');
  });

  it('a tree of one section says nothing of sections in its print and numbers as before', () => {
    const doc = laid(note());
    expect(doc.sectionPages).toEqual([1]);
    expect(footer(doc, 0)).toBe('Page 1 of 1');
  });
});

describe('ids across sections', () => {
  const anchors = (doc: LaidOutDocument, from: number) => doc.pages.slice(from).flatMap((p) => p.items.flatMap((i) => (i.kind === 'anchor' ? [i.id] : [])));
  const links = (doc: LaidOutDocument, from: number) => doc.pages.slice(from).flatMap((p) => p.items.flatMap((i) => (i.kind === 'link' ? [i.target] : [])));

  it('stay as written when the note and its enclosure share none', () => {
    const doc = laid(appendSection(note(), enclosure()));
    expect(anchors(doc, 1)).toContain('art-1');
    expect(links(doc, 1)).toContain('art-1');
  });

  it('are made unique when they clash, so each enclosure reference leads into the enclosure', () => {
    const clashing = tree([para('body', [t('The Secretariat presents its compliments.')], 'en-GB', { id: 'art-1' })]);
    const combined = appendSection(clashing, enclosure());
    const doc = laid(combined);
    expect(anchors(doc, 0).slice(0, 1)).toEqual(['art-1']);
    const own = new Set(anchors(doc, 1));
    expect(own.has('art-1')).toBe(false);
    expect(own.has('s2-art-1')).toBe(true);
    expect(links(doc, 1).length).toBeGreaterThan(0);
    for (const target of links(doc, 1)) expect(own.has(target), target).toBe(true);
  });
});

describe('a section in the DOCX writer', () => {
  async function parts(t: DocumentTree, sectionPages?: number[]) {
    const files = unzipSync(await writeDocx(t, sectionPages ? { sectionPages } : {}));
    const text = (re: RegExp) => Object.keys(files).filter((f) => re.test(f)).sort().map((f) => strFromU8(files[f]!));
    return { document: text(/^word\/document\.xml$/)[0]!, headers: text(/^word\/header\d+\.xml$/), footers: text(/^word\/footer\d+\.xml$/) };
  }

  it('is a Word section restarting at 1, whose footer counts its pages (SECTIONPAGES, with the known count)', async () => {
    const { document, footers } = await parts(appendSection(note(), enclosure()), [1, 3]);
    expect(document.match(/<w:sectPr>/g)).toHaveLength(2);
    expect(document.match(/<w:pgNumType w:start="1"\/>/g)).toHaveLength(2);
    expect(footers).toHaveLength(2);
    expect(footers.map((f) => /w:instr="SECTIONPAGES"><w:r><w:rPr>.*?<w:sz w:val="18"\/>.*?<w:t[^>]*>(\d*)<\/w:t>/.exec(f)?.[1]).sort()).toEqual(['1', '3']);
  });

  it('names a header in each section, the watermark only where that section is a draft', async () => {
    for (const [n, e] of [[undefined, 'DRAFT'], ['DRAFT', undefined]] as const) {
      const { document, headers } = await parts(appendSection(note(n), enclosure(e)));
      expect(document.match(/<w:headerReference /g)).toHaveLength(2);
      const rels = [...document.matchAll(/<w:headerReference w:type="default" r:id="(rId\d+)"\/>/g)].map((m) => m[1]);
      expect(new Set(rels).size).toBe(2);
      expect(headers.filter((h) => h.includes('DRAFT'))).toHaveLength(1);
    }
  });

  it('a document of one section keeps NUMPAGES and no restart', async () => {
    const { document, footers } = await parts(note());
    expect(document.match(/<w:sectPr>/g)).toHaveLength(1);
    expect(document).not.toContain('w:pgNumType w:start');
    expect(footers[0]).toContain('NUMPAGES');
  });
});
