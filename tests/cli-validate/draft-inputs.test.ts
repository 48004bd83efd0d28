// `cica draft` as CI runs it (issue 13 §4): folders, --json (what was written, and the diagnostics), --quiet,
// --strict, and `-` for standard input with --name.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runDraft, type DraftCliOptions } from '../../src/cli/draft.js';
import { capture } from './capture.js';

const fixtures = 'tests/model/fixtures';
const WARNS = 'tests/broken/cases/alternat-subtitle-missing.yaml'; // warnings only, no error
const BROKEN = 'tests/broken/cases/unknown-key-did-you-mean.yaml';
const CLI = join(process.cwd(), 'bin/cica');
const BUILT = existsSync('dist/cli/draft.js');
const temp = (p = 'cica-draft-in-') => mkdtempSync(join(tmpdir(), p));
const opts = (out: string, more: Partial<DraftCliOptions> = {}): DraftCliOptions => ({
  layout: ['en'], format: ['docx'], out, order: ['en', 'ru'], pageSize: 'A4', ...more,
});

interface Report { ok: boolean; written: { path: string; bytes: number; sha256: string }[]; files: { file: string; diagnostics: { code: string; severity: string }[] }[]; errors: number; warnings: number }

describe('cica draft PATH...', () => {
  it('drafts a folder\'s agreements and --json lists each file written with its bytes and SHA-256', async () => {
    const src = temp();
    copyFileSync(`${fixtures}/protocol.yaml`, join(src, 'b.yml'));
    copyFileSync(`${fixtures}/memorandum.yaml`, join(src, 'a.yaml'));
    const out = temp();
    const o = capture();
    expect(await runDraft([src], opts(out, { json: true }), o)).toBe(0);
    const report = JSON.parse(o.stdout.join('')) as Report;
    expect(report.ok).toBe(true);
    expect(report.files.map((f) => f.file)).toEqual([join(src, 'a.yaml'), join(src, 'b.yml')]);
    expect(report.written.map((w) => w.path)).toEqual([join(out, 'a.en.docx'), join(out, 'b.en.docx')]);
    for (const w of report.written) {
      const bytes = readFileSync(w.path);
      expect(w.bytes).toBe(bytes.length);
      expect(w.sha256).toBe(createHash('sha256').update(bytes).digest('hex'));
    }
    expect(o.stderr).toEqual([]);
  });

  it('--json reports the diagnostics and writes nothing when a file has errors (exit 1)', async () => {
    const out = temp();
    const o = capture();
    expect(await runDraft([BROKEN, `${fixtures}/memorandum.yaml`], opts(out, { json: true }), o)).toBe(1);
    const report = JSON.parse(o.stdout.join('')) as Report;
    expect(report).toMatchObject({ ok: false, written: [] });
    expect(report.files[0]!.diagnostics.map((d) => d.code)).toContain('UNKNOWN_KEY');
    expect(readdirSync(out)).toEqual([]);
  });

  it('--strict: warnings fail (exit 1, nothing written); --quiet: nothing said on success, warnings unsaid', async () => {
    const out = temp();
    expect(await runDraft([WARNS], opts(out, { strict: true }), capture())).toBe(1);
    expect(readdirSync(out)).toEqual([]);
    const q = capture();
    expect(await runDraft([WARNS], opts(out, { quiet: true }), q)).toBe(0);
    expect([...q.stdout, ...q.stderr]).toEqual([]);
    expect(readdirSync(out)).toEqual(['alternat-subtitle-missing.en.docx']);
    const loud = capture();
    expect(await runDraft([WARNS], opts(out), loud)).toBe(0);
    expect(loud.stderr.join('')).toContain('ALTERNAT_SUBTITLE');
    expect(loud.stdout.join('')).toContain('wrote ');
  });

  it('refuses --name without -, a bad --name, and --embed-source with - (exit 2)', async () => {
    const out = temp();
    const a = capture();
    expect(await runDraft([`${fixtures}/memorandum.yaml`], opts(out, { name: 'x' }), a)).toBe(2);
    expect(a.stderr.join('')).toMatch(/--name names the documents/);
    expect(await runDraft(['-'], opts(out, { name: '../x' }), capture())).toBe(2);
    expect(await runDraft(['-'], opts(out, { embedSource: true }), capture())).toBe(2);
    expect(readdirSync(out)).toEqual([]);
  });
});

describe.skipIf(!BUILT)('cica draft - (standard input), built', () => {
  it('names the documents by --name, or stdin; diagnostics point at <stdin>', () => {
    const out = temp();
    const input = readFileSync(`${fixtures}/memorandum.yaml`);
    const named = spawnSync('node', [CLI, 'draft', '-', '--name', 'memo', '--out', out, '--layout', 'en', '--format', 'docx'], { input, encoding: 'utf8' });
    expect(named.status, named.stderr).toBe(0);
    const plain = spawnSync('node', [CLI, 'draft', '-', '--out', out, '--layout', 'en', '--format', 'docx'], { input, encoding: 'utf8' });
    expect(plain.status, plain.stderr).toBe(0);
    expect(readdirSync(out).sort()).toEqual(['memo.en.docx', 'stdin.en.docx']);
    expect(readFileSync(join(out, 'memo.en.docx')).equals(readFileSync(join(out, 'stdin.en.docx')))).toBe(true);
    const bad = spawnSync('node', [CLI, 'draft', '-', '--out', out, '--json'], { input: readFileSync(BROKEN), encoding: 'utf8' });
    expect(bad.status).toBe(1);
    expect((JSON.parse(bad.stdout) as Report).files[0]!.file).toBe('<stdin>');
  });
});
