// `cica templates export DIR`: copies the built-in templates out for editing; never overwrites without --force.
import { copyFile, mkdir, readdir, stat } from 'node:fs/promises';
import { dirname, join, relative, sep } from 'node:path';
import { BUILTIN_DIR } from '../templates/index.js';
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
  const out = makeOutput();
  const files = await builtinFiles();
  if (!opts.force) {
    const existing: string[] = [];
    for (const rel of files) if (await stat(join(dir, rel)).catch(() => undefined)) existing.push(rel);
    if (existing.length) {
      out.err(`${out.color.red('error')}: ${existing.length} file(s) already exist in ${dir} (${existing.slice(0, 3).join(', ')}${existing.length > 3 ? ', ...' : ''}); nothing was written.`);
      out.err('  hint: use --force to overwrite them, or choose another folder.');
      return EXIT.USAGE;
    }
  }
  try {
    for (const rel of files) {
      const target = join(dir, rel);
      await mkdir(dirname(target), { recursive: true });
      await copyFile(join(BUILTIN_DIR, rel), target);
    }
  } catch (e) {
    out.err(`${out.color.red('error')}: cannot write to ${dir}: ${(e as Error).message}`);
    return EXIT.USAGE;
  }
  out.out(`Wrote ${files.length} template files to ${dir}. Use them with: cica draft --templates ${dir} FILE`);
  return EXIT.OK;
}
