// `cica watch` as a process (issue 13 §1): each save re-renders; a version with errors prints its diagnostics and
// leaves --out as the last good version left it; a half-written file is reported and the next save fixes it;
// saves by rename are followed; SIGTERM exits 0.
import { readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
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

  it('a bad --serve port is a usage error (exit 2)', async () => {
    const w = startWatch('csto-cica-memorandum.yaml', ['--serve', '99999']);
    expect(await w.exited).toBe(2);
    expect(w.stderr()).toMatch(/--serve takes a port number/);
  });
});
