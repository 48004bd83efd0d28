// Lists everything in a bag without following links (lstat semantics: Dirent types come from readdir,
// which never resolves a symlink), so a link can neither hide a file nor smuggle one in from outside.
// Bounded (limits.ts): a bag too large or holding too many entries is listed as far as the bound and the rest
// refused; a folder that cannot be read is refused. Nothing here throws for what the bag holds.
import { lstat, readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { MAX_BAG_BYTES, MAX_BAG_ENTRIES, mib } from './limits.js';

/** A path the checks could not look into: too large to read, or unreadable (the reason says which). */
export interface Refused {
  path: string;
  code: 'BAG_TOO_LARGE' | 'FILE_UNREADABLE';
  reason: string;
}

export interface Tree {
  /** Regular files, '/'-separated paths relative to the bag root. */
  files: Set<string>;
  /** Each regular file's size in bytes. */
  sizes: Map<string, number>;
  /** Symbolic links, anywhere. */
  links: string[];
  /** Sockets, FIFOs, devices: never part of a bag. */
  special: string[];
  /** Directories holding no file at any depth. */
  emptyDirs: string[];
  /** Files (among `files`) and folders that were not read, and why. */
  refused: Refused[];
}

/** The file system calls of a walk; tests inject failing ones. */
export interface WalkFs {
  readdir: typeof readdir;
  lstat: typeof lstat;
}

const errCode = (err: unknown): string => (err as NodeJS.ErrnoException).code ?? String(err);

/** Lists the bag at `root`. Throws only when `root` itself cannot be listed (verify reports that as bad input). */
export async function walkBag(root: string, fs: WalkFs = { readdir, lstat }): Promise<Tree> {
  const tree: Tree = { files: new Set(), sizes: new Map(), links: [], special: [], emptyDirs: [], refused: [] };
  let entries = 0;
  let bytes = 0;
  let full = false;
  const visit = async (rel: string): Promise<number> => {
    let list;
    try {
      list = await fs.readdir(rel ? join(root, rel) : root, { withFileTypes: true });
    } catch (err) {
      if (!rel) throw err;
      tree.refused.push({ path: rel, code: 'FILE_UNREADABLE', reason: `the folder cannot be read (${errCode(err)})` });
      return 1; // it may hold files: not reported as an empty folder
    }
    let count = 0;
    for (const e of list.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
      const path = rel ? `${rel}/${e.name}` : e.name;
      if (full) return count + 1;
      if (++entries > MAX_BAG_ENTRIES) {
        full = true;
        tree.refused.push({ path: rel || '.', code: 'BAG_TOO_LARGE', reason: `the bundle holds more than ${MAX_BAG_ENTRIES} files and folders; the rest was not read` });
        return count + 1;
      }
      if (e.isSymbolicLink()) tree.links.push(path);
      else if (e.isDirectory()) count += await visit(path);
      else if (e.isFile()) {
        count++;
        tree.files.add(path);
        const size = await fs.lstat(join(root, path)).then((s) => s.size, (err: unknown) => err);
        if (typeof size !== 'number') {
          tree.refused.push({ path, code: 'FILE_UNREADABLE', reason: `the file cannot be read (${errCode(size)})` });
          continue;
        }
        tree.sizes.set(path, size);
        if (size > MAX_BAG_BYTES) tree.refused.push({ path, code: 'BAG_TOO_LARGE', reason: `the file is ${size} bytes, more than the ${mib(MAX_BAG_BYTES)} a bundle's file may hold; it was not read` });
        else if ((bytes += size) > MAX_BAG_BYTES) {
          bytes -= size;
          tree.refused.push({ path, code: 'BAG_TOO_LARGE', reason: `the bundle's files add up to more than ${mib(MAX_BAG_BYTES)} with this one; it was not read` });
        }
      } else tree.special.push(path);
    }
    if (count === 0 && rel) tree.emptyDirs.push(rel);
    return count;
  };
  await visit('');
  return tree;
}

export async function isDirectory(path: string): Promise<boolean> {
  return stat(path).then((s) => s.isDirectory(), () => false);
}
