// `cica draft --format akn` end to end: the file names each layout gives, the default formats unchanged, and the same
// bytes from two processes in different time zones.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cica, tempDir } from '../e2e/tools.js';

const MEMO = 'agreements/csto-cica-memorandum.yaml';
const NOTE = 'agreements/note-18-4-58emb.yaml';

function draft(args: string[], env: NodeJS.ProcessEnv = {}): { dir: string; files: string[] } {
  const dir = tempDir('akn-cli');
  const r = cica(['draft', ...args, '--out', dir], { env });
  expect(r.status, r.stderr).toBe(0);
  return { dir, files: readdirSync(dir).sort() };
}

describe('cica draft --format akn', () => {
  it('writes one file per language whatever the layout asks: parallel gives both', () => {
    expect(draft([MEMO, '--format', 'akn', '--layout', 'parallel']).files).toEqual(['csto-cica-memorandum.en.akn.xml', 'csto-cica-memorandum.ru.akn.xml']);
    expect(draft([MEMO, '--format', 'akn,pdf', '--layout', 'ru']).files).toEqual(['csto-cica-memorandum.ru.akn.xml', 'csto-cica-memorandum.ru.pdf']);
  });

  it('is written only when asked: the default formats stay DOCX and PDF', () => {
    expect(draft([MEMO, '--layout', 'en']).files).toEqual(['csto-cica-memorandum.en.docx', 'csto-cica-memorandum.en.pdf']);
  });

  it('writes the same bytes in UTC and in Asia/Almaty', () => {
    const a = draft([MEMO, NOTE, '--format', 'akn'], { TZ: 'UTC' });
    const b = draft([MEMO, NOTE, '--format', 'akn'], { TZ: 'Asia/Almaty' });
    expect(a.files).toEqual(b.files);
    expect(a.files).toHaveLength(4);
    for (const f of a.files) expect(readFileSync(join(a.dir, f)).equals(readFileSync(join(b.dir, f))), f).toBe(true);
  });
});
