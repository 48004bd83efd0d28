// Golden prints of the laid-out fixtures and samples: lines, words and positions a reviewer reads in a diff.
// Regenerate with UPDATE_GOLDEN=1 npx vitest run tests/layout.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { layoutDocument, printLayout } from '../../src/layout/index.js';
import { allCases } from './cases.js';

const DIR = join(import.meta.dirname, '../golden/layout');
const UPDATE = process.env.UPDATE_GOLDEN === '1';
const cases = await allCases();

describe('layout golden prints', () => {
  it.each(cases.map((c) => [c.name, c] as const))('%s', (name, c) => {
    const laid = layoutDocument(c.tree, { pageSize: c.pageSize });
    expect(laid.diagnostics).toEqual([]);
    if (!laid.ok) return;
    const printed = printLayout(laid.value);
    const file = join(DIR, `${name}.txt`);
    if (UPDATE || !existsSync(file)) {
      mkdirSync(DIR, { recursive: true });
      writeFileSync(file, printed);
      if (!UPDATE) console.warn(`wrote new golden ${file}`);
    }
    expect(printed).toBe(readFileSync(file, 'utf8'));
  });

  it('lays out the same tree to the same print twice (deterministic)', () => {
    const c = cases.find((x) => x.name === 'fixture-parallel-memorandum.a4')!;
    const a = layoutDocument(c.tree, { pageSize: 'A4' });
    const b = layoutDocument(c.tree, { pageSize: 'A4' });
    expect(a.ok && b.ok && printLayout(a.value) === printLayout(b.value)).toBe(true);
  });
});
