// Where a note's enclosure may be (issue 10 §1): an agreement file (.yaml/.yml) inside the note's own folder tree,
// by its real path (symlinks resolved), and a regular file. Anything else is refused before a byte is read.
import { lstat, realpath } from 'node:fs/promises';
import { dirname, isAbsolute, join, relative, resolve, sep, win32 } from 'node:path';
import { type Diagnostic, type Span, error } from '../diagnostics/index.js';

export const AGREEMENT_EXTENSION = /\.ya?ml$/i;

/** The path to read the enclosure from, as the officer would type it (relative to the note's folder as the
 *  note was named), or the reason it is refused. */
export type EnclosurePath = { ok: true; shown: string } | { ok: false; diagnostic: Diagnostic };

const inside = (root: string, path: string): boolean => {
  const rel = relative(root, path);
  return rel === '' || (!rel.startsWith(`..${sep}`) && rel !== '..' && !isAbsolute(rel));
};

export async function enclosurePath(noteFile: string, file: string, span: Span): Promise<EnclosurePath> {
  const refuse = (why: string, hint: string): EnclosurePath => ({
    ok: false,
    diagnostic: error('ENCLOSURE_PATH', `The enclosure \`${file}\` ${why}`, { span, field: 'enclosure.file', hint }),
  });
  const HERE = "Put the enclosed agreement in this note's folder (or a folder below it) and give its path relative to the note: file: memorandum.yaml.";
  if (file.includes('\0')) return refuse('holds a NUL character, which no file name has.', HERE);
  if (isAbsolute(file) || win32.isAbsolute(file)) return refuse("is an absolute path; an enclosure is given relative to the note's folder.", HERE);
  if (!AGREEMENT_EXTENSION.test(file)) return refuse('is not an agreement file: its name must end in .yaml or .yml.', HERE);
  const folder = resolve(dirname(noteFile));
  const target = resolve(folder, file);
  if (!inside(folder, target)) return refuse("lies outside the note's folder (`..` leads out of it).", HERE);
  const shown = join(dirname(noteFile), file);
  let realFolder: string;
  let realTarget: string;
  try {
    realFolder = await realpath(folder);
    realTarget = await realpath(target);
  } catch {
    return { ok: true, shown }; // missing: the reader says so (FILE_NOT_FOUND -> ENCLOSURE "does not exist")
  }
  if (!inside(realFolder, realTarget)) return refuse("is a link to a file outside the note's folder.", HERE);
  const info = await lstat(realTarget).catch(() => undefined);
  if (info && !info.isFile()) return refuse(`is ${info.isDirectory() ? 'a folder' : 'not a regular file (a device, pipe or socket)'}, not an agreement file.`, HERE);
  return { ok: true, shown };
}
