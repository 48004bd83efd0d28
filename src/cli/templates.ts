// `cica templates export DIR`: copies the built-in templates out for editing; never overwrites without --force.
import { lstat, readdir, readFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { BUILTIN_DIR } from '../templates/index.js';
import { commitFiles, CommitRefused, ioReason } from './commit.js';
import { EXIT } from './exit.js';
import { makeOutput } from './output.js';

async function builtinFiles(): Promise<string[]> {
  const entries = await readdir(BUILTIN_DIR, { recursive: true, withFileTypes: true });
  return entries
    .filter((e) => e.isFile())
    .map((e) => relative(BUILTIN_DIR, join(e.parentPath, e.name)).split(sep).join('/'))
    .sort();
}

/** Copies every built-in template into `dir`. Refuses (and writes nothing) if any target exists, unless force. */
export async function runTemplatesExport(dir: string, opts: { force?: boolean }): Promise<number> {
  const out = await makeOutput();
  const files = await builtinFiles();
  if (!opts.force) {
    const existing: string[] = [];
    // lstat: a link counts as there, even a dangling one (it is never written through).
    for (const rel of files) if (await lstat(join(dir, rel)).catch(() => undefined)) existing.push(rel);
    if (existing.length) {
      out.err(`${out.color.red('error')}: ${existing.length} file(s) already exist in ${dir} (${existing.slice(0, 3).join(', ')}${existing.length > 3 ? ', ...' : ''}); nothing was written.`);
      out.err('  hint: use --force to overwrite them, or choose another folder.');
      return EXIT.USAGE;
    }
  }
  try {
    // All files or none, links replaced and never followed (commit.ts).
    const staged = await Promise.all(files.map(async (rel) => ({ path: rel, bytes: await readFile(join(BUILTIN_DIR, rel)) })));
    await commitFiles(dir, staged, { replace: Boolean(opts.force) });
  } catch (e) {
    const refused = e instanceof CommitRefused;
    out.err(`${out.color.red('error')}: cannot write to ${dir}: ${refused ? e.message : ioReason(e)}; nothing was written.`);
    if (refused && e.why === 'exists') out.err('  hint: use --force to replace it (a link is replaced, never followed), or choose another folder.');
    return refused ? EXIT.USAGE : EXIT.IO;
  }
  out.out(`Wrote ${files.length} template files to ${dir}. Use them with: cica draft --templates ${dir} FILE`);
  return EXIT.OK;
}
