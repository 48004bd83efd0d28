// DUPLICATE_KEY names the whole key, plain or quoted, and spans it (the parser's own range is one character long).
import { describe, expect, it } from 'vitest';
import { parseAgreementText } from '../../src/reader/index.js';

const duplicates = (text: string) =>
  parseAgreementText(text, 'd.yaml').diagnostics.filter((d) => d.code === 'DUPLICATE_KEY').map((d) => ({
    key: /`([^`]+)`/.exec(d.message)?.[1],
    at: `${d.span?.start.line}:${d.span?.start.col}-${d.span?.end?.col}`,
  }));

describe('DUPLICATE_KEY', () => {
  it('names and spans a plain key and a quoted key', () => {
    expect(duplicates('cica: 1\ntitle:\n  en: A\n  en: B\n"status": draft\n"status": final\n')).toEqual([
      { key: 'en', at: '4:3-5' },
      { key: 'status', at: '6:1-9' },
    ]);
  });

  it('names a key in a flow map', () => {
    expect(duplicates('title: { en: A, en: B }\n')).toEqual([{ key: 'en', at: '1:17-19' }]);
  });
});
