// The broken-input corpus: each case names its expected diagnostics (code and line:col) in its first line.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '../../src/diagnostics/index.js';
import { loadAgreement } from '../../src/model/index.js';

const here = dirname(fileURLToPath(import.meta.url));
const casesDir = join(here, 'cases');
const cases = readdirSync(casesDir).filter((f) => f.endsWith('.yaml')).sort();
const WARNINGS = new Set(['NUMBER_MISMATCH', 'ALTERNAT_SUBTITLE', 'ALTERNAT_SUBTITLE_UNUSED',
  /* issue 9 §6 */ 'TITLE_LINE_BREAKS', 'LINE_BREAK_IGNORED', 'ANNEX_UNREFERENCED',
  /* issue 9 §3 */ 'TITLE_MISMATCH',
  /* polish */ 'FINAL_PROVISIONS_UNNUMBERED']);
/** Codes that are errors in a final and warnings in a draft (the draft still renders). */
const DRAFT_WARNINGS = new Set(['PLACE_CASE_FORM', /* issue 9 §1 */ 'PLACEHOLDER']);

function expectation(file: string): string[] {
  const first = readFileSync(file, 'utf8').split('\n')[0] ?? '';
  const m = /^# expect: (.+)$/.exec(first);
  if (!m) throw new Error(`${file}: the first line must be "# expect: CODE line:col, ..."`);
  return m[1]!.split(',').map((s) => s.trim()).sort();
}

function observed(file: string, d: Diagnostic): string {
  const s = d.span!;
  const where = s.file === file ? '' : `${relative(dirname(file), s.file)}:`;
  return `${d.code} ${where}${s.start.line}:${s.start.col}`;
}

describe('broken inputs', () => {
  it('has at least 45 cases', () => {
    expect(cases.length).toBeGreaterThanOrEqual(45);
  });

  for (const name of cases) {
    it(name.replace(/\.yaml$/, ''), async () => {
      const file = join(casesDir, name);
      const expected = expectation(file);
      const result = await loadAgreement(file);
      const draft = /^status: draft$/m.test(readFileSync(file, 'utf8'));
      const isWarning = (code: string) => WARNINGS.has(code) || (draft && DRAFT_WARNINGS.has(code));
      for (const d of result.diagnostics) {
        expect(d.span, `${d.code} has a span`).toBeDefined();
        expect(d.message.length).toBeGreaterThan(10);
        expect(d.severity).toBe(isWarning(d.code) ? 'warning' : 'error');
      }
      expect(result.diagnostics.map((d) => observed(file, d)).sort()).toEqual(expected);
      const onlyWarnings = expected.every((e) => isWarning(e.split(' ')[0]!));
      expect(result.ok).toBe(onlyWarnings);
    });
  }
});
