// MISSING_GLYPH from the model: with the font's answer (canSet), every printed character the font lacks is reported
// at the character itself, in every scalar style and in names and signatory fields; nothing without canSet.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { canSet } from '../../src/layout/fonts.js';
import { checkAgreementText } from '../../src/model/index.js';

const memo = readFileSync(new URL('./fixtures/memorandum.yaml', import.meta.url), 'utf8');
const edit = (...pairs: [string, string][]) =>
  pairs.reduce((text, [from, to]) => {
    expect(text).toContain(from);
    return text.replace(from, to);
  }, memo);
/** line:col of the first `ch` in `text`, counted here (UTF-16 columns, as editors and the reader count them). */
function at(text: string, ch: string): string {
  const before = text.slice(0, text.indexOf(ch)).split('\n');
  return `${before.length}:${before[before.length - 1]!.length + 1}`;
}
const found = (text: string, options = { canSet }) =>
  checkAgreementText(text, 'm.yaml', options).diagnostics.map((d) => `${d.code} ${d.span?.start.line}:${d.span?.start.col} ${d.field}`);

describe('MISSING_GLYPH in the model', () => {
  it('points at the character in a plain scalar, a flow map and a block scalar', () => {
    const text = edit(
      ['en: The Parties shall exchange information within', 'en: The Parties shall exchange 情報 information within'],
      ['title: { en: Secretary General, ru: Генеральный секретарь }', 'title: { en: Secretary General ☃, ru: Генеральный секретарь }'],
      ['  en: of understanding between the Secretariat of CICA and the Secretariat of the CSTO', '  en: >-\n    of understanding between\n    the Secretariat 😀 of CICA and the Secretariat of the CSTO'],
    );
    const [line, col] = at(text, '情').split(':').map(Number);
    expect(found(text)).toEqual([
      `MISSING_GLYPH ${at(text, '😀')} subtitle.en`,
      `MISSING_GLYPH ${line}:${col} articles[0].paragraphs[0].en`,
      `MISSING_GLYPH ${line}:${col! + 1} articles[0].paragraphs[0].en`,
      `MISSING_GLYPH ${at(text, '☃')} signatories[0].title.en`,
    ]);
    expect(at(text, '😀')).toBe('9:21');
  });

  it('passes every character of the fixtures, Latin and Cyrillic with «», —, №', () => {
    expect(found(memo)).toEqual([]);
  });

  it('checks only when the caller passes the font, and never ids or file names', () => {
    const text = edit(['en: The Parties shall exchange information within', 'en: The Parties shall exchange 情報 information within']);
    expect(found(text, {} as { canSet: typeof canSet })).toEqual([]);
    expect(found(edit(['status: draft', 'status: 草稿']))).not.toContain('MISSING_GLYPH');
  });
});
