// Reads a bundle's `.zip` (as `cica bundle --zip` makes it) into memory for `cica verify`, without writing a byte
// to disk. Only the exact form that zip.ts writes is accepted (APPNOTE.TXT 6.3.10 §4.3): records back to back from
// offset 0, then the directory, then an end record with no comment; no extra fields or comments; Unix entries; no
// data descriptors. Anything else could hide bytes that another unzip tool reads differently from this one (a
// second directory in a comment, an unlisted record, a Unicode-path extra field renaming a file on extraction), so it
// is reported as a changed archive, never read around. Every entry is bounded by its declared size before inflating.
import { crc32, inflateRawSync } from 'node:zlib';
import { error, type Diagnostic } from '../diagnostics/index.js';
import { isSafeBundleName, unsafePathReason } from './paths.js';
import { MAX_BAG_BYTES as MAX_ARCHIVE_BYTES, MAX_BAG_ENTRIES as MAX_ENTRIES } from './limits.js';
import type { Tree } from './walk.js';

/** An archive, or all it unpacks to, larger than this is refused; bundles are a few MiB (limits.ts). */
export { MAX_ARCHIVE_BYTES };

export interface ArchiveBag {
  /** The one folder at the archive's root (the bundle's name). */
  top: string;
  /** The bag as walkBag would list it, paths relative to `top`. */
  tree: Tree;
  files: Map<string, Buffer>;
  /** Problems of the archive's entries (tampering); the bag inside is checked by verify.ts. */
  problems: Diagnostic[];
}

/** Not a zip at all: bad input rather than a tampered bundle. */
export interface NotAnArchive {
  notAnArchive: string;
}

/** A zip not in the form cica writes, or holding no single bag: a changed archive, so tampering. */
export interface DamagedArchive {
  damaged: string;
  problems: Diagnostic[];
}

const S_IFMT = 0o170000;
const S_IFREG = 0o100000;
const S_IFLNK = 0o120000;
const UTF8_NAMES = 0x800;
const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

export function readArchive(zip: Buffer, label: string): ArchiveBag | NotAnArchive | DamagedArchive {
  if (zip.length < 22 || zip.readUInt32LE(0) !== 0x04034b50) return { notAnArchive: 'it is not a zip file' };
  const problems: Diagnostic[] = [];
  const damaged = (why: string): DamagedArchive => ({ damaged: why, problems });
  const eocd = zip.length - 22;
  if (zip.readUInt32LE(eocd) !== 0x06054b50) {
    return zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06])) > 0
      ? damaged('bytes follow its zip directory (a comment or appended data, which cica never writes)')
      : { notAnArchive: 'its zip directory is missing or cut short' };
  }
  const count = zip.readUInt16LE(eocd + 10);
  const cdSize = zip.readUInt32LE(eocd + 12);
  const cdStart = zip.readUInt32LE(eocd + 16);
  if (count === 0xffff || cdStart === 0xffffffff) return { notAnArchive: 'it is a ZIP64 archive, which cica never writes' };
  if (zip.readUInt16LE(eocd + 4) !== 0 || zip.readUInt16LE(eocd + 6) !== 0 || zip.readUInt16LE(eocd + 8) !== count || cdStart + cdSize !== eocd) {
    return damaged('its zip directory is not where its end record says');
  }
  if (count === 0) return { notAnArchive: 'the archive is empty' };
  if (count > MAX_ENTRIES) return damaged(`it lists ${count} entries; a bundle has a few dozen`);

  const at = (name: string) => ({ span: { file: `${label}/${name}`, start: { line: 1, col: 1 } } });
  const here = { span: { file: label, start: { line: 1, col: 1 } } };
  const entries: { path: string; data: Buffer }[] = [];
  const seen = new Set<string>();
  const links: string[] = [];
  const special: string[] = [];
  let declared = 0;
  let expectedLocal = 0; // where the next record must start: records lie back to back, nothing between them
  let p = cdStart;
  for (let i = 0; i < count; i++) {
    if (p + 46 > eocd || zip.readUInt32LE(p) !== 0x02014b50) return damaged(`its zip directory entry ${i + 1} is damaged`);
    const os = zip.readUInt8(p + 5);
    const flags = zip.readUInt16LE(p + 8);
    const method = zip.readUInt16LE(p + 10);
    const crc = zip.readUInt32LE(p + 16);
    const csize = zip.readUInt32LE(p + 20);
    const usize = zip.readUInt32LE(p + 24);
    const nameLen = zip.readUInt16LE(p + 28);
    const extras = zip.readUInt16LE(p + 30) + zip.readUInt16LE(p + 32); // extra field, file comment
    const mode = zip.readUInt32LE(p + 38) >>> 16;
    const local = zip.readUInt32LE(p + 42);
    const central = p;
    const rawName = zip.subarray(p + 46, p + 46 + nameLen);
    p += 46 + nameLen + zip.readUInt16LE(p + 30) + zip.readUInt16LE(p + 32);
    if (p > eocd) return damaged(`its zip directory entry ${i + 1} runs past the directory`);
    const ascii = rawName.every((b) => b < 0x80);
    if (os !== 3 || extras !== 0 || (flags & ~UTF8_NAMES) !== 0 || (flags === UTF8_NAMES) === ascii) {
      return damaged(`entry ${i + 1} is not packed as cica packs bundles (another zip tool, or a changed header)`);
    }
    if (local !== expectedLocal) return damaged(`entry ${i + 1} is not where the entry before it ends (hidden or missing data)`);
    const record = localRecord(zip, central, local, rawName, csize);
    if (typeof record === 'string') return damaged(`entry ${i + 1}: ${record}`);
    expectedLocal = record.end;
    let path: string;
    try {
      path = utf8.decode(rawName);
    } catch {
      problems.push(error('UNSAFE_PATH', `Entry ${i + 1} of the archive has a name that is not UTF-8.`, here));
      continue;
    }
    const unsafe = unsafePathReason(path);
    if (unsafe || path.endsWith('/')) {
      problems.push(error('UNSAFE_PATH', `The archive holds an entry named ${JSON.stringify(path)}: ${unsafe ?? 'a folder entry, which cica never writes'}.`, here));
      continue;
    }
    if (seen.has(path)) {
      problems.push(error('ZIP_DUPLICATE', `${path} is in the archive twice.`, at(path)));
      continue;
    }
    seen.add(path);
    if ((mode & S_IFMT) === S_IFLNK) links.push(path);
    else if ((mode & S_IFMT) !== S_IFREG) special.push(path);
    else if (method !== 0 && method !== 8) problems.push(error('ZIP_UNSUPPORTED', `${path} is packed with zip method ${method}; cica writes only stored and deflated entries.`, at(path)));
    else if ((declared += usize) > MAX_ARCHIVE_BYTES) return damaged(`it unpacks to more than ${MAX_ARCHIVE_BYTES >> 20} MiB`);
    else {
      const data = unpack(record.data, usize, method);
      if (typeof data === 'string') problems.push(error('ZIP_CORRUPT', `${path} cannot be read from the archive: ${data}.`, at(path)));
      else if (crc32(data) >>> 0 !== crc) problems.push(error('ZIP_CORRUPT', `${path} has been changed inside the archive: its CRC-32 does not match.`, at(path)));
      else entries.push({ path, data });
    }
  }
  if (expectedLocal !== cdStart) return damaged('there is data between its last entry and its zip directory');
  return collect(entries, seen, links, special, problems, damaged, at);
}

/** One folder at the root, no name both a file and a folder; the bag's tree relative to that folder. */
function collect(
  entries: { path: string; data: Buffer }[], seen: Set<string>, links: string[], special: string[], problems: Diagnostic[],
  damaged: (why: string) => DamagedArchive, at: (name: string) => { span: { file: string; start: { line: number; col: number } } },
): ArchiveBag | DamagedArchive {
  const tops = new Set([...seen].map((s) => s.split('/')[0]!));
  if (tops.size !== 1) return damaged(tops.size === 0 ? 'none of its entries can be read' : `a bundle archive holds one folder, this one ${tops.size} (${[...tops].slice(0, 3).join(', ')})`);
  const top = [...tops][0]!;
  if (!isSafeBundleName(top)) return damaged(`its folder ${JSON.stringify(top)} does not have a bundle's name`);
  const parents = new Set<string>();
  for (const s of seen) for (let i = s.indexOf('/'); i >= 0; i = s.indexOf('/', i + 1)) parents.add(s.slice(0, i));
  const inner = (path: string) => path.slice(top.length + 1);
  const tree: Tree = { files: new Set(), sizes: new Map(), links: links.map(inner), special: special.map(inner), emptyDirs: [], refused: [] };
  const files = new Map<string, Buffer>();
  for (const e of entries) {
    if (parents.has(e.path)) {
      problems.push(error('ZIP_CORRUPT', `${e.path} is both a file and a folder in the archive.`, at(e.path)));
      continue;
    }
    tree.files.add(inner(e.path));
    tree.sizes.set(inner(e.path), e.data.length);
    files.set(inner(e.path), e.data);
  }
  return { top, tree, files, problems };
}

/** The entry's local record: its header must repeat the directory's name, version, flags, method, time, CRC and
 *  sizes, with no extra field; returns its packed bytes and where the record ends, or why not. */
function localRecord(zip: Buffer, central: number, local: number, name: Buffer, csize: number): { data: Buffer; end: number } | string {
  if (local + 30 > zip.length || zip.readUInt32LE(local) !== 0x04034b50) return 'its local header is missing';
  const nameLen = zip.readUInt16LE(local + 26);
  if (zip.readUInt16LE(local + 28) !== 0) return 'its local header carries an extra field';
  if (!zip.subarray(local + 30, local + 30 + nameLen).equals(name)) return 'its local header names another file';
  // local 4..25 (version needed, flags, method, time, date, CRC, sizes) = central 6..27.
  if (!zip.subarray(local + 4, local + 26).equals(zip.subarray(central + 6, central + 28))) return 'its local header disagrees with the zip directory';
  const start = local + 30 + nameLen;
  if (start + csize > zip.length) return 'its data runs past the end of the archive';
  return { data: zip.subarray(start, start + csize), end: start + csize };
}

function unpack(raw: Buffer, usize: number, method: number): Buffer | string {
  if (method === 0) return raw.length === usize ? raw : 'its stored size is wrong';
  try {
    const out = inflateRawSync(raw, { maxOutputLength: Math.max(1, usize) });
    return out.length === usize ? out : 'it unpacks to another size than the archive says';
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE' ? 'it unpacks to more than the archive says' : 'its compressed data is damaged';
  }
}
