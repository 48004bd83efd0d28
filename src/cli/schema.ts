// `cica schema`: prints the JSON Schema of the agreement format, derived from src/model/schema.ts.
import { agreementJsonSchema } from '../model/index.js';
import { EXIT } from './exit.js';

/** The exact text of schema/agreement.schema.json. */
export function schemaText(): string {
  return JSON.stringify(agreementJsonSchema(), null, 2) + '\n';
}

export async function runSchema(write: (text: string) => void = (t) => void process.stdout.write(t)): Promise<number> {
  write(schemaText());
  return EXIT.OK;
}
