// watchPaths (src/watch/files.ts): one callback per burst, through saves in place and saves by rename (a new inode
// each time, as vim and most IDEs save), and nothing for other files in the folder.
import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { watchPaths } from '../../src/watch/files.js';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

function setup(folders: string[] = []) {
  const dir = mkdtempSync(join(tmpdir(), 'cica-watchfiles-'));
  const file = join(dir, 'm.yaml');
  writeFileSync(file, 'a');
  const bursts: string[][] = [];
  const w = watchPaths({ files: [file], folders: folders.map((f) => join(dir, f)) }, { debounceMs: 30, onChange: (_at, paths) => bursts.push(paths) });
  return { dir, file, bursts, w };
}

/** Waits until `n` bursts arrived (or 3 s). */
async function until(bursts: unknown[], n: number): Promise<void> {
  for (let t = 0; t < 3000 && bursts.length < n; t += 20) await sleep(20);
}

describe('watchPaths', () => {
  it('a burst of writes is one callback', async () => {
    const { file, bursts, w } = setup();
    for (let i = 0; i < 5; i++) writeFileSync(file, `v${i}`);
    await until(bursts, 1);
    await sleep(150);
    w.close();
    expect(bursts).toHaveLength(1);
    expect(bursts[0]).toEqual([file]);
  });

  it('survives saves by rename: every one of them is seen', async () => {
    const { dir, file, bursts, w } = setup();
    for (let i = 0; i < 4; i++) {
      const tmp = join(dir, `.m.yaml.${i}.swp`);
      writeFileSync(tmp, `saved ${i}`);
      renameSync(tmp, file);
      await until(bursts, i + 1);
      expect(bursts).toHaveLength(i + 1);
    }
    // And a save in place after the renames (the new inode) is still seen.
    writeFileSync(file, 'in place');
    await until(bursts, 5);
    w.close();
    expect(bursts).toHaveLength(5);
  });

  it('ignores other files of the folder', async () => {
    const { dir, bursts, w } = setup();
    writeFileSync(join(dir, 'other.yaml'), 'x');
    writeFileSync(join(dir, 'm.yaml~'), 'x');
    await sleep(200);
    w.close();
    expect(bursts).toEqual([]);
  });

  it('watches a folder whole, subfolders made later included', async () => {
    const { dir, bursts, w } = setup();
    mkdirSync(join(dir, 'tpl'));
    w.update({ files: [join(dir, 'm.yaml')], folders: [join(dir, 'tpl')] });
    writeFileSync(join(dir, 'tpl', 'a.hbs'), 'x');
    await until(bursts, 1);
    mkdirSync(join(dir, 'tpl', 'partials'));
    await until(bursts, 2);
    await sleep(100);
    writeFileSync(join(dir, 'tpl', 'partials', 'b.hbs'), 'x');
    await until(bursts, 3);
    w.close();
    expect(bursts.length).toBe(3);
    expect(bursts[2]).toEqual([join(dir, 'tpl', 'partials', 'b.hbs')]);
  });
});
