// verifyBundle: one bag (a folder, or the `.zip` that `cica bundle --zip` makes) -> every problem found (not just
// the first), and whether it is valid, tampered, unsigned or not a bag at all. A folder is read through folder.ts (no
// link is followed, every read bounded); an archive through archive.ts, in memory, never unpacked to disk. A file that
// cannot be read, or is too large to, is a problem of that bag like any other: nothing here throws for what a bag holds.
import { checkAkn, checkPdfA } from './archival.js';
import { readFile, stat } from 'node:fs/promises';
import { error, type Code, type Diagnostic } from '../diagnostics/index.js';
import { MAX_ARCHIVE_BYTES, readArchive } from './archive.js';
import {
  algorithmLabel, ALGORITHMS, BAG_INFO, BAGIT, digestHex, manifestName, parseBagInfo, parseManifest, SIGNATURE, TAG_MANIFEST, tagManifestName,
  type Algorithm,
} from './bag-text.js';
import type { PublicKey } from './minisign-keys.js';
import { openFolderBag, realFs, type FolderFs } from './folder.js';
import { checkProfile, rulesForBag } from './profile-check.js';
import { checkSignature, type SignatureReport } from './verify-signature.js';
import type { Tree } from './walk.js';

export type VerifyStatus = 'valid' | 'invalid' | 'unsigned' | 'bad-input';

export interface VerifyReport {
  bundle: string;
  status: VerifyStatus;
  problems: Diagnostic[];
  signature: Omit<SignatureReport, 'problems'>;
  payloadFiles: number;
  payloadBytes: number;
  /** Whether the documents were re-rendered and compared (--rebuild), and why not when asked but not done. */
  rebuild?: { done: boolean; reason?: string };
}

/** A bag as the checks see it, wherever it lives. `label` names it in messages (`out/memo`, `out/memo.zip/memo`). */
export interface BagView {
  label: string;
  tree: Tree;
  read(path: string): Promise<Buffer | undefined>;
}

/** Re-renders a verified bag and returns the problems found comparing bytes (see rebuild.ts). `trust` says
 *  whether the bag's signature was checked against a given public key. */
export type Rebuild = (bag: BagView, info: Map<string, string[]>, trust: { signatureVerified: boolean }) => Promise<Diagnostic[]>;

/** Codes of a rebuild that did not compare any document (refused, impossible, failed to render). */
const NOT_REBUILT = new Set<Code>(['REBUILD_REFUSED', 'REBUILD_IMPOSSIBLE', 'REBUILD_FAILED']);

interface VerifyOptions {
  publicKey?: PublicKey;
  rebuild?: Rebuild;
  /** The file system a folder bag is read through (tests inject failing calls). */
  fs?: FolderFs;
}

/** Problems that say a check could not be made, not that the bag was changed: alone, they make it bad input. */
const UNREADABLE = new Set<Code>(['FILE_UNREADABLE', 'REBUILD_REFUSED']);

const badInput = (bundle: string, code: Code, message: string): VerifyReport => ({
  bundle,
  status: 'bad-input',
  problems: [error(code, message, { span: { file: bundle, start: { line: 1, col: 1 } } })],
  signature: { signed: false, verified: false },
  payloadFiles: 0,
  payloadBytes: 0,
});

export async function verifyBundle(bundle: string, opts: VerifyOptions = {}): Promise<VerifyReport> {
  const info = await stat(bundle).catch((err: NodeJS.ErrnoException) => err);
  if (info instanceof Error) {
    return badInput(bundle, info.code === 'ENOENT' ? 'BAG_NOT_FOUND' : 'BAG_UNREADABLE', `${bundle} cannot be read as a bundle (${info.code ?? info.message}).`);
  }
  if (info.isFile()) return verifyArchive(bundle, info.size, opts);
  let folder;
  try {
    folder = await openFolderBag(bundle, opts.fs ?? realFs);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    return badInput(bundle, code === 'ENOTDIR' ? 'NOT_A_BAG' : 'BAG_UNREADABLE', `${bundle} cannot be read as a bundle folder (${code ?? String(err)}).`);
  }
  return verifyBag({ label: bundle, ...folder }, [], opts);
}

async function verifyArchive(zipPath: string, size: number, opts: VerifyOptions): Promise<VerifyReport> {
  if (size > MAX_ARCHIVE_BYTES) return badInput(zipPath, 'NOT_A_BAG', `${zipPath} is larger than ${MAX_ARCHIVE_BYTES >> 20} MiB; it is not a bundle.`);
  const bytes = await readFile(zipPath).catch((err: NodeJS.ErrnoException) => err);
  if (bytes instanceof Error) return badInput(zipPath, 'BAG_UNREADABLE', `${zipPath} cannot be read (${bytes.code ?? bytes.message}).`);
  const archive = readArchive(bytes, zipPath);
  if ('notAnArchive' in archive) return badInput(zipPath, 'NOT_A_BAG', `${zipPath} is not a bundle archive: ${archive.notAnArchive}.`);
  if ('damaged' in archive) {
    const report = badInput(zipPath, 'ZIP_CORRUPT', `${zipPath} has been changed or damaged: ${archive.damaged}.`);
    return { ...report, status: 'invalid', problems: [...report.problems, ...archive.problems] };
  }
  const { files } = archive;
  const report = await verifyBag({ label: `${zipPath}/${archive.top}`, tree: archive.tree, read: async (p) => files.get(p) }, archive.problems, opts, 'application/zip');
  return { ...report, bundle: zipPath };
}

async function verifyBag(bag: BagView, found: Diagnostic[], opts: VerifyOptions, serialization?: string): Promise<VerifyReport> {
  const { label: bundle, tree, read } = bag;
  const problems: Diagnostic[] = [...found];
  const at = (path: string, line = 1) => ({ span: { file: `${bundle}/${path}`, start: { line, col: 1 } } });
  const report = (status: VerifyStatus, signature: Omit<SignatureReport, 'problems'> = { signed: false, verified: false }, files = 0, bytes = 0): VerifyReport =>
    ({ bundle, status, problems, signature, payloadFiles: files, payloadBytes: bytes });
  // A file that could not be read is reported once, from the tree; the checks below neither call it missing nor
  // changed (they cannot know), so its own diagnostic is the one that says what happened.
  const refused = (path: string) => tree.refused.some((r) => r.path === path);
  const absent = (path: string) => !tree.files.has(path) && !refused(path);

  // Without any of its key files this folder was never a bundle (bad input); with some of them
  // it is a bundle that lost a file, which is tampering like any other.
  if (![BAGIT, ...ALGORITHMS.flatMap((a) => [manifestName(a), tagManifestName(a)])].some((f) => tree.files.has(f))) {
    problems.push(error('NOT_A_BAG', `${bundle} is not a bundle: it has no ${BAGIT}.`, { span: { file: bundle, start: { line: 1, col: 1 } } }));
    return report('bad-input');
  }

  for (const p of tree.links) problems.push(error('SYMLINK', `${p} is a symbolic link; a bundle holds only plain files.`, at(p)));
  for (const p of tree.special) problems.push(error('SPECIAL_FILE', `${p} is not a plain file.`, at(p)));
  for (const p of tree.emptyDirs) problems.push(error('EXTRA_DIRECTORY', `${p} is an empty folder that the bundle does not list.`, at(p)));

  const bagit = (await read(BAGIT))?.toString('utf8');
  if (bagit === undefined && absent(BAGIT)) problems.push(error('BAGIT_TXT_MISSING', `${BAGIT} is missing.`, at(BAGIT)));
  else if (bagit !== undefined && !/^BagIt-Version: (1\.0|0\.97)\nTag-File-Character-Encoding: UTF-8\n$/.test(bagit)) {
    problems.push(error('BAGIT_TXT_INVALID', `${BAGIT} is not "BagIt-Version: 1.0" and "Tag-File-Character-Encoding: UTF-8".`, at(BAGIT)));
  }

  const infoBytes = await read(BAG_INFO);
  const info = parseBagInfo(infoBytes?.toString('utf8') ?? '');
  if (!infoBytes && absent(BAG_INFO)) problems.push(error('BAG_INFO_MISSING', `${BAG_INFO} is missing.`, at(BAG_INFO)));
  for (const line of info.bad) problems.push(error('BAG_INFO_MALFORMED', `Line ${line} of ${BAG_INFO} is not "Label: value".`, at(BAG_INFO, line)));
  const { rules, name: rulesName, problems: named } = rulesForBag(info, infoBytes !== undefined, at);
  problems.push(...named);

  // Tag manifests: each covers the tag files, lists only files that exist and match, and none lists a tag manifest.
  const covered = new Set<string>([SIGNATURE, ...ALGORITHMS.map(tagManifestName)]);
  const tagListings = await readManifests('tag', tagManifestName);
  const payloadManifests = ALGORITHMS.filter((a) => tree.files.has(manifestName(a)) || rules['Manifests-Required']?.includes(a)).map(manifestName);
  const requiredTags = [BAGIT, BAG_INFO, ...payloadManifests];
  for (const [alg, listed] of tagListings) {
    for (const tag of requiredTags) {
      if (!listed.has(tag)) problems.push(error('TAG_FILE_UNLISTED', `${tag} is not listed in ${tagManifestName(alg)}.`, at(tagManifestName(alg))));
    }
  }
  disagreements(tagListings, tagManifestName, new Set(requiredTags));

  const sigBytes = await read(SIGNATURE);
  const tagManifest = await read(TAG_MANIFEST);
  const sig = checkSignature(bundle, sigBytes?.toString('utf8'), tagManifest, opts.publicKey);
  if (!refused(SIGNATURE)) problems.push(...sig.problems);

  // Payload manifests: every data/ file listed in every one (RFC 8493 section 3), present, with its checksums.
  const payloadListings = await readManifests('payload', manifestName);
  disagreements(payloadListings, manifestName, new Set());
  for (const path of [...tree.files].sort()) {
    if (covered.has(path)) continue;
    const inData = path.startsWith('data/');
    // The manifest that would list it was not read.
    if (ALGORITHMS.some((a) => refused(inData ? manifestName(a) : tagManifestName(a)))) continue;
    const code = inData ? 'PAYLOAD_EXTRA' : 'EXTRA_FILE';
    problems.push(error(code, `${JSON.stringify(path)} is in the bundle but not listed in its manifests.`, at(path)));
  }

  // Payload-Oxum against what is really in data/ (sizes as listed: a file too large to read still counts).
  const payload = [...tree.files].filter((p) => p.startsWith('data/'));
  const octets = payload.reduce((n, p) => n + (tree.sizes.get(p) ?? 0), 0);
  const oxum = info.fields.get('Payload-Oxum');
  if (infoBytes && payload.every((p) => tree.sizes.has(p)) && (oxum?.length !== 1 || oxum[0] !== `${octets}.${payload.length}`)) {
    problems.push(error('OXUM_MISMATCH', `Payload-Oxum says ${saysOxum(oxum)}, but data/ holds ${count(octets, 'byte')} in ${count(payload.length, 'file')}.`, at(BAG_INFO)));
  }

  // Both languages: an English and a Russian document.
  for (const lang of ['en', 'ru']) {
    const re = new RegExp(`^data/[^/]+\\.${lang}\\.(pdf|docx)$`);
    if (!payload.some((p) => re.test(p))) problems.push(error('LANGUAGE_MISSING', `The bundle has no ${lang === 'en' ? 'English' : 'Russian'} document (data/*.${lang}.pdf or .docx).`, at('data')));
  }

  // The archival copies: each PDF identifies itself as PDF/A, each Akoma Ntoso expression is valid (archival.ts).
  // A file already found changed, extra or unreadable is not looked into: its problem is said once.
  const flagged = new Set(problems.map((p) => p.span?.file));
  for (const path of payload.filter((p) => /\.(pdf|akn\.xml)$/.test(p)).sort()) {
    if (refused(path) || flagged.has(`${bundle}/${path}`)) continue;
    const bytes = await read(path);
    if (!bytes) continue;
    problems.push(...(path.endsWith('.pdf') ? checkPdfA(path, bytes, at) : checkAkn(path, bytes, at)));
  }

  // The profile the bag names (or, for an older bag naming none, what such bags always held).
  const bagitVersion = bagit === undefined ? undefined : /^BagIt-Version: (\S+)/.exec(bagit)?.[1];
  problems.push(...checkProfile(rules, {
    label: bundle,
    files: tree.files,
    ...(bagitVersion ? { bagitVersion } : {}),
    ...(infoBytes ? { info } : {}),
    ...(serialization ? { serialization } : {}),
    payloadFiles: payload.length,
    payloadBytes: octets,
  }, at, rulesName));

  // Reads above may have refused more files than the walk did (a file replaced or unreadable).
  for (const r of tree.refused) problems.push(error(r.code, `${r.path} was not checked: ${r.reason}.`, at(r.path)));
  const errors = () => problems.filter((p) => p.severity === 'error');
  let rebuild: VerifyReport['rebuild'];
  if (opts.rebuild && errors().length > 0) rebuild = { done: false, reason: 'the bundle has other problems' };
  else if (opts.rebuild) {
    const found = await opts.rebuild(bag, info.fields, { signatureVerified: sig.verified });
    problems.push(...found);
    const stop = found.find((d) => NOT_REBUILT.has(d.code));
    rebuild = stop ? { done: false, reason: stop.message } : { done: true };
  }
  const signature = { signed: sig.signed, verified: sig.verified, ...(sig.keyId ? { keyId: sig.keyId, trustedComment: sig.trustedComment } : {}) };
  // Warnings (an older bag naming no profile) are reported and change nothing.
  const failed = errors();
  const onlyUnsigned = failed.length > 0 && failed.every((p) => p.code === 'SIGNATURE_MISSING');
  const unreadable = failed.some((p) => UNREADABLE.has(p.code)) && failed.every((p) => UNREADABLE.has(p.code) || p.code === 'SIGNATURE_MISSING');
  const status = failed.length === 0 ? 'valid' : onlyUnsigned ? 'unsigned' : unreadable ? 'bad-input' : 'invalid';
  return { ...report(status, signature, payload.length, octets), ...(rebuild ? { rebuild } : {}) };

  /** Each manifest of this kind that the bag holds and that could be read, checked; what each lists, by algorithm.
   *  A file missing, or changed, is one problem naming every manifest that found it. */
  async function readManifests(kind: 'tag' | 'payload', nameOf: (alg: Algorithm) => string): Promise<Map<Algorithm, Set<string>>> {
    const listings = new Map<Algorithm, Set<string>>();
    const findings: Findings = { missing: new Map(), changed: new Map() };
    for (const alg of ALGORITHMS) {
      const bytes = await read(nameOf(alg));
      if (!bytes) continue; // missing: the profile says whether it must be there; unreadable: reported from the tree
      const listed = new Set<string>();
      await checkManifest(nameOf(alg), bytes, kind, alg, listed, findings);
      listings.set(alg, listed);
      for (const p of listed) covered.add(p);
    }
    for (const [path, where] of findings.missing) {
      const code = kind === 'tag' ? 'TAG_FILE_MISSING' : 'PAYLOAD_MISSING';
      problems.push(error(code, `${path} is listed in ${where.map((w) => w.name).join(' and ')} but missing.`, at(where[0]!.name, where[0]!.line)));
    }
    for (const [path, algs] of findings.changed) {
      const code = kind === 'tag' ? 'TAG_CHECKSUM_MISMATCH' : 'PAYLOAD_CHECKSUM_MISMATCH';
      const what = algs.map((a) => `its ${algorithmLabel(a)} does not match ${nameOf(a)}`).join(', and ');
      problems.push(error(code, `${path} has been changed: ${what}.`, at(path)));
    }
    return listings;
  }

  /** A file listed in one manifest of a kind but not in another: each must list the same files (RFC 8493 sections 3,
   *  2.2.1). `reported`: files whose absence from a tag manifest is already TAG_FILE_UNLISTED. */
  function disagreements(listings: Map<Algorithm, Set<string>>, nameOf: (alg: Algorithm) => string, reported: Set<string>): void {
    const all = new Set([...listings.values()].flatMap((l) => [...l]));
    for (const path of [...all].sort()) {
      if (reported.has(path)) continue;
      const by = [...listings].filter(([, l]) => l.has(path)).map(([a]) => nameOf(a));
      for (const [alg, listed] of listings) {
        if (!listed.has(path)) {
          problems.push(error('MANIFEST_INCOMPLETE', `${path} is listed in ${by.join(' and ')} but not in ${nameOf(alg)}; each manifest lists the same files.`, at(nameOf(alg))));
        }
      }
    }
  }

  async function checkManifest(name: string, bytes: Buffer, kind: 'tag' | 'payload', alg: Algorithm, seen: Set<string>, findings: Findings): Promise<void> {
    const parsed = parseManifest(bytes.toString('utf8'), alg);
    for (const p of parsed.problems) {
      problems.push(error(p.unsafe ? 'UNSAFE_PATH' : 'MANIFEST_MALFORMED', `Line ${p.line} of ${name}: ${p.reason}.`, at(name, p.line)));
    }
    for (const e of parsed.entries) {
      const inData = e.path.startsWith('data/');
      if (inData !== (kind === 'payload') || (kind === 'tag' && (TAG_MANIFEST_FILE.test(e.path) || e.path === SIGNATURE))) {
        problems.push(error('MANIFEST_WRONG_FILE', `${name} line ${e.line} lists ${e.path}, which ${inData || kind === 'payload' ? 'belongs in the other manifest' : 'no tag manifest lists'}.`, at(name, e.line)));
        covered.add(e.path); // listed, if in the wrong place: not also an unlisted file
        continue;
      }
      seen.add(e.path);
      const data = await read(e.path);
      if (!data && refused(e.path)) continue;
      if (!data) findings.missing.set(e.path, [...(findings.missing.get(e.path) ?? []), { name, line: e.line }]);
      else if (digestHex(alg, data) !== e.hex) findings.changed.set(e.path, [...(findings.changed.get(e.path) ?? []), alg]);
    }
  }
}

/** What the manifests of one kind found wrong, per file: where it is listed but missing, which checksums differ. */
interface Findings {
  missing: Map<string, { name: string; line: number }[]>;
  changed: Map<string, Algorithm[]>;
}

const TAG_MANIFEST_FILE = /^tagmanifest-[^/]+\.txt$/;

const count = (n: number, what: string): string => `${n} ${what}${n === 1 ? '' : 's'}`;

/** Payload-Oxum is "<octets>.<files>" (RFC 8493 section 2.2.2); said as a person reads it. */
function saysOxum(values: string[] | undefined): string {
  if (!values?.length) return 'nothing';
  return values.map((v) => {
    const m = /^(\d+)\.(\d+)$/.exec(v);
    return m ? `${count(Number(m[1]), 'byte')} in ${count(Number(m[2]), 'file')}` : JSON.stringify(v);
  }).join(' and ');
}
