// commitFiles: every file of one run into a folder, all or nothing (issue 10 §4). The files are written and flushed
// into a staging folder inside the target (same filesystem, so renames are atomic), then renamed into place one by
// one; an existing file or link is moved aside first, never written through; on any failure every step is undone in
// reverse and the staging folder removed, so the folder is left as it was before the run.
import { link, lstat, mkdir, open, rename, rm, rmdir } from 'node:fs/promises';
import { dirname, join } from 'node:path';

export interface OutFile {
  /** Path relative to the target folder, '/'-separated (templates export writes `partials/x.hbs`). */
  path: string;
  bytes: Uint8Array | string;
  /** File mode (default 0644); applied exactly, whatever the umask (a secret key is 0600). */
  mode?: number;
}

/** Why nothing was written, before anything was: the user can act on it (exit 2). */
export class CommitRefused extends Error {
  constructor(readonly path: string, readonly why: 'exists' | 'folder' | 'file-in-path', message?: string) {
    super(message ?? (why === 'exists' ? `${path} already exists` : why === 'folder' ? `${path} is a folder` : `${path} is a file, so no folder can be made there`));
  }
}

/** The file system calls commitFiles makes; tests inject failing ones (disk full, a rename refused). */
export interface CommitFs {
  lstat: typeof lstat;
  mkdir: typeof mkdir;
  open: typeof open;
  rename: typeof rename;
  link: typeof link;
  rm: typeof rm;
  rmdir: typeof rmdir;
}

export const realCommitFs: CommitFs = { lstat, mkdir, open, rename, link, rm, rmdir };

const kind = async (fs: CommitFs, path: string): Promise<'none' | 'dir' | 'link' | 'other'> => {
  try {
    const s = await fs.lstat(path);
    return s.isDirectory() ? 'dir' : s.isSymbolicLink() ? 'link' : 'other';
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return 'none';
    throw err;
  }
};

export interface CommitOptions {
  /** Replace existing files and links (--force); otherwise any of them refuses the run. */
  replace: boolean;
  /** Mode of the folders made for `root` (keygen: 0700). */
  rootMode?: number;
  /** false: the files are not flushed to disk before the renames (default true). Readers still see each file whole
   *  or not at all (rename is atomic); only a power cut could lose them. `cica watch` rewrites its outputs on every
   *  save from the YAML the editor keeps, and the flush is up to a third of a re-render on a busy disk. */
  durable?: boolean;
}

/** Writes `files` into `root` (made if missing). `replace`: existing files and links are replaced (the link itself,
 *  never its target; a link where a folder goes is replaced by a real folder); otherwise any of them refuses the run.
 *  Throws CommitRefused before writing anything, or the I/O error after undoing everything. */
export async function commitFiles(root: string, files: readonly OutFile[], opts: CommitOptions, fs: CommitFs = realCommitFs): Promise<void> {
  const { replace } = opts;
  let made: string | undefined;
  try {
    made = await fs.mkdir(root, { recursive: true, ...(opts.rootMode !== undefined ? { mode: opts.rootMode } : {}) });
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'EEXIST' || code === 'ENOTDIR') throw new CommitRefused(root, 'file-in-path', 'it is a file, or a file stands in its path, not a folder');
    throw err;
  }
  try {
    await commitInto(root, files, replace, opts.durable !== false, fs);
  } catch (err) {
    // A folder this run made (the target, and parents it lacked) goes too: nothing is left of a failed run.
    for (let dir = root; made !== undefined; dir = dirname(dir)) {
      if (!(await fs.rmdir(dir).then(() => true, () => false)) || dir === made || dirname(dir) === dir) break;
    }
    throw err;
  }
}

async function commitInto(root: string, files: readonly OutFile[], replace: boolean, durable: boolean, fs: CommitFs): Promise<void> {
  // Preflight: what stands at each folder and file to be written.
  const dirs = new Map<string, 'none' | 'dir' | 'link'>();
  const targets = new Map<string, 'none' | 'replace'>();
  const fresh = (dir: string): boolean => dir !== '' && dirs.get(dir) !== 'dir';
  for (const f of files) {
    const parts = f.path.split('/');
    for (let i = 1; i < parts.length; i++) {
      const dir = parts.slice(0, i).join('/');
      if (dirs.has(dir)) continue;
      const k = await kind(fs, join(root, ...dir.split('/')));
      if (k === 'other') throw new CommitRefused(dir, 'file-in-path');
      if (k === 'link' && !replace) throw new CommitRefused(dir, 'exists');
      dirs.set(dir, fresh(parts.slice(0, i - 1).join('/')) ? 'none' : k);
    }
    // Below a folder still to be made, or a link to be replaced by one, nothing exists yet (lstat would follow the link).
    const k = fresh(parts.slice(0, -1).join('/')) ? 'none' : await kind(fs, join(root, ...parts));
    if (k === 'dir') throw new CommitRefused(f.path, 'folder');
    if (k !== 'none' && !replace) throw new CommitRefused(f.path, 'exists');
    targets.set(f.path, k === 'none' ? 'none' : 'replace');
  }

  const staging = join(root, `.cica-stage-${process.pid}-${Math.random().toString(36).slice(2, 10)}`);
  await fs.mkdir(staging, { mode: 0o700 });
  const undo: (() => Promise<unknown>)[] = [];
  try {
    // 1. Every file complete and flushed in staging: a full disk fails here, before the folder is touched.
    for (const [i, f] of files.entries()) {
      const handle = await fs.open(join(staging, `new-${i}`), 'wx', f.mode ?? 0o644);
      try {
        await handle.writeFile(f.bytes);
        await handle.chmod(f.mode ?? 0o644);
        if (durable) await handle.sync();
      } finally {
        await handle.close();
      }
    }
    // 2. Folders: made, or a link standing where one goes moved aside and replaced by a real folder.
    for (const [i, [dir, k]] of [...dirs].entries()) {
      const path = join(root, ...dir.split('/'));
      if (k === 'dir') continue;
      if (k === 'link') {
        const aside = join(staging, `old-dir-${i}`);
        await fs.rename(path, aside);
        undo.push(() => fs.rename(aside, path));
      }
      await fs.mkdir(path);
      undo.push(() => fs.rmdir(path));
    }
    // 3. Files: the old one (or link) moved aside, the new one renamed in.
    for (const [i, f] of files.entries()) {
      const path = join(root, ...f.path.split('/'));
      if (targets.get(f.path) === 'replace') {
        const aside = join(staging, `old-${i}`);
        await fs.rename(path, aside);
        undo.push(() => fs.rename(aside, path));
      }
      if (replace) {
        await fs.rename(join(staging, `new-${i}`), path);
        undo.push(() => fs.rename(path, join(staging, `new-${i}`)));
      } else {
        // link(2) fails if anything appeared there since the preflight: nothing is ever clobbered unasked.
        await fs.link(join(staging, `new-${i}`), path).catch(async (err: NodeJS.ErrnoException) => {
          if (err.code === 'EEXIST') throw new CommitRefused(f.path, 'exists');
          // A file system without hard links (vfat, some network mounts): check again, then rename.
          if (!['EPERM', 'ENOTSUP', 'EOPNOTSUPP'].includes(err.code ?? '') || (await kind(fs, path)) !== 'none') throw err;
          await fs.rename(join(staging, `new-${i}`), path);
        });
        undo.push(() => fs.rm(path, { force: true }));
      }
    }
  } catch (err) {
    for (const step of undo.reverse()) await step().catch(() => {});
    throw err;
  } finally {
    await fs.rm(staging, { recursive: true, force: true }).catch(() => {});
  }
}

/** An errno that says the run could not write (not that the user asked for something impossible): exit 4. */
export function ioReason(err: unknown): string {
  const code = (err as NodeJS.ErrnoException).code;
  const known: Record<string, string> = {
    ENOSPC: 'the disk is full', EDQUOT: 'the disk quota is exceeded', EROFS: 'the file system is read-only',
    EACCES: 'permission denied', EPERM: 'permission denied', EIO: 'an input/output error', EFBIG: 'a file is larger than this process may write', ENOTDIR: 'a file stands where a folder goes',
  };
  return (code && known[code]) ?? (code ? `${code}` : String(err));
}
