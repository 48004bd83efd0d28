// Broken files that cannot carry an inline expectation (encodings, sizes, folders, bombs), made in a temp folder.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadAgreement } from '../../src/model/index.js';

const dir = mkdtempSync(join(tmpdir(), 'cica-broken-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const fixture = readFileSync(new URL('../model/fixtures/memorandum.yaml', import.meta.url), 'utf8');

function file(name: string, content: string | Uint8Array): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

async function codes(path: string): Promise<string[]> {
  const r = await loadAgreement(path);
  expect(r.ok).toBe(false);
  return r.diagnostics.map((d) => `${d.code} ${d.span!.start.line}:${d.span!.start.col}`);
}

describe('broken files', () => {
  it('invalid UTF-8 (a Windows-1251 letter) points at the first bad byte', async () => {
    // line 3: "title: { en: Memorandum, ru: " then 0xCC ("М" in Windows-1251)
    const bytes = Buffer.concat([Buffer.from('cica: 1\nkind: memorandum\ntitle: { en: Memorandum, ru: ', 'utf8'), Buffer.from([0xcc, 0xe5]), Buffer.from(' }\n')]);
    expect(await codes(file('cp1251.yaml', bytes))).toEqual(['INVALID_UTF8 3:30']);
  });

  it('invalid UTF-8 after Cyrillic counts columns in characters, not bytes', async () => {
    const bytes = Buffer.concat([Buffer.from('ru: Меморандум', 'utf8'), Buffer.from([0xff])]);
    expect(await codes(file('after-cyrillic.yaml', bytes))).toEqual(['INVALID_UTF8 1:15']);
  });

  it('a UTF-16 file is named as such', async () => {
    const bytes = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('cica: 1\n', 'utf16le')]);
    const r = await loadAgreement(file('utf16.yaml', bytes));
    expect(r.diagnostics.map((d) => d.code)).toEqual(['INVALID_UTF8']);
    expect(r.diagnostics[0]!.hint).toMatch(/UTF-16/);
  });

  it('an empty file and a blank file', async () => {
    expect(await codes(file('empty.yaml', ''))).toEqual(['EMPTY_FILE 1:1']);
    expect(await codes(file('blank.yaml', '  \n\n\t\n'))).toEqual(['EMPTY_FILE 1:1']);
    expect(await codes(file('bom-only.yaml', '\uFEFF'))).toEqual(['EMPTY_FILE 1:1']);
  });

  it('a 50 MB file is refused from its size alone', async () => {
    const path = file('huge.yaml', '');
    // Sparse: 50 MB of NUL bytes, which read and parsed would give other codes (control characters, YAML errors).
    truncateSync(path, 50 * 1024 * 1024);
    expect(await codes(path)).toEqual(['FILE_TOO_LARGE 1:1']);
  });

  it('a link named .yaml to a file that is not an agreement is not read, and nothing of it is quoted', async () => {
    // The hostile corpus: `kind` cannot be `<the secret>` was printed from a key file behind a link named a.yaml.
    const secret = file('deploy.key', 'cica: 1\nkind: S3CR3T-VALUE\npassword: S3CR3T-VALUE\n');
    for (const [name, target] of [['key-link.yaml', secret], ['environ-link.yml', '/proc/self/environ'], ['passwd-link.yaml', '/etc/passwd']]) {
      symlinkSync(target, join(dir, name));
      const r = await loadAgreement(join(dir, name));
      expect(r.diagnostics.map((d) => `${d.code} ${d.span!.start.line}:${d.span!.start.col}`), name).toEqual(['NOT_A_FILE 1:1']);
      expect(JSON.stringify(r.diagnostics)).not.toMatch(/S3CR3T|root:/);
    }
    // A link to an agreement file elsewhere is an agreement file.
    symlinkSync(file('shared.yml', fixture), join(dir, 'via-link.yaml'));
    expect((await loadAgreement(join(dir, 'via-link.yaml'))).ok).toBe(true);
  });

  it('a folder and a missing file', async () => {
    const folder = join(dir, 'folder.yaml');
    mkdirSync(folder);
    expect(await codes(folder)).toEqual(['NOT_A_FILE 1:1']);
    expect(await codes(join(dir, 'no-such-file.yaml'))).toEqual(['FILE_NOT_FOUND 1:1']);
  });

  it('an alias bomb ("billion laughs") is refused at its first alias without expanding', async () => {
    const levels = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]'];
    for (let i = 1; i < 10; i++) {
      const prev = String.fromCharCode(96 + i);
      const name = String.fromCharCode(97 + i);
      levels.push(`${name}: &${name} [${Array(9).fill(`*${prev}`).join(',')}]`);
    }
    // line 2 is `b: &b [*a,...`: the first alias stands at column 8, and nothing after it is reported
    expect(await codes(file('bomb.yaml', levels.join('\n') + '\n'))).toEqual(['ALIAS_LIMIT 2:8']);
  });

  it('absurdly deep nesting is a diagnostic, not a crash', async () => {
    const n = 100_000;
    const r = await codes(file('deep.yaml', `a: ${'['.repeat(n)}${']'.repeat(n)}\n`));
    expect(r).toHaveLength(1);
    expect(r[0]).toMatch(/^YAML_SYNTAX 1:\d+$/);
  });

  it('a byte order mark is fine and does not shift columns', async () => {
    const ok = await loadAgreement(file('bom.yaml', '\uFEFF' + fixture));
    expect(ok.ok).toBe(true);
    expect(await codes(file('bom-bad.yaml', '\uFEFF' + fixture.replace('status: draft', 'status: drat')))).toEqual(['BAD_VALUE 4:9']);
  });

  it('Windows line endings keep lines and columns right', async () => {
    const crlf = fixture.replace('numbered: true', 'numbered: yes').replace(/\n/g, '\r\n');
    expect(await codes(file('crlf.yaml', crlf))).toEqual(['WRONG_TYPE 43:15']);
  });
});

describe('broken files (harden-input, issue 10 §5)', () => {
  it('UTF-16 without a byte order mark, either byte order, Latin or Cyrillic, is named as such', async () => {
    for (const [name, text, swap] of [['be.yaml', 'cica: 1\nkind: memorandum\n', true], ['le.yaml', 'cica: 1\nkind: memorandum\n', false], ['ru-be.yaml', 'cica: 1\ntitle: { ru: Меморандум }\n', true]] as const) {
      const le = Buffer.from(text, 'utf16le');
      const bytes = swap ? Buffer.from(le).swap16() : le;
      const r = await loadAgreement(file(name, bytes));
      expect(r.diagnostics.map((d) => `${d.code} ${d.span!.start.line}:${d.span!.start.col}`), name).toEqual(['INVALID_UTF8 1:1']);
      expect(r.diagnostics[0]!.hint, name).toMatch(/UTF-16/);
    }
  });

  it('one stray NUL in a UTF-8 file is a control character, not UTF-16', async () => {
    const r = await loadAgreement(file('nul.yaml', fixture.replace('Memorandum,', 'Memo\0randum,')));
    expect(r.diagnostics.map((d) => d.code)).toEqual(['CONTROL_CHARACTER']);
  });

});
