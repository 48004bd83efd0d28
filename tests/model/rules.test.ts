// Semantic rules on small edits of the fixtures: warnings do not fail, fine texts pass, every problem has a field.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkAgreementText, parseInline } from '../../src/model/index.js';

const memo = readFileSync(new URL('./fixtures/memorandum.yaml', import.meta.url), 'utf8');
const edit = (from: string, to: string) => {
  expect(memo).toContain(from);
  return memo.replace(from, to);
};
const codes = (text: string) => checkAgreementText(text, 'm.yaml').diagnostics.map((d) => `${d.code} ${d.span?.start.line}:${d.span?.start.col}`);

describe('semantic rules', () => {
  it('NUMBER_MISMATCH is a warning: the agreement still loads', () => {
    const r = checkAgreementText(edit('в течение 30 дней', 'в течение 31 дня'), 'm.yaml');
    expect(r.ok).toBe(true);
    expect(r.diagnostics.map((d) => [d.code, d.severity, d.field])).toEqual([['NUMBER_MISMATCH', 'warning', 'articles[0].paragraphs[0].ru']]);
  });

  it('numbers inside cross-references and in a different order are not a mismatch', () => {
    const text = edit('en: Disputes under [[art-exchange]]', 'en: From 1 to 2 under [[art-exchange]]')
      .replace('ru: Споры в рамках [[art-exchange:gen]]', 'ru: С 2 по 1 в рамках [[art-exchange:gen]]');
    expect(codes(text)).toEqual([]);
  });

  it('escaped brackets are text, not references', () => {
    expect(parseInline('a \\[[not]] b [[yes:gen]]').inlines).toEqual([{ kind: 'text', text: 'a [[not]] b ' }, { kind: 'reference', id: 'yes', case: 'gen', written: '[[yes:gen]]', at: 13 }]);
    expect(codes(edit('assign liaison officers;', '"assign \\\\[[liaison]] officers;"'))).toEqual([]);
  });

  it('an all-Latin word in Russian text is fine ("SCO", "e-mail"), a mixed one is not', () => {
    expect(codes(edit('ru: проводить консультации.', 'ru: проводить консультации SCO по e-mail.'))).toEqual([]);
    expect(codes(edit('ru: проводить консультации.', 'ru: проводить кoнсультации.'))).toEqual(['MIXED_SCRIPT 55:28']);
  });

  it('a final memorandum needs the full date and every name, but not a place', () => {
    const text = edit('status: draft', 'status: final');
    expect(codes(text)).toEqual(['BLANK_IN_FINAL 61:9', 'BLANK_IN_FINAL 67:5', 'BLANK_IN_FINAL 69:5']);
  });

  it('finds every problem at once, each with a field and a span', () => {
    const text = edit('status: draft', 'status: finall').replace('originals: 2', 'originals: zwei').replace('[[liaison:ins]]', '[[liason:ins]]').replace('ru: назначать офицеров связи;', 'ru: " "');
    const r = checkAgreementText(text, 'm.yaml');
    expect(r.ok).toBe(false);
    expect(r.diagnostics.map((d) => d.code).sort()).toEqual(['BAD_CROSS_REFERENCE', 'BAD_VALUE', 'MISSING_TRANSLATION', 'WRONG_TYPE']);
    for (const d of r.diagnostics) {
      expect(d.field).toBeTruthy();
      expect(d.span?.file).toBe('m.yaml');
    }
    expect(r.diagnostics.find((d) => d.code === 'BAD_CROSS_REFERENCE')?.hint).toBe('Did you mean `liaison`?');
  });
});
