// `cica schema`: the committed schema is what the command prints, and it accepts the samples and starters.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv from 'ajv';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { runSchema, schemaText } from '../../src/cli/schema.js';
import { STARTER_KINDS, starterAgreement } from '../../src/model/starters/index.js';

const root = new URL('../../', import.meta.url).pathname;
const committed = readFileSync(join(root, 'schema/agreement.schema.json'), 'utf8');
const AjvClass = ((Ajv as unknown as { default?: typeof Ajv }).default ?? Ajv) as typeof Ajv;
const ajv = new AjvClass({ allErrors: true, strict: true });
const validate = ajv.compile(JSON.parse(committed));
const yamlFiles = (dir: string) => readdirSync(join(root, dir)).filter((f) => f.endsWith('.yaml')).map((f) => join(root, dir, f));
const accepts = (text: string) => {
  const ok = validate(parse(text));
  return ok ? 'valid' : JSON.stringify(validate.errors?.slice(0, 3));
};

describe('cica schema', () => {
  it('prints exactly the committed schema/agreement.schema.json', async () => {
    let printed = '';
    expect(await runSchema((t) => { printed += t; })).toBe(0);
    expect(printed).toBe(committed);
    expect(schemaText()).toBe(committed);
  });

  it('is draft-07 with descriptions for autocompletion', () => {
    const schema = JSON.parse(committed);
    expect(schema.$schema).toBe('http://json-schema.org/draft-07/schema#');
    expect(schema.definitions.instrument.properties.parties.description).toMatch(/two or more/);
    expect(schema.definitions.note.properties.addressees.properties.name.description).toMatch(/dat/);
  });

  it('accepts every sample agreement in agreements/ (at least 5)', () => {
    const samples = yamlFiles('agreements');
    expect(samples.length).toBeGreaterThanOrEqual(5);
    for (const f of samples) expect(accepts(readFileSync(f, 'utf8')), f).toBe('valid');
  });

  it('accepts the model fixtures and every starter', () => {
    for (const f of yamlFiles('tests/model/fixtures')) expect(accepts(readFileSync(f, 'utf8')), f).toBe('valid');
    for (const kind of STARTER_KINDS) expect(accepts(starterAgreement(kind, 'x.json')), kind).toBe('valid');
  });

  it('rejects structural mistakes the checker rejects', () => {
    const broken = ['unknown-key-did-you-mean', 'wrong-type-originals-word', 'bad-value-kind', 'bad-value-case-name', 'missing-case-form-plain-string',
      'missing-translation-empty', 'bad-id-starts-with-digit', 'note-missing-dative', 'too-few-parties', 'missing-field-final', 'note-kind-missing'];
    for (const name of broken) {
      expect(accepts(readFileSync(join(root, 'tests/broken/cases', `${name}.yaml`), 'utf8')), name).not.toBe('valid');
    }
  });
});
