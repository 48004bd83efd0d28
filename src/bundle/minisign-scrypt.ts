// Decrypting a password-protected minisign secret key: minisign derives a key stream with libsodium's
// crypto_pwhash_scryptsalsa208sha256 from the stored salt, opslimit and memlimit, and XORs it over
// key id, secret key and checksum (minisign.c seckey_load). node:crypto has scrypt; the N, r, p that
// libsodium picks from opslimit/memlimit are reproduced here (libsodium pwhash_scryptsalsa208sha256.c
// pickparams), so the same password gives the same stream.
import { scryptSync } from 'node:crypto';

export function pickParams(opslimit: bigint, memlimit: bigint): { N: number; r: number; p: number } {
  const ops = opslimit < 32768n ? 32768n : opslimit;
  const r = 8n;
  let nLog2 = 1n;
  let p = 1n;
  if (ops < memlimit / 32n) {
    const maxN = ops / (r * 4n);
    for (nLog2 = 1n; nLog2 < 63n; nLog2++) if (1n << nLog2 > maxN / 2n) break;
  } else {
    const maxN = memlimit / (r * 128n);
    for (nLog2 = 1n; nLog2 < 63n; nLog2++) if (1n << nLog2 > maxN / 2n) break;
    let maxrp = ops / 4n / (1n << nLog2);
    if (maxrp > 0x3fffffffn) maxrp = 0x3fffffffn;
    p = maxrp / r;
  }
  return { N: Number(1n << nLog2), r: Number(r), p: Number(p) };
}

/** The `length`-byte key stream for `password` (UTF-8, as typed at minisign's prompt). */
export function keyStream(password: string, salt: Uint8Array, opslimit: bigint, memlimit: bigint, length: number): Buffer {
  const { N, r, p } = pickParams(opslimit, memlimit);
  // scrypt needs 128 * N * r * p bytes (RFC 7914 section 6), plus slack for node's own buffers.
  const maxmem = 128 * N * r * p + 64 * 1024 * 1024;
  return scryptSync(Buffer.from(password, 'utf8'), salt, length, { N, r, p, maxmem });
}
