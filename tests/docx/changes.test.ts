// Insertions and deletions in the document tree (a redline's marks): every writer shows them, and independent readers
// see them as changes. Word: pandoc accepts or rejects each tracked change; the PDF: both words are there, coloured,
// underlined or struck, with a change bar beside the line.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { Block, DocumentTree, Inline, LangTag, Paragraph } from '../../src/document/index.js';
import { pageLabelOf, printDocument } from '../../src/document/index.js';
import { layoutDocument } from '../../src/layout/index.js';
import { CHANGE_STYLE } from '../../src/layout/lines.js';
import type { RuleItem, TextItem } from '../../src/layout/types.js';
import { writeDocx } from '../../src/writers/docx/index.js';
import { writePdf } from '../../src/writers/pdf/index.js';
import { styles } from './fixtures.js';

const has = (tool: string) => spawnSync('which', [tool]).status === 0;
for (const tool of ['pandoc', 'pdftotext']) if (!has(tool)) console.warn(`tests/docx/changes: ${tool} is not installed; its read-back tests are skipped`);

const dir = mkdtempSync(join(tmpdir(), 'cica-changes-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const t = (text: string, lang: LangTag = 'en-GB'): Inline => ({ kind: 'text', text, lang });
const p = (style: string, children: Inline[], extra: Partial<Paragraph> = {}): Paragraph => ({ kind: 'paragraph', style, role: 'paragraph', lang: 'en-GB', children, ...extra });

function redline(): DocumentTree {
  const blocks: Block[] = [
    p('title', [t('Memorandum')], { role: 'title', unit: '@title' }),
    p('body', [t('The Parties shall '), { kind: 'deleted', children: [t('consider')] }, { kind: 'inserted', children: [t('develop')] }, t(' cooperation.')], { unit: 'a.p1', label: '1.' }),
    p('body', [t('Consultations shall be held annually.')], { unit: 'a.p2', label: '2.', change: { kind: 'deleted' } }),
    p('body', [t('Experts shall meet when needed.')], { unit: 'a.p3', label: '2.', change: { kind: 'inserted' } }),
    {
      kind: 'list',
      items: [
        { label: 'i.', level: 0, unit: 'a.p3.i1', blocks: [p('list-item', [t('exchange of information;')], { role: 'itemText' })] },
        { label: 'ii.', level: 0, unit: 'a.p3.i2', change: { kind: 'inserted' }, blocks: [p('list-item', [t('joint training.')], { role: 'itemText' })] },
      ],
    },
  ];
  return {
    meta: { title: 'Memorandum', subject: 'Memorandum', author: 'CICA Secretariat', langs: ['en-GB'], date: '2021-05-04', pageLabel: pageLabelOf('Page {page} of {pages}', 'en-GB'), creator: 'cica test', revision: { author: 'Legal Officer', date: '2021-05-04' } },
    styles,
    blocks,
  };
}

const squash = (s: string) => s.replace(/\u00ad/g, '').replace(/\s+/g, ' ').trim();

function pandoc(path: string, mode: 'accept' | 'reject' | 'all'): string {
  const out = spawnSync('pandoc', ['-f', 'docx', '-t', mode === 'all' ? 'native' : 'plain', '--wrap=none', `--track-changes=${mode}`, path], { encoding: 'utf8' });
  expect(out.status, out.stderr).toBe(0);
  return mode === 'all' ? out.stdout : squash(out.stdout);
}

describe('the tree prints its changes', () => {
  it('shows inserted and deleted inlines and blocks', () => {
    const printed = printDocument(redline());
    expect(printed).toContain('[del "consider"] [ins "develop"]');
    expect(printed).toContain('| paragraph unit=a.p2 deleted');
    expect(printed).toContain('item "ii." level=0 | unit=a.p3.i2 inserted');
    expect(printed).toContain('revision: Legal Officer 2021-05-04');
  });
});

describe.skipIf(!has('pandoc'))('Word: tracked changes that pandoc reads back', () => {
  const write = async () => {
    const path = join(dir, 'redline.docx');
    writeFileSync(path, await writeDocx(redline()));
    return path;
  };

  it('accepting every change gives the new text, rejecting every change the old one', async () => {
    const path = await write();
    const accepted = pandoc(path, 'accept');
    expect(accepted).toContain('The Parties shall develop cooperation.');
    expect(accepted).toContain('Experts shall meet when needed.');
    expect(accepted).toContain('joint training.');
    expect(accepted).not.toContain('consider');
    expect(accepted).not.toContain('Consultations shall be held annually.');
    const rejected = pandoc(path, 'reject');
    expect(rejected).toContain('The Parties shall consider cooperation.');
    expect(rejected).toContain('Consultations shall be held annually.');
    expect(rejected).not.toContain('develop');
    expect(rejected).not.toContain('Experts shall meet');
    expect(rejected).not.toContain('joint training');
  });

  it('marks each change with its author and date', async () => {
    const all = pandoc(await write(), 'all');
    expect(all).toMatch(/"insertion"[\s\S]*"author"\s*,\s*"Legal Officer"/);
    expect(all).toMatch(/"deletion"[\s\S]*"date"\s*,\s*"2021-05-04T00:00:00Z"/);
    expect(all.match(/"insertion"/g)!.length).toBeGreaterThanOrEqual(3);
    expect(all.match(/"deletion"/g)!.length).toBeGreaterThanOrEqual(2);
  });
});

describe('the PDF: coloured, underlined or struck through, with a change bar', () => {
  const laid = () => {
    const r = layoutDocument(redline(), { pageSize: 'A4' });
    if (!r.ok) throw new Error(JSON.stringify(r.diagnostics));
    return r.value;
  };

  it('colours inserted and deleted words and draws their lines and bars', () => {
    const items = laid().pages.flatMap((pg) => pg.items);
    const texts = items.filter((i): i is TextItem => i.kind === 'text');
    const rules = items.filter((i): i is RuleItem => i.kind === 'rule');
    const colour = (word: string) => texts.find((i) => i.text.includes(word))?.color;
    expect(colour('develop')).toEqual(CHANGE_STYLE.inserted.color);
    expect(colour('consider')).toEqual(CHANGE_STYLE.deleted.color);
    expect(colour('Consultations')).toEqual(CHANGE_STYLE.deleted.color);
    expect(colour('training')).toEqual(CHANGE_STYLE.inserted.color);
    expect(colour('Memorandum')).toBeUndefined();
    // An inserted item's label is marked too.
    expect(texts.find((i) => i.text === 'ii.')?.color).toEqual(CHANGE_STYLE.inserted.color);
    const under = rules.filter((r) => r.color === CHANGE_STYLE.inserted.color);
    const through = rules.filter((r) => r.color === CHANGE_STYLE.deleted.color);
    expect(under.length).toBeGreaterThanOrEqual(3);
    expect(through.length).toBeGreaterThanOrEqual(2);
    // The strike-through stands above the baseline, the underline below it.
    const consider = texts.find((i) => i.text.includes('consider'))!;
    expect(through.some((r) => r.y1 < consider.y && Math.abs(r.y1 - consider.y) < consider.size)).toBe(true);
    const develop = texts.find((i) => i.text.includes('develop'))!;
    expect(under.some((r) => r.y1 > develop.y)).toBe(true);
    // A bar left of the text column beside every changed line: four paragraphs' lines (the title's has none).
    const bars = rules.filter((r) => r.x1 === r.x2 && r.y2 > r.y1);
    expect(bars.length).toBe(4);
    const left = Math.min(...texts.filter((i) => !i.outline).map((i) => i.x));
    for (const bar of bars) expect(bar.x1).toBeLessThan(left);
  });

  it.skipIf(!has('pdftotext'))('holds the old and the new words for pdftotext', async () => {
    const path = join(dir, 'redline.pdf');
    writeFileSync(path, await writePdf(laid()));
    if (process.env.CICA_KEEP) writeFileSync(process.env.CICA_KEEP, await writePdf(laid()));
    const out = spawnSync('pdftotext', ['-layout', path, '-'], { encoding: 'utf8' });
    const text = squash(out.stdout);
    for (const words of ['consider', 'develop', 'Consultations shall be held annually.', 'Experts shall meet when needed.', 'joint training.']) expect(text).toContain(words);
  });
});
