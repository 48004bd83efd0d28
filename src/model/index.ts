// The agreement model: load (read + check) a YAML file into the typed, validated Agreement of types.ts.
export * from './types.js';
export { loadAgreement } from './load.js';
export type { CheckOptions } from './options.js';
export { checkAgreement, checkAgreementText } from './check.js';
export { parseInline, inlineOf, parsePlain, referencesOf, type ParsedText, type MarkupProblem, type Placeholder } from './markup.js';
export { agreementJsonSchema, AGREEMENT_SCHEMA_FILE, AGREEMENT_SCHEMA_ID } from './json-schema.js';
