// The codes of src/diagnostics/codes.ts (the closed union `Code`) and the pages that explain them agree both ways:
// each code is explained on the page its entry names, and every code a page of docs/ (or the README) names is one
// of the union's. A misspelt code in src does not compile (checked here with the TypeScript compiler itself), and
// a code no source reports any more is not kept in the union.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { CODES, type Code } from '../../src/diagnostics/codes.js';

const ROOT = join(import.meta.dirname, '../..');
const files = (dir: string): string[] => readdirSync(dir).flatMap((f) => {
  const p = join(dir, f);
  return statSync(p).isDirectory() ? files(p) : p.endsWith('.ts') ? [p] : [];
});
const codes = Object.keys(CODES) as Code[];
const PAGES = { diagnostics: 'docs/diagnostics.md', ci: 'docs/ci.md', diff: 'docs/diff.md' } as const;

/** Backticked names in capitals that are not diagnostic codes: environment variables, a Word field. */
const NOT_CODES = new Set(['SOURCE_DATE_EPOCH', 'CICA_KEY_PASSWORD', 'CICA_SIGNING_KEY', 'NO_COLOR', 'SECTIONPAGES']);

/** Code-like names a page writes in backticks: `SOME_CODE`, and one-word ones (`CUSTODY`) in a table's first cell. */
function named(text: string): Set<string> {
  const out = new Set<string>();
  for (const m of text.matchAll(/`([A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+|[A-Z]{5,})`/g)) out.add(m[1]!);
  return out;
}

describe('the diagnostic codes (src/diagnostics/codes.ts)', () => {
  it('are many, and each is explained on the page its entry names', () => {
    expect(codes.length).toBeGreaterThan(150);
    const missing = codes.filter((c) => !readFileSync(join(ROOT, PAGES[CODES[c].doc]), 'utf8').includes(`\`${c}\``));
    expect(missing).toEqual([]);
  });

  it('include every code any page of docs/ or the README names', () => {
    const pages = [...readdirSync(join(ROOT, 'docs')).filter((f) => f.endsWith('.md')).map((f) => `docs/${f}`), 'README.md'];
    const unknown = pages.flatMap((p) => [...named(readFileSync(join(ROOT, p), 'utf8'))]
      .filter((c) => !NOT_CODES.has(c) && !Object.hasOwn(CODES, c)).map((c) => `${p}: ${c}`));
    expect(unknown).toEqual([]);
    // The check sees what it should: the tables' codes and the prose's.
    expect(named(readFileSync(join(ROOT, 'docs/diagnostics.md'), 'utf8'))).toContain('CUSTODY');
    expect(named(readFileSync(join(ROOT, 'docs/ci.md'), 'utf8'))).toContain('VERIFY_INTERNAL');
  });

  it('are each reported somewhere in src (no code kept that nothing reports)', () => {
    const text = files(join(ROOT, 'src')).filter((f) => !f.endsWith('codes.ts')).map((f) => readFileSync(f, 'utf8')).join('\n');
    expect(codes.filter((c) => !text.includes(`'${c}'`))).toEqual([]);
  });

  it('make a misspelt code a compile error', () => {
    const probe = join(ROOT, 'src/diagnostics/__probe__.ts');
    const source = [
      "import { error, warning } from './diagnostic.js';",
      "import { charRule } from '../model/rules/char-rule.js';",
      "import { TemplateError } from '../templates/errors.js';",
      "error('UNKNOWN_KEY', 'fine');",
      "error('UNKNOWN_KEYS', 'misspelt');",
      "warning('PLACEHOLDR', 'misspelt');",
      "charRule('BIDI_CONTROLS', () => true, (n) => n, 'hint');",
      "new TemplateError('TEMPLATE_SINTAX', 'misspelt');",
      "const d = error('BAD_DATE', 'x'); if (d.code === 'BAD_DATES') d.code = 'BAD_ID';",
    ].join('\n');
    const host = ts.createCompilerHost({});
    const read = host.getSourceFile.bind(host);
    host.getSourceFile = (f, l, ...rest) => (f === probe ? ts.createSourceFile(f, source, l) : read(f, l, ...rest));
    const program = ts.createProgram([probe], {
      strict: true, noEmit: true, skipLibCheck: true, module: ts.ModuleKind.NodeNext, moduleResolution: ts.ModuleResolutionKind.NodeNext,
      target: ts.ScriptTarget.ES2022, lib: ['lib.es2022.d.ts'], types: ['node'],
    }, host);
    const found = ts.getPreEmitDiagnostics(program).filter((d) => d.file?.fileName === probe)
      .map((d) => `${d.file!.getLineAndCharacterOfPosition(d.start!).line + 1} TS${d.code}`);
    expect(found).toEqual(['5 TS2345', '6 TS2345', '7 TS2345', '8 TS2345', '9 TS2367']);
  }, 60_000);
});
