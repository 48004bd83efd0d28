// `cica init`: a starter of each kind that validates with no diagnostics; never overwrites without --force.
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runInit } from '../../src/cli/init.js';
import { loadAgreement } from '../../src/model/index.js';
import { STARTER_KINDS } from '../../src/model/starters/index.js';
import { capture } from './capture.js';

const dir = mkdtempSync(join(tmpdir(), 'cica-init-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('cica init', () => {
  for (const kind of STARTER_KINDS) {
    it(`writes a ${kind} that loads with no diagnostics at all`, async () => {
      const file = join(dir, `${kind}.yaml`);
      expect(await runInit(file, { kind }, capture())).toBe(0);
      const loaded = await loadAgreement(file);
      expect(loaded.diagnostics).toEqual([]);
      expect(loaded.ok && loaded.value.kind).toBe(kind);
      const text = readFileSync(file, 'utf8');
      // commented like docs/format.md, and the modeline points at the real schema
      expect(text.split('\n').filter((l) => l.includes('#')).length).toBeGreaterThan(10);
      const schema = /^# yaml-language-server: \$schema=(.+)$/m.exec(text)?.[1];
      expect(schema && existsSync(resolve(dirname(file), schema))).toBe(true);
    });
  }

  it('defaults to a memorandum', async () => {
    const file = join(dir, 'default.yaml');
    expect(await runInit(file, {}, capture())).toBe(0);
    const loaded = await loadAgreement(file);
    expect(loaded.ok && loaded.value.kind).toBe('memorandum');
  });

  it('never overwrites an existing file without --force', async () => {
    const file = join(dir, 'existing.yaml');
    writeFileSync(file, 'my work\n');
    const o = capture();
    expect(await runInit(file, { kind: 'note' }, o)).toBe(1);
    expect(o.stderr.join('\n')).toMatch(/already exists.*--force/);
    expect(readFileSync(file, 'utf8')).toBe('my work\n');
    expect(await runInit(file, { kind: 'note', force: true }, capture())).toBe(0);
    expect(readFileSync(file, 'utf8')).toMatch(/kind: note/);
  });

  it('fails cleanly when the folder does not exist', async () => {
    const o = capture();
    expect(await runInit(join(dir, 'no', 'such', 'folder', 'a.yaml'), {}, o)).toBe(1);
    expect(o.stderr.join('\n')).toMatch(/does not exist/);
  });
});
