// `cica init FILE [--kind K] [--force]`: writes a commented starter agreement that validates; never overwrites unasked.
// Its modeline names `./agreement.schema.json`, a copy of the schema beside it (written too when none is there), so
// the editor's checks keep working when the folder moves; not a path into cica's install, which a move breaks.
import { lstat, stat } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { AGREEMENT_SCHEMA_FILE } from '../model/index.js';
import { starterAgreement, type StarterKind } from '../model/starters/index.js';
import { commitFiles, CommitRefused, ioReason, type OutFile } from './commit.js';
import { EXIT } from './exit.js';
import { makeOutput, type Output } from './output.js';

export interface InitOptions {
  kind?: StarterKind;
  force?: boolean;
}

export async function runInit(file: string, opts: InitOptions, given?: Output): Promise<number> {
  const output = given ?? (await makeOutput(process.stderr));
  const kind = opts.kind ?? 'memorandum';
  const schema = `./${AGREEMENT_SCHEMA_FILE}`;
  const folder = dirname(resolve(file));
  if (!(await stat(folder).then((s) => s.isDirectory(), () => false))) {
    output.err(`cica init: the folder of ${file} does not exist.`);
    return EXIT.INVALID;
  }
  try {
    // Through a staged file and a rename (commit.ts): a link at FILE is replaced with --force, never written through.
    // A copy already there is kept (`cica schema --write DIR` refreshes it); the starter and a new copy go in together.
    const copy = await lstat(join(folder, AGREEMENT_SCHEMA_FILE)).then(() => false, () => true);
    const files: OutFile[] = [{ path: basename(file), bytes: starterAgreement(kind, schema) }];
    if (copy) files.push({ path: AGREEMENT_SCHEMA_FILE, bytes: (await import('./schema.js')).schemaText() });
    await commitFiles(folder, files, { replace: Boolean(opts.force) });
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
