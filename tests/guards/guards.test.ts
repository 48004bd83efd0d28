// Layout guards (issue 10 §2): many parties' signatures flow in rows of at most three, over pages, in the PDF and the
// DOCX; lists deeper than four levels and party names over 300 characters are refused at their field; and the
// layout's last check fails any draft that would lose text or print off the page. Every refusal leaves --out empty.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { unzipSync } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';
import { runDraft } from '../../src/cli/draft.js';
import type { DocumentTree } from '../../src/document/index.js';
import { draftAgreement, loadTemplates } from '../../src/draft.js';
import { checkPages, UNPRINTABLE } from '../../src/layout/guard.js';
import { MAX_LIST_DEPTH } from '../../src/model/rules/list-depth.js';
import { MAX_NAME_LENGTH } from '../../src/model/rules/name-length.js';
import { loadAgreement } from '../../src/model/index.js';
import { renderDocument } from '../../src/templates/index.js';
import { rowSizes } from '../../src/templates/signature-rows.js';
import { captured } from '../bundle/capture.js';
import { withListDepth, withParties, write } from './generate.js';
import { pageLabelOf } from '../../src/document/index.js';

let templates: Awaited<ReturnType<typeof loadTemplates>>;
const dir = mkdtempSync(join(tmpdir(), 'cica-guards-'));
beforeAll(async () => { templates = await loadTemplates(); });

async function draft(file: string) {
  if (!templates.ok) throw new Error('templates');
  return draftAgreement(file, { layouts: ['en', 'ru', 'parallel'], formats: ['docx', 'pdf'], order: ['en', 'ru'], pageSize: 'A4', templates: templates.value, creator: 't' });
}

const where = (r: { diagnostics: { code: string; span?: { start: { line: number; col: number } }; field?: string }[] }) =>
  r.diagnostics.filter((d) => d.severity === 'error').map((d) => [d.code, d.field, d.span?.start.line]);

/** Columns of every table grid in a DOCX body: signature tables are the grids of more than one column. */
function gridWidths(docx: Uint8Array): number[] {
  const xml = new TextDecoder().decode(unzipSync(docx)['word/document.xml']);
  return [...xml.matchAll(/<w:tblGrid>(.*?)<\/w:tblGrid>/g)].map((m) => m[1]!.split('<w:gridCol').length - 1);
}

describe('signature blocks of many parties', () => {
  it('row sizes: at most three abreast, as even as can be', () => {
    expect(rowSizes(2)).toEqual([2]);
    expect(rowSizes(3)).toEqual([3]);
    expect(rowSizes(4)).toEqual([2, 2]);
    expect(rowSizes(8)).toEqual([3, 3, 2]);
    expect(rowSizes(12)).toEqual([3, 3, 3, 3]);
    expect(rowSizes(28)).toEqual([3, 3, 3, 3, 3, 3, 3, 3, 2, 2]);
    for (let n = 1; n <= 60; n++) {
      const sizes = rowSizes(n);
      expect(sizes.reduce((a, b) => a + b, 0)).toBe(n);
      expect(Math.max(...sizes) - Math.min(...sizes)).toBeLessThanOrEqual(1);
      expect(Math.max(...sizes)).toBeLessThanOrEqual(3);
    }
  });

  for (const n of [8, 12, 28]) {
    it(`${n} parties: every layout drafts, every row at most 3 wide in the tree and the DOCX, every signatory printed`, async () => {
      const file = write(dir, `parties-${n}.yaml`, withParties(n));
      const r = await draft(file);
      expect(where(r)).toEqual([]);
      if (!r.ok || !templates.ok) return;
      const agreement = await loadAgreement(file);
      if (!agreement.ok) throw new Error('load');
      for (const layout of ['en', 'ru', 'parallel'] as const) {
        const tree = renderDocument(agreement.value, templates.value, { layout, order: ['en', 'ru'], creator: 't' });
        if (!tree.ok) throw new Error(layout);
        const rows = tree.value.blocks.filter((b) => b.kind === 'signatureBlock');
        expect(rows.map((b) => (b.kind === 'signatureBlock' ? b.columns.length : 0)), layout).toEqual(rowSizes(n));
      }
      for (const o of r.value.outputs) {
        if (o.format === 'docx') {
          // Parallel texts are two-column grids too; no grid is ever wider than three.
          expect(Math.max(...gridWidths(o.bytes)), o.fileName).toBeLessThanOrEqual(3);
          continue;
        }
        const pdf = join(dir, o.fileName);
        writeFileSync(pdf, o.bytes);
        const text = spawnSync('pdftotext', [pdf, '-'], { encoding: 'utf8' }).stdout;
        if (!text) continue; // pdftotext absent: the layout guard has already counted the glyphs
        for (let i = 1; i <= n; i++) {
          if (o.layout !== 'ru') expect(text, `${o.fileName} Signatory ${i}`).toContain(`Signatory ${i}`);
          if (o.layout !== 'en') expect(text, `${o.fileName} Подписант ${i}`).toContain(`Подписант ${i}`);
        }
      }
    }, 120_000);
  }
});

describe('names and lists the layout cannot hold are refused at their field', () => {
  it(`a party name of ${MAX_NAME_LENGTH} characters drafts (28 parties, parallel); ${MAX_NAME_LENGTH + 1} is NAME_TOO_LONG at it`, async () => {
    const name = (len: number) => (i: number) => ({ en: `State ${i} `.padEnd(len, 'x'), ru: `Государство ${i} `.padEnd(len, 'ы') });
    const fits = await draft(write(dir, 'name-300.yaml', withParties(28, name(MAX_NAME_LENGTH))));
    expect(where(fits)).toEqual([]);
    const file = write(dir, 'name-301.yaml', withParties(2, name(MAX_NAME_LENGTH + 1)));
    const r = await draft(file);
    expect(where(r).filter((w) => w[1] === 'parties[0].name.en')).toEqual([['NAME_TOO_LONG', 'parties[0].name.en', 17]]);
    expect(where(r).every((w) => w[0] === 'NAME_TOO_LONG')).toBe(true);
    const out = join(dir, 'out-name');
    expect((await captured(() => runDraft([file], { layout: ['en'], format: ['pdf'], out, order: ['en', 'ru'], pageSize: 'A4' }))).code).toBe(1);
    expect(() => readdirSync(out)).toThrow();
  }, 120_000);

  it(`a list ${MAX_LIST_DEPTH} levels deep drafts in every layout; level ${MAX_LIST_DEPTH + 1} is LIST_TOO_DEEP at its item`, async () => {
    expect(where(await draft(write(dir, 'depth-4.yaml', withListDepth(MAX_LIST_DEPTH))))).toEqual([]);
    for (const depth of [MAX_LIST_DEPTH + 1, 10, 30]) {
      const r = await draft(write(dir, `depth-${depth}.yaml`, withListDepth(depth)));
      const field = `articles[0].paragraphs[0]${'.items[0]'.repeat(MAX_LIST_DEPTH + 1)}`;
      expect(where(r), `depth ${depth}`).toEqual([['LIST_TOO_DEEP', field, expect.any(Number)]]);
    }
  }, 120_000);
});

describe('the layout guard', () => {
  const tree = (text: string): DocumentTree => ({
    meta: { title: 't', subject: '', author: '', creator: '', langs: ['en-GB'], date: '2020-01-01', pageLabel: pageLabelOf('', 'en-GB') },
    styles: {},
    blocks: [{ kind: 'paragraph', style: 'body', role: 'text', lang: 'en-GB', children: [{ kind: 'text', text, lang: 'en-GB' }] }],
  } as unknown as DocumentTree);
  const item = (text: string, x: number, y: number, width = 30) => ({ kind: 'text' as const, x, y, face: 'regular' as const, size: 12, text, width, lang: 'en-GB' as const });

  it('passes text drawn whole inside the printable area', () => {
    expect(checkPages(tree('Hello world'), [{ width: 595, height: 842, items: [item('Hello', 72, 100), item('world', 110, 100)] }])).toEqual([]);
  });

  it('a glyph past any edge or in the unprintable band is LAYOUT_OFF_PAGE, at the text\'s source', () => {
    const src = { file: 'a.yaml', start: { line: 7, col: 3 } };
    for (const [x, y, w] of [[560, 100, 60], [-5, 100, 30], [72, 850, 30], [72, 5, 30], [UNPRINTABLE - 2, 100, 30]] as const) {
      const d = checkPages(tree('Hello'), [{ width: 595, height: 842, items: [{ ...item('Hello', x, y, w), src }] }]);
      expect(d.map((x) => [x.code, x.span?.start.line]), `${x},${y}`).toEqual([['LAYOUT_OFF_PAGE', 7]]);
    }
  });

  it('text of the tree drawn on no page is LAYOUT_TEXT_LOST, counting every letter and digit', () => {
    const d = checkPages(tree('Article 12 applies'), [{ width: 595, height: 842, items: [item('Article', 72, 100), item('1', 120, 100)] }]);
    expect(d.map((x) => x.code)).toEqual(['LAYOUT_TEXT_LOST']);
    expect(d[0]!.message).toMatch(/^8 characters/); // "2" and "applies"
  });

  it('a character set as the font\'s .notdef glyph (one a stage added, past the tree\'s check) is LAYOUT_NOTDEF_GLYPH, outlines too', () => {
    const src = { file: 'a.yaml', start: { line: 4, col: 9 } };
    const text = { ...item('Hello\u2009world', 72, 100, 80), src };
    const d = checkPages(tree('Hello world'), [{ width: 595, height: 842, items: [text, { ...item('DRAFT\u{1F600}', 100, 400), outline: true }] }]);
    expect(d.map((x) => [x.code, x.span?.start.line])).toEqual([['LAYOUT_NOTDEF_GLYPH', 4], ['LAYOUT_NOTDEF_GLYPH', undefined]]);
    expect(d[0]!.message).toContain('U+2009');
    expect(d[1]!.message).toContain('U+1F600');
  });
});
