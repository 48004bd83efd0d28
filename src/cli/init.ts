// `cica init FILE [--kind K] [--force]`: writes a commented starter agreement that validates; never overwrites unasked.
import { writeFile } from 'node:fs/promises';
import { dirname, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { starterAgreement, type StarterKind } from '../model/starters/index.js';
import { EXIT } from './exit.js';
import { makeOutput, type Output } from './output.js';

/** The schema shipped with cica (dist/cli/ and src/cli/ both sit two levels below the package root). */
const SCHEMA = fileURLToPath(new URL('../../schema/agreement.schema.json', import.meta.url));

export interface InitOptions {
  kind?: StarterKind;
  force?: boolean;
}

export async function runInit(file: string, opts: InitOptions, output: Output = makeOutput(process.stderr)): Promise<number> {
  const kind = opts.kind ?? 'memorandum';
  const schema = relative(dirname(resolve(file)), SCHEMA).split(sep).join('/');
  try {
    // 'wx' fails if the file exists: the check and the write are one step, so nothing is overwritten by a race.
    await writeFile(file, starterAgreement(kind, schema), { flag: opts.force ? 'w' : 'wx' });
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'EEXIST') output.err(`cica init: ${file} already exists; nothing was written. Use --force to overwrite it.`);
    else if (code === 'ENOENT') output.err(`cica init: the folder of ${file} does not exist.`);
    else if (code === 'EISDIR') output.err(`cica init: ${file} is a folder.`);
    else output.err(`cica init: cannot write ${file} (${code ?? String(err)}).`);
    return EXIT.INVALID;
  }
  output.err(`Wrote ${file}: a starter ${kind === 'note' ? 'note verbale' : kind}. Edit it, then run: cica validate ${file}`);
  return EXIT.OK;
}
