// A bag folder as `cica verify` reads it: listed by walkBag, each file read at most once, bounded, never through a
// link (O_NOFOLLOW) and never blocking on a FIFO swapped in after the walk (O_NONBLOCK). A file that cannot be read
// is added to the tree's refused list, so it is reported once as a problem of that bag, never thrown.
import { constants } from 'node:fs';
import { lstat, open, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { MAX_BAG_BYTES, mib } from './limits.js';
import { walkBag, type Tree } from './walk.js';

/** The calls a folder bag needs; tests inject failing ones. */
export interface FolderFs {
  readdir: typeof readdir;
  lstat: typeof lstat;
  open: typeof open;
}

export const realFs: FolderFs = { readdir, lstat, open };

export interface FolderBag {
  tree: Tree;
  /** The file's bytes; undefined when it is not in the tree or could not be read (then it is in tree.refused). */
  read(path: string): Promise<Buffer | undefined>;
}

const FLAGS = constants.O_RDONLY | constants.O_NOFOLLOW | constants.O_NONBLOCK;

export async function openFolderBag(root: string, fs: FolderFs = realFs): Promise<FolderBag> {
  const tree = await walkBag(root, fs);
  const cache = new Map<string, Promise<Buffer | undefined>>();
  const refuse = (path: string, reason: string): undefined => {
    tree.refused.push({ path, code: 'FILE_UNREADABLE', reason });
    return undefined;
  };
  const load = async (path: string): Promise<Buffer | undefined> => {
    let handle;
    try {
      handle = await fs.open(join(root, ...path.split('/')), FLAGS);
      const info = await handle.stat();
      if (!info.isFile()) return refuse(path, 'the file was replaced by something that is not a plain file while it was checked');
      // The walk bounded the sizes it saw; a file that grew since is bounded here, before a byte is read.
      if (info.size > (tree.sizes.get(path) ?? 0) || info.size > MAX_BAG_BYTES) {
        return refuse(path, `the file grew while it was checked (more than ${mib(MAX_BAG_BYTES)} or than when it was listed)`);
      }
      const bytes = Buffer.alloc(info.size);
      let done = 0;
      while (done < bytes.length) {
        const { bytesRead } = await handle.read(bytes, done, bytes.length - done, done);
        if (bytesRead === 0) break;
        done += bytesRead;
      }
      return done === bytes.length ? bytes : refuse(path, 'the file became shorter while it was checked');
    } catch (err) {
      return refuse(path, `the file cannot be read (${(err as NodeJS.ErrnoException).code ?? String(err)})`);
    } finally {
      await handle?.close().catch(() => {});
    }
  };
  const refusedPath = (path: string) => tree.refused.some((r) => r.path === path);
  return {
    tree,
    read(path) {
      if (!tree.files.has(path) || refusedPath(path)) return Promise.resolve(undefined);
      if (!cache.has(path)) cache.set(path, load(path));
      return cache.get(path)!;
    },
  };
}
