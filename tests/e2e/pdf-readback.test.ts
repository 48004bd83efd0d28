// Issue 4: every sample and layout gives a PDF that qpdf, pdffonts, mutool and pdftotext accept, with every unit's words in order.
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadAgreement } from '../../src/model/index.js';
import type { Agreement, Lang } from '../../src/model/types.js';
import { SAMPLES, cica, has, run, tempDir, ROOT } from './tools.js';
import { findUnits, hasCyrillic, letters, unitsInOrder } from './units.js';

const LAYOUTS = ['en', 'ru', 'parallel'] as const;
const out = tempDir('pdf');
const agreements = new Map<string, Agreement>();
const base = (file: string) => file.replace(/^.*\//, '').replace(/\.yaml$/, '');

beforeAll(async () => {
  const r = cica(['draft', ...SAMPLES, '--format', 'pdf', '--out', out]);
  expect(r.status, r.stderr).toBe(0);
  for (const file of SAMPLES) {
    const loaded = await loadAgreement(join(ROOT, file));
    if (!loaded.ok) throw new Error(`${file} does not load`);
    agreements.set(file, loaded.value);
  }
});

function pageSize(pdf: string): { width: number; height: number } {
  const info = run('pdfinfo', [pdf]).stdout;
  const m = /Page size:\s+([\d.]+) x ([\d.]+)/.exec(info);
  return { width: Number(m?.[1] ?? 595), height: Number(m?.[2] ?? 842) };
}

/** pdftotext of the text area of every page (the footer's page label cut off, so a paragraph running on to the next
 *  page reads on), whole or the left or right half (the columns of a parallel text). */
function pdfText(pdf: string, half?: 'left' | 'right'): string {
  const { width, height } = pageSize(pdf);
  const x = half === 'right' ? Math.floor(width / 2) : 0;
  const w = half ? Math.ceil(width / 2) : Math.ceil(width);
  // The layout's bottom margin is 25 mm (70.9 pt); the page label sits inside it.
  const h = Math.floor(height - 62);
  // A column is read in content-stream order (-raw): pdftotext's reading-order guess reorders the blocks of a column
  // around the gaps that row alignment leaves, which says nothing about the document.
  const mode = half ? ['-raw'] : [];
  return run('pdftotext', [...mode, '-x', String(x), '-y', '0', '-W', String(w), '-H', String(h), pdf, '-']).stdout;
}

describe.skipIf(!has('qpdf'))('qpdf --check', () => {
  for (const file of SAMPLES) for (const layout of LAYOUTS) {
    it(`${base(file)}.${layout}.pdf is structurally clean`, () => {
      const r = run('qpdf', ['--check', join(out, `${base(file)}.${layout}.pdf`)]);
      expect(r.stdout + r.stderr).toMatch(/No syntax or stream encoding errors found/);
      expect(r.status).toBe(0);
    });
  }
});

describe.skipIf(!has('pdffonts'))('pdffonts', () => {
  for (const file of SAMPLES) for (const layout of LAYOUTS) {
    it(`${base(file)}.${layout}.pdf embeds and subsets every font`, () => {
      const r = run('pdffonts', [join(out, `${base(file)}.${layout}.pdf`)]);
      const rows = r.stdout.trim().split('\n').slice(2);
      expect(rows.length).toBeGreaterThan(0);
      for (const row of rows) {
        expect(row).toMatch(/^[A-Z]{6}\+PTSerif/);
        // columns: name type encoding emb sub uni object ID
        expect(row).toMatch(/\s+yes\s+yes\s+yes\s+\d+\s+\d+\s*$/);
      }
    });
  }
});

describe.skipIf(!has('mutool'))('mutool draw', () => {
  for (const file of SAMPLES) for (const layout of LAYOUTS) {
    it(`${base(file)}.${layout}.pdf renders with no warning`, () => {
      const r = run('mutool', ['draw', '-q', '-o', '/dev/null', '-F', 'png', join(out, `${base(file)}.${layout}.pdf`)]);
      expect(r.status).toBe(0);
      // Debian's mupdf is built without ICC support and says so for every PDF; any other line is about our file.
      const warnings = r.stderr.split('\n').filter((l) => l.trim() && l.trim() !== 'warning: ICC support is not available');
      expect(warnings).toEqual([]);
    });
  }
});

describe.skipIf(!has('pdftotext'))('pdftotext', () => {
  for (const file of SAMPLES) for (const layout of LAYOUTS) {
    it(`${base(file)}.${layout}.pdf holds every unit's words in order, in the right language`, () => {
      const a = agreements.get(file)!;
      const pdf = join(out, `${base(file)}.${layout}.pdf`);
      const units = unitsInOrder(a);
      if (layout === 'parallel') {
        // English left, Russian right (the default order); signature columns are checked for presence over the page.
        const whole = letters(pdfText(pdf));
        for (const [lang, half] of [['en', 'left'], ['ru', 'right']] as [Lang, 'left' | 'right'][]) {
          const column = letters(pdfText(pdf, half));
          expect(findUnits(column, units.filter((u) => !u.unordered), lang)).toEqual([]);
          expect(findUnits(whole, units.filter((u) => u.unordered), lang)).toEqual([]);
        }
        return;
      }
      const text = pdfText(pdf);
      expect(findUnits(letters(text), units, layout)).toEqual([]);
      if (layout === 'en') {
        let rest = letters(text);
        if (a.kind === 'note') for (const line of a.letterhead) rest = rest.split(letters(line.ru)).join('');
        expect(hasCyrillic(rest), 'Cyrillic in an English text').toBe(false);
      }
    });
  }
});
