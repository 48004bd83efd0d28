// An agreement of a size agreements have (issue 10 §3, found by the hostile corpus): one text over 20,000
// characters, more than 1,000 paragraphs and items, or texts over 600,000 characters in all are refused at the
// place where the file passes the cap, before anything is laid out; just under each cap is fine.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkAgreementText } from '../../src/model/index.js';
import { MAX_TEXT_LENGTH, MAX_TOTAL_LENGTH, MAX_UNITS } from '../../src/model/rules/document-size.js';

const memo = readFileSync(new URL('./fixtures/memorandum.yaml', import.meta.url), 'utf8');
const ANCHOR = '      - id: exchange-open\n';
const lineOf = (text: string, find: string) => text.slice(0, text.indexOf(find)).split('\n').length;
const found = (text: string) => checkAgreementText(text, 'm.yaml').diagnostics
  .filter((d) => d.code === 'TEXT_TOO_LONG' || d.code === 'DOCUMENT_TOO_LARGE').map((d) => `${d.code} ${d.span?.start.line}:${d.span?.start.col} ${d.field}`);

/** The memorandum with `n` more paragraphs before its first, each of `words` × "word " in English. */
function paragraphs(n: number, words = 1): string {
  const extra = Array.from({ length: n }, (_, i) => `      - en: Paragraph ${i} ${'word '.repeat(words).trim()}.\n        ru: Абзац ${i}.\n`).join('');
  return memo.replace(ANCHOR, extra + ANCHOR);
}

describe('the size of an agreement', () => {
  it(`one text over ${MAX_TEXT_LENGTH} characters is TEXT_TOO_LONG at its start; one of exactly that is fine`, () => {
    const at = (len: number) => memo.replace('en: hold consultations.', `en: ${'x'.repeat(len)}`);
    expect(found(at(MAX_TEXT_LENGTH))).toEqual([]);
    const long = at(MAX_TEXT_LENGTH + 1);
    expect(found(long)).toEqual([`TEXT_TOO_LONG ${lineOf(long, 'xxxx')}:17 articles[0].paragraphs[1].items[1].en`]);
  });

  it(`more than ${MAX_UNITS} paragraphs and items is DOCUMENT_TOO_LARGE at the first past the cap`, () => {
    // How many units the fixture has (title, subtitle, preamble, paragraphs, items, signatories' titles …), from
    // the count the message gives for a file surely over the cap.
    const message = checkAgreementText(paragraphs(MAX_UNITS), 'm.yaml').diagnostics.find((d) => d.code === 'DOCUMENT_TOO_LARGE')!.message;
    const own = Number(/has ([\d,]+) paragraphs/.exec(message)![1]!.replace(/,/g, '')) - MAX_UNITS;
    expect(own).toBeGreaterThan(5);
    expect(found(paragraphs(MAX_UNITS - own))).toEqual([]);
    // One more: the unit past the cap is the file's last, the second signatory's title.
    const over = paragraphs(MAX_UNITS - own + 1);
    expect(found(over)).toEqual([`DOCUMENT_TOO_LARGE ${over.slice(0, over.lastIndexOf('title: { en: Secretary General')).split('\n').length}:12 signatories[1].title`]);
  });

  it(`texts over ${MAX_TOTAL_LENGTH} characters in all are DOCUMENT_TOO_LARGE where the total passes it, once`, () => {
    const words = Math.floor((MAX_TEXT_LENGTH - 40) / 5); // each paragraph just under the one-text cap
    const n = Math.ceil(MAX_TOTAL_LENGTH / (words * 5)) + 2;
    const list = found(paragraphs(n, words));
    expect(list).toHaveLength(1);
    const para = Number(/paragraphs\[(\d+)\]/.exec(list[0]!)![1]);
    expect(para * words * 5).toBeLessThan(MAX_TOTAL_LENGTH + 2 * words * 5);
    expect(para * words * 5).toBeGreaterThan(MAX_TOTAL_LENGTH - 2 * words * 5);
    expect(found(paragraphs(n - 6, words))).toEqual([]);
  });
});
