// `cica schema [--write DIR]`: prints the JSON Schema of the agreement format, derived from src/model/schema.ts, or
// writes it as DIR/agreement.schema.json, the copy `cica init`'s modeline names beside the agreements.
import { join } from 'node:path';
import { AGREEMENT_SCHEMA_FILE, agreementJsonSchema } from '../model/index.js';
import { commitFiles, CommitRefused, ioReason } from './commit.js';
import { EXIT } from './exit.js';

/** The exact text of schema/agreement.schema.json. */
export function schemaText(): string {
  return JSON.stringify(agreementJsonSchema(), null, 2) + '\n';
}

export interface SchemaOptions {
  /** A folder of agreements: write the schema there as agreement.schema.json (replacing an older copy). */
  write?: string;
}

export async function runSchema(write: (text: string) => void = (t) => void process.stdout.write(t), opts: SchemaOptions = {}): Promise<number> {
  if (opts.write === undefined) {
    write(schemaText());
    return EXIT.OK;
  }
  const say = (line: string): void => void process.stderr.write(`${line}\n`);
  try {
    // Staged and renamed in (commit.ts): an editor never reads half a schema; a link there is replaced, not followed.
    await commitFiles(opts.write, [{ path: AGREEMENT_SCHEMA_FILE, bytes: new TextEncoder().encode(schemaText()) }], { replace: true });
  } catch (err) {
    if (err instanceof CommitRefused) {
      say(`cica schema: cannot write into ${opts.write}: ${err.message}; nothing written`);
      return EXIT.USAGE;
    }
    say(`cica schema: writing into ${opts.write} failed (${ioReason(err)}); nothing written`);
    return EXIT.IO;
  }
  say(`wrote ${join(opts.write, AGREEMENT_SCHEMA_FILE)}`);
  return EXIT.OK;
}
