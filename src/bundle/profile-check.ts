// Which rules a bag is held to (rulesForBag: the profile its bag-info.txt names), and checkProfile: a bag's facts
// against those rules (profile.ts), each violation a diagnostic with its code. Driven by the profile's fields alone: a
// rule the JSON does not state is not checked, so the JSON stays the one place where cica's bags are described. The
// checksums themselves are verify.ts's; this checks what must be there.
import { error, warning, type Diagnostic, type Span } from '../diagnostics/index.js';
import { BAG_INFO, BAGIT, FETCH } from './bag-text.js';
import { cicaProfile, globMatches, profileIdentifier, type ProfileRules } from './profile.js';

/** What the checks read of a bag, gathered by verify.ts. */
export interface BagFacts {
  /** The bag as messages name it (`out/memo`, `out/memo.zip/memo`). */
  label: string;
  /** Every file found, '/'-separated, relative to the bag root (unreadable ones too: they are there). */
  files: ReadonlySet<string>;
  /** From bagit.txt; undefined when it could not be read. */
  bagitVersion?: string;
  /** bag-info.txt's labels, each with its values and their lines; undefined when there is no bag-info.txt to read. */
  info?: { fields: Map<string, string[]>; lines: Map<string, number[]> };
  /** The MIME type of the serialization the bag was read from; undefined for a folder. */
  serialization?: string;
  payloadFiles: number;
  payloadBytes: number;
}

type At = (path: string, line?: number) => { span: Span };

const MANIFEST_FILE = /^(tag)?manifest-([^/]+)\.txt$/;

/** Tag files that RFC 8493 defines (section 2): Tag-Files-Allowed and -Required are about the others. */
const isBagItFile = (path: string): boolean => path === BAGIT || path === BAG_INFO || path === FETCH || MANIFEST_FILE.test(path);

export function checkProfile(rules: ProfileRules, facts: BagFacts, at: At, name: string): Diagnostic[] {
  const problems: Diagnostic[] = [];
  const has = (path: string) => facts.files.has(path);
  const by = `by ${name}`;

  const versions = rules['Accept-BagIt-Version'];
  if (versions && facts.bagitVersion !== undefined && !versions.includes(facts.bagitVersion)) {
    problems.push(error('PROFILE_BAGIT_VERSION', `${BAGIT} says BagIt ${facts.bagitVersion}; ${by} only ${versions.join(', ')} is accepted.`, at(BAGIT)));
  }

  const serialization = rules.Serialization ?? 'optional';
  const accepted = rules['Accept-Serialization'];
  const root = { span: { file: facts.label, start: { line: 1, col: 1 } } };
  if (facts.serialization === undefined && serialization === 'required') {
    problems.push(error('PROFILE_SERIALIZATION', `The bag is a folder; ${by} it must be serialized (${(accepted ?? []).join(', ')}).`, root));
  } else if (facts.serialization !== undefined && (serialization === 'forbidden' || (accepted && !accepted.includes(facts.serialization)))) {
    problems.push(error('PROFILE_SERIALIZATION', `The bag is serialized as ${facts.serialization}, which is not accepted ${by}.`, root));
  }

  // Manifests: each required algorithm present, and no algorithm the profile does not allow.
  for (const [kind, prefix] of [['Manifests', 'manifest'], ['Tag-Manifests', 'tagmanifest']] as const) {
    const code = prefix === 'manifest' ? 'MANIFEST_MISSING' : 'TAGMANIFEST_MISSING';
    for (const alg of rules[`${kind}-Required`] ?? []) {
      const file = `${prefix}-${alg}.txt`;
      if (!has(file)) problems.push(error(code, `${file} is missing; it is required ${by}.`, at(file)));
    }
    const allowed = rules[`${kind}-Allowed`];
    if (!allowed) continue;
    for (const file of [...facts.files].sort()) {
      const m = MANIFEST_FILE.exec(file);
      if (m && (m[1] === 'tag') === (prefix === 'tagmanifest') && !allowed.includes(m[2]!)) {
        problems.push(error('PROFILE_MANIFEST_NOT_ALLOWED', `${file} is a ${m[2]} ${prefix === 'manifest' ? 'payload' : 'tag'} manifest; ${by} only ${allowed.join(', ')} are allowed.`, at(file)));
      }
    }
  }

  // fetch.txt (RFC 8493 section 2.2.3): a bag that would need files fetched from elsewhere.
  if (rules['Allow-Fetch.txt'] === false && has(FETCH)) {
    problems.push(error('PROFILE_FETCH_NOT_ALLOWED', `The bag has a ${FETCH}, listing files to be fetched from elsewhere; ${by} a bag holds all its files.`, at(FETCH)));
  }
  if (rules['Fetch.txt-Required'] === true && !has(FETCH)) problems.push(error('PROFILE_FETCH_MISSING', `${FETCH} is missing; it is required ${by}.`, at(FETCH)));

  // Other tag files: those required, and no other than those allowed (default: any).
  for (const file of rules['Tag-Files-Required'] ?? []) {
    if (!has(file)) problems.push(error('PROFILE_TAG_FILE_MISSING', `${file} is missing; it is required ${by}.`, at(file)));
  }
  const allowedTags = rules['Tag-Files-Allowed'] ?? ['*'];
  const required = new Set(rules['Tag-Files-Required'] ?? []);
  for (const file of [...facts.files].sort()) {
    if (file.startsWith('data/') || isBagItFile(file) || required.has(file) || allowedTags.some((p) => globMatches(p, file))) continue;
    problems.push(error('PROFILE_TAG_FILE_NOT_ALLOWED', `${file} is a tag file that is not allowed ${by} (allowed: ${allowedTags.join(', ')}).`, at(file)));
  }

  if (rules['Data-Empty'] === true && (facts.payloadFiles > 1 || facts.payloadBytes > 0)) {
    problems.push(error('PROFILE_DATA_NOT_EMPTY', `data/ holds ${facts.payloadFiles} files; ${by} it must be empty.`, at('data')));
  }

  // bag-info.txt: each tag's rule (required, accepted values, repeatable).
  if (facts.info) {
    const { fields, lines } = facts.info;
    for (const [tag, rule] of Object.entries(rules['Bag-Info'] ?? {})) {
      const values = fields.get(tag) ?? [];
      const where = (i: number) => at(BAG_INFO, lines.get(tag)?.[i] ?? 1);
      if (values.length === 0) {
        if (rule.required) problems.push(error('PROFILE_BAG_INFO_MISSING', `${BAG_INFO} has no ${tag}; it is required ${by}.`, at(BAG_INFO)));
        continue;
      }
      if (rule.repeatable === false && values.length > 1) {
        problems.push(error('PROFILE_BAG_INFO_REPEATED', `${BAG_INFO} gives ${tag} ${values.length} times; ${by} it is given once.`, where(1)));
      }
      const allowed = rule.values ?? [];
      values.forEach((value, i) => {
        if (allowed.length > 0 && !allowed.includes(value)) {
          problems.push(error('PROFILE_BAG_INFO_VALUE', `${BAG_INFO} gives ${tag} as ${JSON.stringify(value)}; ${by} it is one of ${allowed.map((v) => JSON.stringify(v)).join(', ')}.`, where(i)));
        }
      });
    }
  }
  return problems;
}

/** The rules of bags that name no profile: made by cica before bags carried SHA-512 manifests and named their profile,
 *  they always held these (docs/ci.md). */
const LEGACY_RULES: ProfileRules = { 'Manifests-Required': ['sha256'], 'Tag-Manifests-Required': ['sha256'] };

/** Which rules a bag is checked against: cica's profile when bag-info.txt names it; an older bag's when it names
 *  none (with a warning); a profile cica does not know is an error (its rules cannot be checked). */
export function rulesForBag(
  info: { fields: Map<string, string[]>; lines: Map<string, number[]> }, hasInfo: boolean, at: At,
): { rules: ProfileRules; name: string; problems: Diagnostic[] } {
  const problems: Diagnostic[] = [];
  const profile = cicaProfile();
  const id = profileIdentifier(profile);
  const named = info.fields.get(PROFILE_TAG) ?? [];
  if (named.includes(id)) return { rules: profile, name: `cica's BagIt profile ${id}`, problems };
  const legacy = { rules: LEGACY_RULES, name: 'the bags of an older cica', problems };
  if (named.length > 0) {
    problems.push(error('PROFILE_UNKNOWN', `${BAG_INFO} names the BagIt profile ${named.map((n) => JSON.stringify(n)).join(', ')}, which is not cica's (${id}); only what every cica bag holds is checked.`, at(BAG_INFO, info.lines.get(PROFILE_TAG)?.[0])));
  } else if (hasInfo) {
    problems.push(warning('PROFILE_UNDECLARED', `${BAG_INFO} names no BagIt profile: the bag was made by an older cica, before bags carried SHA-512 manifests; its SHA-256 manifests are checked.`, {
      ...at(BAG_INFO), hint: 'Bundle the agreement again with this cica to get a bag with both manifests and its profile.',
    }));
  }
  return legacy;
}

const PROFILE_TAG = 'BagIt-Profile-Identifier';
