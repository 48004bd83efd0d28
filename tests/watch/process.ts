// A `cica watch` child process for tests: its output as it comes, waits for a line, and its stop.
import { spawn, type ChildProcess } from 'node:child_process';
import { copyFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CICA, ROOT } from '../e2e/tools.js';

export interface WatchProcess {
  child: ChildProcess;
  dir: string;
  file: string;
  out: string;
  stdout: () => string;
  stderr: () => string;
  /** Resolves when stdout+stderr (since the start) match `re` at least `count` times; rejects after `ms`. */
  waitFor(re: RegExp, count?: number, ms?: number): Promise<void>;
  /** The exit code, once it exits by itself. */
  exited: Promise<number | null>;
  /** SIGTERM; resolves with the exit code. */
  stop(): Promise<number | null>;
}

/** Copies `sample` (an agreements/ file name) into a temp folder and watches the copy. */
export function startWatch(sample: string, args: string[] = [], env: Record<string, string> = {}): WatchProcess {
  const dir = mkdtempSync(join(tmpdir(), 'cica-watch-'));
  const file = join(dir, sample);
  copyFileSync(join(ROOT, 'agreements', sample), file);
  const out = join(dir, 'out');
  const child = spawn(process.execPath, [CICA, 'watch', file, '--out', out, ...args], { cwd: dir, env: { ...process.env, NO_COLOR: '1', ...env } });
  let stdout = '';
  let stderr = '';
  const listeners = new Set<() => void>();
  child.stdout!.on('data', (c) => { stdout += c; listeners.forEach((l) => l()); });
  child.stderr!.on('data', (c) => { stderr += c; listeners.forEach((l) => l()); });
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  return {
    child, dir, file, out, exited,
    stdout: () => stdout,
    stderr: () => stderr,
    waitFor(re, count = 1, ms = 60_000) {
      const global = new RegExp(re.source, re.flags.includes('g') ? re.flags : re.flags + 'g');
      return new Promise((resolve, reject) => {
        const check = () => {
          if (((stdout + stderr).match(global)?.length ?? 0) >= count) { listeners.delete(check); clearTimeout(timer); resolve(); }
        };
        const timer = setTimeout(() => { listeners.delete(check); reject(new Error(`timed out waiting for ${re} x${count}\nstdout:\n${stdout}\nstderr:\n${stderr}`)); }, ms);
        listeners.add(check);
        check();
        exited.then(() => { if (listeners.has(check)) { listeners.delete(check); clearTimeout(timer); reject(new Error(`cica watch exited while waiting for ${re}\nstdout:\n${stdout}\nstderr:\n${stderr}`)); } });
      });
    },
    async stop() {
      if (child.exitCode === null) child.kill('SIGTERM');
      return exited;
    },
  };
}
