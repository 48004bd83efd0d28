// Cross-references: every link annotation names a destination that exists and lands on its anchor.
import { describe, expect, it } from 'vitest';
import { writePdf } from '../../src/writers/pdf/index.js';
import { bilingual, page, meta } from './fixtures.js';
import { memorandum } from './memorandum.js';
import { destinations, links } from './read.js';
import { has, run, tempFile } from './tools.js';

describe('links and named destinations', () => {
  it('turns a link into an annotation over its rectangle, naming the anchor, which lands on page 2', async () => {
    const bytes = await writePdf(bilingual());
    const h = 841.89;
    expect(await links(bytes, 0)).toEqual([{ rect: [72, h - 120 - 14, 132, h - 120], dest: 'art-2' }]);
    expect(await links(bytes, 1)).toEqual([]);
    expect((await destinations(bytes)).get('art-2')).toEqual([1, h - 80]);
  });

  it('resolves every link of a multi-page document to a destination on the right page', async () => {
    const doc = memorandum();
    const bytes = await writePdf(doc);
    const dests = await destinations(bytes);
    expect(dests.size).toBe(doc.pages.flatMap((p) => p.items).filter((i) => i.kind === 'anchor').length);
    for (let p = 0; p < doc.pages.length; p++) {
      for (const link of await links(bytes, p)) expect(dests.get(link.dest)?.[0]).toBe(0);
    }
    expect(dests.get('art-1')?.[0]).toBe(0);
    const lastAnchor = doc.pages.at(-1)!.items.find((i) => i.kind === 'anchor')!;
    expect(lastAnchor.kind === 'anchor' && dests.get(lastAnchor.id)?.[0]).toBe(doc.pages.length - 1);
  });

  it('writes no name tree when there is no anchor', async () => {
    const bytes = await writePdf({ pages: [page([])], meta: meta() });
    expect(Buffer.from(bytes).toString('latin1')).not.toContain('/Dests');
    expect(await destinations(bytes)).toEqual(new Map());
  });

  it('refuses a link to an anchor the document does not have (a layout bug, never a dead link)', async () => {
    const doc = bilingual();
    doc.pages[1]!.items = doc.pages[1]!.items.filter((i) => i.kind !== 'anchor');
    await expect(writePdf(doc)).rejects.toThrow(/art-2/);
  });
});

describe.skipIf(!has('qpdf'))('links as qpdf reads them', () => {
  it('finds the Link annotation and the Dests name tree in the JSON dump', async () => {
    const r = run('qpdf', ['--json', tempFile(await writePdf(bilingual()))]);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('"/Subtype": "/Link"');
    expect(r.stdout).toMatch(/"\/Dests": "\d+ 0 R"/);
  });
});
