// Reading key files for the CLI: every refusal is a message a CI maintainer can act on (exit 2).
import { readFile } from 'node:fs/promises';
import { parsePublicKey, parseSecretKey, type KeyProblem, type PublicKey, type SecretKey } from './minisign-keys.js';

const WHY: Record<KeyProblem, string> = {
  malformed: 'is not a minisign key file',
  encrypted:
    'is encrypted with a password: give the password in the environment variable CICA_KEY_PASSWORD, or (simpler in CI) use an unencrypted key: `cica keygen`, `minisign -G -W`, or remove the password with `minisign -C -W`',
  password: 'cannot be decrypted with the password in CICA_KEY_PASSWORD (wrong password)',
  algorithm: 'uses an algorithm cica does not know (expected Ed25519 with a BLAKE2b checksum)',
  corrupt: 'is damaged: its checksum or public half does not match the secret key',
};

export type Loaded<T> = { ok: true; key: T } | { ok: false; message: string };

async function load<T>(path: string, kind: string, parse: (text: string) => { ok: true; key: T } | { ok: false; problem: KeyProblem }): Promise<Loaded<T>> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (err) {
    return { ok: false, message: `cannot read the ${kind} ${path}: ${(err as NodeJS.ErrnoException).code ?? String(err)}` };
  }
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
