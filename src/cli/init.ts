// `cica init FILE [--kind K] [--force]`: writes a commented starter agreement that validates; never overwrites unasked.
import { stat } from 'node:fs/promises';
import { basename, dirname, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { starterAgreement, type StarterKind } from '../model/starters/index.js';
import { commitFiles, CommitRefused, ioReason } from './commit.js';
import { EXIT } from './exit.js';
import { makeOutput, type Output } from './output.js';

/** The schema shipped with cica (dist/cli/ and src/cli/ both sit two levels below the package root). */
const SCHEMA = fileURLToPath(new URL('../../schema/agreement.schema.json', import.meta.url));

export interface InitOptions {
  kind?: StarterKind;
  force?: boolean;
}

export async function runInit(file: string, opts: InitOptions, given?: Output): Promise<number> {
  const output = given ?? (await makeOutput(process.stderr));
  const kind = opts.kind ?? 'memorandum';
  const schema = relative(dirname(resolve(file)), SCHEMA).split(sep).join('/');
  const folder = dirname(resolve(file));
  if (!(await stat(folder).then((s) => s.isDirectory(), () => false))) {
    output.err(`cica init: the folder of ${file} does not exist.`);
    return EXIT.INVALID;
  }
  try {
    // Through a staged file and a rename (commit.ts): a link at FILE is replaced with --force, never written through.
    await commitFiles(folder, [{ path: basename(file), bytes: starterAgreement(kind, schema) }], { replace: Boolean(opts.force) });
  } catch (err) {
    if (err instanceof CommitRefused) {
      output.err(err.why === 'exists'
        ? `cica init: ${file} already exists; nothing was written. Use --force to overwrite it.`
        : `cica init: ${file} is a folder; nothing was written.`);
      return EXIT.INVALID;
    }
    output.err(`cica init: cannot write ${file} (${ioReason(err)}); nothing was written.`);
    return EXIT.IO;
  }
  output.err(`Wrote ${file}: a starter ${kind === 'note' ? 'note verbale' : kind}. Edit it, then run: cica validate ${file}`);
  return EXIT.OK;
}
