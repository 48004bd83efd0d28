// `cica watch` as a process (issue 13 §1): each save re-renders; a version with errors prints its diagnostics and
// leaves --out as the last good version left it; a half-written file is reported and the next save fixes it;
// saves by rename are followed; SIGTERM exits 0.
import { copyFileSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cica, ROOT, tempDir } from '../e2e/tools.js';
import { startWatch } from './process.js';

const snapshot = (dir: string) => Object.fromEntries(readdirSync(dir).sort().map((f) => [f, readFileSync(join(dir, f)).toString('base64')]));

describe('cica watch', () => {
  it('re-renders on save, keeps the last good output through errors and half-written files, exits 0 on SIGTERM', async () => {
    const w = startWatch('csto-cica-memorandum.yaml', ['--layout', 'en']);
    try {
      await w.waitFor(/version 1: wrote 2 files/);
      const first = snapshot(w.out);
      expect(Object.keys(first)).toEqual(['csto-cica-memorandum.en.docx', 'csto-cica-memorandum.en.pdf']);
      const text = readFileSync(w.file, 'utf8');

      // A save by rename (a new inode), as vim and most IDEs save.
      const edited = text.replace('based on stated intentions', 'based on the stated intentions');
      writeFileSync(join(w.dir, '.swp'), edited);
      renameSync(join(w.dir, '.swp'), w.file);
      await w.waitFor(/version 2 \(csto-cica-memorandum\.yaml changed\): wrote 2 files/);
      const second = snapshot(w.out);
      expect(second['csto-cica-memorandum.en.docx']).not.toBe(first['csto-cica-memorandum.en.docx']);

      // An invalid version: its diagnostic, as `cica draft` prints it, and --out untouched.
      writeFileSync(w.file, edited + 'x: [\n');
      await w.waitFor(/version 3 .*not written \(.* keeps version 2\)/);
      expect(w.stderr()).toMatch(/csto-cica-memorandum\.yaml:\d+:4 {2}YAML_SYNTAX/);
      expect(snapshot(w.out)).toEqual(second);

      // A half-written file (empty, as between an editor's truncate and its write): reported, nothing written.
      writeFileSync(w.file, '');
      await w.waitFor(/version 4 .*not written/);
      expect(w.stderr()).toMatch(/EMPTY_FILE/);
      expect(snapshot(w.out)).toEqual(second);

      // The next save fixes it, by rename again.
      writeFileSync(join(w.dir, '.swp'), text);
      renameSync(join(w.dir, '.swp'), w.file);
      await w.waitFor(/version 5 .*wrote 2 files/);
      expect(snapshot(w.out)).toEqual(first);
      expect(readdirSync(w.out).filter((f) => f.startsWith('.cica-stage'))).toEqual([]);
    } finally {
      expect(await w.stop()).toBe(0);
    }
  }, 180_000);

  it('watches a note\'s enclosure too; a save that changes no byte is no new version; SIGINT exits 0', async () => {
    const w = startWatch('note-18-4-58emb.yaml', ['--layout', 'en', '--format', 'pdf']);
    try {
      copyFileSync(join(ROOT, 'agreements/csto-cica-memorandum.yaml'), join(w.dir, 'csto-cica-memorandum.yaml'));
      await w.waitFor(/version \d+.*: wrote 1 file\b/);
      await w.waitFor(/watching 2 file/);
      const before = readFileSync(join(w.out, 'note-18-4-58emb.en.pdf'));
      const versions = () => (w.stdout() + w.stderr()).match(/version \d+/g)?.length ?? 0;
      const count = versions();
      // The same bytes again: nothing to draft.
      writeFileSync(w.file, readFileSync(w.file));
      await new Promise((r) => setTimeout(r, 1500));
      expect(versions()).toBe(count);
      // The enclosure edited: the note (which circulates it) is drafted again.
      const enclosure = join(w.dir, 'csto-cica-memorandum.yaml');
      writeFileSync(enclosure, readFileSync(enclosure, 'utf8').replace('based on stated intentions', 'based on the stated intentions'));
      await w.waitFor(/csto-cica-memorandum\.yaml changed\): wrote 1 file\b/);
      expect(readFileSync(join(w.out, 'note-18-4-58emb.en.pdf')).equals(before)).toBe(false);
    } finally {
      w.child.kill('SIGINT');
      expect(await w.exited).toBe(0);
    }
  }, 180_000);

  it('watches the --templates folder: a template saved is a new version', async () => {
    const templates = join(tempDir('watch-templates'), 'templates');
    expect(cica(['templates', 'export', templates]).status).toBe(0);
    const w = startWatch('csto-cica-memorandum.yaml', ['--layout', 'en', '--format', 'docx', '--templates', templates]);
    try {
      await w.waitFor(/version 1: wrote 1 file\b/);
      const hbs = readdirSync(templates).find((f) => f.endsWith('.hbs'))!;
      writeFileSync(join(templates, hbs), readFileSync(join(templates, hbs), 'utf8') + '{{!-- edited --}}\n');
      await w.waitFor(new RegExp(`version 2 \\(${hbs.replace('.', '\\.')} changed\\): wrote 1 file\\b`));
    } finally {
      expect(await w.stop()).toBe(0);
    }
  }, 120_000);

  it('SIGTERM during the first render exits 0, after it, with the server closed', async () => {
    const w = startWatch('csto-cica-memorandum.yaml', ['--layout', 'en', '--format', 'pdf', '--serve', '0']);
    await w.waitFor(/serving http:\/\/127\.0\.0\.1:\d+\//);
    expect(await w.stop()).toBe(0);
  });

  it('a bad --serve port is a usage error (exit 2)', async () => {
    const w = startWatch('csto-cica-memorandum.yaml', ['--serve', '99999']);
    expect(await w.exited).toBe(2);
    expect(w.stderr()).toMatch(/--serve takes a port number/);
  });
});
