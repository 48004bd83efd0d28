// The BagIt tag files' text (RFC 8493): bagit.txt, bag-info.txt, manifests in sha256sum's form.
import { createHash } from 'node:crypto';
import { compareBytes, unsafePathReason } from './paths.js';

export const BAGIT_TXT = 'BagIt-Version: 1.0\nTag-File-Character-Encoding: UTF-8\n';
export const MANIFEST = 'manifest-sha256.txt';
export const TAG_MANIFEST = 'tagmanifest-sha256.txt';
export const SIGNATURE = 'tagmanifest-sha256.txt.minisig';
export const BAG_INFO = 'bag-info.txt';
export const BAGIT = 'bagit.txt';

// A party's original is the very same byte array as the document it copies: hash it once.
const hashed = new WeakMap<Uint8Array, string>();

export function sha256Hex(bytes: Uint8Array): string {
  let hex = hashed.get(bytes);
  if (hex === undefined) hashed.set(bytes, (hex = createHash('sha256').update(bytes).digest('hex')));
  return hex;
}

/** "<hex>  <path>\n" per file, sorted by path: exactly what `sha256sum -c` reads (RFC 8493 section 2.1.3). */
export function formatManifest(files: readonly { path: string; bytes: Uint8Array }[]): string {
  return [...files]
    .sort((a, b) => compareBytes(a.path, b.path))
    .map((f) => `${sha256Hex(f.bytes)}  ${f.path}\n`)
    .join('');
}

export interface ManifestEntry {
  hex: string;
  path: string;
  line: number;
}

export interface ManifestProblem {
  line: number;
  reason: string;
  /** The line names a path that could escape the bag or confuse a reader ('..', absolute, backslash, NUL). */
  unsafe?: boolean;
}

/** Parses a manifest strictly: every line "<64 lowercase hex>  <safe path>", "\n"-terminated, no duplicates. */
export function parseManifest(text: string): { entries: ManifestEntry[]; problems: ManifestProblem[] } {
  const entries: ManifestEntry[] = [];
  const problems: ManifestProblem[] = [];
  if (text.length > 0 && !text.endsWith('\n')) problems.push({ line: text.split('\n').length, reason: 'last line has no newline' });
  const lines = text.split('\n');
  if (lines[lines.length - 1] === '') lines.pop();
  const seen = new Set<string>();
  lines.forEach((raw, i) => {
    const line = i + 1;
    const m = /^([0-9a-f]{64})  (.+)$/s.exec(raw);
    if (!m) return void problems.push({ line, reason: 'not "<sha256>  <path>"' });
    const path = m[2]!;
    const unsafe = unsafePathReason(path);
    if (unsafe) return void problems.push({ line, reason: `unsafe path ${JSON.stringify(path)}: ${unsafe}`, unsafe: true });
    if (seen.has(path)) return void problems.push({ line, reason: `${path} listed twice` });
    seen.add(path);
    entries.push({ hex: m[1]!, path, line });
  });
  return { entries, problems };
}

/** bag-info.txt from ordered label/value pairs; values are folded to one line (RFC 8493 section 2.2.2). */
export function formatBagInfo(fields: readonly [string, string][]): string {
  return fields.map(([label, value]) => `${label}: ${value.replace(/\s+/g, ' ').trim()}\n`).join('');
}

/** Labels and values of bag-info.txt; continuation lines (leading whitespace) join the previous value. */
export function parseBagInfo(text: string): { fields: Map<string, string[]>; bad: number[] } {
  const fields = new Map<string, string[]>();
  const bad: number[] = [];
  let last: { label: string; index: number } | undefined;
  text.split('\n').forEach((raw, i) => {
    if (raw === '') return;
    if (/^[ \t]/.test(raw) && last) {
      const values = fields.get(last.label)!;
      values[last.index] = `${values[last.index]} ${raw.trim()}`;
      return;
    }
    const m = /^([^:\s][^:]*?)\s*:\s?(.*)$/.exec(raw);
    if (!m) return void bad.push(i + 1);
    const values = fields.get(m[1]!) ?? [];
    values.push(m[2]!);
    fields.set(m[1]!, values);
    last = { label: m[1]!, index: values.length - 1 };
  });
  return { fields, bad };
}
