// The bilingual check, code by code: each change made in one language only is found at its line in the new file, and
// the same change made in both languages is not; typography (no-break spaces, quotes) is never a change.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { diffInlines } from '../../src/diff/words.js';

const ROOT = resolve(__dirname, '../..');
const BASE = readFileSync(join(ROOT, 'tests/fixtures/diff/eco-cis-round-1.yaml'), 'utf8')
  .replace('within thirty days of the entry', 'within 30 days of the entry').replace('тридцати дней', '30 дней')
  .replace('Psychotropic Substances of 1988,', 'Psychotropic Substances of 20 December 1988,').replace('психотропных веществ 1988 года,', 'психотропных веществ от 20 декабря 1988 года,');
const work = mkdtempSync(join(tmpdir(), 'cica-bilingual-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

function findings(edit: (yaml: string) => string): { code: string; line: number }[] {
  const before = join(work, 'before.yaml');
  const after = join(work, `after-${Math.random().toString(36).slice(2)}.yaml`);
  writeFileSync(before, BASE);
  const text = edit(BASE);
  expect(text, 'the edit applies').not.toBe(BASE);
  writeFileSync(after, text);
  const r = spawnSync(process.execPath, [join(ROOT, 'bin/cica'), 'diff', before, after, '--out', join(work, 'out'), '--layout', 'en', '--format', 'pdf', '--json'], { encoding: 'utf8' });
  expect(r.status, r.stderr).toBe(0);
  return JSON.parse(r.stdout).findings.map((f: { code: string; line: number }) => ({ code: f.code, line: f.line }));
}

const lineOf = (text: string, needle: string) => text.slice(0, text.indexOf(needle)).split('\n').length;

describe('the bilingual check', () => {
  it('is silent when a change is made in both languages', () => {
    expect(findings((y) => y.replace('30 days', '60 days').replace('30 дней', '60 дней'))).toEqual([]);
  });

  it('finds a number changed in English only', () => {
    const found = findings((y) => y.replace('30 days', '60 days'));
    expect(found.map((f) => f.code).sort()).toEqual(['CHANGED_IN_ONE_LANGUAGE', 'NUMBER_CHANGED_IN_ONE_LANGUAGE']);
  });

  it('finds a number changed in Russian only, at the Russian text', () => {
    const edited = BASE.replace('30 дней', '45 дней');
    const found = findings(() => edited);
    expect(found).toContainEqual({ code: 'NUMBER_CHANGED_IN_ONE_LANGUAGE', line: lineOf(edited, 'Каждая из Сторон назначает') - 1 });
  });

  it('finds a month changed in one language only (the numbers alike)', () => {
    const found = findings((y) => y.replace('20 December 1988', '20 November 1988'));
    expect(found.map((f) => f.code)).toContain('DATE_CHANGED_IN_ONE_LANGUAGE');
    expect(found.map((f) => f.code)).not.toContain('NUMBER_CHANGED_IN_ONE_LANGUAGE');
  });

  it('finds a cross-reference changed in one language only', () => {
    const found = findings((y) => y.replace('points designated under [[art-focal-points]]', 'points designated under [[art-expenses]]'));
    expect(found.map((f) => f.code).sort()).toEqual(['CHANGED_IN_ONE_LANGUAGE', 'REFERENCE_CHANGED_IN_ONE_LANGUAGE']);
  });

  it('finds a paragraph added in English only (its Russian copied from another)', () => {
    const copy = `      - en: The working group may invite observers from other international organisations.
        ru: >-
          Рабочая группа собирается не реже одного раза в год поочерёдно в месте пребывания каждой
          из Сторон, если Стороны не договорятся об ином.
`;
    const found = findings((y) => y.replace('      - en: The plan referred to in [[wg-plan]]', `${copy}      - en: The plan referred to in [[wg-plan]]`));
    expect(found.map((f) => f.code)).toContain('ADDED_IN_ONE_LANGUAGE');
  });

  it('finds a paragraph removed in English only (its Russian left in another)', () => {
    const found = findings((y) => y.replace(
      `      - en: The plan referred to in [[wg-plan]] shall be approved by the heads of the Parties.
        ru: План, указанный в [[wg-plan:pre]], утверждается руководителями Сторон.
`, '').replace('Стороны создают трёхстороннюю рабочую группу экспертов, которая:', 'План, указанный в [[wg-plan:pre]], утверждается руководителями Сторон.'));
    expect(found.map((f) => f.code)).toContain('REMOVED_IN_ONE_LANGUAGE');
  });
});

describe('a note verbale', () => {
  it('finds a date changed in English only beside a deadline changed in both (the dates no longer match)', () => {
    const dir = mkdtempSync(join(work, 'note-'));
    const note = readFileSync(join(ROOT, 'agreements/note-18-4-58emb.yaml'), 'utf8');
    writeFileSync(join(dir, 'csto-cica-memorandum.yaml'), readFileSync(join(ROOT, 'agreements/csto-cica-memorandum.yaml')));
    writeFileSync(join(dir, 'a.yaml'), note);
    const edited = note.replace('deadline: 2020-03-21', 'deadline: 2020-03-28').replace('External Relations of 14 March 2007', 'External Relations of 14 May 2007');
    expect(edited).not.toBe(note);
    writeFileSync(join(dir, 'b.yaml'), edited);
    const r = spawnSync(process.execPath, [join(ROOT, 'bin/cica'), 'diff', join(dir, 'a.yaml'), join(dir, 'b.yaml'), '--out', join(dir, 'out'), '--layout', 'en', '--format', 'pdf', '--json'], { encoding: 'utf8' });
    expect(r.status, r.stderr).toBe(0);
    const json = JSON.parse(r.stdout);
    expect(json.findings.map((f: { code: string }) => f.code)).toEqual(['DATE_CHANGED_IN_ONE_LANGUAGE']);
    expect(json.findings[0].message).toContain('2007-05-14');
    expect(json.summary).toMatchObject({ changed: 1, inserted: 0, deleted: 0 });
  });
});

describe('docs/diff.md', () => {
  it('lists every code src/diff reports', () => {
    const doc = readFileSync(join(ROOT, 'docs/diff.md'), 'utf8');
    const codes = new Set<string>();
    for (const f of ['bilingual.ts', 'index.ts']) for (const m of readFileSync(join(ROOT, 'src/diff', f), 'utf8').matchAll(/'([A-Z][A-Z_]+_(?:IN_ONE_LANGUAGE|NOT_COMPARABLE))'/g)) codes.add(m[1]!);
    expect(codes.size).toBeGreaterThanOrEqual(7);
    for (const code of codes) expect(doc, code).toContain(`| \`${code}\` |`);
  });
});

describe('word differences as printed', () => {
  const t = (text: string, lang: 'en-GB' | 'ru-RU' = 'ru-RU') => ({ kind: 'text' as const, text, lang });
  it('take a no-break space for a space', () => {
    expect(diffInlines([t('в рамках своих целей')], [t('в\u00a0рамках своих целей')]).changed).toBe(false);
  });
  it('mark a replaced word as a deletion and an insertion, the rest as the new text has it', () => {
    const d = diffInlines([t('within thirty days', 'en-GB')], [t('within sixty days', 'en-GB')]);
    expect(d.inlines).toEqual([t('within ', 'en-GB'), { kind: 'deleted', children: [t('thirty', 'en-GB')] }, { kind: 'inserted', children: [t('sixty', 'en-GB')] }, t(' days', 'en-GB')]);
  });
  it('keep emphasis around the words that have it', () => {
    const d = diffInlines([t('a '), { kind: 'emphasis', children: [t('b c')] }], [t('a '), { kind: 'emphasis', children: [t('b d')] }]);
    expect(d.inlines).toEqual([t('a '), { kind: 'emphasis', children: [t('b ')] }, { kind: 'deleted', children: [{ kind: 'emphasis', children: [t('c')] }] }, { kind: 'inserted', children: [{ kind: 'emphasis', children: [t('d')] }] }]);
  });
  it('know a cross-reference by its target and its text: a renumbering is a tracked change of the number alone', () => {
    const ref = (n: number) => ({ kind: 'crossReference' as const, target: 'art-x', children: [t(`Article ${n}`, 'en-GB')] });
    expect(diffInlines([t('under ', 'en-GB'), ref(3)], [t('under ', 'en-GB'), ref(3)]).changed).toBe(false);
    const renumbered = diffInlines([t('under ', 'en-GB'), ref(3)], [t('under ', 'en-GB'), ref(4)]);
    expect(renumbered.inlines).toEqual([t('under ', 'en-GB'), { kind: 'deleted', children: [ref(3)] }, { kind: 'inserted', children: [ref(4)] }]);
  });
});
