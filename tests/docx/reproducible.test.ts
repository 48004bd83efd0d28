// Same tree -> same bytes: in one process, and across processes with other time zones and another clock.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { writeDocx } from '../../src/writers/docx/index.js';
import { dosDateTime } from '../../src/writers/docx/zip.js';
import { englishDraft, fixtures } from './fixtures.js';

const root = join(import.meta.dirname, '..', '..');

function emit(env: Record<string, string>): string {
  const out = spawnSync(join(root, 'node_modules', '.bin', 'vite-node'), [join('tests', 'docx', 'emit.ts')], {
    cwd: root,
    env: { ...process.env, ...env },
    encoding: 'utf8',
  });
  expect(out.status, out.stderr).toBe(0);
  return out.stdout.trim();
}

describe('reproducible bytes', () => {
  it('writes the same bytes twice in one process', async () => {
    for (const tree of Object.values(fixtures)) {
      expect(Buffer.from(await writeDocx(tree)).equals(Buffer.from(await writeDocx(tree)))).toBe(true);
    }
  });

  it('writes a document the same whatever was written before it in the process', async () => {
    // The parts, headers, footers and runs kept from earlier documents (shared-parts.ts, inlines.ts) change no byte.
    const trees = Object.values(fixtures);
    const forward = [];
    for (const tree of trees) forward.push(Buffer.from(await writeDocx(tree)));
    const backward = [];
    for (const tree of [...trees].reverse()) backward.unshift(Buffer.from(await writeDocx(tree)));
    for (let i = 0; i < trees.length; i++) expect(backward[i]!.equals(forward[i]!)).toBe(true);
  });

  it('writes the same bytes in separate processes whatever the time zone or the clock', () => {
    const reference = emit({ TZ: 'UTC' });
    expect(reference.split('\n')).toHaveLength(Object.keys(fixtures).length);
    for (const env of [{ TZ: 'Asia/Almaty' }, { TZ: 'America/New_York', CICA_SHIFT_CLOCK: '1' }, { TZ: 'Pacific/Kiritimati' }]) {
      expect(emit(env)).toBe(reference);
    }
  }, 60_000);

  it('stamps every zip entry with noon of meta.date, [Content_Types].xml first', async () => {
    const bytes = await writeDocx(englishDraft);
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    const { date, time } = dosDateTime('2020-03-11');
    expect(date).toBe(((2020 - 1980) << 9) | (3 << 5) | 11);
    expect(time).toBe(12 << 11);
    let at = 0;
    const names: string[] = [];
    while (view.getUint32(at, true) === 0x04034b50) {
      expect(view.getUint16(at + 10, true)).toBe(time);
      expect(view.getUint16(at + 12, true)).toBe(date);
      const nameLength = view.getUint16(at + 26, true);
      names.push(Buffer.from(bytes.subarray(at + 30, at + 30 + nameLength)).toString());
      at += 30 + nameLength + view.getUint32(at + 18, true);
    }
    expect(names[0]).toBe('[Content_Types].xml');
    expect(names.sort()).toEqual(Object.keys(unzipSync(bytes)).sort());
  });

  it('falls back to 1980-01-01 for a date a zip cannot hold', () => {
    expect(dosDateTime('1975-05-01')).toEqual(dosDateTime('1980-01-01'));
    expect(dosDateTime('not a date')).toEqual({ date: (1 << 5) | 1, time: 12 << 11 });
  });
});
