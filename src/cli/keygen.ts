// `cica keygen --out DIR [--force]`: a minisign-compatible key pair, cica.key (0600, unencrypted, for CI)
// and cica.pub. Both files are written together or not at all (commit.ts): an existing key is never overwritten
// unless --force is given, and then it is replaced through a staged file and a rename, never written through
// (a link at cica.key is replaced, its target untouched); a failure leaves DIR as it was.
import { formatPublicKey, formatSecretKey, generateSecretKey, keyIdHex } from '../bundle/minisign-keys.js';
import { commitFiles, CommitRefused, ioReason } from './commit.js';
import { EXIT } from './exit.js';
import { join } from 'node:path';

export async function runKeygen(opts: { out: string; force?: boolean }): Promise<number> {
  const key = generateSecretKey();
  const secret = join(opts.out, 'cica.key');
  const pub = join(opts.out, 'cica.pub');
  try {
    await commitFiles(opts.out, [
      { path: 'cica.key', bytes: formatSecretKey(key), mode: 0o600 },
      { path: 'cica.pub', bytes: formatPublicKey(key), mode: 0o644 },
    ], { replace: Boolean(opts.force), rootMode: 0o700 });
  } catch (err) {
    const refused = err instanceof CommitRefused;
    const why = !refused ? ioReason(err) : err.why === 'exists' ? `${err.path} is already there (use --force to replace the pair)` : err.message;
    process.stderr.write(`cica keygen: cannot write the key pair in ${opts.out}: ${why}; nothing was written\n`);
    return refused ? EXIT.USAGE : EXIT.IO;
  }
  process.stderr.write(
    `wrote ${secret} (secret, keep it in your CI's secret store) and ${pub}\n` +
      `key id ${keyIdHex(key.keyId)}; verify with: cica verify BUNDLE --pub ${pub}  or  minisign -Vm BUNDLE/tagmanifest-sha256.txt -p ${pub}\n`,
  );
  return EXIT.OK;
}
