// Big generated inputs under the 2 MiB cap are answered, not hung on (issue 10 §3): duplicate keys in linear time,
// did-you-mean bounded. Results are asserted; time only as a generous guard (bench measures speed).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { MAX_DIAGNOSTICS } from '../../src/diagnostics/index.js';
import { checkAgreementText } from '../../src/model/index.js';
import { MAX_FILE_BYTES, parseAgreementText } from '../../src/reader/index.js';

const memorandum = readFileSync(new URL('../model/fixtures/memorandum.yaml', import.meta.url), 'utf8');
const GUARD_MS = 30_000;

function timed<T>(run: () => T): T {
  const start = performance.now();
  const out = run();
  expect(performance.now() - start).toBeLessThan(GUARD_MS);
  return out;
}

describe('big inputs', () => {
  it('60,000 keys, every second one a duplicate: each duplicate reported at its key', () => {
    const keys = Array.from({ length: 60_000 }, (_, i) => `k${i % 30_000}: 1\n`).join('');
    const text = `cica: 1\n${keys}`;
    expect(text.length).toBeLessThan(MAX_FILE_BYTES);
    const r = timed(() => parseAgreementText(text, 'k.yaml'));
    const dups = r.diagnostics.filter((d) => d.code === 'DUPLICATE_KEY');
    expect(dups).toHaveLength(30_000);
    expect(dups[0]!.span).toEqual({ file: 'k.yaml', start: { line: 30_002, col: 1 }, end: { line: 30_002, col: 3 } });
    expect(dups.at(-1)!.message).toContain('`k29999`');
  });

  it('keys that YAML tells apart are not duplicates: 1 and "1", a and "a " ', () => {
    const r = parseAgreementText('1: x\n"1": y\na: x\n"a ": y\n\'a\': z\n', 'k.yaml');
    expect(r.diagnostics.map((d) => `${d.code} ${d.span!.start.line}:${d.span!.start.col}-${d.span!.end!.col}`)).toEqual(['DUPLICATE_KEY 5:1-4']);
  });

  it('a 40,000-character id and a reference with a typo in it: reported, nothing suggested', () => {
    const long = 'a'.repeat(40_000);
    const text = memorandum.replace('- id: art-exchange', `- id: ${long}`).replace('[[art-exchange]]', `[[${long}b]]`).replace('[[art-exchange:gen]]', `[[${long}:gen]]`);
    const r = timed(() => checkAgreementText(text, 'long.yaml'));
    const refs = r.diagnostics.filter((d) => d.code === 'BAD_CROSS_REFERENCE');
    expect(refs).toHaveLength(1);
    expect(refs[0]!.hint ?? '').not.toContain('Did you mean');
  });

  it('20,000 ids and 20,000 unknown references: every reference reported', () => {
    const ids = Array.from({ length: 20_000 }, (_, i) => `      - id: p${i}\n        en: x\n        ru: х\n`).join('');
    const refs = Array.from({ length: 20_000 }, (_, i) => `[[q${i}]]`).join(' ');
    const text = memorandum.replace('  - id: art-final\n    paragraphs:\n', `  - id: art-final\n    paragraphs:\n${ids}`).replace('Disputes under [[art-exchange]]', `Disputes under ${refs}`);
    expect(text.length).toBeLessThan(MAX_FILE_BYTES);
    const r = timed(() => checkAgreementText(text, 'refs.yaml'));
    // Every one found; the first MAX_DIAGNOSTICS shown and the rest counted. 20,000 paragraphs and a 180,000-character
    // text are also refused for their size (DOCUMENT_TOO_LARGE, TEXT_TOO_LONG), once each.
    const shown = r.diagnostics.slice(0, -1).map((d) => d.code);
    expect(shown).toHaveLength(MAX_DIAGNOSTICS);
    expect(shown.filter((c) => c !== 'BAD_CROSS_REFERENCE').sort()).toEqual(['DOCUMENT_TOO_LARGE', 'TEXT_TOO_LONG']);
    expect(r.diagnostics.at(-1)!.code).toBe('TOO_MANY_PROBLEMS');
    expect(r.diagnostics.at(-1)!.message).toMatch(/^19502 more problems \(20002 in all\)/);
    expect(r.diagnostics.find((d) => d.code === 'BAD_CROSS_REFERENCE')!.hint).toBe('Did you mean `p0`?');
  });

  it('a text with 200,000 numbers in one language and none in the other: one warning, in linear time', () => {
    const numbers = Array.from({ length: 200_000 }, (_, i) => String(i % 1000)).join(' ');
    const text = memorandum.replace('en: based on the intention to develop interaction,', `en: "${numbers}"`);
    const r = timed(() => checkAgreementText(text, 'n.yaml'));
    // (Refused for its size too: one text of 780,000 characters, over the total as well.)
    expect(r.diagnostics.map((d) => d.code).sort()).toEqual(['DOCUMENT_TOO_LARGE', 'NUMBER_MISMATCH', 'TEXT_TOO_LONG']);
  });
});
