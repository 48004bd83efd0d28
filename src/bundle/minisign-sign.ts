// Detached signatures in minisign's format (prehashed "ED" variant, the default since minisign 0.8):
// sig = Ed25519(BLAKE2b-512(file)); global sig = Ed25519(sig || trusted comment). Ed25519 is deterministic,
// so the same key, file and trusted comment always give the same signature file.
import { createHash, sign, verify } from 'node:crypto';
import { keyIdHex, privateKeyObject, publicKeyObject, type PublicKey, type SecretKey } from './minisign-keys.js';
import { decodeBase64Strict, splitLines } from './minisign-text.js';

const SIG_ALG_HASHED = 'ED';
const SIG_ALG_LEGACY = 'Ed';
const UNTRUSTED = 'untrusted comment: ';
const TRUSTED = 'trusted comment: ';

export interface Signature {
  algorithm: 'ED' | 'Ed';
  keyId: Uint8Array;
  signature: Uint8Array;
  trustedComment: string;
  globalSignature: Uint8Array;
}

function prehash(message: Uint8Array): Buffer {
  return createHash('blake2b512').update(message).digest();
}

/** The `.minisig` file for `message`. The trusted comment must be one line. */
export function signMinisign(message: Uint8Array, key: SecretKey, trustedComment: string): string {
  if (/[\r\n]/.test(trustedComment)) throw new RangeError('trusted comment must be one line');
  const priv = privateKeyObject(key);
  const sig = sign(null, prehash(message), priv);
  const globalSig = sign(null, Buffer.concat([sig, Buffer.from(trustedComment, 'utf8')]), priv);
  const blob = Buffer.concat([Buffer.from(SIG_ALG_HASHED, 'latin1'), key.keyId, sig]);
  return (
    `${UNTRUSTED}signature from cica secret key ${keyIdHex(key.keyId)}\n` +
    `${blob.toString('base64')}\n${TRUSTED}${trustedComment}\n${globalSig.toString('base64')}\n`
  );
}

/** Reads a `.minisig` file exactly as cica and minisign write it: four "\n"-terminated lines. */
export function parseMinisign(text: string): Signature | undefined {
  if (!text.endsWith('\n')) return undefined;
  const lines = splitLines(text, false);
  if (!lines || lines.length !== 4) return undefined;
  const [untrusted, sigLine, trusted, globalLine] = lines as [string, string, string, string];
  if (!untrusted.startsWith(UNTRUSTED) || !trusted.startsWith(TRUSTED)) return undefined;
  const blob = decodeBase64Strict(sigLine);
  const globalSignature = decodeBase64Strict(globalLine);
  if (!blob || blob.length !== 74 || !globalSignature || globalSignature.length !== 64) return undefined;
  const algorithm = blob.subarray(0, 2).toString('latin1');
  if (algorithm !== SIG_ALG_HASHED && algorithm !== SIG_ALG_LEGACY) return undefined;
  return {
    algorithm,
    keyId: blob.subarray(2, 10),
    signature: blob.subarray(10, 74),
    trustedComment: trusted.slice(TRUSTED.length),
    globalSignature,
  };
}

export type SignatureCheck = 'valid' | 'wrong-key' | 'bad-signature' | 'bad-comment-signature';

export function verifyMinisign(message: Uint8Array, sig: Signature, key: PublicKey): SignatureCheck {
  if (!Buffer.from(sig.keyId).equals(Buffer.from(key.keyId))) return 'wrong-key';
  const pub = publicKeyObject(key.publicKey);
  const signed = sig.algorithm === SIG_ALG_HASHED ? prehash(message) : message;
  if (!verify(null, signed, pub, sig.signature)) return 'bad-signature';
  const comment = Buffer.concat([sig.signature, Buffer.from(sig.trustedComment, 'utf8')]);
  if (!verify(null, comment, pub, sig.globalSignature)) return 'bad-comment-signature';
  return 'valid';
}
