// Issue 3: every sample drafts to three DOCX files that pandoc reads back with every unit, in order, in the right language.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadAgreement } from '../../src/model/index.js';
import type { Agreement } from '../../src/model/types.js';
import { SAMPLES, cica, has, run, tempDir, ROOT } from './tools.js';
import { findUnits, hasCyrillic, letters, unitsInOrder } from './units.js';

const LAYOUTS = ['en', 'ru', 'parallel'] as const;
const out = tempDir('docx');
const agreements = new Map<string, Agreement>();

beforeAll(async () => {
  const r = cica(['draft', ...SAMPLES, '--format', 'docx', '--out', out]);
  expect(r.stderr).not.toMatch(/error/i);
  expect(r.status).toBe(0);
  for (const file of SAMPLES) {
    const loaded = await loadAgreement(join(ROOT, file));
    if (!loaded.ok) throw new Error(`${file} does not load`);
    agreements.set(file, loaded.value);
  }
});

const base = (file: string) => file.replace(/^.*\//, '').replace(/\.yaml$/, '');

/** The text pandoc reads, in document order. Through HTML, which keeps a table's cells one after the other: plain
 *  text draws a grid, where the lines of a cell with line breaks (a parallel title) interleave with its neighbour's. */
function pandocText(path: string): string {
  const r = run('pandoc', ['-f', 'docx', '-t', 'html', '--wrap=none', path]);
  expect(r.status, r.stderr).toBe(0);
  const entities: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };
  return r.stdout
    .replace(/<br\s*\/?>|<\/(?:p|td|th|li|h\d)>/g, '\n')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&(#x?[0-9a-f]+|[a-z]+);/gi, (m, e: string) =>
      e[0] === '#' ? String.fromCodePoint(parseInt(e.slice(e[1] === 'x' ? 2 : 1), e[1] === 'x' ? 16 : 10)) : entities[e] ?? m);
}

/** One column of pandoc's grid tables (0 left, 1 right), its cells' lines in order, with the text outside tables:
 *  a cell holding a line break (a title in lines, docs/format.md) spans several lines, which read across
 *  interleave the two languages. (Tables nested in a cell, as the execution clause's, are not taken apart.) */
function column(text: string, index: number): string {
  return text.split('\n').map((line) => {
    if (/^\+[-=+:]*\+$/.test(line.trim())) return '';
    if (!line.startsWith('|')) return line;
    return line.split('|')[index + 1] ?? '';
  }).join('\n');
}

describe.skipIf(!has('pandoc'))('pandoc reads every DOCX back', () => {
  it('wrote three DOCX files per sample', () => {
    expect(SAMPLES.length).toBeGreaterThanOrEqual(5);
  });

  for (const file of SAMPLES) {
    for (const layout of LAYOUTS) {
      it(`${base(file)}.${layout}.docx holds every unit in order, in the right language`, () => {
        const a = agreements.get(file)!;
        const text = pandocText(join(out, `${base(file)}.${layout}.docx`));
        const haystack = letters(text);
        const units = unitsInOrder(a);
        if (layout === 'parallel') {
          // A unit broken into lines is read in its own column (English left, Russian right), the rest in order.
          (['en', 'ru'] as const).forEach((lang, i) => {
            const inLines = (u: (typeof units)[number]) => u.text[lang].includes('\n');
            expect(findUnits(haystack, units.filter((u) => !inLines(u)), lang)).toEqual([]);
            expect(findUnits(letters(column(text, i)), units.filter(inLines), lang)).toEqual([]);
          });
        } else {
          expect(findUnits(haystack, units, layout)).toEqual([]);
        }

        // Only the layout's language: the other's units are absent (the note's bilingual letterhead aside).
        const others = units.filter((u) => !u.where.startsWith('letterhead'));
        if (layout === 'en') {
          // Typography makes some spaces no-break ones (a date, «в Азии» in the letterhead): compare words.
          let rest = text.replace(/\u00a0/g, ' ');
          if (a.kind === 'note') for (const line of a.letterhead) rest = rest.split(line.ru).join('');
          expect(hasCyrillic(rest), 'Cyrillic in an English text').toBe(false);
        }
        if (layout === 'ru') {
          const english = others.filter((u) => letters(u.text.en).length > 24 && letters(u.text.en) !== letters(u.text.ru));
          for (const u of english) expect(haystack.includes(letters(u.text.en)), `${u.where} in English`).toBe(false);
        }
      });
    }
  }
});

describe.skipIf(!has('soffice'))('LibreOffice opens every DOCX', () => {
  it('converts every sample DOCX to PDF without error', () => {
    const pdfDir = tempDir('lo');
    const files = SAMPLES.flatMap((f) => LAYOUTS.map((l) => join(out, `${base(f)}.${l}.docx`)));
    const r = run('soffice', [`-env:UserInstallation=file://${pdfDir}/profile`, '--headless', '--convert-to', 'pdf', '--outdir', pdfDir, ...files]);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stderr).not.toMatch(/error/i);
    for (const f of files) {
      const pdf = join(pdfDir, f.replace(/^.*\//, '').replace(/\.docx$/, '.pdf'));
      expect(readFileSync(pdf).subarray(0, 5).toString()).toBe('%PDF-');
      if (has('pdftotext')) {
        const text = run('pdftotext', [pdf, '-']).stdout;
        expect(letters(text).length).toBeGreaterThan(200);
      }
    }
  });
});
