// Lists everything in a bag without following links (lstat semantics: Dirent types come from readdir,
// which never resolves a symlink), so a link can neither hide a file nor smuggle one in from outside.
import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';

export interface Tree {
  /** Regular files, '/'-separated paths relative to the bag root. */
  files: Set<string>;
  /** Symbolic links, anywhere. */
  links: string[];
  /** Sockets, FIFOs, devices: never part of a bag. */
  special: string[];
  /** Directories holding no file at any depth. */
  emptyDirs: string[];
}

export async function walkBag(root: string): Promise<Tree> {
  const tree: Tree = { files: new Set(), links: [], special: [], emptyDirs: [] };
  const visit = async (rel: string): Promise<number> => {
    const entries = await readdir(rel ? join(root, rel) : root, { withFileTypes: true });
    let count = 0;
    for (const e of entries) {
      const path = rel ? `${rel}/${e.name}` : e.name;
      if (e.isSymbolicLink()) tree.links.push(path);
      else if (e.isDirectory()) count += await visit(path);
      else if (e.isFile()) {
        tree.files.add(path);
        count++;
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
