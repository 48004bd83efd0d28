// Which agreements a bundle run covers: files as given, directories expanded to their *.yaml / *.yml
// (not recursive, sorted), and each one's bundle name checked: safe, unique, confined to --out.
import { readdir, stat } from 'node:fs/promises';
import { join, relative, resolve, isAbsolute } from 'node:path';
import { error, type Diagnostic } from '../diagnostics/index.js';
import { bundleName as baseName, compareBytes, isSafeBundleName } from './paths.js';

export interface Planned {
  file: string;
  name: string;
  /** Set when this agreement cannot be bundled at all (it fails alone). */
  refused?: Diagnostic;
}

/** A folder's agreements: its *.yaml / *.yml (not recursive), in byte order, so every machine lists them alike. */
async function folderAgreements(path: string): Promise<string[]> {
  return (await readdir(path)).filter((n) => /\.ya?ml$/i.test(n)).sort(compareBytes).map((n) => join(path, n));
}

/** The same file named twice (`a.yaml` and `./a.yaml`, or also through its folder) is taken once. */
function once(files: string[]): string[] {
  const seen = new Set<string>();
  return files.filter((f) => f === '-' || (!seen.has(resolve(f)) && Boolean(seen.add(resolve(f)))));
}

/** Expands the paths; a path that does not exist is a usage error (returned as its message). */
export async function expandPaths(paths: readonly string[]): Promise<{ files: string[] } | { missing: string }> {
  const files: string[] = [];
  for (const path of paths) {
    const info = await stat(path).catch(() => undefined);
    if (!info) return { missing: path };
    if (info.isDirectory()) files.push(...(await folderAgreements(path)));
    else files.push(path);
  }
  return { files: once(files) };
}

/** For `validate` and `draft`: folders expanded as `bundle` expands them; anything else (a file, `-` for standard
 *  input, a path that does not exist) is kept as given, for the reader to read or report at its place. `empty`
 *  names the folders that hold no agreement (a usage error: the wrong folder, most likely). */
export async function expandAgreementPaths(paths: readonly string[]): Promise<{ files: string[]; empty: string[] }> {
  const files: string[] = [];
  const empty: string[] = [];
  for (const path of paths) {
    const info = path === '-' ? undefined : await stat(path).catch(() => undefined);
    if (!info?.isDirectory()) {
      files.push(path);
      continue;
    }
    const found = await folderAgreements(path);
    if (found.length === 0) empty.push(path);
    files.push(...found);
  }
  return { files: once(files), empty };
}

export function planBundles(files: readonly string[], outDir: string): Planned[] {
  const taken = new Map<string, string>();
  return files.map((file) => {
    const name = baseName(file);
    const at = { span: { file, start: { line: 1, col: 1 } } };
    const rel = relative(resolve(outDir), resolve(outDir, name));
    if (!isSafeBundleName(name) || rel.startsWith('..') || isAbsolute(rel) || rel !== name) {
      return { file, name, refused: error('BUNDLE_NAME_UNSAFE', `The file name "${name}" cannot name a bundle folder.`, { ...at, hint: 'Use letters, digits, spaces, ".", "_" and "-" only, not starting with a dot.' }) };
    }
    const other = taken.get(name.toLowerCase());
    if (other !== undefined) {
      return { file, name, refused: error('BUNDLE_NAME_DUPLICATE', `${file} and ${other} would both make the bundle "${name}".`, { ...at, hint: 'Rename one of the files.' }) };
    }
    taken.set(name.toLowerCase(), file);
    return { file, name };
  });
}
