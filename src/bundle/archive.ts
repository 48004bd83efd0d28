// Reads a bundle's `.zip` (as `cica bundle --zip` makes it) into memory for `cica verify`, without writing a byte
// to disk: the central directory (APPNOTE.TXT 6.3.10 §4.3.12) read by hand, because fflate's reader does not show
// an entry's Unix mode (a symlink would read as a file holding its target) nor check CRC-32. Every entry is bounded
// by its declared size before inflating (no zip bomb), and every name is checked before it is used.
import { inflateRawSync, crc32 } from 'node:zlib';
import { error, type Diagnostic } from '../diagnostics/index.js';
import { unsafePathReason } from './paths.js';
import type { Tree } from './walk.js';

/** A bundle archive larger than this is refused unread; bundles are a few MiB. */
export const MAX_ARCHIVE_BYTES = 1 << 30;

export interface ArchiveBag {
  /** The one folder at the archive's root (the bundle's name). */
  top: string;
  /** The bag as walkBag would list it, paths relative to `top`. */
  tree: Tree;
  files: Map<string, Buffer>;
  /** Problems of the archive itself (tampering); the bag inside is checked by verify.ts. */
  problems: Diagnostic[];
}

/** Not a zip at all (or one we cannot read): bad input rather than a tampered bundle. */
export interface NotAnArchive {
  notAnArchive: string;
}

/** A zip whose own structure is broken or holds more than one bag: a changed archive, so tampering. */
export interface DamagedArchive {
  damaged: string;
}

const S_IFMT = 0o170000;
const S_IFREG = 0o100000;
const S_IFDIR = 0o040000;
const S_IFLNK = 0o120000;

function findEndOfCentralDirectory(zip: Buffer): number {
  for (let at = zip.length - 22; at >= Math.max(0, zip.length - 22 - 0xffff); at--) {
    if (zip.readUInt32LE(at) === 0x06054b50 && at + 22 + zip.readUInt16LE(at + 20) === zip.length) return at;
  }
  return -1;
}

export function readArchive(zip: Buffer, label: string): ArchiveBag | NotAnArchive | DamagedArchive {
  if (zip.length < 22 || zip.readUInt32LE(0) !== 0x04034b50) return { notAnArchive: 'it is not a zip file' };
  const eocd = findEndOfCentralDirectory(zip);
  if (eocd < 0) return { notAnArchive: 'its zip directory is missing or cut short' };
  const count = zip.readUInt16LE(eocd + 10);
  const cdSize = zip.readUInt32LE(eocd + 12);
  const cdStart = zip.readUInt32LE(eocd + 16);
  if (count === 0xffff || cdStart === 0xffffffff) return { notAnArchive: 'it is a ZIP64 archive, which cica never writes' };
  if (zip.readUInt16LE(eocd + 4) !== 0 || zip.readUInt16LE(eocd + 6) !== 0 || zip.readUInt16LE(eocd + 8) !== count || cdStart + cdSize !== eocd) {
    return { damaged: 'its zip directory is not where its end record says' };
  }

  const problems: Diagnostic[] = [];
  const at = (name: string) => ({ span: { file: `${label}/${name}`, start: { line: 1, col: 1 } } });
  const entries: { name: string; data: Buffer }[] = [];
  const tops = new Set<string>();
  const dirs: string[] = [];
  const links: string[] = [];
  const special: string[] = [];
  const seen = new Set<string>();
  let declared = 0;
  let p = cdStart;
  for (let i = 0; i < count; i++) {
    // The last directory record must end exactly where the end record begins (checked after the loop).
    if (p + 46 > eocd || zip.readUInt32LE(p) !== 0x02014b50) return { damaged: `its zip directory entry ${i + 1} is damaged` };
    const os = zip.readUInt8(p + 5);
    const flags = zip.readUInt16LE(p + 8);
    const method = zip.readUInt16LE(p + 10);
    const crc = zip.readUInt32LE(p + 16);
    const csize = zip.readUInt32LE(p + 20);
    const usize = zip.readUInt32LE(p + 24);
    const nameLen = zip.readUInt16LE(p + 28);
    const next = p + 46 + nameLen + zip.readUInt16LE(p + 30) + zip.readUInt16LE(p + 32);
    const mode = os === 3 ? zip.readUInt32LE(p + 38) >>> 16 : 0;
    const local = zip.readUInt32LE(p + 42);
    const rawName = zip.subarray(p + 46, p + 46 + nameLen);
    const central = p;
    p = next;
    let name: string;
    try {
      name = new TextDecoder('utf-8', { fatal: true }).decode(rawName);
    } catch {
      problems.push(error('UNSAFE_PATH', `Zip entry ${i + 1} has a name that is not UTF-8.`, at(`#${i + 1}`)));
      continue;
    }
    const isDir = name.endsWith('/') || (mode & S_IFMT) === S_IFDIR;
    const path = name.replace(/\/$/, '');
    const unsafe = unsafePathReason(path);
    if (unsafe) {
      problems.push(error('UNSAFE_PATH', `The archive holds an unsafe name ${JSON.stringify(name)}: ${unsafe}.`, at(path.replace(/^\/+/, ''))));
      continue;
    }
    if (seen.has(path)) {
      problems.push(error('ZIP_DUPLICATE', `${path} is in the archive twice.`, at(path)));
      continue;
    }
    seen.add(path);
    tops.add(path.split('/')[0]!);
    if ((mode & S_IFMT) === S_IFLNK) links.push(path);
    else if (mode !== 0 && !isDir && (mode & S_IFMT) !== S_IFREG) special.push(path);
    else if (isDir) dirs.push(path);
    else if (flags & 1) problems.push(error('ZIP_ENCRYPTED', `${path} is encrypted in the archive; a bundle is never encrypted.`, at(path)));
    else if (method !== 0 && method !== 8) problems.push(error('ZIP_UNSUPPORTED', `${path} is packed with zip method ${method}; cica writes only stored and deflated entries.`, at(path)));
    else if ((declared += usize) > MAX_ARCHIVE_BYTES) return { notAnArchive: `it unpacks to more than ${MAX_ARCHIVE_BYTES >> 20} MiB` };
    else {
      const data = entryData(zip, central, local, rawName, csize, usize, method);
      if (typeof data === 'string') problems.push(error('ZIP_CORRUPT', `${path} cannot be read from the archive: ${data}.`, at(path)));
      else if (crc32(data) >>> 0 !== crc) problems.push(error('ZIP_CORRUPT', `${path} has been changed inside the archive: its CRC-32 does not match.`, at(path)));
      else entries.push({ name: path, data });
    }
  }
  if (p !== eocd) return { damaged: 'its zip directory does not end where its end record says' };
  if (tops.size === 0) return { notAnArchive: 'the archive is empty' };
  if (tops.size > 1) return { damaged: `a bundle archive holds one folder, this one ${tops.size} (${[...tops].slice(0, 3).join(', ')})` };
  const top = [...tops][0]!;
  const inner = (path: string) => path.slice(top.length + 1);
  const tree: Tree = { files: new Set(), links: links.map(inner), special: special.map(inner), emptyDirs: [] };
  const files = new Map<string, Buffer>();
  for (const e of entries) {
    if (e.name === top) {
      problems.push(error('EXTRA_FILE', `${top} is a file at the archive's root, where the bundle's folder should be.`, at(top)));
      continue;
    }
    tree.files.add(inner(e.name));
    files.set(inner(e.name), e.data);
  }
  for (const d of dirs) {
    if (d !== top && ![...seen].some((s) => s.startsWith(`${d}/`))) tree.emptyDirs.push(inner(d));
  }
  return { top, tree, files, problems };
}

/** An entry's bytes, through its local header (which must repeat the directory's name, method, time and sizes:
 *  a byte changed in either copy shows), or why not. */
function entryData(zip: Buffer, central: number, local: number, name: Buffer, csize: number, usize: number, method: number): Buffer | string {
  if (local + 30 > zip.length || zip.readUInt32LE(local) !== 0x04034b50) return 'its local header is missing';
  const nameLen = zip.readUInt16LE(local + 26);
  const start = local + 30 + nameLen + zip.readUInt16LE(local + 28);
  if (!zip.subarray(local + 30, local + 30 + nameLen).equals(name)) return 'its local header names another file';
  // version needed, flags, method, time, date (local 4..13 = central 6..15); CRC and sizes unless a data descriptor carries them.
  const descriptor = (zip.readUInt16LE(local + 6) & 8) !== 0;
  const same = (l: number, c: number, n: number) => zip.subarray(local + l, local + l + n).equals(zip.subarray(central + c, central + c + n));
  if (!same(4, 6, 10) || (!descriptor && !same(14, 16, 12))) return 'its local header disagrees with the zip directory';
  if (start + csize > zip.length) return 'its data runs past the end of the archive';
  const raw = zip.subarray(start, start + csize);
  if (method === 0) return csize === usize ? raw : 'its stored size is wrong';
  try {
    const out = inflateRawSync(raw, { maxOutputLength: Math.max(1, usize) });
    return out.length === usize ? out : 'it unpacks to another size than the archive says';
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE' ? 'it unpacks to more than the archive says' : 'its compressed data is damaged';
  }
}
