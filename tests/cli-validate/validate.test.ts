// `cica validate`: every diagnostic with its code frame, a summary, exit codes, --json, colour only when asked.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runValidate } from '../../src/cli/validate.js';
import { capture } from './capture.js';

const fixtures = 'tests/model/fixtures';
const cases = 'tests/broken/cases';
const dir = mkdtempSync(join(tmpdir(), 'cica-validate-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('cica validate', () => {
  it('passes valid files with exit 0 and a summary', async () => {
    const o = capture();
    const files = ['memorandum', 'protocol', 'note'].map((k) => `${fixtures}/${k}.yaml`);
    expect(await runValidate(files, {}, o)).toBe(0);
    expect(o.stdout).toEqual(['3 files checked: no problems']);
  });

  it('prints file:line:col, code, hint and a caret under the column, then exits 1', async () => {
    const o = capture();
    const file = `${cases}/unknown-key-did-you-mean.yaml`;
    expect(await runValidate([file], {}, o)).toBe(1);
    const text = o.stdout.join('\n');
    expect(text).toContain(`${file}:6:1  UNKNOWN_KEY  `);
    expect(text).toContain('hint: Did you mean `title`?');
    expect(text).toContain(' 6 | titel: { en: Memorandum, ru: Меморандум }\n   | ^~~~~');
    expect(text).toContain(`${file}:3:1  MISSING_FIELD  `);
    expect(o.stdout.at(-1)).toBe('1 file checked: 2 errors');
    expect(text).not.toMatch(/\u001b\[/);
  });

  it('reports every file, including a missing one, and counts errors and warnings', async () => {
    const o = capture();
    const files = [`${cases}/number-mismatch-days.yaml`, `${dir}/missing.yaml`, `${cases}/custody-party-twice.yaml`];
    expect(await runValidate(files, {}, o)).toBe(1);
    const text = o.stdout.join('\n');
    expect(text).toMatch(/number-mismatch-days\.yaml:\d+:\d+  NUMBER_MISMATCH \(warning\)/);
    expect(text).toContain(`${dir}/missing.yaml:1:1  FILE_NOT_FOUND`);
    expect(o.stdout.at(-1)).toBe('3 files checked: 2 errors, 1 warning');
  });

  it('exits 0 when there are only warnings', async () => {
    const o = capture();
    expect(await runValidate([`${cases}/number-mismatch-days.yaml`], {}, o)).toBe(0);
    expect(o.stdout.at(-1)).toBe('1 file checked: 1 warning');
  });

  it('--json gives files, diagnostics with positions, and totals', async () => {
    const o = capture();
    const files = [`${fixtures}/protocol.yaml`, `${cases}/bad-date-february-30.yaml`];
    expect(await runValidate(files, { json: true }, o)).toBe(1);
    expect(o.stdout).toHaveLength(1);
    const json = JSON.parse(o.stdout[0]!);
    expect(json.errors).toBe(1);
    expect(json.warnings).toBe(0);
    expect(json.files.map((f: { file: string; ok: boolean }) => [f.file, f.ok])).toEqual([[files[0], true], [files[1], false]]);
    expect(json.files[1].diagnostics).toEqual([{
      code: 'BAD_DATE', severity: 'error', message: expect.any(String), file: files[1], line: 47, col: 9, field: 'final.date', hint: expect.any(String),
    }]);
  });

  it('colours only when the output asks for it', async () => {
    const o = capture(1);
    await runValidate([`${cases}/bad-value-status.yaml`], {}, o);
    expect(o.stdout.join('\n')).toMatch(/\u001b\[31m/);
  });

  it('shows the code frame of a Windows-1251 file without crashing, but no frame for bytes it cannot decode', async () => {
    const file = join(dir, 'cp1251.yaml');
    writeFileSync(file, Buffer.concat([Buffer.from('cica: 1\ntitle: '), Buffer.from([0xcc, 0xe5])]));
    const o = capture();
    expect(await runValidate([file], {}, o)).toBe(1);
    expect(o.stdout[0]).toMatch(/cp1251\.yaml:2:8  INVALID_UTF8/);
    expect(o.stdout[0]).not.toContain(' | ');
  });

  it('reports the problems of a broken enclosure under the note', async () => {
    const o = capture();
    expect(await runValidate([`${cases}/note-enclosure-invalid.yaml`], { json: true }, o)).toBe(1);
    const codes = JSON.parse(o.stdout[0]!).files[0].diagnostics.map((d: { code: string }) => d.code);
    expect(codes.sort()).toEqual(['BAD_DATE', 'ENCLOSURE', 'UNKNOWN_KEY']);
    expect(readFileSync(`${cases}/note-enclosure-invalid.yaml`, 'utf8')).toContain('bad-memorandum.yaml');
  });
});
