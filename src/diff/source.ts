// Where a version comes from: a file, or `REV:PATH` read from git (agreements live in repositories). A git version
// is checked out, with the files beside it (a note's enclosure), into a temporary folder, and every position in
// its diagnostics is shown as `REV:PATH:line:col`.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, posix } from 'node:path';
import type { Diagnostic } from '../diagnostics/index.js';

export interface Version {
  /** The path the agreement is read from. */
  file: string;
  /** As the user named it: a path, or REV:PATH. */
  shown: string;
  /** The name output files take (the file's name). */
  name: string;
  /** Shows a diagnostic's positions as the user named the file. */
  rename(d: Diagnostic): Diagnostic;
  dispose(): Promise<void>;
}

export class SourceError extends Error {}

const GIT_FORM = /^([^:]+):(.+)$/;
/** The most a git version's folder may hold (a checkout of one folder of agreements, not a repository). */
const MAX_ARCHIVE = 64 * 1024 * 1024;

/** A path as given, or REV:PATH when no such file exists and it reads as one (a Windows drive "C:\" never does). */
export async function openVersion(arg: string): Promise<Version> {
  const base = (p: string) => p.split(/[\\/]/).pop() ?? p;
  const git = GIT_FORM.exec(arg);
  if (existsSync(arg) || !git || /^[A-Za-z]$/.test(git[1]!)) {
    return { file: arg, shown: arg, name: base(arg), rename: (d) => d, dispose: async () => {} };
  }
  const [, rev, path] = git as unknown as [string, string, string];
  const relative = path.replace(/\\/g, '/');
  // Like git itself: "./x.yaml" is relative to the current folder, "agreements/x.yaml" to the repository's top.
  const top = run('git', ['rev-parse', '--show-toplevel']).trim();
  const prefix = run('git', ['rev-parse', '--show-prefix']).trim();
  const inRepo = relative.startsWith('./') || relative.startsWith('../') ? posix.normalize(posix.join(prefix, relative)) : posix.normalize(relative);
  if (inRepo.startsWith('../')) throw new SourceError(`${arg}: the path leaves the repository`);
  const kind = spawnSync('git', ['cat-file', '-t', `${rev}:${inRepo}`], { encoding: 'utf8' });
  if (kind.status !== 0 || kind.stdout.trim() !== 'blob') {
    throw new SourceError(`${arg}: git has no file ${inRepo} at ${rev}${kind.stderr ? ` (${kind.stderr.trim().split('\n')[0]})` : ''}`);
  }
  const dir = await mkdtemp(join(tmpdir(), 'cica-diff-'));
  const folder = posix.dirname(inRepo);
  const archive = spawnSync('git', ['-C', top, 'archive', '--format=tar', rev, '--', folder === '.' ? inRepo : folder], { maxBuffer: MAX_ARCHIVE });
  if (archive.status !== 0) {
    await rm(dir, { recursive: true, force: true });
    throw new SourceError(`${arg}: git could not read ${folder} at ${rev} (${archive.stderr.toString().trim().split('\n')[0] ?? ''})`);
  }
  const untar = spawnSync('tar', ['-x', '-C', dir], { input: archive.stdout });
  if (untar.status !== 0) {
    await rm(dir, { recursive: true, force: true });
    throw new SourceError(`${arg}: could not unpack ${folder} (${untar.stderr.toString().trim()})`);
  }
  const file = join(dir, ...inRepo.split('/'));
  const root = `${dirname(file)}`;
  const renamePath = (p: string) => (p === file ? arg : p.startsWith(root) ? `${rev}:${posix.join(folder, p.slice(root.length + 1).replace(/\\/g, '/'))}` : p);
  return {
    file,
    shown: arg,
    name: base(inRepo),
    rename: (d) => (d.span ? { ...d, span: { ...d.span, file: renamePath(d.span.file) } } : d),
    dispose: () => rm(dir, { recursive: true, force: true }),
  };
}

function run(cmd: string, args: string[]): string {
  const r = spawnSync(cmd, args, { encoding: 'utf8' });
  if (r.error) throw new SourceError(`${cmd} is not available: ${r.error.message}`);
  if (r.status !== 0) throw new SourceError(`not in a git repository (${r.stderr.trim().split('\n')[0] ?? ''})`);
  return r.stdout;
}
