// minisign key files (https://jedisct1.github.io/minisign/): parse and write the secret and public key
// formats byte for byte, so keys move freely between `minisign -G -W` and `cica keygen`.
import { createPrivateKey, createPublicKey, generateKeyPairSync, randomBytes, type KeyObject } from 'node:crypto';
import { blake2b } from './blake2b.js';
import { keyStream } from './minisign-scrypt.js';
import { decodeBase64Strict, splitLines } from './minisign-text.js';

export interface SecretKey {
  /** 8 bytes, stored little-endian; shown as hex of the 64-bit number. */
  keyId: Uint8Array;
  /** Ed25519 seed (first half of libsodium's 64-byte secret key). */
  seed: Uint8Array;
  publicKey: Uint8Array;
}

export interface PublicKey {
  keyId: Uint8Array;
  publicKey: Uint8Array;
}

/** Why a key file was refused; the CLI turns these into exit 2 with a message. */
export type KeyProblem = 'malformed' | 'encrypted' | 'password' | 'algorithm' | 'corrupt' | 'secret' | 'public';
export type KeyResult<T> = { ok: true; key: T } | { ok: false; problem: KeyProblem };

const SIG_ALG = 'Ed';
const KDF_NONE = '\0\0';
const KDF_SCRYPT = 'Sc';
const CHK_ALG = 'B2';
// Secret key blob: sig_alg 2 | kdf_alg 2 | chk_alg 2 | salt 32 | opslimit 8 | memlimit 8 | keyId 8 | sk 64 | chk 32.
const SK_LEN = 158;
const PK_LEN = 42;

/** minisign prints the key id as the little-endian 64-bit number in upper-case hex, without zero padding. */
export function keyIdHex(keyId: Uint8Array): string {
  return Buffer.from(keyId).readBigUInt64LE(0).toString(16).toUpperCase();
}

/** libsodium's 32-byte BLAKE2b over sig_alg, key id and the 64-byte secret key (minisign.c seckey_chk). */
function checksum(keyId: Uint8Array, seed: Uint8Array, publicKey: Uint8Array): Uint8Array {
  return blake2b(Buffer.concat([Buffer.from(SIG_ALG, 'latin1'), keyId, seed, publicKey]), 32);
}

function publicFromSeed(seed: Uint8Array): Uint8Array {
  const jwk = createPrivateKey({ key: pkcs8(seed), format: 'der', type: 'pkcs8' }).export({ format: 'jwk' });
  return Buffer.from(String(jwk.x), 'base64url');
}

/** PKCS#8 wrapping of a raw Ed25519 seed (RFC 8410 section 7): fixed 16-byte prefix, then the 32-byte seed. */
function pkcs8(seed: Uint8Array): Buffer {
  return Buffer.concat([Buffer.from('302e020100300506032b657004220420', 'hex'), seed]);
}

export function privateKeyObject(key: SecretKey): KeyObject {
  return createPrivateKey({ key: pkcs8(key.seed), format: 'der', type: 'pkcs8' });
}

export function publicKeyObject(publicKey: Uint8Array): KeyObject {
  // SPKI wrapping of a raw Ed25519 public key (RFC 8410 section 4).
  const der = Buffer.concat([Buffer.from('302a300506032b6570032100', 'hex'), publicKey]);
  return createPublicKey({ key: der, format: 'der', type: 'spki' });
}

/** A secret key file; `password` decrypts a password-protected one (without it, such a key is refused). */
export function parseSecretKey(text: string, password?: string): KeyResult<SecretKey> {
  const lines = splitLines(text);
  if (!lines || lines.length < 2 || !lines[0]!.startsWith('untrusted comment:')) return { ok: false, problem: 'malformed' };
  const blob = decodeBase64Strict(lines[1]!.trim());
  if (blob?.length === PK_LEN) return { ok: false, problem: 'public' };
  if (!blob || blob.length !== SK_LEN) return { ok: false, problem: 'malformed' };
  const tag = (from: number): string => blob.subarray(from, from + 2).toString('latin1');
  if (tag(0) !== SIG_ALG || tag(4) !== CHK_ALG) return { ok: false, problem: 'algorithm' };
  const encrypted = tag(2) === KDF_SCRYPT;
  if (!encrypted && tag(2) !== KDF_NONE) return { ok: false, problem: 'algorithm' };
  if (encrypted) {
    if (password === undefined) return { ok: false, problem: 'encrypted' };
    const stream = keyStream(password, blob.subarray(6, 38), blob.readBigUInt64LE(38), blob.readBigUInt64LE(46), SK_LEN - 54);
    for (let i = 54; i < SK_LEN; i++) blob[i] = blob[i]! ^ stream[i - 54]!;
  }
  const keyId = blob.subarray(54, 62);
  const seed = blob.subarray(62, 94);
  const publicKey = blob.subarray(94, 126);
  const chk = blob.subarray(126, 158);
  const sound = Buffer.from(checksum(keyId, seed, publicKey)).equals(chk);
  // A wrong password shows as a checksum mismatch (minisign: "Wrong password for that key").
  if (encrypted && !sound) return { ok: false, problem: 'password' };
  // minisign 0.11 leaves the checksum zero in a key written with -W; a non-zero one must match.
  if (!encrypted && chk.some((b) => b !== 0) && !sound) return { ok: false, problem: 'corrupt' };
  if (!Buffer.from(publicFromSeed(seed)).equals(publicKey)) return { ok: false, problem: 'corrupt' };
  return { ok: true, key: { keyId: Uint8Array.from(keyId), seed: Uint8Array.from(seed), publicKey: Uint8Array.from(publicKey) } };
}

/** A public key file, or the bare base64 line that `minisign -P` takes. */
export function parsePublicKey(text: string): KeyResult<PublicKey> {
  const lines = splitLines(text);
  if (!lines) return { ok: false, problem: 'malformed' };
  const body = lines[0]?.startsWith('untrusted comment:') ? lines[1] : lines[0];
  const blob = body === undefined ? undefined : decodeBase64Strict(body.trim());
  if (blob?.length === SK_LEN) return { ok: false, problem: 'secret' };
  if (!blob || blob.length !== PK_LEN) return { ok: false, problem: 'malformed' };
  if (blob.subarray(0, 2).toString('latin1') !== SIG_ALG) return { ok: false, problem: 'algorithm' };
  return { ok: true, key: { keyId: Uint8Array.from(blob.subarray(2, 10)), publicKey: Uint8Array.from(blob.subarray(10, 42)) } };
}

export function generateSecretKey(): SecretKey {
  const { privateKey, publicKey } = generateKeyPairSync('ed25519');
  const d = privateKey.export({ format: 'jwk' }).d;
  const x = publicKey.export({ format: 'jwk' }).x;
  return { keyId: randomBytes(8), seed: Buffer.from(String(d), 'base64url'), publicKey: Buffer.from(String(x), 'base64url') };
}

/** The unencrypted secret key file, as `minisign -G -W` writes it but with the checksum filled in. */
export function formatSecretKey(key: SecretKey): string {
  const blob = Buffer.concat([
    Buffer.from(SIG_ALG + KDF_NONE + CHK_ALG, 'latin1'),
    Buffer.alloc(32 + 8 + 8),
    key.keyId,
    key.seed,
    key.publicKey,
    checksum(key.keyId, key.seed, key.publicKey),
  ]);
  return `untrusted comment: minisign unencrypted secret key\n${blob.toString('base64')}\n`;
}

export function formatPublicKey(key: PublicKey): string {
  const blob = Buffer.concat([Buffer.from(SIG_ALG, 'latin1'), key.keyId, key.publicKey]);
  return `untrusted comment: minisign public key ${keyIdHex(key.keyId)}\n${blob.toString('base64')}\n`;
}
