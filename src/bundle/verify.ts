// verifyBundle: one bag (a folder, or the `.zip` that `cica bundle --zip` makes) -> every problem found (not just
// the first), and whether it is valid, tampered, unsigned or not a bag at all. A folder is read through folder.ts (no
// link is followed, every read bounded); an archive through archive.ts, in memory, never unpacked to disk. A file that
// cannot be read, or is too large to, is a problem of that bag like any other: nothing here throws for what a bag holds.
import { readFile, stat } from 'node:fs/promises';
import { error, type Diagnostic } from '../diagnostics/index.js';
import { MAX_ARCHIVE_BYTES, readArchive } from './archive.js';
import { BAG_INFO, BAGIT, MANIFEST, parseBagInfo, parseManifest, sha256Hex, SIGNATURE, TAG_MANIFEST } from './bag-text.js';
import type { PublicKey } from './minisign-keys.js';
import { openFolderBag, realFs, type FolderFs } from './folder.js';
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
const NOT_REBUILT = new Set(['REBUILD_REFUSED', 'REBUILD_IMPOSSIBLE', 'REBUILD_FAILED']);

const REQUIRED_TAGS = [BAGIT, BAG_INFO, MANIFEST];

interface VerifyOptions {
  publicKey?: PublicKey;
  rebuild?: Rebuild;
  /** The file system a folder bag is read through (tests inject failing calls). */
  fs?: FolderFs;
}

/** Problems that say a check could not be made, not that the bag was changed: alone, they make it bad input. */
const UNREADABLE = new Set(['FILE_UNREADABLE', 'REBUILD_REFUSED']);

const badInput = (bundle: string, code: string, message: string): VerifyReport => ({
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
  const report = await verifyBag({ label: `${zipPath}/${archive.top}`, tree: archive.tree, read: async (p) => files.get(p) }, archive.problems, opts);
  return { ...report, bundle: zipPath };
}

async function verifyBag(bag: BagView, found: Diagnostic[], opts: VerifyOptions): Promise<VerifyReport> {
  const { label: bundle, tree, read } = bag;
  const problems: Diagnostic[] = [...found];
  const at = (path: string, line = 1) => ({ span: { file: `${bundle}/${path}`, start: { line, col: 1 } } });
  const report = (status: VerifyStatus, signature: Omit<SignatureReport, 'problems'> = { signed: false, verified: false }, files = 0, bytes = 0): VerifyReport =>
    ({ bundle, status, problems, signature, payloadFiles: files, payloadBytes: bytes });
  // A file that could not be read is reported once, from the tree; the checks below neither call it missing nor
  // changed (they cannot know), so its own diagnostic is the one that says what happened.
  const refused = (path: string) => tree.refused.some((r) => r.path === path);
  const absent = (path: string) => !tree.files.has(path) && !refused(path);

  // Without any of its three key files this folder was never a bundle (bad input); with some of them
  // it is a bundle that lost a file, which is tampering like any other.
  if (![BAGIT, MANIFEST, TAG_MANIFEST].some((f) => tree.files.has(f))) {
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

  // Tag manifest: covers the tag files, lists only files that exist and match.
  const tagManifest = await read(TAG_MANIFEST);
  const covered = new Set<string>([TAG_MANIFEST, SIGNATURE]);
  if (!tagManifest && absent(TAG_MANIFEST)) problems.push(error('TAGMANIFEST_MISSING', `${TAG_MANIFEST} is missing.`, at(TAG_MANIFEST)));
  else if (tagManifest) await checkManifest(TAG_MANIFEST, tagManifest, 'tag', covered);
  if (tagManifest) {
    for (const tag of REQUIRED_TAGS) {
      if (!covered.has(tag)) problems.push(error('TAG_FILE_UNLISTED', `${tag} is not listed in ${TAG_MANIFEST}.`, at(TAG_MANIFEST)));
    }
  }

  const sigBytes = await read(SIGNATURE);
  const sig = checkSignature(bundle, sigBytes?.toString('utf8'), tagManifest, opts.publicKey);
  if (!refused(SIGNATURE)) problems.push(...sig.problems);

  // Payload manifest: every data/ file listed, present, with its checksum.
  const manifest = await read(MANIFEST);
  if (!manifest && absent(MANIFEST)) problems.push(error('MANIFEST_MISSING', `${MANIFEST} is missing.`, at(MANIFEST)));
  else if (manifest) await checkManifest(MANIFEST, manifest, 'payload', covered);
  for (const path of [...tree.files].sort()) {
    if (covered.has(path)) continue;
    const inData = path.startsWith('data/');
    if (refused(inData ? MANIFEST : TAG_MANIFEST)) continue; // the manifest that would list it was not read
    const code = inData ? 'PAYLOAD_EXTRA' : 'EXTRA_FILE';
    problems.push(error(code, `${JSON.stringify(path)} is in the bundle but not listed in its manifests.`, at(path)));
  }

  // Payload-Oxum against what is really in data/ (sizes as listed: a file too large to read still counts).
  const payload = [...tree.files].filter((p) => p.startsWith('data/'));
  const octets = payload.reduce((n, p) => n + (tree.sizes.get(p) ?? 0), 0);
  const infoBytes = await read(BAG_INFO);
  const info = parseBagInfo(infoBytes?.toString('utf8') ?? '');
  if (!infoBytes && absent(BAG_INFO)) problems.push(error('BAG_INFO_MISSING', `${BAG_INFO} is missing.`, at(BAG_INFO)));
  for (const line of info.bad) problems.push(error('BAG_INFO_MALFORMED', `Line ${line} of ${BAG_INFO} is not "Label: value".`, at(BAG_INFO, line)));
  const oxum = info.fields.get('Payload-Oxum');
  if (infoBytes && payload.every((p) => tree.sizes.has(p)) && (oxum?.length !== 1 || oxum[0] !== `${octets}.${payload.length}`)) {
    problems.push(error('OXUM_MISMATCH', `Payload-Oxum says ${saysOxum(oxum)}, but data/ holds ${count(octets, 'byte')} in ${count(payload.length, 'file')}.`, at(BAG_INFO)));
  }

  // Both languages: an English and a Russian document.
  for (const lang of ['en', 'ru']) {
    const re = new RegExp(`^data/[^/]+\\.${lang}\\.(pdf|docx)$`);
    if (!payload.some((p) => re.test(p))) problems.push(error('LANGUAGE_MISSING', `The bundle has no ${lang === 'en' ? 'English' : 'Russian'} document (data/*.${lang}.pdf or .docx).`, at('data')));
  }

  // Reads above may have refused more files than the walk did (a file replaced or unreadable).
  for (const r of tree.refused) problems.push(error(r.code, `${r.path} was not checked: ${r.reason}.`, at(r.path)));
  let rebuild: VerifyReport['rebuild'];
  if (opts.rebuild && problems.length > 0) rebuild = { done: false, reason: 'the bundle has other problems' };
  else if (opts.rebuild) {
    const found = await opts.rebuild(bag, info.fields, { signatureVerified: sig.verified });
    problems.push(...found);
    const stop = found.find((d) => NOT_REBUILT.has(d.code));
    rebuild = stop ? { done: false, reason: stop.message } : { done: true };
  }
  const signature = { signed: sig.signed, verified: sig.verified, ...(sig.keyId ? { keyId: sig.keyId, trustedComment: sig.trustedComment } : {}) };
  const onlyUnsigned = problems.length > 0 && problems.every((p) => p.code === 'SIGNATURE_MISSING');
  const unreadable = problems.some((p) => UNREADABLE.has(p.code)) && problems.every((p) => UNREADABLE.has(p.code) || p.code === 'SIGNATURE_MISSING');
  const status = problems.length === 0 ? 'valid' : onlyUnsigned ? 'unsigned' : unreadable ? 'bad-input' : 'invalid';
  return { ...report(status, signature, payload.length, octets), ...(rebuild ? { rebuild } : {}) };

  async function checkManifest(name: string, bytes: Buffer, kind: 'tag' | 'payload', seen: Set<string>): Promise<void> {
    const parsed = parseManifest(bytes.toString('utf8'));
    for (const p of parsed.problems) {
      problems.push(error(p.unsafe ? 'UNSAFE_PATH' : 'MANIFEST_MALFORMED', `Line ${p.line} of ${name}: ${p.reason}.`, at(name, p.line)));
    }
    for (const e of parsed.entries) {
      seen.add(e.path);
      const inData = e.path.startsWith('data/');
      if (inData !== (kind === 'payload') || (kind === 'tag' && (e.path === TAG_MANIFEST || e.path === SIGNATURE))) {
        problems.push(error('MANIFEST_WRONG_FILE', `${name} line ${e.line} lists ${e.path}, which belongs in the other manifest.`, at(name, e.line)));
        continue;
      }
      const data = await read(e.path);
      if (!data && refused(e.path)) continue;
      if (!data) problems.push(error(kind === 'tag' ? 'TAG_FILE_MISSING' : 'PAYLOAD_MISSING', `${e.path} is listed in ${name} but missing.`, at(name, e.line)));
      else if (sha256Hex(data) !== e.hex) {
        problems.push(error(kind === 'tag' ? 'TAG_CHECKSUM_MISMATCH' : 'PAYLOAD_CHECKSUM_MISMATCH', `${e.path} has been changed: its SHA-256 does not match ${name}.`, at(e.path)));
      }
    }
  }
}

const count = (n: number, what: string): string => `${n} ${what}${n === 1 ? '' : 's'}`;

/** Payload-Oxum is "<octets>.<files>" (RFC 8493 section 2.2.2); said as a person reads it. */
function saysOxum(values: string[] | undefined): string {
  if (!values?.length) return 'nothing';
  return values.map((v) => {
    const m = /^(\d+)\.(\d+)$/.exec(v);
    return m ? `${count(Number(m[1]), 'byte')} in ${count(Number(m[2]), 'file')}` : JSON.stringify(v);
  }).join(' and ');
}
