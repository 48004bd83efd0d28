// docs/diagnostics.md lists every code the reader and the model report (as eemeli/yaml's docs/08_errors.md does):
// a code added without a line there fails here.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '../..');
const files = (dir: string): string[] => readdirSync(dir).flatMap((f) => {
  const p = join(dir, f);
  return statSync(p).isDirectory() ? files(p) : p.endsWith('.ts') ? [p] : [];
});

/** Codes passed to error()/warning()/charRule() as literals, and the MarkupCode union. */
function reportedCodes(): string[] {
  const codes = new Set<string>();
  for (const file of [...files(join(ROOT, 'src/reader')), ...files(join(ROOT, 'src/model')), join(ROOT, 'src/cli/validate.ts'), join(ROOT, 'src/diagnostics/diagnostic.ts')]) {
    const text = readFileSync(file, 'utf8');
    for (const m of text.matchAll(/\b(?:error|warning|charRule|report)\(\s*'([A-Z][A-Z0-9_]+)'/g)) codes.add(m[1]!);
    for (const m of text.matchAll(/type MarkupCode = ([^;]+);/g)) for (const c of m[1]!.matchAll(/'([A-Z_]+)'/g)) codes.add(c[1]!);
  }
  return [...codes].sort();
}

describe('docs/diagnostics.md', () => {
  it('lists every code the reader and the model report', () => {
    const doc = readFileSync(join(ROOT, 'docs/diagnostics.md'), 'utf8');
    const codes = reportedCodes();
    expect(codes.length).toBeGreaterThan(40);
    expect(codes.filter((c) => !doc.includes(`\`${c}\``))).toEqual([]);
  });
});
