// `cica validate --json` over hostile files: keys named after built-ins are diagnostics, and a bug met in one
// file (exit 3) still leaves every other file's report in the JSON (issue 10 §1).
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runValidate } from '../../src/cli/validate.js';
import { loadAgreement } from '../../src/model/index.js';
import { capture } from './capture.js';

const dir = mkdtempSync(join(tmpdir(), 'cica-hostile-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const memorandum = readFileSync('tests/model/fixtures/memorandum.yaml', 'utf8');
const good = 'tests/model/fixtures/protocol.yaml';

function write(name: string, text: string): string {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
}

describe('cica validate --json over hostile files', () => {
  it('a file with built-in keys is reported beside the others, every file in the JSON', async () => {
    const a = write('a.yaml', memorandum.replace('final:\n', 'final:\n  __proto__: { x: 1 }\n').replace('cica: 1\n', 'cica: 1\nconstructor: x\n'));
    const o = capture();
    expect(await runValidate([a, good], { json: true }, o)).toBe(1);
    const json = JSON.parse(o.stdout.join(''));
    expect(json.files.map((f: { file: string; ok: boolean }) => [f.file, f.ok])).toEqual([[a, false], [good, true]]);
    const found = json.files[0].diagnostics.map((d: { code: string; line: number; col: number }) => `${d.code} ${d.line}:${d.col}`);
    const finalLine = memorandum.split('\n').indexOf('final:') + 3;
    expect(found).toEqual(['UNKNOWN_KEY 3:1', `UNKNOWN_KEY ${finalLine}:3`]);
  });

  it('a bug met in one file is that file\'s INTERNAL_ERROR; the other files are reported and the exit is 3', async () => {
    const bad = write('b.yaml', memorandum);
    const load: typeof loadAgreement = (file, options) => (file === bad ? Promise.reject(new TypeError('boom')) : loadAgreement(file, options));
    const o = capture();
    expect(await runValidate([good, bad, 'tests/broken/cases/unknown-key-did-you-mean.yaml'], { json: true }, o, load)).toBe(3);
    const json = JSON.parse(o.stdout.join(''));
    expect(json.files.map((f: { ok: boolean }) => f.ok)).toEqual([true, false, false]);
    expect(json.files[1].diagnostics.map((d: { code: string; line: number }) => `${d.code} ${d.line}`)).toEqual(['INTERNAL_ERROR 1']);
    expect(json.files[2].diagnostics.map((d: { code: string }) => d.code)).toContain('UNKNOWN_KEY');
    const text = capture();
    expect(await runValidate([bad, good], {}, text, load)).toBe(3);
    expect(text.stdout.join('\n')).toMatch(/b\.yaml:1:1  INTERNAL_ERROR  .*TypeError: boom/);
    expect(text.stdout.at(-1)).toBe('2 files checked: 1 error');
  });
});
