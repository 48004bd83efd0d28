// One agreement's bag as bytes in memory: payload under data/, tag files, manifests, optional signature.
// Pure: the same input gives the same files, in the same order (sorted by path), whatever the clock.
import {
  BAG_INFO, BAGIT, BAGIT_TXT, formatBagInfo, formatManifest, MANIFEST, SIGNATURE, TAG_MANIFEST,
} from './bag-text.js';
import type { SecretKey } from './minisign-keys.js';
import { signMinisign } from './minisign-sign.js';
import { compareBytes } from './paths.js';

export interface BagFile {
  /** Relative to the bag root, '/'-separated. */
  path: string;
  bytes: Uint8Array;
}

export interface BagInput {
  name: string;
  /** Payload files, paths relative to data/. */
  payload: readonly BagFile[];
  /** bag-info.txt fields other than Payload-Oxum, in order. */
  info: readonly [string, string][];
  /** Seconds since 1970 for the signature's trusted comment: the agreement's own date, never the clock. */
  timestamp: number;
  key?: SecretKey;
}

const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);

/** The trusted comment minisign shows on -V; built like minisign's own ("timestamp:…\tfile:…\thashed"). */
export function trustedComment(name: string, timestamp: number): string {
  return `timestamp:${timestamp}\tfile:${name}/${TAG_MANIFEST}\thashed`;
}

export function buildBag(input: BagInput): BagFile[] {
  const payload = input.payload.map((f) => ({ path: `data/${f.path}`, bytes: f.bytes }));
  const octets = payload.reduce((n, f) => n + f.bytes.length, 0);
  // Payload-Oxum "<octets>.<streams>" (RFC 8493 section 2.2.2) lets a verifier spot a lost file cheaply.
  const info = formatBagInfo([...input.info, ['Payload-Oxum', `${octets}.${payload.length}`]]);
  const tags: BagFile[] = [
    { path: BAGIT, bytes: utf8(BAGIT_TXT) },
    { path: BAG_INFO, bytes: utf8(info) },
    { path: MANIFEST, bytes: utf8(formatManifest(payload)) },
  ];
  const tagManifest = utf8(formatManifest(tags));
  const files = [...payload, ...tags, { path: TAG_MANIFEST, bytes: tagManifest }];
  if (input.key) {
    const sig = signMinisign(tagManifest, input.key, trustedComment(input.name, input.timestamp));
    files.push({ path: SIGNATURE, bytes: utf8(sig) });
  }
  return files.sort((a, b) => compareBytes(a.path, b.path));
}
