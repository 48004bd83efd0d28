// Independent readers open the DOCX: pandoc finds every text in order; LibreOffice lays it out with real page numbers.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { writeDocx } from '../../src/writers/docx/index.js';
import { englishDraft, fixtures, parallelDraft, russianFinal, textsOf } from './fixtures.js';

const has = (tool: string) => spawnSync('which', [tool]).status === 0;
for (const tool of ['pandoc', 'soffice', 'pdftotext', 'pdffonts']) if (!has(tool)) console.warn(`tests/docx: ${tool} is not installed; its read-back tests are skipped`);

const dir = mkdtempSync(join(tmpdir(), 'cica-docx-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Whitespace squashed, and optional hyphens (w:softHyphen, read back as U+00AD) dropped: a reader sees nothing there. */
const squash = (s: string) => s.replace(/\u00ad/g, '').replace(/\s+/g, ' ');
/** Text as laid out: words hyphenated at line ends rejoined, and case dropped (styles show some text in capitals). */
const laidOut = (s: string) => squash(s.replace(/(\p{L})-\n(\p{L})/gu, '$1$2')).toLowerCase();

/** Each text appears after the previous one. */
function expectInOrder(haystack: string, texts: readonly string[]): void {
  let from = 0;
  for (const text of texts) {
    const at = haystack.indexOf(squash(text).trim(), from);
    expect(at, `"${text}" after offset ${from}`).toBeGreaterThanOrEqual(0);
    from = at + 1;
  }
}

async function file(name: string, tree: (typeof fixtures)[keyof typeof fixtures]): Promise<string> {
  const path = join(dir, `${name}.docx`);
  writeFileSync(path, await writeDocx(tree));
  return path;
}

describe.skipIf(!has('pandoc'))('pandoc reads the DOCX', () => {
  it.each(Object.entries(fixtures))('finds every text of %s in order', async (name, tree) => {
    // HTML keeps table cells in document order (row by row, cell by cell), where plain text draws the grid.
    const out = spawnSync('pandoc', ['-f', 'docx', '-t', 'html', '--wrap=none', await file(name, tree)], { encoding: 'utf8' });
    expect(out.status, out.stderr).toBe(0);
    expectInOrder(squash(out.stdout.replace(/<[^>]+>/g, '')), textsOf(tree.blocks));
  });
});

describe.skipIf(!has('soffice') || !has('pdftotext') || !has('pdffonts'))('LibreOffice opens the DOCX', () => {
  const convert = async (name: string, tree: (typeof fixtures)[keyof typeof fixtures]) => {
    const docx = await file(name, tree);
    const out = spawnSync(
      'soffice',
      [`-env:UserInstallation=file://${dir}/lo-profile-${process.pid}`, '--headless', '--convert-to', 'pdf', '--outdir', dir, docx],
      { encoding: 'utf8', timeout: 120_000 },
    );
    expect(out.status, out.stderr).toBe(0);
    const pdf = join(dir, `${name}.pdf`);
    const text = spawnSync('pdftotext', ['-raw', pdf, '-'], { encoding: 'utf8' }).stdout;
    const fonts = spawnSync('pdffonts', [pdf], { encoding: 'utf8' }).stdout;
    return { text: laidOut(text), fonts, pdf };
  };

  it('lays out the English draft in PT Serif with computed page numbers', async () => {
    const { text, fonts } = await convert('en', englishDraft);
    expectInOrder(text, textsOf(englishDraft.blocks).map((t) => t.toLowerCase()));
    expect(text).toContain('page 1 of 2');
    expect(text).toContain('page 2 of 2');
    expect(fonts).toMatch(/PTSerif-Regular/);
    expect(fonts).toMatch(/PTSerif-Bold/);
    expect(fonts).not.toMatch(/DejaVu|Liberation/);
  }, 120_000);

  it('lays out the Russian text and the parallel draft with their words and bilingual page label', async () => {
    const ru = await convert('ru', russianFinal);
    expectInOrder(ru.text, textsOf(russianFinal.blocks).map((t) => t.toLowerCase()));
    expect(ru.text).toContain('страница 1 из 1');
    const par = await convert('par', parallelDraft);
    for (const word of ['Memorandum', 'Меморандум', 'Статья 1', 'обмениваются', 'Executive Director', 'Директор']) {
      expect(par.text).toContain(word.toLowerCase());
    }
    expect(par.text).toContain('page 1 of 1 / страница 1 из 1');
    expect(readFileSync(par.pdf).subarray(0, 5).toString()).toBe('%PDF-');
  }, 120_000);
});
