// The BagIt tag files' text (RFC 8493): bagit.txt, bag-info.txt, manifests in sha256sum's and sha512sum's form.
import { createHash } from 'node:crypto';
import { compareBytes, unsafePathReason } from './paths.js';

export const BAGIT_TXT = 'BagIt-Version: 1.0\nTag-File-Character-Encoding: UTF-8\n';
/** The checksum algorithms cica writes and reads, each a payload manifest and a tag manifest. SHA-512 because
 *  RFC 8493 section 2.4 recommends it; SHA-256 because every cica bag has had it, and its tag manifest is signed. */
export const ALGORITHMS = ['sha256', 'sha512'] as const;
export type Algorithm = (typeof ALGORITHMS)[number];
export const manifestName = (alg: Algorithm): string => `manifest-${alg}.txt`;
export const tagManifestName = (alg: Algorithm): string => `tagmanifest-${alg}.txt`;
export const MANIFEST = manifestName('sha256');
export const TAG_MANIFEST = tagManifestName('sha256');
export const SIGNATURE = 'tagmanifest-sha256.txt.minisig';
export const BAG_INFO = 'bag-info.txt';
export const BAGIT = 'bagit.txt';
export const FETCH = 'fetch.txt';

/** What a person calls the algorithm in a message. */
export const algorithmLabel = (alg: Algorithm): string => alg.replace('sha', 'SHA-');

const HEX_LENGTH: Record<Algorithm, number> = { sha256: 64, sha512: 128 };

// A party's original is the very same byte array as the document it copies: hash it once per algorithm.
const hashed: Record<Algorithm, WeakMap<Uint8Array, string>> = { sha256: new WeakMap(), sha512: new WeakMap() };

export function digestHex(alg: Algorithm, bytes: Uint8Array): string {
  let hex = hashed[alg].get(bytes);
  if (hex === undefined) hashed[alg].set(bytes, (hex = createHash(alg).update(bytes).digest('hex')));
  return hex;
}

export const sha256Hex = (bytes: Uint8Array): string => digestHex('sha256', bytes);

/** "<hex>  <path>\n" per file, sorted by path: exactly what `sha256sum -c` / `sha512sum -c` read (RFC 8493 section 2.1.3). */
export function formatManifest(files: readonly { path: string; bytes: Uint8Array }[], alg: Algorithm = 'sha256'): string {
  return [...files]
    .sort((a, b) => compareBytes(a.path, b.path))
    .map((f) => `${digestHex(alg, f.bytes)}  ${f.path}\n`)
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

/** Parses a manifest strictly: every line "<lowercase hex of the algorithm's length>  <safe path>", "\n"-terminated,
 *  no duplicates. */
export function parseManifest(text: string, alg: Algorithm = 'sha256'): { entries: ManifestEntry[]; problems: ManifestProblem[] } {
  const form = new RegExp(`^([0-9a-f]{${HEX_LENGTH[alg]}})  (.+)$`, 's');
  const entries: ManifestEntry[] = [];
  const problems: ManifestProblem[] = [];
  if (text.length > 0 && !text.endsWith('\n')) problems.push({ line: text.split('\n').length, reason: 'last line has no newline' });
  const lines = text.split('\n');
  if (lines[lines.length - 1] === '') lines.pop();
  const seen = new Set<string>();
  lines.forEach((raw, i) => {
    const n = i + 1;
    const m = form.exec(raw);
    if (!m) return void problems.push({ line: n, reason: `not "<${alg}>  <path>"` });
    const path = m[2]!;
    const unsafe = unsafePathReason(path);
    if (unsafe) return void problems.push({ line: n, reason: `unsafe path ${JSON.stringify(path)}: ${unsafe}`, unsafe: true });
    if (seen.has(path)) return void problems.push({ line: n, reason: `${path} listed twice` });
    seen.add(path);
    entries.push({ hex: m[1]!, path, line: n });
  });
  return { entries, problems };
}

/** bag-info.txt from ordered label/value pairs; values are folded to one line (RFC 8493 section 2.2.2). */
export function formatBagInfo(fields: readonly [string, string][]): string {
  return fields.map(([label, value]) => `${label}: ${value.replace(/\s+/g, ' ').trim()}\n`).join('');
}

/** Labels and values of bag-info.txt, and the line of each value; continuation lines (leading whitespace) join the
 *  previous value. */
export function parseBagInfo(text: string): { fields: Map<string, string[]>; lines: Map<string, number[]>; bad: number[] } {
  const fields = new Map<string, string[]>();
  const lines = new Map<string, number[]>();
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
    lines.set(m[1]!, [...(lines.get(m[1]!) ?? []), i + 1]);
    last = { label: m[1]!, index: values.length - 1 };
  });
  return { fields, lines, bad };
}
