// The files a bundle must carry to be re-rendered later: the agreement's YAML, a note's enclosure YAML
// (kept at the same relative place, so the note's `enclosure.file` still resolves inside the bag), and
// custom templates when --templates was used.
import { readdir, readFile } from 'node:fs/promises';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { error, fail, ok, type Result } from '../diagnostics/index.js';
import type { Agreement } from '../model/types.js';
import { compareBytes, unsafePathReason } from './paths.js';

export interface SourceFile {
  /** Relative to data/source/. */
  path: string;
  bytes: Uint8Array;
}

export interface Sources {
  files: SourceFile[];
  /** Where the agreement's own YAML stands, relative to data/source/. */
  main: string;
  /** Where the templates stand, relative to data/source/, when custom ones were used. */
  templates?: string;
}

export const TEMPLATES_DIR = 'templates';

function commonDir(paths: string[]): string {
  const split = paths.map((p) => dirname(p).split(sep));
  const first = split[0]!;
  let n = first.length;
  for (const parts of split) {
    let i = 0;
    while (i < n && parts[i] === first[i]) i++;
    n = i;
  }
  return first.slice(0, n).join(sep) || sep;
}

async function listFiles(dir: string, prefix = ''): Promise<string[]> {
  const out: string[] = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const rel = prefix ? `${prefix}/${entry.name}` : entry.name;
    if (entry.isDirectory()) out.push(...(await listFiles(join(dir, entry.name), rel)));
    else if (entry.isFile()) out.push(rel);
  }
  return out;
}

export async function collectSources(file: string, agreement: Agreement, templatesDir?: string): Promise<Result<Sources>> {
  const yamls = [resolve(file)];
  if (agreement.kind === 'note' && agreement.enclosure) yamls.push(resolve(agreement.enclosure.path));
  const root = commonDir(yamls);
  const files: SourceFile[] = [];
  try {
    for (const abs of yamls) {
      const path = relative(root, abs).split(sep).join('/');
      files.push({ path, bytes: await readFile(abs) });
    }
    if (templatesDir) {
      for (const rel of (await listFiles(templatesDir)).sort(compareBytes)) {
        files.push({ path: `${TEMPLATES_DIR}/${rel}`, bytes: await readFile(join(templatesDir, rel)) });
      }
    }
  } catch (err) {
    const message = err instanceof Error ? err.message : String(err);
    return fail([error('BUNDLE_SOURCE_UNREADABLE', `A source file could not be read for the bundle: ${message}`, { span: { file, start: { line: 1, col: 1 } } })]);
  }
  const seen = new Set<string>();
  for (const f of files) {
    const unsafe = unsafePathReason(f.path);
    if (unsafe || seen.has(f.path)) {
      return fail([
        error('BUNDLE_SOURCE_PATH', `The source file ${f.path} cannot be stored in the bundle (${unsafe ?? 'two files would share that place'}).`, {
          span: { file, start: { line: 1, col: 1 } },
          hint: 'Rename the file or the templates folder so that every name is plain letters, digits, ".", "_" or "-".',
        }),
      ]);
    }
    seen.add(f.path);
  }
  return ok({ files, main: files[0]!.path, ...(templatesDir ? { templates: TEMPLATES_DIR } : {}) });
}
