// The CLI as a user meets it: help, version, usage errors, colour, and bad input writing nothing.
import { existsSync, readdirSync, writeFileSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, cica, tempDir } from './tools.js';

describe('cica as an npm CLI', () => {
  it('--version prints the package version and exits 0', () => {
    const { version } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
    const r = cica(['--version']);
    expect(r.status).toBe(0);
    expect(r.stdout.trim()).toBe(version);
  });

  it('--help lists every command and exits 0', () => {
    const r = cica(['--help']);
    expect(r.status).toBe(0);
    for (const c of ['validate', 'draft', 'watch', 'schema', 'init', 'templates', 'bundle', 'verify', 'keygen']) expect(r.stdout).toContain(c);
  });

  it('help for a command exits 0', () => {
    const r = cica(['help', 'draft']);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/--layout/);
  });

  it('no command prints the usage on stderr and exits 2', () => {
    const r = cica([]);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/Usage: cica/);
  });

  it('an unknown option is a usage error, exit 2', () => {
    const r = cica(['draft', '--no-such-flag', 'agreements/csto-cica-memorandum.yaml']);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/unknown option/);
  });

  it('an unknown layout is a usage error, exit 2, and writes nothing', () => {
    const out = tempDir('usage');
    const r = cica(['draft', 'agreements/csto-cica-memorandum.yaml', '--layout', 'fr', '--out', out]);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/layout 'fr'/);
    expect(readdirSync(out)).toEqual([]);
  });

  it('prints no colour codes when NO_COLOR is set or output is not a terminal', () => {
    const dir = tempDir('color');
    const bad = join(dir, 'bad.yaml');
    writeFileSync(bad, 'cica: 1\nkind: treaty\n');
    const r = cica(['validate', bad], { env: { FORCE_COLOR: '1' } });
    expect(r.status).toBe(1);
    expect(r.stdout + r.stderr).not.toMatch(/\x1b\[/);
  });
});

describe('unusable output or templates folder', () => {
  it('--out naming a file is a usage error, exit 2, with no stack trace', () => {
    const dir = tempDir('outfile');
    const file = join(dir, 'taken');
    writeFileSync(file, 'x');
    const r = cica(['draft', 'agreements/csto-cica-memorandum.yaml', '--format', 'docx', '--layout', 'en', '--out', file]);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/cannot write into .*taken: it is a file/);
    expect(r.stderr).not.toMatch(/internal error|\bat \S+ \(/);
  });

  it('--templates naming no folder is a usage error, exit 2', () => {
    const out = tempDir('tplmissing');
    const r = cica(['draft', 'agreements/csto-cica-memorandum.yaml', '--templates', join(out, 'nope'), '--out', out]);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/TEMPLATE_DIR_MISSING/);
    expect(readdirSync(out)).toEqual([]);
  });
});

describe('bad input writes nothing', () => {
  it('a draft of a valid and an invalid file exits 1, names file:line:col, and writes no file at all', () => {
    const dir = tempDir('bad');
    const bad = join(dir, 'broken.yaml');
    writeFileSync(bad, readFileSync(join(ROOT, 'agreements/csto-cica-memorandum.yaml'), 'utf8').replace('status: draft', 'status: drafty'));
    const out = join(dir, 'out');
    const r = cica(['draft', 'agreements/cica-sco-rats-protocol.yaml', bad, '--out', out]);
    expect(r.status).toBe(1);
    expect(r.stdout + r.stderr).toMatch(/broken\.yaml:\d+:\d+\s+BAD_VALUE/);
    expect(existsSync(out) ? readdirSync(out) : []).toEqual([]);
  });
});
