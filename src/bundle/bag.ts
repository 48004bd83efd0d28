// One agreement's bag as bytes in memory: payload under data/, tag files, manifests, optional signature.
// Pure: the same input gives the same files, in the same order (sorted by path), whatever the clock.
import {
  ALGORITHMS, BAG_INFO, BAGIT, BAGIT_TXT, formatBagInfo, formatManifest, manifestName, SIGNATURE, TAG_MANIFEST, tagManifestName,
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
  // Every payload file in every payload manifest (RFC 8493 section 3); each tag manifest lists bagit.txt, bag-info.txt
  // and every payload manifest, and no tag manifest (section 2.2.1): the two tag manifests list the same four files.
  const tags: BagFile[] = [
    { path: BAGIT, bytes: utf8(BAGIT_TXT) },
    { path: BAG_INFO, bytes: utf8(info) },
    ...ALGORITHMS.map((alg) => ({ path: manifestName(alg), bytes: utf8(formatManifest(payload, alg)) })),
  ];
  const tagManifests = ALGORITHMS.map((alg) => ({ path: tagManifestName(alg), bytes: utf8(formatManifest(tags, alg)) }));
  const files = [...payload, ...tags, ...tagManifests];
  if (input.key) {
    // One signature, over tagmanifest-sha256.txt as before: it lists both payload manifests, so it seals the SHA-512
    // checksums too; tagmanifest-sha512.txt repeats what it covers, and verify checks it against the same files.
    const signed = tagManifests.find((f) => f.path === TAG_MANIFEST)!.bytes;
    const sig = signMinisign(signed, input.key, trustedComment(input.name, input.timestamp));
    files.push({ path: SIGNATURE, bytes: utf8(sig) });
  }
  return files.sort((a, b) => compareBytes(a.path, b.path));
}
