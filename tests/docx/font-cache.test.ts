// The on-disk cache of deflated font parts: a hit gives the very bytes a fresh deflate gives; a damaged file is ignored.
import { randomBytes } from 'node:crypto';
import { readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { cachedZipEntry } from '../../src/writers/docx/font-cache.js';
import { zipEntry } from '../../src/writers/docx/zip.js';

const DIR = resolve(import.meta.dirname, '../../.cache/docx-fonts');
const key = `TEST-${randomBytes(6).toString('hex')}`;
// Font-like data: compressible but not trivial.
const data = new Uint8Array(Buffer.concat(Array.from({ length: 200 }, (_, i) => Buffer.from(`glyph ${i} ${randomBytes(8).toString('hex')} `.repeat(20)))));
const fileOf = () => join(DIR, readdirSync(DIR).find((f) => f.startsWith(key))!);

afterAll(() => {
  for (const f of readdirSync(DIR)) if (f.startsWith(key)) rmSync(join(DIR, f));
});

describe('font cache', () => {
  const fresh = zipEntry('word/fonts/font1.odttf', data);

  it('a miss deflates and stores; a hit returns the same bytes, crc and size', () => {
    const miss = cachedZipEntry('word/fonts/font1.odttf', data, key);
    expect(Buffer.from(miss.deflated).equals(Buffer.from(fresh.deflated))).toBe(true);
    expect(readFileSync(fileOf()).length).toBeGreaterThan(fresh.deflated.length);
    const hit = cachedZipEntry('word/fonts/font1.odttf', data, key);
    expect({ ...hit, deflated: Buffer.from(hit.deflated) }).toEqual({ ...fresh, deflated: Buffer.from(fresh.deflated) });
  });

  it('ignores a damaged cache file and deflates afresh', () => {
    cachedZipEntry('word/fonts/font1.odttf', data, key);
    const file = fileOf();
    const bytes = readFileSync(file);
    bytes[bytes.length - 10] ^= 0xff;
    writeFileSync(file, bytes);
    const again = cachedZipEntry('word/fonts/font1.odttf', data, key);
    expect(Buffer.from(again.deflated).equals(Buffer.from(fresh.deflated))).toBe(true);
  });
});
