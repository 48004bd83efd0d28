// Issue 9 §4, typography over whole paragraphs as the document tree carries it to both writers: English typographic
// quotes and apostrophes (from the YAML and from the templates' own words), and Russian short words bound to the
// next word in every paragraph, justified running text included.
import { describe, expect, it } from 'vitest';
import type { Block, Inline, Paragraph } from '../../src/document/index.js';
import { typesetBlocks } from '../../src/templates/typeset.js';
import { written } from '../docx/read.js';
import { sampleTrees } from '../layout/samples.js';

const samples = await sampleTrees();

function paragraphs(blocks: readonly Block[]): Paragraph[] {
  return blocks.flatMap((b): Paragraph[] => {
    switch (b.kind) {
      case 'paragraph': return [b];
      case 'list': return b.items.flatMap((i) => paragraphs(i.blocks));
      case 'parallelRow': return b.cells.flatMap(paragraphs);
      case 'signatureBlock': return b.columns.flatMap((c) => [...c.heading, ...c.signatory]);
      case 'letterhead': return b.blocks;
      default: return [];
    }
  });
}

const text = (inlines: readonly Inline[]): string =>
  inlines.map((i) => (i.kind === 'text' ? i.text : 'children' in i ? text(i.children) : '\uFFFC')).join('');

describe('typography of whole paragraphs', () => {
  it('binds every Russian one-letter word and short preposition to the next word, in every paragraph', () => {
    let bound = 0;
    for (const s of samples) {
      for (const p of paragraphs(s.tree.blocks).filter((x) => x.lang === 'ru-RU')) {
        const t = text(p.children);
        expect(t, s.name).not.toMatch(/(?:^|[\s(«])(?:[вкосуаия]|по|на|за|из|от|до|об|во|со|ко|не|ни|но|для|при|без|под|над|про|обо|изо) /iu);
        expect(t, s.name).not.toMatch(/\p{L} (?:же|ли|бы)(?![\p{L}\d])/u);
        bound += [...t.matchAll(/(?:^|[\s(«])(?:[вкосуаия]|по|на|за|из|от|до|не)\u00a0/giu)].length;
      }
    }
    expect(bound).toBeGreaterThan(500);
  });

  it('leaves no straight quote or apostrophe in any paragraph, and the note reads “CICA’s”', async () => {
    for (const s of samples) {
      for (const p of paragraphs(s.tree.blocks)) expect(text(p.children), s.name).not.toMatch(/["']/);
    }
    const note = samples.find((s) => s.name === 'note-18-4-58emb.en')!;
    expect(paragraphs(note.tree.blocks).some((p) => text(p.children).includes('Guidelines for CICA’s External Relations'))).toBe(true);
    // The DOCX writer prints the tree's text: Word shows the same apostrophe.
    // (Soft hyphens the DOCX writer marks inside words are taken out to read the words.)
    const xml = (await written(note.tree)).xml('word/document.xml').replace(/<\/w:t><w:softHyphen\/><w:t[^>]*>/g, '');
    expect(xml).toContain('CICA’s External Relations');
    expect(xml).toContain('document’s text');
  });

  it('sees quotes across runs: a template’s opening quote and the officer’s word after it', () => {
    const p: Paragraph = {
      kind: 'paragraph', style: 'body', role: 'text', lang: 'en-GB',
      children: [{ kind: 'text', text: 'hereinafter the "', lang: 'en-GB' }, { kind: 'strong', children: [{ kind: 'text', text: "Parties'", lang: 'en-GB' }] }, { kind: 'text', text: ' Secretariat"', lang: 'en-GB' }],
    };
    const [out] = typesetBlocks([p]) as Paragraph[];
    expect(out!.children).toEqual([
      { kind: 'text', text: 'hereinafter the “', lang: 'en-GB' },
      { kind: 'strong', children: [{ kind: 'text', text: 'Parties’', lang: 'en-GB' }] },
      { kind: 'text', text: ' Secretariat”', lang: 'en-GB' },
    ]);
    // The input is left as it was (the tree is built anew).
    expect((p.children[0] as { text: string }).text).toBe('hereinafter the "');
    const ru: Paragraph = { kind: 'paragraph', style: 'body', role: 'text', lang: 'ru-RU', children: [{ kind: 'text', text: 'именуемые "', lang: 'ru-RU' }, { kind: 'blank', width: 4 }, { kind: 'text', text: '" в г. Вене', lang: 'ru-RU' }] };
    const [outRu] = typesetBlocks([ru]) as Paragraph[];
    expect(text(outRu!.children)).toBe('именуемые «\uFFFC» в\u00a0г.\u00a0Вене');
  });

  it('binds English articles, short prepositions and conjunctions in a title and a signatory\'s lines alone, never in running text', () => {
    const SHORT_EN = /(?:^|[\s(“])(?:a|an|the|of|on|in|at|to|by|for|and|or|with) /iu;
    let titles = 0;
    let signatories = 0;
    let runningBound = 0;
    for (const s of samples) {
      for (const p of paragraphs(s.tree.blocks).filter((x) => x.lang === 'en-GB')) {
        const t = text(p.children);
        if (p.role === 'title' || p.role === 'subtitle' || p.role === 'signatory') {
          if (p.role === 'signatory') signatories++;
          else titles++;
          expect(t, `${s.name}: ${t}`).not.toMatch(SHORT_EN);
        } else if (/(?:^|\s)(?:the|of|on|and)\u00a0/iu.test(t)) runningBound++;
      }
    }
    expect(titles).toBeGreaterThanOrEqual(14);
    // "Executive Secretary / of the CIS", never "… of the / CIS", in a narrow signature column.
    expect(signatories).toBeGreaterThanOrEqual(14);
    // Running text keeps its ordinary spaces: a bound space would not stretch in Word's or LibreOffice's justified line.
    expect(runningBound).toBe(0);
    const title: Paragraph = {
      kind: 'paragraph', style: 'subtitle', role: 'subtitle', lang: 'en-GB',
      children: [{ kind: 'text', text: 'on cooperation between the Secretariat of the Conference on Interaction', lang: 'en-GB' }],
    };
    const [out] = typesetBlocks([title]) as Paragraph[];
    expect(text(out!.children)).toBe('on\u00a0cooperation between the\u00a0Secretariat of\u00a0the\u00a0Conference on\u00a0Interaction');
    const body: Paragraph = { ...title, style: 'body', role: 'paragraph' };
    expect(text((typesetBlocks([body]) as Paragraph[])[0]!.children)).toBe(text(title.children));
  });
});
