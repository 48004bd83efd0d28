// cica's BagIt profile (BagIt Profiles Specification 1.3.0, https://bagit-profiles.github.io/bagit-profiles-specification/):
// schema/cica-bagit-profile.json, shipped in the package, is the single source of truth. `cica bundle` writes its
// identifier into bag-info.txt; `cica verify` checks a bag against what the JSON says (profile-check.ts), never a copy
// of its rules written out in code. The document's own shape is checked when it is loaded: a bad one is a bug in cica.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** One bag-info.txt tag's rule (the spec's four optional parameters). */
export interface TagRule {
  required?: boolean;
  /** Accepted values; empty or absent: any value. */
  values?: string[];
  /** Default true. */
  repeatable?: boolean;
  description?: string;
}

export interface BagItProfile {
  'BagIt-Profile-Info': {
    'BagIt-Profile-Identifier': string;
    'BagIt-Profile-Version': string;
    'Source-Organization': string;
    'External-Description': string;
    Version: string;
    'Contact-Name'?: string;
    'Contact-Email'?: string;
    'Contact-Phone'?: string;
  };
  'Bag-Info'?: Record<string, TagRule>;
  'Manifests-Required'?: string[];
  'Manifests-Allowed'?: string[];
  'Tag-Manifests-Required'?: string[];
  'Tag-Manifests-Allowed'?: string[];
  'Tag-Files-Required'?: string[];
  'Tag-Files-Allowed'?: string[];
  'Allow-Fetch.txt'?: boolean;
  'Fetch.txt-Required'?: boolean;
  'Data-Empty'?: boolean;
  Serialization?: 'forbidden' | 'required' | 'optional';
  'Accept-Serialization'?: string[];
  'Accept-BagIt-Version': string[];
}

/** The rules a profile sets on a bag: everything but the description of the profile itself. */
export type ProfileRules = Partial<Omit<BagItProfile, 'BagIt-Profile-Info'>>;

/** Where the profile lives in the package (two folders up from src/bundle/ and dist/bundle/ alike). */
export const PROFILE_PATH = fileURLToPath(new URL('../../schema/cica-bagit-profile.json', import.meta.url));

const LISTS = ['Manifests-Required', 'Manifests-Allowed', 'Tag-Manifests-Required', 'Tag-Manifests-Allowed',
  'Tag-Files-Required', 'Tag-Files-Allowed', 'Accept-Serialization', 'Accept-BagIt-Version'] as const;
const BOOLEANS = ['Allow-Fetch.txt', 'Fetch.txt-Required', 'Data-Empty'] as const;
const KNOWN = new Set<string>(['BagIt-Profile-Info', 'Bag-Info', 'Serialization', ...LISTS, ...BOOLEANS]);
const INFO_REQUIRED = ['BagIt-Profile-Identifier', 'BagIt-Profile-Version', 'Source-Organization', 'External-Description', 'Version'];
const RULE_KEYS = new Set(['required', 'values', 'repeatable', 'description']);

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isStrings = (v: unknown): v is string[] => Array.isArray(v) && v.every((s) => typeof s === 'string' && s.length > 0);

/** Glob of the spec's Tag-Files-Allowed: '*' stands for zero or more characters (glob(7)), nothing else is special. */
export function globMatches(pattern: string, path: string): boolean {
  const re = new RegExp(`^${pattern.split('*').map((p) => p.replace(/[.+?^${}()|[\]\\]/g, '\\$&')).join('.*')}$`, 's');
  return re.test(path);
}

/** What is wrong with a profile document by the spec's own rules (field types, required profile info, every
 *  required manifest also allowed, ...); [] for a good one. */
export function profileProblems(doc: unknown): string[] {
  if (!isObject(doc)) return ['the profile is not a JSON object'];
  const problems: string[] = [];
  for (const key of Object.keys(doc)) if (!KNOWN.has(key)) problems.push(`unknown field ${JSON.stringify(key)}`);
  const info = doc['BagIt-Profile-Info'];
  if (!isObject(info)) problems.push('BagIt-Profile-Info is missing or not an object');
  else {
    for (const key of INFO_REQUIRED) if (typeof info[key] !== 'string' || info[key] === '') problems.push(`BagIt-Profile-Info has no ${key}`);
    const id = info['BagIt-Profile-Identifier'];
    if (typeof id === 'string' && !/^[a-z][a-z0-9+.-]*:\S+$/i.test(id)) problems.push(`BagIt-Profile-Identifier ${JSON.stringify(id)} is not an absolute URI`);
    for (const key of ['BagIt-Profile-Version', 'Version']) {
      if (typeof info[key] === 'string' && !/^\d+(\.\d+)*$/.test(info[key] as string)) problems.push(`${key} is not a version number`);
    }
  }
  for (const key of LISTS) if (key in doc && !isStrings(doc[key])) problems.push(`${key} is not a list of strings`);
  for (const key of BOOLEANS) if (key in doc && typeof doc[key] !== 'boolean') problems.push(`${key} is not true or false`);
  if (!isStrings(doc['Accept-BagIt-Version']) || doc['Accept-BagIt-Version'].length === 0) problems.push('Accept-BagIt-Version needs at least one version');
  const serialization = doc.Serialization ?? 'optional';
  if (!['forbidden', 'required', 'optional'].includes(serialization as string)) problems.push('Serialization is not forbidden, required or optional');
  if (serialization !== 'forbidden' && !(isStrings(doc['Accept-Serialization']) && doc['Accept-Serialization'].length > 0)) {
    problems.push('Accept-Serialization needs at least one type when serialization is not forbidden');
  }
  const subset = (required: string, allowed: string, covers: (allowed: string[], item: string) => boolean) => {
    const r = doc[required];
    const a = doc[allowed];
    if (isStrings(r) && isStrings(a)) for (const item of r) if (!covers(a, item)) problems.push(`${item} is in ${required} but not in ${allowed}`);
  };
  subset('Manifests-Required', 'Manifests-Allowed', (a, item) => a.includes(item));
  subset('Tag-Manifests-Required', 'Tag-Manifests-Allowed', (a, item) => a.includes(item));
  subset('Tag-Files-Required', 'Tag-Files-Allowed', (a, item) => a.some((p) => globMatches(p, item)));
  if (doc['Fetch.txt-Required'] === true && doc['Allow-Fetch.txt'] === false) problems.push('Fetch.txt-Required is true but Allow-Fetch.txt is false');
  const bagInfo = doc['Bag-Info'];
  if (bagInfo !== undefined && !isObject(bagInfo)) problems.push('Bag-Info is not an object');
  else if (bagInfo) {
    // The spec: BagIt-Profile-Identifier is always required, and SHOULD NOT be listed under Bag-Info.
    if ('BagIt-Profile-Identifier' in bagInfo) problems.push('Bag-Info lists BagIt-Profile-Identifier, which is always required');
    for (const [tag, rule] of Object.entries(bagInfo)) {
      if (!isObject(rule)) {
        problems.push(`Bag-Info ${tag} is not an object`);
        continue;
      }
      for (const key of Object.keys(rule)) if (!RULE_KEYS.has(key)) problems.push(`Bag-Info ${tag} has an unknown parameter ${JSON.stringify(key)}`);
      for (const key of ['required', 'repeatable']) if (key in rule && typeof rule[key] !== 'boolean') problems.push(`Bag-Info ${tag} ${key} is not true or false`);
      if ('values' in rule && !isStrings(rule.values)) problems.push(`Bag-Info ${tag} values is not a list of strings`);
      if ('description' in rule && typeof rule.description !== 'string') problems.push(`Bag-Info ${tag} description is not a string`);
    }
  }
  return problems;
}

let loaded: BagItProfile | undefined;

/** The shipped profile, read once. A missing or malformed file is a broken installation: it throws. */
export function cicaProfile(): BagItProfile {
  if (loaded) return loaded;
  const doc: unknown = JSON.parse(readFileSync(PROFILE_PATH, 'utf8'));
  const problems = profileProblems(doc);
  if (problems.length) throw new Error(`${PROFILE_PATH} is not a valid BagIt profile: ${problems.join('; ')}`);
  return (loaded = doc as BagItProfile);
}

export const profileIdentifier = (profile: BagItProfile = cicaProfile()): string => profile['BagIt-Profile-Info']['BagIt-Profile-Identifier'];
