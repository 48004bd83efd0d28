// `cica init`: a starter of each kind that validates, warning at each placeholder it leaves to fill in (issue 9 §1);
// never overwrites without --force.
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runInit } from '../../src/cli/init.js';
import type { Diagnostic } from '../../src/diagnostics/index.js';
import { checkAgreementText, loadAgreement } from '../../src/model/index.js';
import { STARTER_KINDS } from '../../src/model/starters/index.js';
import { capture } from './capture.js';

const dir = mkdtempSync(join(tmpdir(), 'cica-init-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The character a diagnostic points at. */
function charAt(text: string, d: Diagnostic): string {
  return text.split('\n')[d.span!.start.line - 1]![d.span!.start.col - 1]!;
}

/** The text with the brackets of each placeholder (from the `[` a diagnostic points at to its `]`) dropped. */
function fillIn(text: string, found: readonly Diagnostic[]): string {
  const lines = text.split('\n');
  for (const d of [...found].sort((a, b) => b.span!.start.col - a.span!.start.col)) {
    const line = lines[d.span!.start.line - 1]!;
    const at = d.span!.start.col - 1;
    const end = line.indexOf(']', at);
    lines[d.span!.start.line - 1] = line.slice(0, at) + line.slice(at + 1, end) + line.slice(end + 1);
  }
  return lines.join('\n');
}

describe('cica init', () => {
  for (const kind of STARTER_KINDS) {
    it(`writes a ${kind} that loads with a warning at each placeholder, and nothing else`, async () => {
      const file = join(dir, `${kind}.yaml`);
      expect(await runInit(file, { kind }, capture())).toBe(0);
      const loaded = await loadAgreement(file);
      expect(loaded.ok && loaded.value.kind).toBe(kind);
      const text = readFileSync(file, 'utf8');
      expect(loaded.diagnostics.length).toBeGreaterThan(2);
      for (const d of loaded.diagnostics) {
        expect([d.code, d.severity]).toEqual(['PLACEHOLDER', 'warning']);
        expect(charAt(text, d)).toBe('[');
      }
      // Filled in (each placeholder's brackets dropped), the starter has nothing left to say.
      expect(checkAgreementText(fillIn(text, loaded.diagnostics), file).diagnostics).toEqual([]);
      // Made final with a full date, every placeholder is an error at the same place.
      const final = checkAgreementText(text.replace('status: draft', 'status: final').replace(/^  date: 2026 .*$/m, '  date: 2026-05-04'), file);
      expect(final.ok).toBe(false);
      const inFinal = final.diagnostics.filter((d) => d.code === 'PLACEHOLDER');
      expect(inFinal.map((d) => [d.span?.start, d.severity])).toEqual(loaded.diagnostics.map((d) => [d.span?.start, 'error']));
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
