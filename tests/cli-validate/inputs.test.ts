// `cica validate` as CI runs it (issue 13 §4): folders as `bundle` takes them, --quiet, --strict, and `-` for
// standard input (named `<stdin>` in positions).
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runValidate } from '../../src/cli/validate.js';
import { capture } from './capture.js';

const fixtures = 'tests/model/fixtures';
const WARNS = 'tests/broken/cases/alternat-subtitle-missing.yaml'; // warnings only, no error
const BROKEN = 'tests/broken/cases/unknown-key-did-you-mean.yaml';
const CLI = join(process.cwd(), 'bin/cica');
const BUILT = existsSync('dist/cli/validate.js');

function folder(): string {
  const dir = mkdtempSync(join(tmpdir(), 'cica-inputs-'));
  copyFileSync(`${fixtures}/protocol.yaml`, join(dir, 'b.yml'));
  copyFileSync(`${fixtures}/memorandum.yaml`, join(dir, 'a.yaml'));
  writeFileSync(join(dir, 'notes.txt'), 'not an agreement');
  mkdirSync(join(dir, 'sub'));
  copyFileSync(BROKEN, join(dir, 'sub', 'broken.yaml')); // not recursive: never read
  return dir;
}

describe('cica validate PATH...', () => {
  it('takes a folder\'s *.yaml and *.yml, sorted, not its subfolders, each file once', async () => {
    const dir = folder();
    const o = capture();
    expect(await runValidate([dir, join(dir, 'a.yaml')], { json: true }, o)).toBe(0);
    const report = JSON.parse(o.stdout.join('')) as { files: { file: string }[] };
    expect(report.files.map((f) => f.file)).toEqual([join(dir, 'a.yaml'), join(dir, 'b.yml')]);
  });

  it('follows the bundle\'s rule for a linked agreement: a link named *.yaml is read', async () => {
    const dir = folder();
    symlinkSync(join(process.cwd(), `${fixtures}/note.yaml`), join(dir, 'c.yaml'));
    copyFileSync(`${fixtures}/memorandum.yaml`, join(dir, 'memorandum.yaml')); // the note's enclosure
    const o = capture();
    await runValidate([dir], { json: true }, o);
    expect((JSON.parse(o.stdout.join('')) as { files: { file: string }[] }).files.map((f) => f.file)).toContain(join(dir, 'c.yaml'));
  });

  it('refuses a folder without agreements (exit 2) and still reports a missing file at its place (exit 1)', async () => {
    const empty = mkdtempSync(join(tmpdir(), 'cica-empty-'));
    const o = capture();
    expect(await runValidate([empty], {}, o)).toBe(2);
    expect(o.stderr.join('')).toContain(`no agreement files (*.yaml, *.yml) in ${empty}`);
    const m = capture();
    expect(await runValidate([join(empty, 'nope.yaml')], { json: true }, m)).toBe(1);
    expect(m.stdout.join('')).toContain('FILE_NOT_FOUND');
  });

  it('--quiet prints only the errors, no summary; nothing at all for a clean or warnings-only file', async () => {
    const clean = capture();
    expect(await runValidate([`${fixtures}/memorandum.yaml`, WARNS], { quiet: true }, clean)).toBe(0);
    expect(clean.stdout).toEqual([]);
    const bad = capture();
    expect(await runValidate([BROKEN, WARNS], { quiet: true }, bad)).toBe(1);
    expect(bad.stdout.join('')).toContain('UNKNOWN_KEY');
    expect(bad.stdout.join('')).not.toContain('ALTERNAT_SUBTITLE');
    expect(bad.stdout.join('')).not.toMatch(/checked:/);
  });

  it('--strict fails on warnings (exit 1), and says why', async () => {
    expect(await runValidate([WARNS], {}, capture())).toBe(0);
    const o = capture();
    expect(await runValidate([WARNS], { strict: true }, o)).toBe(1);
    expect(o.stdout.at(-1)).toMatch(/--strict: warnings fail/);
    const q = capture();
    expect(await runValidate([WARNS], { strict: true, quiet: true }, q)).toBe(1);
    expect(q.stdout.join('')).toContain('ALTERNAT_SUBTITLE');
    expect(await runValidate([`${fixtures}/memorandum.yaml`], { strict: true }, capture())).toBe(0);
  });
});

describe.skipIf(!BUILT)('cica validate - (standard input), built', () => {
  it('reads one agreement from standard input, named <stdin> in positions and code frames', () => {
    const good = spawnSync('node', [CLI, 'validate', '-'], { input: readFileSync(`${fixtures}/memorandum.yaml`), encoding: 'utf8' });
    expect(good.status, good.stderr).toBe(0);
    expect(good.stdout).toContain('1 file checked: no problems');
    const bad = spawnSync('node', [CLI, 'validate', '-', '--json'], { input: readFileSync(BROKEN), encoding: 'utf8' });
    expect(bad.status).toBe(1);
    const d = (JSON.parse(bad.stdout) as { files: { file: string; diagnostics: { code: string; file: string; line: number }[] }[] }).files[0]!;
    expect(d.file).toBe('<stdin>');
    expect(d.diagnostics.find((x) => x.code === 'UNKNOWN_KEY')).toMatchObject({ file: '<stdin>', line: 6 });
    const framed = spawnSync('node', [CLI, 'validate', '-'], { input: readFileSync(BROKEN), encoding: 'utf8' });
    expect(framed.stdout).toContain('<stdin>:6:1  UNKNOWN_KEY');
    expect(framed.stdout).toContain(' 6 | titel:');
    const twice = spawnSync('node', [CLI, 'validate', '-', '-'], { input: '', encoding: 'utf8' });
    expect(twice.status).toBe(2);
  });
});
