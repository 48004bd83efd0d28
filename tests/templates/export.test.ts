import { mkdtemp, readFile, readdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { runTemplatesExport } from '../../src/cli/templates.js';
import { BUILTIN_DIR, loadTemplates } from '../../src/templates/index.js';

describe('cica templates export', () => {
  it('copies the built-ins, which then load as custom templates', async () => {
    vi.spyOn(process.stdout, 'write').mockImplementation(() => true);
    const dir = join(await mkdtemp(join(tmpdir(), 'cica-export-')), 'mine');
    expect(await runTemplatesExport(dir, {})).toBe(0);
    expect((await readdir(join(dir, 'partials'))).length).toBeGreaterThan(5);
    expect(await readFile(join(dir, 'memorandum.en.hbs'), 'utf8')).toBe(await readFile(join(BUILTIN_DIR, 'memorandum.en.hbs'), 'utf8'));
    const loaded = await loadTemplates(dir);
    expect(loaded.ok && [...loaded.value.files.values()].every((f) => f.startsWith(dir))).toBe(true);
    vi.restoreAllMocks();
  });

  it('never overwrites without --force', async () => {
    vi.spyOn(process.stdout, 'write').mockImplementation(() => true);
    vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
    const dir = await mkdtemp(join(tmpdir(), 'cica-export-'));
    await writeFile(join(dir, 'note.en.hbs'), 'mine');
    expect(await runTemplatesExport(dir, {})).toBe(2);
    expect(await readFile(join(dir, 'note.en.hbs'), 'utf8')).toBe('mine');
    expect(await readdir(dir)).toEqual(['note.en.hbs']);
    expect(await runTemplatesExport(dir, { force: true })).toBe(0);
    expect(await readFile(join(dir, 'note.en.hbs'), 'utf8')).not.toBe('mine');
    vi.restoreAllMocks();
  });
});
