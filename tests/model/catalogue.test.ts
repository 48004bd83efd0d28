// docs/diagnostics.md lists every code the reader, the model and the layout report (as eemeli/yaml's docs/08_errors.md
// does), and docs/ci.md every code `cica verify` reports: a code added without a line there fails here.
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
  for (const file of [...files(join(ROOT, 'src/reader')), ...files(join(ROOT, 'src/model')), ...files(join(ROOT, 'src/layout')), join(ROOT, 'src/cli/validate.ts'), join(ROOT, 'src/diagnostics/diagnostic.ts')]) {
    const text = readFileSync(file, 'utf8');
    for (const m of text.matchAll(/\b(?:error|warning|charRule|report)\(\s*'([A-Z][A-Z0-9_]+)'/g)) codes.add(m[1]!);
    for (const m of text.matchAll(/type MarkupCode = ([^;]+);/g)) for (const c of m[1]!.matchAll(/'([A-Z_]+)'/g)) codes.add(c[1]!);
  }
  return [...codes].sort();
}

describe('docs/diagnostics.md', () => {
  it('lists every code the reader, the model and the layout report', () => {
    const doc = readFileSync(join(ROOT, 'docs/diagnostics.md'), 'utf8');
    const codes = reportedCodes();
    expect(codes.length).toBeGreaterThan(40);
    expect(codes.filter((c) => !doc.includes(`\`${c}\``))).toEqual([]);
  });
});

/** Every code-like literal ('SOME_CODE') in the files `cica verify` reports from: each is a code it may report. */
function verifyCodes(): string[] {
  const codes = new Set<string>();
  for (const f of ['verify.ts', 'verify-signature.ts', 'profile-check.ts', 'archive.ts', 'folder.ts', 'walk.ts', 'rebuild.ts']) {
    const text = readFileSync(join(ROOT, 'src/bundle', f), 'utf8');
    for (const m of text.matchAll(/'([A-Z][A-Z0-9]*_[A-Z0-9_]+)'/g)) if (!m[1]!.startsWith('ERR_')) codes.add(m[1]!); // not Node's own
  }
  return [...codes].sort();
}

describe('docs/ci.md', () => {
  it('lists every code cica verify reports', () => {
    const doc = readFileSync(join(ROOT, 'docs/ci.md'), 'utf8');
    const codes = verifyCodes();
    expect(codes.length).toBeGreaterThan(40);
    expect(codes.filter((c) => !doc.includes(`\`${c}\``))).toEqual([]);
  });
});
