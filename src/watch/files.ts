// watchPaths: calls back once per burst of changes to a set of files and folders. Each file is watched through its
// folder (inotify on the folder, by the file's name), not by its inode: an editor that saves by writing a new file and
// renaming it over the old one (vim's default, most IDEs) replaces the inode, and a watch on the old inode would go
// silent; the folder's watch sees the rename and goes on seeing the next save with nothing to re-watch. A folder
// watched whole (--templates) is watched with each of its subfolders, listed again after every change.
import { watch, readdirSync, type FSWatcher } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';

export interface WatchSet {
  /** Files whose changes count (their folders are watched). */
  files: readonly string[];
  /** Folders every change in which counts, subfolders included. */
  folders: readonly string[];
}

export interface PathWatcher {
  /** Watches this set from now on (files and folders added or dropped). */
  update(set: WatchSet): void;
  close(): void;
}

export interface WatchOptions {
  /** Quiet time after the last event before the callback: one save is often several events (truncate, write,
   *  rename, chmod) and an editor may write twice. */
  debounceMs: number;
  /** Called once per burst, with the time (performance.now()) of its first event and the paths seen changing. */
  onChange(firstEventAt: number, paths: string[]): void;
}

/** Every folder under `root` (itself first); unreadable ones are skipped. */
function foldersUnder(root: string): string[] {
  const out = [root];
  try {
    for (const e of readdirSync(root, { withFileTypes: true })) if (e.isDirectory()) out.push(...foldersUnder(join(root, e.name)));
  } catch {
    // Gone or unreadable: its parent's watch (or the retry) sees it come back.
  }
  return out;
}

export function watchPaths(initial: WatchSet, opts: WatchOptions): PathWatcher {
  /** For each folder watched: the names in it that count, or 'all'. */
  let wanted = new Map<string, Set<string> | 'all'>();
  const watchers = new Map<string, FSWatcher>();
  let set = initial;
  let timer: NodeJS.Timeout | undefined;
  let retry: NodeJS.Timeout | undefined;
  let firstAt = 0;
  let changed = new Set<string>();
  let closed = false;

  const fire = () => {
    timer = undefined;
    const paths = [...changed];
    changed = new Set();
    // A folder added under a watched one is watched before the callback reads it.
    if (set.folders.length) refresh();
    opts.onChange(firstAt, paths);
  };

  const event = (dir: string, name: string | null) => {
    if (closed) return;
    const want = wanted.get(dir);
    if (!want || (want !== 'all' && name !== null && !want.has(name))) return;
    if (!timer) firstAt = performance.now();
    changed.add(name === null ? dir : join(dir, name));
    clearTimeout(timer);
    timer = setTimeout(fire, opts.debounceMs);
  };

  const refresh = () => {
    // Closed: an update that comes after (the version being drafted at Ctrl-C) watches nothing again.
    if (closed) return;
    const next = new Map<string, Set<string> | 'all'>();
    for (const f of set.files) {
      const dir = dirname(resolve(f));
      const names = next.get(dir);
      if (names === 'all') continue;
      next.set(dir, (names ?? new Set()).add(basename(f)));
    }
    for (const folder of set.folders) for (const dir of foldersUnder(resolve(folder))) next.set(dir, 'all');
    wanted = next;
    for (const [dir, w] of watchers) if (!next.has(dir)) { w.close(); watchers.delete(dir); }
    let missing = false;
    for (const dir of next.keys()) {
      if (watchers.has(dir)) continue;
      try {
        const w = watch(dir, { persistent: true }, (_type, name) => event(dir, name === null ? null : String(name)));
        // The folder removed or moved: watch it again once it is back.
        w.on('error', () => { w.close(); watchers.delete(dir); scheduleRetry(); });
        watchers.set(dir, w);
      } catch {
        missing = true;
      }
    }
    if (missing) scheduleRetry();
  };

  const scheduleRetry = () => {
    if (closed || retry) return;
    retry = setTimeout(() => { retry = undefined; refresh(); }, 500);
  };

  refresh();
  return {
    update(next) {
      set = next;
      refresh();
    },
    close() {
      closed = true;
      clearTimeout(timer);
      clearTimeout(retry);
      for (const w of watchers.values()) w.close();
      watchers.clear();
    },
  };
}
