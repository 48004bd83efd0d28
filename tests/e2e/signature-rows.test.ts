// Issue 9 §2: a signature block's rows stand level across its columns, in the PDF and in the DOCX as LibreOffice lays
// it out: the k-th heading line of every party (its name in English, then in Russian in a parallel text), the line to
// sign on, and the k-th line below it (the signatory's name, title, then the Russian ones) start at one height. Read
// back with `pdftotext -bbox`: the RATS parallel's Russian signatory rows stood 13.8 pt apart in both writers, the
// English title of one column running to two lines.
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DocumentTree, Paragraph, SignatureBlock } from '../../src/document/index.js';
import { loadAgreement } from '../../src/model/index.js';
import { render } from '../templates/helpers.js';
import { columnLines, opening, wordsOf, type Word } from './columns.js';
import { LAYOUTS, SAMPLES, draftSamples, has, pdfPages, sampleName, tempDir } from './tools.js';
import { letters } from './units.js';

/** How far apart, in points, the rows of two columns may stand: the writers round positions to 0.01 pt, LibreOffice
 *  to twips, pdftotext prints tenths. */
const LEVEL = 0.5;
const pdf = has('pdftotext') && has('pdfinfo');
const lo = pdf && has('soffice');
const out = tempDir('signature-rows');
afterAll(() => rmSync(out, { recursive: true, force: true }));

beforeAll(() => {
  if (pdf) draftSamples(out, lo);
}, 300_000);

/** The signature blocks a drafted file ends with: the document's own, or (a note verbale) its enclosure's. */
async function signatureBlocks(file: string, layout: (typeof LAYOUTS)[number]): Promise<SignatureBlock[]> {
  const of = (tree: DocumentTree) => [tree.blocks, ...(tree.sections ?? []).map((s) => s.blocks)].flat().filter((b): b is SignatureBlock => b.kind === 'signatureBlock');
  const loaded = await loadAgreement(file);
  if (!loaded.ok) throw new Error(`${file} does not load`);
  const own = of(await render(loaded.value, layout, 2));
  if (own.length > 0 || loaded.value.kind !== 'note' || !loaded.value.enclosure) return own;
  const enclosure = await loadAgreement(loaded.value.enclosure.path);
  if (!enclosure.ok) throw new Error(`${loaded.value.enclosure.path} does not load`);
  return of(await render(enclosure.value, layout));
}

/** A row of a column: a paragraph (known by its opening words) or the line to sign on. */
type Part = { paragraph: Paragraph } | { rule: true };

/** A column's parts top to bottom: its headings, the line (drawn as underscores in the DOCX only: the PDF's is a rule,
 *  which pdftotext cannot see), the signatory's lines. */
const parts = (column: SignatureBlock['columns'][number], rule: boolean): Part[] => [
  ...column.heading.map((paragraph) => ({ paragraph })),
  ...(rule ? [{ rule: true as const }] : []),
  ...column.signatory.map((paragraph) => ({ paragraph })),
];

/** Whether a line read back is the first line of the part: it opens with the paragraph's first two words (or, where
 *  the second is hyphenated at the line's end, with as much of them as the line holds), or it is underscores alone. */
function opens(line: readonly Word[], part: Part): boolean {
  const text = line.map((w) => w.text).join(' ');
  if ('rule' in part) return /^_{5,}$/.test(text.replace(/\s/g, ''));
  const have = letters(text);
  const two = opening(part.paragraph, 2);
  return two.length > 0 && (have.startsWith(two) || (two.startsWith(have) && have.startsWith(opening(part.paragraph, 1))));
}

/** The top of each part's first line in a column of the page, found from the foot of the column up (the block ends
 *  the text; a heading's words may also open a line of the text above it); undefined when some part is not there. A
 *  part with no words (a blank still to fill) is undefined. */
function tops(lines: readonly Word[][], column: readonly Part[]): (number | undefined)[] | undefined {
  const found: (number | undefined)[] = [];
  let at = lines.length;
  for (let k = column.length - 1; k >= 0; k--) {
    const part = column[k]!;
    if ('paragraph' in part && opening(part.paragraph, 1) === '') {
      found[k] = undefined;
      continue;
    }
    let j = at - 1;
    while (j >= 0 && !opens(lines[j]!, part)) j--;
    if (j < 0) return undefined;
    found[k] = Math.min(...lines[j]!.map((w) => w.y));
    at = j;
  }
  return found;
}

interface Spread { row: string; tops: number[] }

/** Each row of each signature block in the file, with the tops of its lines across the columns. */
function rowsOf(file: string, blocks: readonly SignatureBlock[], rule: boolean): Spread[] {
  const spreads: Spread[] = [];
  const count = pdfPages(file);
  for (const block of blocks) {
    const n = block.columns.length;
    const columns = block.columns.map((c) => parts(c, rule));
    let found: (number | undefined)[][] | undefined;
    for (let page = count; page > 0 && !found; page--) {
      const words = wordsOf(file, page);
      const each = columns.map((column, c) => tops(columnLines(words, c, n), column));
      if (each.every((t) => t !== undefined)) found = each as (number | undefined)[][];
    }
    expect(found, `a page with the signature block of ${n} columns`).toBeDefined();
    // Rows by their place in the columns: the k-th heading, the line, the k-th signatory line.
    const rows = (pick: (c: number) => number | undefined, row: string) => {
      const ys = block.columns.map((_, c) => pick(c)).map((k, c) => (k === undefined ? undefined : found![c]![k])).filter((y): y is number => y !== undefined);
      if (ys.length > 1) spreads.push({ row: `${row} of ${n} columns`, tops: ys });
    };
    const most = (list: (c: SignatureBlock['columns'][number]) => readonly unknown[]) => Math.max(...block.columns.map((c) => list(c).length));
    for (let k = 0; k < most((c) => c.heading); k++) rows((c) => (k < block.columns[c]!.heading.length ? k : undefined), `heading ${k + 1}`);
    if (rule) rows((c) => block.columns[c]!.heading.length, 'line');
    for (let k = 0; k < most((c) => c.signatory); k++) {
      rows((c) => (k < block.columns[c]!.signatory.length ? block.columns[c]!.heading.length + (rule ? 1 : 0) + k : undefined), `signatory ${k + 1}`);
    }
  }
  return spreads;
}

for (const [writer, enabled, dir] of [['PDF', pdf, ''], ['DOCX (LibreOffice)', lo, 'lo']] as const) {
  describe.skipIf(!enabled)(`signature rows level across the columns: ${writer}`, () => {
    let rows = 0;
    afterAll(() => {
      // 7 samples in 3 layouts, 2 or 3 columns, 2 to 6 rows each.
      if (enabled) expect(rows, 'rows compared').toBeGreaterThan(60);
    });
    for (const file of SAMPLES) {
      for (const layout of LAYOUTS) {
        const name = `${sampleName(file)}.${layout}`;
        it(`${name}: every row's lines start within ${LEVEL} pt of each other`, async () => {
          const blocks = await signatureBlocks(file, layout);
          expect(blocks.length, 'signature blocks').toBeGreaterThan(0);
          for (const spread of rowsOf(join(out, dir, `${name}.pdf`), blocks, dir === 'lo')) {
            rows += 1;
            const apart = Math.max(...spread.tops) - Math.min(...spread.tops);
            expect(apart, `${spread.row}: tops ${spread.tops.join(', ')}`).toBeLessThanOrEqual(LEVEL);
          }
        });
      }
    }
  });
}
