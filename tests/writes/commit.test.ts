// commitFiles (src/cli/commit.ts), the all-or-nothing writer of draft, init, keygen and templates export: whatever
// fails (disk full at any file, a rename refused at any step, a folder where a file goes), the folder is left exactly
// as it was, staging included; links are replaced, never written through.
import { mkdirSync, readFileSync, readlinkSync, lstatSync, symlinkSync, writeFileSync } from 'node:fs';
import { open } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { commitFiles, CommitRefused, realCommitFs, type CommitFs, type OutFile } from '../../src/cli/commit.js';
import { fresh, snapshot } from './snapshot.js';

const FILES: OutFile[] = [
  { path: 'a.pdf', bytes: 'new a' },
  { path: 'b.docx', bytes: 'new b' },
  { path: 'sub/c.hbs', bytes: 'new c' },
  { path: 'sub/deeper/d.json', bytes: 'new d' },
];

/** A folder holding older versions of some of the files, and something else of the user's. */
function previous(): string {
  const dir = fresh();
  writeFileSync(join(dir, 'a.pdf'), 'old a');
  mkdirSync(join(dir, 'sub'));
  writeFileSync(join(dir, 'sub', 'c.hbs'), 'old c');
  writeFileSync(join(dir, 'notes.txt'), 'mine');
  return dir;
}

const fail = (code: string) => Promise.reject(Object.assign(new Error(`${code}: injected`), { code }));

/** The real calls, but the `nth` call of `call` fails with `code` (writes fail inside the handle's writeFile). */
function failingAt(call: 'write' | 'rename' | 'mkdir' | 'link', nth: number, code = 'ENOSPC'): CommitFs {
  let count = 0;
  const hit = () => ++count === nth;
  return {
    ...realCommitFs,
    open: (async (p: string, flags: string, mode: number) => {
      const handle = await open(p, flags, mode);
      if (call !== 'write') return handle;
      const write = handle.writeFile.bind(handle);
      return Object.assign(handle, { writeFile: (data: never) => (hit() ? fail(code) : write(data)) });
    }) as CommitFs['open'],
    rename: ((a: string, b: string) => (call === 'rename' && hit() ? fail(code) : realCommitFs.rename(a, b))) as CommitFs['rename'],
    mkdir: ((p: string, o: never) => (call === 'mkdir' && hit() ? fail(code) : realCommitFs.mkdir(p, o))) as CommitFs['mkdir'],
    link: ((a: string, b: string) => (call === 'link' && hit() ? fail(code) : realCommitFs.link(a, b))) as CommitFs['link'],
  };
}

describe('a failed write leaves the folder as it was', () => {
  it('disk full at each file in turn', async () => {
    for (let nth = 1; nth <= FILES.length; nth++) {
      const dir = previous();
      const before = snapshot(dir);
      await expect(commitFiles(dir, FILES, { replace: true }, failingAt('write', nth))).rejects.toMatchObject({ code: 'ENOSPC' });
      expect(snapshot(dir), `write ${nth}`).toEqual(before);
    }
  });

  it('a rename refused at each step (moving an old file aside, or a new one in)', async () => {
    // Replacing a.pdf and sub/c.hbs takes 2 renames each, the two new files 1 each: 6 in all.
    for (let nth = 1; nth <= 6; nth++) {
      const dir = previous();
      const before = snapshot(dir);
      await expect(commitFiles(dir, FILES, { replace: true }, failingAt('rename', nth, 'EIO'))).rejects.toMatchObject({ code: 'EIO' });
      expect(snapshot(dir), `rename ${nth}`).toEqual(before);
    }
  });

  it('a folder that cannot be made', async () => {
    for (let nth = 2; nth <= 3; nth++) { // 1 is the target folder itself (already there), 2 staging, 3 sub/deeper
      const dir = previous();
      const before = snapshot(dir);
      await expect(commitFiles(dir, FILES, { replace: true }, failingAt('mkdir', nth, 'EDQUOT'))).rejects.toMatchObject({ code: 'EDQUOT' });
      expect(snapshot(dir), `mkdir ${nth}`).toEqual(before);
    }
  });

  it('a target folder the run made is removed again, parents too', async () => {
    const base = fresh();
    await expect(commitFiles(join(base, 'x', 'y'), FILES, { replace: true }, failingAt('write', 2))).rejects.toThrow();
    expect(snapshot(base)).toEqual([]);
  });

  it('a folder where an output file goes, or a file where a folder goes: refused before anything is written', async () => {
    const dir = previous();
    mkdirSync(join(dir, 'b.docx'));
    const before = snapshot(dir);
    await expect(commitFiles(dir, FILES, { replace: true })).rejects.toMatchObject({ why: 'folder', path: 'b.docx' });
    expect(snapshot(dir)).toEqual(before);
    const other = previous();
    writeFileSync(join(other, 'sub', 'deeper'), 'a file');
    const was = snapshot(other);
    await expect(commitFiles(other, FILES, { replace: true })).rejects.toBeInstanceOf(CommitRefused);
    expect(snapshot(other)).toEqual(was);
  });

  it('succeeds completely otherwise, keeping what is not the run\'s, leaving no staging folder', async () => {
    const dir = previous();
    await commitFiles(dir, FILES, { replace: true });
    expect(snapshot(dir).map((l) => l.split(' ')[0])).toEqual(['a.pdf', 'b.docx', 'notes.txt', 'sub/', 'sub/c.hbs', 'sub/deeper/', 'sub/deeper/d.json']);
    expect(readFileSync(join(dir, 'sub/deeper/d.json'), 'utf8')).toBe('new d');
    expect(readFileSync(join(dir, 'notes.txt'), 'utf8')).toBe('mine');
  });
});

describe('links are replaced, never followed', () => {
  function withLinks(): { dir: string; outside: string } {
    const outside = fresh('cica-outside-');
    writeFileSync(join(outside, 'precious'), 'do not touch');
    mkdirSync(join(outside, 'folder'));
    writeFileSync(join(outside, 'folder', 'c.hbs'), 'outside c');
    const dir = fresh();
    symlinkSync(join(outside, 'precious'), join(dir, 'a.pdf'));
    symlinkSync(join(outside, 'nowhere'), join(dir, 'b.docx')); // dangling
    symlinkSync(join(outside, 'folder'), join(dir, 'sub'));
    return { dir, outside };
  }

  it('with replace: the links become plain files and folders; what they pointed at is untouched', async () => {
    const { dir, outside } = withLinks();
    const there = snapshot(outside);
    await commitFiles(dir, FILES, { replace: true });
    expect(snapshot(outside)).toEqual(there);
    for (const p of ['a.pdf', 'b.docx', 'sub/c.hbs']) expect(lstatSync(join(dir, p)).isFile(), p).toBe(true);
    expect(lstatSync(join(dir, 'sub')).isDirectory()).toBe(true);
    expect(readFileSync(join(dir, 'a.pdf'), 'utf8')).toBe('new a');
  });

  it('without replace: any link, dangling or not, refuses the run (nothing written)', async () => {
    const { dir, outside } = withLinks();
    const [here, there] = [snapshot(dir), snapshot(outside)];
    await expect(commitFiles(dir, FILES, { replace: false })).rejects.toMatchObject({ why: 'exists' });
    expect([snapshot(dir), snapshot(outside)]).toEqual([here, there]);
    expect(readlinkSync(join(dir, 'sub'))).toBe(join(outside, 'folder'));
  });

  it('without replace, a file that appears between the check and the write is never clobbered (link(2), not rename)', async () => {
    const dir = fresh();
    const racing: CommitFs = { ...realCommitFs, link: (async (a: string, b: string) => { writeFileSync(b, 'raced in'); return realCommitFs.link(a, b); }) as CommitFs['link'] };
    await expect(commitFiles(dir, [{ path: 'k', bytes: 'new' }], { replace: false }, racing)).rejects.toMatchObject({ why: 'exists' });
    expect(readFileSync(join(dir, 'k'), 'utf8')).toBe('raced in');
    expect(snapshot(dir)).toEqual([expect.stringMatching(/^k 644 /)]);
  });

  it('modes are exact whatever the umask (a secret key 0600)', async () => {
    const dir = fresh();
    const mask = process.umask(0o077);
    try {
      await commitFiles(dir, [{ path: 'cica.key', bytes: 's', mode: 0o600 }, { path: 'cica.pub', bytes: 'p', mode: 0o644 }], { replace: false });
    } finally {
      process.umask(mask);
    }
    expect(snapshot(dir).map((l) => l.split(' ').slice(0, 2).join(' '))).toEqual(['cica.key 600', 'cica.pub 644']);
  });
});
