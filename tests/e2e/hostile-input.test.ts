// Hostile input through the built CLI (issue 10 §1, §2, §5): a diagnostic and exit 1 (or 2 for a bad
// SOURCE_DATE_EPOCH), never exit 3, never a secret in the output, and the output folder exactly as it was.
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cica, ROOT, tempDir } from './tools.js';

const memorandum = readFileSync(join(ROOT, 'tests/model/fixtures/memorandum.yaml'), 'utf8');
const note = readFileSync(join(ROOT, 'tests/model/fixtures/note.yaml'), 'utf8');

/** Every file of the folder with its bytes, to compare before and after a run. */
function snapshot(dir: string): Record<string, string> {
  return Object.fromEntries(readdirSync(dir).sort().map((f) => [f, readFileSync(join(dir, f), 'base64')]));
}

function setUp(name: string, files: Record<string, string>): { dir: string; out: string } {
  const dir = tempDir(`hostile-${name}`);
  for (const [f, text] of Object.entries(files)) writeFileSync(join(dir, f), text);
  const out = join(dir, 'out');
  mkdirSync(out);
  writeFileSync(join(out, 'memorandum.en.pdf'), 'an earlier draft, to be left alone');
  return { dir, out };
}

describe('hostile input through the CLI', () => {
  const cases: [string, Record<string, string>, string, string][] = [
    ['built-in keys', { 'memorandum.yaml': memorandum.replace('final:\n', 'final:\n  constructor: x\n  __proto__: y\n') }, 'memorandum.yaml', 'UNKNOWN_KEY'],
    ['year 0', { 'memorandum.yaml': memorandum.replace('date: 2020', 'date: 0000-01-01') }, 'memorandum.yaml', 'BAD_DATE'],
    ['an enclosure that is /etc/passwd', { 'note.yaml': note.replace('file: memorandum.yaml', 'file: /etc/passwd') }, 'note.yaml', 'ENCLOSURE_PATH'],
    ['an enclosure outside the folder', { 'note.yaml': note.replace('file: memorandum.yaml', 'file: ../secret.yaml') }, 'note.yaml', 'ENCLOSURE_PATH'],
    ['four syntax errors', { 'memorandum.yaml': memorandum.replace('    abbr: { en: CICA', '\tabbr: { en: CICA').replace('  originals: 2', ' originals: 2') }, 'memorandum.yaml', 'YAML_SYNTAX'],
  ];
  for (const [name, files, file, code] of cases) {
    it(`${name}: draft exits 1 with ${code}, writes nothing, leaves the folder as it was`, () => {
      const { dir, out } = setUp(name.replace(/\W+/g, '-'), files);
      const before = snapshot(out);
      const r = cica(['draft', join(dir, file), '--out', out]);
      expect(r.status).toBe(1);
      expect(r.stderr).toContain(code);
      expect(r.stderr).not.toMatch(/internal error|root:|at file:/);
      expect(snapshot(out)).toEqual(before);
    });
  }

  it('validate --json of a hostile file beside a good one reports both, exit 1', () => {
    const { dir } = setUp('json', { 'a.yaml': memorandum.replace('cica: 1\n', 'cica: 1\ntoString: x\nvalueOf: y\n') });
    const r = cica(['validate', '--json', join(dir, 'a.yaml'), 'tests/model/fixtures/protocol.yaml']);
    expect(r.status).toBe(1);
    const json = JSON.parse(r.stdout);
    expect(json.files.map((f: { ok: boolean }) => f.ok)).toEqual([false, true]);
    expect(json.files[0].diagnostics.map((d: { code: string; line: number }) => `${d.code} ${d.line}`)).toEqual(['UNKNOWN_KEY 3', 'UNKNOWN_KEY 4']);
  });

  it('a malformed SOURCE_DATE_EPOCH is exit 2 with a message, nothing written', () => {
    const { out } = setUp('epoch', {});
    const before = snapshot(out);
    for (const epoch of ['yesterday', '-5', '1.7e9', '99999999999999']) {
      const r = cica(['draft', 'tests/model/fixtures/memorandum.yaml', '--out', out], { env: { SOURCE_DATE_EPOCH: epoch } });
      expect(r.status, epoch).toBe(2);
      expect(r.stderr).toMatch(/SOURCE_DATE_EPOCH must be whole seconds/);
    }
    expect(snapshot(out)).toEqual(before);
    expect(cica(['validate', 'tests/model/fixtures/memorandum.yaml'], { env: { SOURCE_DATE_EPOCH: 'yesterday' } }).status).toBe(0);
  });

  it('180,000 keys (under the 2 MiB cap, over the line cap) are refused at once, at the first line past the cap', () => {
    const { dir } = setUp('keys', { 'keys.yaml': `cica: 1\n${Array.from({ length: 180_000 }, (_, i) => `k${i % 90_000}: 1\n`).join('')}` });
    const r = cica(['validate', '--json', join(dir, 'keys.yaml')]);
    expect(r.status).toBe(1);
    const list = JSON.parse(r.stdout).files[0].diagnostics as { code: string; line: number }[];
    expect(list.map((d) => d.code)).toEqual(['FILE_TOO_LARGE']);
    expect(r.stdout).toMatch(/"line": ?20001/);
  });

  it('19,990 keys (under both caps) are answered with every problem counted, the first 500 listed', () => {
    const { dir } = setUp('keys', { 'keys.yaml': `cica: 1\n${Array.from({ length: 19_990 }, (_, i) => `k${i % 10_000}: 1\n`).join('')}` });
    const r = cica(['validate', '--json', join(dir, 'keys.yaml')]);
    expect(r.status).toBe(1);
    const list = JSON.parse(r.stdout).files[0].diagnostics as { code: string; message: string }[];
    expect(list).toHaveLength(501);
    expect(list.at(-1)!.code).toBe('TOO_MANY_PROBLEMS');
    expect(Number(/\((\d+) in all\)/.exec(list.at(-1)!.message)?.[1])).toBeGreaterThan(19_990);
  });
});
