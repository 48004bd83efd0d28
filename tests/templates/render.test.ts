import { describe, expect, it } from 'vitest';
import { inlineOf } from '../../src/model/markup.js';
import { renderDocument } from '../../src/templates/index.js';
import { memorandum, note } from './fixtures.js';
import { printed, render, templates } from './helpers.js';
import { pageLabelOf } from '../../src/document/index.js';

const NB = '\u00a0';

describe('cross-references', () => {
  it('number from the ids at render time, in the case asked', async () => {
    const en = await printed(memorandum());
    expect(en).toContain(`[ref art-two "Article\\u00a02"]`);
    expect(en).toContain(`[ref p-two "paragraph\\u00a02 of Article\\u00a02"]`);
    const ru = await printed(memorandum(), 'ru');
    expect(ru).toContain(`[ref art-two "статьёй\\u00a02"]`);
    expect(ru).toContain(`[ref p-two "пункта\\u00a02 статьи\\u00a02"]`);
  });

  it('renumber when the articles are reordered', async () => {
    const a = memorandum();
    const moved = memorandum({ articles: [a.articles[1]!, a.articles[0]!] });
    const en = await printed(moved);
    expect(en).toContain(`[ref art-two "Article\\u00a01"]`);
    expect(en).toContain(`[ref p-two "paragraph\\u00a02 of Article\\u00a01"]`);
  });

  it('report an unknown id with the unit\'s position', async () => {
    const a = memorandum();
    const p = a.articles[0]!.paragraphs[0]!;
    p.text.en = 'See [[nowhere]].';
    p.inline = inlineOf(p.text);
    const r = renderDocument(a, await templates(), { layout: 'en', order: ['en', 'ru'], creator: 't' });
    expect(r.ok).toBe(false);
    expect(r.diagnostics.map((d) => [d.code, d.span?.start.line, d.span?.start.col])).toEqual([['XREF_UNKNOWN', 20, 9]]);
  });
});

describe('text spans', () => {
  it('keep the unit\'s source position on its text', async () => {
    const tree = await render(memorandum());
    const body = tree.blocks.find((b) => b.kind === 'paragraph' && b.style === 'body')!;
    expect(body.kind === 'paragraph' && body.children[0]).toMatchObject({ kind: 'text', src: { file: 'fixture.yaml', start: { line: 20, col: 9 } } });
  });
});

describe('note verbale', () => {
  it('states the enclosure pages it is given, after the named paragraph', async () => {
    const en = await printed(note(), 'en', 3);
    expect(en).toMatch(/"Expiring on 21\\u00a0March 2020\."\np\(enclosure en-GB\) "Enclosure:" \[br\] "as stated, on 3\\u00a0p\."/);
    const ru = await printed(note(), 'ru', 3);
    expect(ru).toContain('"упомянутое, на\\u00a03\\u00a0л."');
    expect(ru).toContain(`21${NB}марта 2020${NB}года`.replaceAll(NB, '\\u00a0'));
  });

  it('names its enclosure in the Enclosure line when the note describes it, in place of "as stated"', async () => {
    const base = note();
    const described = note({ enclosure: { ...base.enclosure!, description: { en: 'the draft Memorandum', ru: 'проект Меморандума' } } });
    expect(await printed(described, 'en', 2)).toContain('p(enclosure en-GB) "Enclosure:" [br] "the draft Memorandum, on 2\\u00a0p."');
    expect(await printed(described, 'ru', 2)).toContain('p(enclosure ru-RU) "Приложение:" [br] "проект Меморандума, на\\u00a02\\u00a0л."');
    expect(await printed(described, 'parallel', 2)).not.toContain('as stated');
  });

  it('never guesses the number of enclosure pages', async () => {
    const r = renderDocument(note(), await templates(), { layout: 'en', order: ['en', 'ru'], creator: 't' });
    expect(r.ok).toBe(false);
    expect(r.diagnostics.map((d) => [d.code, d.span?.start.line])).toEqual([['ENCLOSURE_PAGES_UNKNOWN', 40]]);
  });

  it('prints the bilingual letterhead in every layout', async () => {
    for (const layout of ['en', 'ru', 'parallel'] as const) {
      const text = await printed(note(), layout, 2);
      expect(text).toContain('p(letterhead en-GB) "SECRETARIAT"');
      expect(text).toContain('p(letterhead ru-RU) "СЕКРЕТАРИАТ"');
    }
  });
});

describe('parallel layout', () => {
  it('puts each unit on its own row, cells in the given order', async () => {
    const tree = await render(memorandum(), 'parallel');
    const rows = tree.blocks.filter((b) => b.kind === 'parallelRow');
    const list = rows.filter((r) => r.kind === 'parallelRow' && r.cells[0]![0]!.kind === 'list');
    expect(list).toHaveLength(3); // it-x, it-y, it-deep: each item on its own row
    const r = renderDocument(memorandum(), await templates(), { layout: 'parallel', order: ['ru', 'en'], creator: 't' });
    expect(r.ok && r.value.blocks[0]).toMatchObject({ kind: 'parallelRow', cells: [[{ lang: 'ru-RU' }], [{ lang: 'en-GB' }]] });
    expect(r.ok && r.value.meta.langs).toEqual(['ru-RU', 'en-GB']);
  });

  it('makes one signature block with a column per party', async () => {
    const tree = await render(memorandum(), 'parallel');
    const sig = tree.blocks.filter((b) => b.kind === 'signatureBlock');
    expect(sig).toHaveLength(1);
    expect(sig[0]!.kind === 'signatureBlock' && sig[0]!.columns.map((c) => c.heading.length)).toEqual([2, 2]);
  });

  it('rejects an order that is not both languages once', async () => {
    const r = renderDocument(memorandum(), await templates(), { layout: 'parallel', order: ['en', 'en'], creator: 't' });
    expect(r.diagnostics.map((d) => d.code)).toEqual(['ORDER_INVALID']);
  });
});

describe('meta', () => {
  it('dates a draft by SOURCE_DATE_EPOCH, else 1 January of its year, never the clock', async () => {
    const saved = process.env.SOURCE_DATE_EPOCH;
    try {
      delete process.env.SOURCE_DATE_EPOCH;
      expect((await render(memorandum())).meta.date).toBe('2020-01-01');
      process.env.SOURCE_DATE_EPOCH = '1700000000';
      expect((await render(memorandum())).meta.date).toBe('2023-11-14');
      expect((await render(memorandum({ status: 'final', final: { ...memorandum().final, date: { year: 2017, month: 9, day: 20 } } }))).meta.date).toBe('2017-09-20');
    } finally {
      if (saved === undefined) delete process.env.SOURCE_DATE_EPOCH;
      else process.env.SOURCE_DATE_EPOCH = saved;
    }
  });

  it('marks drafts with a watermark in the layout\'s languages', async () => {
    expect((await render(memorandum(), 'parallel')).meta).toMatchObject({
      watermark: 'DRAFT · ПРОЕКТ', pageLabel: [...pageLabelOf('Page {page} of {pages}', 'en-GB'), { kind: 'text', text: ' / ', lang: 'ru-RU' }, ...pageLabelOf('Стр. {page} из {pages}', 'ru-RU')], langs: ['en-GB', 'ru-RU'],
    });
    expect((await render(memorandum({ status: 'final' }))).meta.watermark).toBeUndefined();
  });

  it('marks a specimen, a final text never signed, SPECIMEN / ОБРАЗЕЦ in each layout\'s languages, and its description says so', async () => {
    const specimen = memorandum({ status: 'final', specimen: true });
    expect((await render(specimen, 'en')).meta.watermark).toBe('SPECIMEN');
    expect((await render(specimen, 'ru')).meta.watermark).toBe('ОБРАЗЕЦ');
    expect((await render(specimen, 'parallel')).meta.watermark).toBe('SPECIMEN · ОБРАЗЕЦ');
    // A draft says DRAFT whatever `specimen` says (the model refuses the pair, SPECIMEN_IN_DRAFT).
    expect((await render(memorandum({ specimen: true }), 'en')).meta.watermark).toBe('DRAFT');
    expect((await render(note({ specimen: true }), 'ru', 2)).meta.watermark).toBe('ОБРАЗЕЦ');
  });
});

describe('final clause', () => {
  it('fills place and date, and states equal authenticity', async () => {
    const base = memorandum();
    const en = await printed(memorandum({ final: { ...base.final, place: { en: { nom: 'Astana' }, ru: { nom: 'Астана', pre: 'Астане' } }, date: { year: 2021, month: 5, day: 3 }, equallyAuthentic: true } }));
    expect(en).toContain('"Done in Astana on 3\\u00a0May 2021 in two original copies in Russian and English languages, both texts being equally authentic; one of the copies is kept by the AAA Secretariat and the other copy is kept by the BBB Secretariat."');
    const ru = await printed(memorandum({ final: { ...base.final, place: { en: { nom: 'Astana' }, ru: { nom: 'Астана', pre: 'Астане' } }, originals: 3 } }), 'ru');
    expect(ru).toContain('"Совершено в\\u00a0г.\\u00a0Астане «" [blank 2] "»\\u00a0" [blank 7] "\\u00a02020\\u00a0года в\\u00a0трёх подлинных экземплярах, каждый на\\u00a0русском и\\u00a0английском языках; один экземпляр хранится в\\u00a0Секретариат ААА-pre, другой\\u00a0— в\\u00a0Секретариат БББ-pre."');
  });

  // The reference memorandum heads its columns "Secretariat of …": a party's name in running text keeps its article
  // ("the Secretariat of AAA"), its column heading drops it; after "For" (a protocol) it stays, capitalised on its
  // own line as the reference protocol has it.
  it('heads an English signature column with the party name without its article, unless "For" stands before it', async () => {
    const memo = await printed(memorandum());
    expect(memo).toContain('heading p(signatureParty en-GB) "Secretariat of AAA"');
    expect(memo).not.toMatch(/signatureParty en-GB\) "The /);
    expect(await printed(memorandum(), 'ru')).toContain('heading p(signatureParty ru-RU) "Секретариат ААА"');
    const protocol = await printed(memorandum({ kind: 'protocol', title: { en: 'Protocol', ru: 'Протокол' }, titleNoun: { gender: 'm', forms: { nom: 'Протокол', gen: 'Протокола', dat: 'Протоколу', acc: 'Протокол', ins: 'Протоколом', pre: 'Протоколе' } } }));
    // "For" / "The Secretariat of …" on two lines, as the reference protocol sets them.
    expect(protocol).toMatch(/signatureParty en-GB\) "For"\n\s*heading p\(signatureParty en-GB\) "The Secretariat of AAA"/);
  });

  it('sets no name line for a signatory not yet named: one signature line, then the title', async () => {
    const out = await printed(memorandum());
    expect(out).not.toMatch(/signatory[^\n]*\[blank/);
    expect(out).toContain('signatory p(signatoryName en-GB) "A. Person"');
  });

  // Two originals keep the reference wording; with three or more, "each" says that every copy holds both texts
  // (three copies "in English and Russian languages, both texts …" read as three copies and two texts).
  const protocolNoun = { gender: 'm' as const, forms: { nom: 'Протокол', gen: 'Протокола', dat: 'Протоколу', acc: 'Протокол', ins: 'Протоколом', pre: 'Протоколе' } };
  const protocol = (originals: number) => {
    const base = memorandum();
    return memorandum({ kind: 'protocol', title: { en: 'Protocol', ru: 'Протокол' }, titleNoun: protocolNoun, final: { ...base.final, originals, languages: ['en', 'ru'], equallyAuthentic: true } });
  };
  it('says "each" of three originals or more, not of two, in both kinds and languages', async () => {
    const base = memorandum();
    const memo3 = memorandum({ final: { ...base.final, originals: 3, equallyAuthentic: true } });
    expect(await printed(memo3)).toContain(`in three original copies, each in Russian and English languages, both texts being equally authentic;`);
    expect(await printed(memo3, 'ru')).toContain(`в\\u00a0трёх подлинных экземплярах, каждый на\\u00a0русском и\\u00a0английском языках, причём оба текста`);
    const memo2 = memorandum({ final: { ...base.final, equallyAuthentic: true } });
    expect(await printed(memo2)).toContain('in two original copies in Russian and English languages, both texts being equally authentic;');
    expect(await printed(memo2, 'ru')).toContain(`в\\u00a0двух подлинных экземплярах на\\u00a0русском`);
    expect(await printed(protocol(3))).toContain('in the form of three originals, each in English and Russian languages, with all the texts being equally authentic.');
    expect(await printed(protocol(3), 'ru')).toContain(`в\\u00a0трёх подлинных экземплярах, каждый на\\u00a0английском и\\u00a0русском языках, причём оба текста`);
    expect(await printed(protocol(2))).toContain('in the form of two originals in English and Russian languages with all the texts being equally authentic.');
    expect(await printed(protocol(2), 'ru')).toContain(`в\\u00a0двух подлинных экземплярах на\\u00a0английском`);
    expect(await printed(protocol(1))).toContain('in the form of one original in English and Russian languages with all');
  });
});
