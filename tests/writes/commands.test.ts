// The commands that write (draft, bundle, keygen, init, templates export) on hostile output folders (issue 10 §4):
// links in the target are replaced and never written through, a symlinked custom template is refused with its code at
// the file, and a write that fails for real (RLIMIT_FSIZE: EFBIG, as a full disk would) exits 4 with the folder as it
// was. The real-failure cases run the built CLI (dist/).
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, lstatSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runBundle } from '../../src/cli/bundle.js';
import { runDraft } from '../../src/cli/draft.js';
import { runInit } from '../../src/cli/init.js';
import { runKeygen } from '../../src/cli/keygen.js';
import { runTemplatesExport } from '../../src/cli/templates.js';
import { captured } from '../bundle/capture.js';
import { capture } from '../cli-validate/capture.js';
import { fakeRenderer, sampleAgreements } from '../bundle/helpers.js';
import { fresh, snapshot } from './snapshot.js';

const ROOT = new URL('../../', import.meta.url).pathname;
const SAMPLE = join(ROOT, 'agreements', 'csto-cica-memorandum.yaml');
const CICA = join(ROOT, 'bin', 'cica');
const BUILT = existsSync(join(ROOT, 'dist', 'cli', 'main.js'));

function outside(): { dir: string; file: string; folder: string } {
  const dir = fresh('cica-outside-');
  writeFileSync(join(dir, 'precious.txt'), 'outside the target');
  mkdirSync(join(dir, 'folder'));
  writeFileSync(join(dir, 'folder', 'tail.hbs'), 'outside partial');
  return { dir, file: join(dir, 'precious.txt'), folder: join(dir, 'folder') };
}

const draftOpts = (out: string, extra = {}) => ({ layout: ['en'], format: ['pdf'], out, order: ['en', 'ru'], pageSize: 'A4' as const, ...extra });

describe('links in an output folder are replaced, never written through', () => {
  it('templates export --force: a file link and a folder link (partials) are replaced; outside untouched', async () => {
    const o = outside();
    const there = snapshot(o.dir);
    const dir = fresh();
    symlinkSync(o.file, join(dir, 'memorandum.en.hbs'));
    symlinkSync(o.folder, join(dir, 'partials'));
    const r = await captured(() => runTemplatesExport(dir, { force: true }));
    expect(r.code, r.err).toBe(0);
    expect(snapshot(o.dir)).toEqual(there);
    expect(lstatSync(join(dir, 'memorandum.en.hbs')).isFile()).toBe(true);
    expect(lstatSync(join(dir, 'partials')).isDirectory()).toBe(true);
    expect(lstatSync(join(dir, 'partials', 'tail.hbs')).isFile()).toBe(true);
  });

  it('templates export without --force: a link (even dangling) refuses the run, exit 2, nothing written', async () => {
    const o = outside();
    const dir = fresh();
    symlinkSync(join(o.dir, 'gone.hbs'), join(dir, 'note.ru.hbs'));
    const before = snapshot(dir);
    const r = await captured(() => runTemplatesExport(dir, {}));
    expect(r.code).toBe(2);
    expect(snapshot(dir)).toEqual(before);
    expect(existsSync(join(o.dir, 'gone.hbs'))).toBe(false);
  });

  it('init --force on a link replaces the link; without --force it is refused (exit 1)', async () => {
    const o = outside();
    const dir = fresh();
    const file = join(dir, 'a.yaml');
    symlinkSync(o.file, file);
    expect(await runInit(file, {}, capture())).toBe(1);
    expect(readFileSync(o.file, 'utf8')).toBe('outside the target');
    expect(await runInit(file, { force: true }, capture())).toBe(0);
    expect(readFileSync(o.file, 'utf8')).toBe('outside the target');
    expect(lstatSync(file).isFile()).toBe(true);
    expect(readFileSync(file, 'utf8')).toMatch(/kind: memorandum/);
  });

  it('keygen --force over a linked cica.key replaces the link (0600), the linked file untouched', async () => {
    const o = outside();
    const dir = fresh();
    await captured(() => runKeygen({ out: dir }));
    const pub = readFileSync(join(dir, 'cica.pub'), 'utf8');
    const { rmSync } = await import('node:fs');
    rmSync(join(dir, 'cica.key'));
    symlinkSync(o.file, join(dir, 'cica.key'));
    expect((await captured(() => runKeygen({ out: dir }))).code).toBe(2);
    expect((await captured(() => runKeygen({ out: dir, force: true }))).code).toBe(0);
    expect(readFileSync(o.file, 'utf8')).toBe('outside the target');
    expect(lstatSync(join(dir, 'cica.key')).isFile()).toBe(true);
    expect(lstatSync(join(dir, 'cica.key')).mode & 0o777).toBe(0o600);
    expect(readFileSync(join(dir, 'cica.pub'), 'utf8')).not.toBe(pub);
  });

  it('keygen --force where cica.pub is a folder: exit 2, the existing key pair kept as it was', async () => {
    const dir = fresh();
    await captured(() => runKeygen({ out: dir }));
    const { rmSync } = await import('node:fs');
    rmSync(join(dir, 'cica.pub'));
    mkdirSync(join(dir, 'cica.pub'));
    const before = snapshot(dir);
    const r = await captured(() => runKeygen({ out: dir, force: true }));
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/cica\.pub is a folder; nothing was written/);
    expect(snapshot(dir)).toEqual(before);
  });

  it('keygen --out a file: exit 2, never "a key file is already there"', async () => {
    const dir = fresh();
    writeFileSync(join(dir, 'f'), 'x');
    const r = await captured(() => runKeygen({ out: join(dir, 'f') }));
    expect(r.code).toBe(2);
    expect(r.err).not.toMatch(/already there/);
  });

  it('draft: an output that is a link is replaced, its target untouched; a folder where an output goes refuses the run', async () => {
    const o = outside();
    const out = fresh();
    symlinkSync(o.file, join(out, 'csto-cica-memorandum.en.pdf'));
    expect(await runDraft([SAMPLE], draftOpts(out))).toBe(0);
    expect(readFileSync(o.file, 'utf8')).toBe('outside the target');
    expect(lstatSync(join(out, 'csto-cica-memorandum.en.pdf')).isFile()).toBe(true);

    const busy = fresh();
    writeFileSync(join(busy, 'csto-cica-memorandum.en.pdf'), 'old');
    mkdirSync(join(busy, 'csto-cica-memorandum.ru.pdf'));
    const before = snapshot(busy);
    const r = await captured(() => runDraft([SAMPLE], draftOpts(busy, { layout: ['en', 'ru'] })));
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/csto-cica-memorandum\.ru\.pdf is a folder; nothing written/);
    expect(snapshot(busy)).toEqual(before);
  }, 60_000);
});

describe('a symlinked custom template is refused, never replaced by the built-in', () => {
  it('draft --templates with a linked template or a linked partials folder: TEMPLATE_SYMLINK at the link, exit 1', async () => {
    const o = outside();
    for (const [link, target] of [['memorandum.en.hbs', o.file], ['partials', o.folder]] as const) {
      const templates = fresh('cica-tpl-');
      await captured(() => runTemplatesExport(templates, {}));
      const { rmSync } = await import('node:fs');
      rmSync(join(templates, link), { recursive: true });
      symlinkSync(target, join(templates, link));
      const out = fresh();
      const r = await captured(() => runDraft([SAMPLE], draftOpts(out, { templates })));
      expect(r.code, link).toBe(1);
      expect(r.err, link).toContain(`${join(templates, link)}:1:1  TEMPLATE_SYMLINK`);
      expect(snapshot(out), link).toEqual([]);
    }
  }, 60_000);

  it('a folder or a pipe named like a template or the stylesheet: TEMPLATE_NOT_A_FILE there, exit 1, never the built-in', async () => {
    const { mkdirSync, rmSync } = await import('node:fs');
    const { execFileSync } = await import('node:child_process');
    for (const [name, make] of [['memorandum.ru.hbs', (p: string) => mkdirSync(p)], ['partials/tail.hbs', (p: string) => mkdirSync(p)],
      ['styles.json', (p: string) => execFileSync('mkfifo', [p])]] as const) {
      const templates = fresh('cica-tpl-');
      await captured(() => runTemplatesExport(templates, {}));
      rmSync(join(templates, name), { recursive: true });
      make(join(templates, name));
      const out = fresh();
      const r = await captured(() => runDraft([SAMPLE], draftOpts(out, { templates })));
      expect(r.code, name).toBe(1);
      expect(r.err, name).toContain(`${join(templates, name)}:1:1  TEMPLATE_NOT_A_FILE`);
      expect(snapshot(out), name).toEqual([]);
    }
  }, 60_000);
});

describe('bundle --out', () => {
  it('a file given as --out: exit 2, no crash', async () => {
    const dir = fresh();
    writeFileSync(join(dir, 'f'), 'x');
    const r = await captured(async () => runBundle([sampleAgreements()], { out: join(dir, 'f') }, { renderer: await fakeRenderer() }));
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/cannot write into/);
  });
});

/** Runs the built CLI with a file-size limit of `kib` KiB, SIGXFSZ ignored: a write past it fails with EFBIG. */
function limited(kib: number, args: string[]) {
  return spawnSync('bash', ['-c', `trap '' XFSZ; ulimit -f ${kib}; exec "$@"`, 'bash', 'node', CICA, ...args], { encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
}

describe.skipIf(!BUILT)('a write that fails for real (file-size limit, as a full disk)', () => {
  it('draft: exit 4, every earlier output kept byte for byte, no staging left', () => {
    const src = fresh('cica-src-');
    cpSync(SAMPLE, join(src, 'memo.yaml'));
    const out = fresh();
    expect(spawnSync('node', [CICA, 'draft', join(src, 'memo.yaml'), '--out', out]).status).toBe(0);
    writeFileSync(join(src, 'memo.yaml'), readFileSync(join(src, 'memo.yaml'), 'utf8').replace('Memorandum', 'Memorandum Amended'));
    const before = snapshot(out);
    const r = limited(100, ['draft', join(src, 'memo.yaml'), '--out', out]);
    expect(r.status, r.stderr).toBe(4);
    expect(r.stderr).toMatch(/nothing written, the folder is as it was/);
    expect(snapshot(out)).toEqual(before);
  }, 60_000);

  it('bundle: exit 4, the old bundle and zip kept, no .tmp left', () => {
    const src = fresh('cica-src-');
    cpSync(SAMPLE, join(src, 'memo.yaml'));
    const out = fresh();
    const first = spawnSync('node', [CICA, 'bundle', join(src, 'memo.yaml'), '--out', out, '--zip', '--jobs', '1'], { encoding: 'utf8' });
    expect(first.status, first.stderr).toBe(0);
    writeFileSync(join(src, 'memo.yaml'), readFileSync(join(src, 'memo.yaml'), 'utf8').replace('Memorandum', 'Memorandum Amended'));
    const before = snapshot(out);
    const r = limited(200, ['bundle', join(src, 'memo.yaml'), '--out', out, '--zip', '--jobs', '1']);
    expect(r.status, r.stderr).toBe(4);
    expect(r.stderr).toContain('BUNDLE_FAILED');
    expect(snapshot(out)).toEqual(before);
  }, 60_000);
});
