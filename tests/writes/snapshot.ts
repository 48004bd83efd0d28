// A folder's exact state (every path, kind, mode, link target and content hash), to assert that a failed or refused
// run left it as it was; and a fresh temp folder.
import { createHash } from 'node:crypto';
import { lstatSync, mkdtempSync, readdirSync, readFileSync, readlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export function snapshot(dir: string, rel = ''): string[] {
  let entries;
  try {
    entries = readdirSync(join(dir, rel), { withFileTypes: true });
  } catch {
    return ['(absent)'];
  }
  return entries.flatMap((e) => {
    const path = rel ? `${rel}/${e.name}` : e.name;
    const full = join(dir, path);
    const s = lstatSync(full);
    if (s.isSymbolicLink()) return [`${path} -> ${readlinkSync(full)}`];
    if (s.isDirectory()) return [`${path}/ ${(s.mode & 0o777).toString(8)}`, ...snapshot(dir, path)];
    return [`${path} ${(s.mode & 0o777).toString(8)} ${createHash('sha256').update(readFileSync(full)).digest('hex').slice(0, 16)}`];
  }).sort();
}

export const fresh = (prefix = 'cica-writes-'): string => mkdtempSync(join(tmpdir(), prefix));
