// The JSON Schema (draft-07, best supported by the YAML language server) derived from schema.ts.
import { DEFINITIONS, INSTRUMENT, NOTE } from './schema.js';
import { ID_PATTERN, RESERVED_IDS, YEARS, type Field, type Shape } from './shape.js';
import { CASES, GENDERS, LANGS, type Case } from './types.js';

type Json = Record<string, unknown>;

const TEXT: Json = { type: 'string', pattern: '\\S' };

function forms(required: readonly Case[], description: string): Json {
  const map: Json = {
    type: 'object',
    description: `${description} Case forms: ${CASES.join(', ')}.`,
    properties: Object.fromEntries(CASES.map((c) => [c, TEXT])),
    required: [...required],
    additionalProperties: false,
  };
  // A plain string gives the nominative alone, so it suffices only where nothing else is needed.
  return required.length === 1 && required[0] === 'nom' ? { anyOf: [{ ...TEXT, description }, map] } : map;
}

function properties(fields: Record<string, Field>): { properties: Json; required: string[] } {
  const props: Json = {};
  const required: string[] = [];
  for (const [key, f] of Object.entries(fields)) {
    props[key] = { description: f.description, ...toJson(f.shape) };
    if (f.required) required.push(key);
  }
  return { properties: props, required };
}

function object(fields: Record<string, Field>, extra: Json = {}, extraRequired: string[] = []): Json {
  const { properties: props, required } = properties(fields);
  const all = [...extraRequired, ...required];
  return { type: 'object', properties: { ...extra, ...props }, ...(all.length ? { required: all } : {}), additionalProperties: false };
}

export function toJson(shape: Shape): Json {
  switch (shape.kind) {
    case 'string': return shape.numberOk ? { anyOf: [TEXT, { type: 'integer' }] } : shape.enum ? { type: 'string', enum: [...shape.enum] } : TEXT;
    case 'integer': return { type: 'integer', ...(shape.minimum !== undefined ? { minimum: shape.minimum } : {}), ...(shape.maximum !== undefined ? { maximum: shape.maximum } : {}) };
    case 'boolean': return { type: 'boolean' };
    case 'id': return { type: 'string', pattern: ID_PATTERN.source, not: { enum: [...RESERVED_IDS] } };
    case 'lang': return { type: 'string', enum: [...LANGS] };
    case 'date': return { anyOf: [{ type: 'string', pattern: '^\\d{4}(-\\d{2}-\\d{2})?$' }, { type: 'integer', minimum: YEARS.min, maximum: YEARS.max }] };
    case 'text': {
      if (!shape.fields) return { $ref: '#/definitions/text' };
      const langs = Object.fromEntries(LANGS.map((l) => [l, { ...TEXT, description: l === 'en' ? 'English text' : 'Russian text' }]));
      return object(shape.fields ?? {}, langs, [...LANGS]);
    }
    case 'names': return {
      type: 'object',
      properties: { en: forms(['nom'], 'English name'), ru: forms(shape.cases, 'Russian name') },
      required: [...LANGS],
      additionalProperties: false,
    };
    case 'title': return {
      type: 'object',
      properties: {
        en: { ...TEXT, description: 'English text' },
        ru: {
          anyOf: [
            { ...TEXT, description: 'A Russian instrument noun cica declines: Меморандум, Протокол, Соглашение, Декларация, Договор, Конвенция, Программа, План, ...' },
            {
              type: 'object',
              description: `Any other Russian title: its case forms (${CASES.join(', ')}) and gender (m, f, n).`,
              properties: { ...Object.fromEntries(CASES.map((c) => [c, TEXT])), gender: { type: 'string', enum: [...GENDERS] } },
              required: ['nom'],
              additionalProperties: false,
            },
          ],
        },
      },
      required: [...LANGS],
      additionalProperties: false,
    };
    case 'object': return object(shape.fields);
    case 'list': return { type: 'array', items: toJson(shape.of), ...(shape.minItems ? { minItems: shape.minItems } : {}) };
    case 'idOrObject': return { anyOf: [toJson({ kind: 'id' }), object(shape.object.fields)] };
    case 'ref': return { $ref: `#/definitions/${shape.name}` };
  }
}

/** The schema's identifier (format version 1). A name, not a download address: `.invalid` (RFC 2606) never resolves,
 *  so no editor fetches something else under it; editors read the copy `cica schema --write DIR` puts beside the
 *  agreements (docs/format.md, "Editor support"). */
export const AGREEMENT_SCHEMA_ID = 'https://cica.invalid/schema/agreement-1.schema.json';

/** The file name of that copy, which `cica init`'s modeline names relative to the agreement. */
export const AGREEMENT_SCHEMA_FILE = 'agreement.schema.json';

export function agreementJsonSchema(): Json {
  const definitions: Json = Object.fromEntries(Object.entries(DEFINITIONS).map(([name, shape]) => [name, toJson(shape)]));
  definitions.text = { description: 'A text unit: the same text in every language.', ...toJson({ kind: 'text', fields: {} }) };
  definitions.instrument = { description: 'A memorandum or a protocol.', ...toJson(INSTRUMENT) };
  definitions.note = { description: 'A note verbale.', ...toJson(NOTE) };
  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    $id: AGREEMENT_SCHEMA_ID,
    title: 'cica agreement',
    description: 'One bilingual (English/Russian) agreement: a memorandum, a protocol or a note verbale. See docs/format.md.',
    type: 'object',
    if: { properties: { kind: { const: 'note' } }, required: ['kind'] },
    then: { $ref: '#/definitions/note' },
    else: { $ref: '#/definitions/instrument' },
    definitions,
  };
}
