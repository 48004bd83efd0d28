// A syntax error is explained at its cause (issue 10 §5): the colon inside an unquoted text, in a block map and
// in braces alike, says "put the text in quotes" at the colon rather than the YAML library's own words.
import { describe, expect, it } from 'vitest';
import { checkAgreementText } from '../../src/model/index.js';

const first = (text: string) => {
  const d = checkAgreementText(text, 'a.yaml').diagnostics[0]!;
  return { code: d.code, at: `${d.span?.start.line}:${d.span?.start.col}`, message: d.message, hint: d.hint };
};

describe('a colon inside an unquoted text', () => {
  it.each([
    ['a block map', 'kind: memorandum\ntitle:\n  en: Memorandum: on cooperation\n', '3:17'],
    ['braces', 'kind: memorandum\ntitle: { en: Memorandum: on cooperation, ru: Меморандум }\n', '2:24'],
    ['braces in a list', 'kind: memorandum\nrecitals:\n  - { en: The Parties agree: to act, ru: Стороны }\n', '3:28'],
  ])('in %s is reported at the colon, with the fix', (_, text, at) => {
    const d = first(text);
    expect([d.code, d.at]).toEqual(['YAML_SYNTAX', at]);
    expect(d.message).toBe('A colon followed by a space inside a text makes YAML read a new key here.');
    expect(d.hint).toMatch(/^Put the text in quotes/);
  });

  it('a quoted text with a colon in braces is no error of syntax', () => {
    expect(checkAgreementText('kind: memorandum\ntitle: { en: "Memorandum: on cooperation", ru: Меморандум }\n', 'a.yaml').diagnostics.map((d) => d.code)).not.toContain('YAML_SYNTAX');
  });
});
