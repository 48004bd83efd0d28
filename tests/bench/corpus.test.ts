// bench/corpus.mjs, the generated corpus of the bundle benchmark (issue 13 §3): every agreement validates clean (with
// the font check drafting runs), the same count gives the same bytes, no two files share a text, and it has every kind.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
// bench/corpus.mjs is plain JavaScript (no types): vitest does not type-check tests.
import { generateCorpus } from '../../bench/corpus.mjs';
import { loadAgreement } from '../../src/model/index.js';
import { canSet } from '../../src/layout/fonts.js';

const dirs: string[] = [];
const corpus = (count: number): string[] => {
  const dir = mkdtempSync(join(tmpdir(), 'cica-corpus-'));
  dirs.push(dir);
  return generateCorpus(dir, count) as string[];
};
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

describe('bench corpus', () => {
  const files = corpus(100);

  it('has 100 distinct files of every kind, in varied sizes', () => {
    expect(files).toHaveLength(100);
    const texts = files.map((f) => readFileSync(f, 'utf8').replace(/^#.*\n/, ''));
    expect(new Set(texts).size).toBe(100);
    const kinds = new Set(files.map((f) => f.replace(/^.*\d{3}-|\.yaml$/g, '')));
    expect([...kinds].sort()).toEqual(['agreement', 'memorandum', 'note', 'protocol']);
    const sizes = texts.map((t) => t.length).sort((a, b) => a - b);
    expect(sizes[99]! / sizes[0]!).toBeGreaterThan(5);
  });

  it('gives the same bytes for the same count', () => {
    const again = corpus(100);
    expect(again.map((f) => readFileSync(f, 'utf8'))).toEqual(files.map((f) => readFileSync(f, 'utf8')));
  });

  it('validates clean, every file', async () => {
    for (const file of files) {
      const r = await loadAgreement(file, { canSet });
      expect({ file, ok: r.ok, diagnostics: r.diagnostics }).toEqual({ file, ok: true, diagnostics: [] });
    }
  });
});
