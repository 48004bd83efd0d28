// Deflated embedded-font parts, cached on disk under the package's .cache/ (warmed by `npm run build`): deflating
// PT Serif's four faces (2.4 MB) costs ~150 ms, every cold `cica draft`. Deflate is deterministic for a given fflate
// version and level, both in the key, so a cached entry and a fresh one are the same bytes.
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { zipEntry, type ZipEntry } from './zip.js';

const require = createRequire(import.meta.url);
const FFLATE = (require('fflate/package.json') as { version: string }).version;
/** The package root from src/writers/docx and dist/writers/docx alike. */
const DIR = new URL('../../../.cache/docx-fonts/', import.meta.url);
const HEADER = 8 + 32; // crc32, size, sha256 of the deflated bytes

const sha256 = (b: Uint8Array) => createHash('sha256').update(b).digest();

function read(file: URL, size: number): { crc: number; deflated: Uint8Array } | undefined {
  try {
    const buf = readFileSync(file);
    if (buf.length < HEADER || buf.readUInt32LE(4) !== size) return undefined;
    const deflated = new Uint8Array(buf.buffer, buf.byteOffset + HEADER, buf.length - HEADER);
    // A damaged cache file is ignored, never written into a document.
    if (!sha256(deflated).equals(buf.subarray(8, HEADER))) return undefined;
    return { crc: buf.readUInt32LE(0), deflated };
  } catch {
    return undefined;
  }
}

function write(file: URL, entry: ZipEntry): void {
  try {
    mkdirSync(DIR, { recursive: true });
    const head = Buffer.alloc(8);
    head.writeUInt32LE(entry.crc, 0);
    head.writeUInt32LE(entry.size, 4);
    const tmp = new URL(`${file.pathname.split('/').pop()}.${process.pid}.tmp`, DIR);
    writeFileSync(tmp, Buffer.concat([head, sha256(entry.deflated), entry.deflated]));
    renameSync(tmp, file);
  } catch {
    // A read-only install: deflate every time, as without a cache.
  }
}

/** The zip entry of `data` named `name`; `key` identifies the data (its hash). */
export function cachedZipEntry(name: string, data: Uint8Array, key: string): ZipEntry {
  const file = new URL(`${key}-fflate${FFLATE}.deflate`, DIR);
  const hit = read(file, data.length);
  if (hit) return { name, deflated: hit.deflated, crc: hit.crc, size: data.length };
  const entry = zipEntry(name, data);
  write(file, entry);
  return entry;
}
