// `cica keygen --out DIR [--force]`: a minisign-compatible key pair, cica.key (0600, unencrypted, for CI)
// and cica.pub. The secret key file is created with O_EXCL, so an existing key is never overwritten
// unless --force is given (then it is replaced through a new file and a rename, never truncated in place).
import { constants } from 'node:fs';
import { mkdir, open, rename, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { formatPublicKey, formatSecretKey, generateSecretKey, keyIdHex } from '../bundle/minisign-keys.js';
import { EXIT } from './exit.js';

async function writeExclusive(path: string, text: string, mode: number): Promise<void> {
  const handle = await open(path, constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL, mode);
  try {
    await handle.writeFile(text);
    await handle.chmod(mode); // the umask may have cleared bits of `mode`; 0600 must be exact.
    await handle.sync();
  } finally {
    await handle.close();
  }
}

async function place(path: string, text: string, mode: number, force: boolean): Promise<void> {
  if (!force) return writeExclusive(path, text, mode);
  const tmp = `${path}.${process.pid}.tmp`;
  await rm(tmp, { force: true });
  await writeExclusive(tmp, text, mode);
  await rename(tmp, path);
}

export async function runKeygen(opts: { out: string; force?: boolean }): Promise<number> {
  const key = generateSecretKey();
  const secret = join(opts.out, 'cica.key');
  const pub = join(opts.out, 'cica.pub');
  try {
    await mkdir(opts.out, { recursive: true, mode: 0o700 });
    await place(secret, formatSecretKey(key), 0o600, Boolean(opts.force));
    // A public key left from another pair must not sit beside this secret key: undo and refuse.
    await place(pub, formatPublicKey(key), 0o644, Boolean(opts.force)).catch(async (err: unknown) => {
      await rm(secret, { force: true });
      throw err;
    });
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    const why = code === 'EEXIST' ? 'a key file is already there (use --force to replace it)' : String((err as Error).message);
    process.stderr.write(`cica keygen: cannot write the key pair in ${opts.out}: ${why}\n`);
    return EXIT.USAGE;
  }
  process.stderr.write(
    `wrote ${secret} (secret, keep it in your CI's secret store) and ${pub}\n` +
      `key id ${keyIdHex(key.keyId)}; verify with: cica verify BUNDLE --pub ${pub}  or  minisign -Vm BUNDLE/tagmanifest-sha256.txt -p ${pub}\n`,
  );
  return EXIT.OK;
}
