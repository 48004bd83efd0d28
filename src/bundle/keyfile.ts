// Reading key files for the CLI: every refusal is a message a CI maintainer can act on (exit 2), with a hint for the
// usual mistakes (no such file, the other half of the pair given, a folder or a device given), never a raw errno.
import { constants } from 'node:fs';
import { open } from 'node:fs/promises';
import { parsePublicKey, parseSecretKey, type KeyProblem, type PublicKey, type SecretKey } from './minisign-keys.js';

const WHY: Record<KeyProblem, string> = {
  malformed: 'is not a minisign key file',
  encrypted:
    'is encrypted with a password: give the password in the environment variable CICA_KEY_PASSWORD, or (simpler in CI) use an unencrypted key: `cica keygen`, `minisign -G -W`, or remove the password with `minisign -C -W`',
  password: 'cannot be decrypted with the password in CICA_KEY_PASSWORD (wrong password)',
  algorithm: 'uses an algorithm cica does not know (expected Ed25519 with a BLAKE2b checksum)',
  corrupt: 'is damaged: its checksum or public half does not match the secret key',
  secret: 'is a secret key; verify needs the public key (cica.pub, written beside cica.key by `cica keygen`). Keep the secret key out of verify jobs',
  public: 'is a public key; signing needs the secret key (cica.key, written beside cica.pub by `cica keygen`)',
};

/** Key files are a few hundred bytes; anything larger is not one, and is never read whole. */
const MAX_KEY_BYTES = 64 << 10;

export type Loaded<T> = { ok: true; key: T } | { ok: false; message: string };

const HOW = 'make a key pair with `cica keygen --out DIR` (DIR/cica.key signs, DIR/cica.pub verifies)';

async function readKeyText(path: string, kind: string): Promise<string | { message: string }> {
  let handle;
  try {
    // O_NONBLOCK: a FIFO or a device given as the key answers at once instead of blocking the run.
    handle = await open(path, constants.O_RDONLY | constants.O_NONBLOCK);
    const info = await handle.stat();
    if (info.isDirectory()) return { message: `the ${kind} ${path} is a folder, not a key file; ${HOW}` };
    if (!info.isFile()) return { message: `the ${kind} ${path} is not a plain file` };
    if (info.size > MAX_KEY_BYTES) return { message: `the ${kind} ${path} ${WHY.malformed} (it is ${info.size} bytes; a key file is under 1 KiB)` };
    return (await handle.readFile()).toString('utf8');
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return { message: `there is no ${kind} file ${path}; check the path, or ${HOW}` };
    if (code === 'EISDIR') return { message: `the ${kind} ${path} is a folder, not a key file; ${HOW}` };
    if (code === 'EACCES' || code === 'EPERM') return { message: `the ${kind} ${path} cannot be read: permission denied (check the file's owner and mode)` };
    return { message: `cannot read the ${kind} ${path} (${code ?? String(err)})` };
  } finally {
    await handle?.close().catch(() => {});
  }
}

async function load<T>(path: string, kind: string, parse: (text: string) => { ok: true; key: T } | { ok: false; problem: KeyProblem }): Promise<Loaded<T>> {
  const text = await readKeyText(path, kind);
  if (typeof text !== 'string') return { ok: false, message: text.message };
  const parsed = parse(text);
  return parsed.ok ? parsed : { ok: false, message: `the ${kind} ${path} ${WHY[parsed.problem]}` };
}

/** The password of an encrypted key comes from the environment (a CI secret), never from argv, where
 *  other users of the machine could read it in the process list. */
export function loadSecretKey(path: string, env: NodeJS.ProcessEnv = process.env): Promise<Loaded<SecretKey>> {
  return load(path, 'secret key', (text) => parseSecretKey(text, env.CICA_KEY_PASSWORD));
}

export function loadPublicKey(path: string): Promise<Loaded<PublicKey>> {
  return load(path, 'public key', parsePublicKey);
}
