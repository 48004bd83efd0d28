// Text extracts as written (ToUnicode, word spaces): pdftotext gives exactly the words, in order,
// Russian included, with «», —, № and a no-break space coming out as a plain space.
import { describe, expect, it } from 'vitest';
import { writePdf } from '../../src/writers/pdf/index.js';
import { EN_LINE, RU_LINE, bilingual, page, paragraph, meta, word } from './fixtures.js';
import { has, run, tempFile } from './tools.js';

/** pdftotext -layout, each line's runs of spaces folded to one, empty lines dropped. */
function lines(bytes: Uint8Array, args: string[] = []): string[] {
  const r = run('pdftotext', ['-layout', '-enc', 'UTF-8', ...args, tempFile(bytes), '-']);
  expect(r.status).toBe(0);
  return r.stdout.split(/\n|\f/).map((l) => l.replace(/ +/g, ' ').trim()).filter(Boolean);
}

describe.skipIf(!has('pdftotext'))('pdftotext', () => {
  it('reads the English and Russian lines of the fixture exactly, in order', async () => {
    expect(lines(await writePdf(bilingual()))).toEqual([
      'MEMORANDUM',
      EN_LINE,
      RU_LINE,
      'in accordance with Article 2',
      'Секретариат СВМДА',
      'Протокол № 7',
      'Article 2',
      'The Parties shall cooperate.',
    ]);
  });

  it('turns the no-break space into a plain space', async () => {
    const text = run('pdftotext', ['-enc', 'UTF-8', tempFile(await writePdf(bilingual())), '-']).stdout;
    expect(text).toContain('Протокол № 7');
    expect(text).not.toContain('\u00A0');
  });

  it('keeps words of a justified paragraph apart and whole, however wide the gaps', async () => {
    const text = 'The Parties shall settle any dispute concerning the interpretation of this Memorandum by consultations';
    const set = paragraph(text, { x: 72, y: 100, width: 200, size: 11 });
    const got = lines(await writePdf({ pages: [page(set.items)], meta: meta() }));
    expect(got.length).toBeGreaterThan(2);
    expect(got.join(' ')).toBe(text);
  });

  it('reads a parallel line as the left column, then the right', async () => {
    const items = [word('Article', 72, 100), word('1', 115, 100), word('Статья', 330, 100, 'regular', 12, 'ru-RU'), word('1', 378, 100)];
    expect(lines(await writePdf({ pages: [page(items)], meta: meta() }))).toEqual(['Article 1 Статья 1']);
  });

  it('keeps words apart across a change of face on the line', async () => {
    const items = [];
    let x = 72;
    for (const [text, face] of [['Article', 'regular'], ['5', 'bold'], ['applies', 'regular'], ['mutatis', 'italic'], ['mutandis.', 'italic']] as const) {
      items.push(word(text, x, 100, face, 11));
      x += items.at(-1)!.width + 2; // a tight justified space, 0.18 em
    }
    expect(lines(await writePdf({ pages: [page(items)], meta: meta() }))).toEqual(['Article 5 applies mutatis mutandis.']);
  });

  it('joins items that touch into one word, and parts items with a gap into two', async () => {
    const a = word('Memorand', 72, 100);
    const b = word('um', 72 + a.width, 100);
    const c = word('signed', 72 + a.width + b.width + 3.2, 100);
    expect(lines(await writePdf({ pages: [page([a, b, c])], meta: meta() }))).toEqual(['Memorandum signed']);
  });
});
