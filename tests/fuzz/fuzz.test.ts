// Fuzz (issue 10, "Must show"): mutated samples and generated agreements never make cica throw, crash the
// validate report (exit 3) or lose text, and each is answered in bounded time. CICA_FUZZ_RUNS=1000 for the
// nightly-size run; the default keeps the suite fast.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { runValidate } from '../../src/cli/validate.js';
import { printDocument } from '../../src/document/index.js';
import { checkAgreementText } from '../../src/model/index.js';
import type { Agreement, Lang } from '../../src/model/types.js';
import { renderDocument } from '../../src/templates/index.js';
import { capture } from '../cli-validate/capture.js';
import { templates } from '../templates/helpers.js';
import { generatedAgreement, mutatedSample, RUNS } from './mutate.js';

const dir = mkdtempSync(join(tmpdir(), 'cica-fuzz-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
/** Per input: generous, a guard against hangs and blow-ups only (bench measures speed). */
const BOUND_MS = 5_000;
const TIMEOUT = Math.max(120_000, RUNS * 600);

/** Every diagnostic is a value a person can act on: a code, a sentence, a place inside the file. */
function wellFormed(text: string, diagnostics: readonly { code: string; message: string; span?: { start: { line: number; col: number } } }[]): void {
  const lines = text.split('\n').length;
  for (const d of diagnostics) {
    expect(d.code).toMatch(/^[A-Z][A-Z0-9_]+$/);
    expect(d.code).not.toBe('INTERNAL_ERROR');
    expect(d.message.length).toBeGreaterThan(10);
    expect(d.message).not.toMatch(/\[object |function |undefined|NaN/);
    expect(d.span, d.code).toBeDefined();
    expect(d.span!.start.line).toBeGreaterThanOrEqual(1);
    expect(d.span!.start.line).toBeLessThanOrEqual(lines + 1);
    expect(d.span!.start.col).toBeGreaterThanOrEqual(1);
  }
}

/** The words (three letters or more) of the agreement's own texts in `lang`, references cut out (they become
 *  words such as "Article 2"): each must stand in the rendered tree, or text was lost. */
function sourceWords(a: Agreement, lang: Lang): string[] {
  const words: string[] = [];
  const visit = (v: unknown): void => {
    if (Array.isArray(v)) v.forEach(visit);
    else if (v && typeof v === 'object') {
      const t = (v as { text?: Record<string, unknown> }).text;
      if (t && typeof t[lang] === 'string') words.push(...((t[lang] as string).replace(/\[\[[^\]]*\]\]/g, ' ').match(/\p{L}{3,}/gu) ?? []));
      for (const [k, x] of Object.entries(v)) if (k !== 'text' && k !== 'src') visit(x);
    }
  };
  visit(a);
  return words;
}

function timed<T>(run: () => T): T {
  const start = performance.now();
  const out = run();
  expect(performance.now() - start).toBeLessThan(BOUND_MS);
  return out;
}

describe(`fuzz (${RUNS} runs a property)`, () => {
  it('mutated samples: diagnostics or an agreement, never an exception, each in bounded time', () => {
    fc.assert(fc.property(mutatedSample, ({ name, text }) => {
      const r = timed(() => checkAgreementText(text, name));
      wellFormed(text, r.diagnostics);
      if (!r.ok) expect(r.diagnostics.some((d) => d.severity === 'error')).toBe(true);
    }), { numRuns: RUNS });
  }, TIMEOUT);

  it('whatever validates renders in every layout, with every word of its texts in the tree', async () => {
    const set = await templates();
    let rendered = 0;
    let checked = 0;
    fc.assert(fc.property(fc.oneof(mutatedSample, generatedAgreement), ({ name, text }) => {
      const r = checkAgreementText(text, name);
      if (!r.ok) return;
      for (const layout of ['en', 'ru', 'parallel'] as const) {
        const tree = timed(() => renderDocument(r.value, set, { layout, order: ['en', 'ru'], creator: 'fuzz', enclosurePages: 3 }));
        if (!tree.ok) {
          wellFormed(text, tree.diagnostics.filter((d) => d.span));
          continue;
        }
        rendered++;
        // Titles print in capitals: compare in capitals.
        const printed = printDocument(tree.value).toUpperCase();
        for (const lang of layout === 'parallel' ? (['en', 'ru'] as const) : [layout]) {
          const words = sourceWords(r.value, lang);
          checked += words.length;
          expect(words.filter((w) => !printed.includes(w.toUpperCase())), `${name} ${layout}`).toEqual([]);
        }
      }
    }), { numRuns: RUNS });
    expect(rendered).toBeGreaterThan(0);
    expect(checked).toBeGreaterThan(rendered);
  }, TIMEOUT);

  it('validate --json over a batch of mutated files: one report for every file, never exit 3', async () => {
    const batches = await fc.sample(fc.array(mutatedSample, { minLength: 1, maxLength: 5 }), Math.max(1, Math.round(RUNS / 10)));
    for (const [b, batch] of batches.entries()) {
      const files = batch.map((m, i) => {
        const path = join(dir, `b${b}-${i}-${m.name}`);
        writeFileSync(path, m.text);
        return path;
      });
      const o = capture();
      const code = await runValidate(files, { json: true }, o);
      expect([0, 1]).toContain(code);
      const json = JSON.parse(o.stdout.join(''));
      expect(json.files.map((f: { file: string }) => f.file)).toEqual(files);
    }
  }, TIMEOUT);
});
