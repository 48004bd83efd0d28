// `--shard K/N`: which agreements one machine of a CI matrix bundles. An agreement's slice depends only on its
// bundle name (what it becomes in --out), never on the other inputs, their number or their order: adding an
// agreement moves no other, and the N slices are disjoint and together cover every input.
import { createHash } from 'node:crypto';
import { bundleName } from './paths.js';

export interface Shard {
  /** 1-based: 1 <= index <= count. */
  index: number;
  count: number;
}

/** The most slices a run may be cut into (a CI matrix is far smaller; a bound keeps the arithmetic exact). */
export const MAX_SHARDS = 10_000;

/** `K/N` as typed; returns why not, for a usage error. */
export function parseShard(text: string): Shard | string {
  const m = /^\s*(\d+)\s*\/\s*(\d+)\s*$/.exec(text);
  const why = `--shard must be K/N with whole numbers 1 <= K <= N <= ${MAX_SHARDS} (say 2/4), not '${text}'`;
  if (!m) return why;
  const index = Number(m[1]);
  const count = Number(m[2]);
  if (index < 1 || count < 1 || index > count || count > MAX_SHARDS) return why;
  return { index, count };
}

/** The slice (1..count) of the agreement `file`: the first 48 bits of SHA-256 of its bundle name, lowercased (bundle
 *  names are unique regardless of case, so two files that would clash always meet in one slice and are refused
 *  there), modulo count. Same on every machine, whatever path or folder the file was given through. */
export function shardOf(file: string, count: number): number {
  const digest = createHash('sha256').update(bundleName(file).toLowerCase(), 'utf8').digest();
  return (digest.readUIntBE(0, 6) % count) + 1;
}

/** The inputs that fall in `shard`, in their given order. */
export function selectShard(files: readonly string[], shard: Shard): string[] {
  return files.filter((f) => shardOf(f, shard.count) === shard.index);
}
