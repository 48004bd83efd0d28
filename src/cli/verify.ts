// `cica verify BUNDLE... [--pub KEY] [--rebuild [--trust-templates]] [--json]`, a BUNDLE being a bag folder, its .zip,
// or a folder of them: exit 0 all valid, 1 any tampered (or unsigned when --pub is given), 2 bad input (not a bundle,
// unreadable, bad key file, a rebuild refused), 3 a bug. Names every problem found, and whether each was rebuilt.
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { TAG_MANIFEST } from '../bundle/bag-text.js';
import { error } from '../diagnostics/index.js';
import { loadPublicKey } from '../bundle/keyfile.js';
import type { PublicKey } from '../bundle/minisign-keys.js';
import { formatDiagnostics } from '../bundle/progress.js';
import { rebuildWith } from '../bundle/rebuild.js';
import { loadRenderer, type Renderer } from '../bundle/renderer.js';
import { verifyBundle, type VerifyReport } from '../bundle/verify.js';
import { isDirectory } from '../bundle/walk.js';
import { EXIT } from './exit.js';
import { VERSION } from './version.js';

export interface VerifyCliOptions {
  pub?: string;
  rebuild?: boolean;
  /** With --rebuild: run the templates a bag carries even when its signature was not checked. */
  trustTemplates?: boolean;
  json?: boolean;
}

/** A folder of bundles (as `cica bundle --out` makes) stands for the bundles in it, folders and `.zip` archives;
 *  staging folders of an interrupted run (names starting with ".") are not bundles and are skipped. */
async function expand(paths: readonly string[]): Promise<string[]> {
  const out: string[] = [];
  for (const path of paths) {
    const entries = await readdir(path, { withFileTypes: true }).catch(() => undefined);
    if (!entries || entries.some((e) => e.name === 'bagit.txt')) {
      out.push(path);
      continue;
    }
    const inner = [];
    for (const e of entries) {
      if (e.name.startsWith('.')) continue;
      if (e.isDirectory() && (await isDirectory(join(path, e.name, 'data')))) inner.push(join(path, e.name));
      else if (e.isFile() && e.name.endsWith('.zip')) inner.push(join(path, e.name));
    }
    out.push(...(inner.length ? inner.sort() : [path]));
  }
  return out;
}

function crashed(bundle: string, err: unknown): VerifyReport {
  const why = err instanceof Error ? err.message : String(err);
  const problem = error('VERIFY_INTERNAL', `cica failed while verifying this bundle (a bug, please report it): ${why}`, { span: { file: bundle, start: { line: 1, col: 1 } } });
  return { bundle, status: 'bad-input', problems: [problem], signature: { signed: false, verified: false }, payloadFiles: 0, payloadBytes: 0 };
}

export async function runVerify(bundles: string[], opts: VerifyCliOptions, deps: { renderer?: Renderer } = {}): Promise<number> {
  let publicKey: PublicKey | undefined;
  if (opts.pub) {
    const loaded = await loadPublicKey(opts.pub);
    if (!loaded.ok) {
      process.stderr.write(`cica verify: ${loaded.message}\n`);
      return EXIT.USAGE;
    }
    publicKey = loaded.key;
  }
  if (opts.trustTemplates && !opts.rebuild) {
    process.stderr.write('cica verify: --trust-templates only applies with --rebuild\n');
    return EXIT.USAGE;
  }
  const policy = { trustTemplates: Boolean(opts.trustTemplates) };
  const rebuild = opts.rebuild ? rebuildWith(deps.renderer ?? (await loadRenderer()), VERSION, policy) : undefined;
  const reports: VerifyReport[] = [];
  let internal = false;
  for (const bundle of await expand(bundles)) {
    // A throw is a bug; it fails this bundle alone, and the report of every other bundle is still printed.
    reports.push(await verifyBundle(bundle, { ...(publicKey ? { publicKey } : {}), ...(rebuild ? { rebuild } : {}) }).catch((err: unknown) => {
      internal = true;
      return crashed(bundle, err);
    }));
  }
  const code = internal ? EXIT.INTERNAL : reports.some((r) => r.status === 'bad-input')
    ? EXIT.USAGE
    : reports.some((r) => r.status !== 'valid') ? EXIT.INVALID : EXIT.OK;
  if (opts.json) {
    process.stdout.write(`${JSON.stringify({ ok: code === EXIT.OK, bundles: reports }, null, 2)}\n`);
    return code;
  }
  for (const r of reports) {
    const parts = [`${count(r.payloadFiles, 'file')}, ${count(r.payloadBytes, 'byte')}`, signatureText(r, Boolean(publicKey))];
    if (r.rebuild) parts.push(r.rebuild.done ? 'rebuilt and compared' : 'not rebuilt');
    process.stdout.write(`${r.bundle}: ${heading(r)}: ${parts.join(', ')}\n`);
    for (const line of formatDiagnostics(r.problems)) process.stdout.write(`  ${line.replace(/\n/g, '\n  ')}\n`);
  }
  return code;
}

const count = (n: number, what: string): string => `${n} ${what}${n === 1 ? '' : 's'}`;

function heading(r: VerifyReport): string {
  if (r.status === 'valid') return 'OK';
  if (r.status === 'unsigned') return 'UNSIGNED';
  if (r.status === 'invalid') return 'TAMPERED';
  // Bad input: not a bundle at all, or one that could not be (fully) checked.
  return r.problems.some((p) => p.code === 'NOT_A_BAG' || p.code === 'BAG_NOT_FOUND') ? 'NOT A BUNDLE' : 'NOT CHECKED';
}

/** What is known of the signature. "not checked (give --pub)" only when no key was given at all. */
function signatureText(r: VerifyReport, keyGiven: boolean): string {
  const s = r.signature;
  if (s.verified) return `signature OK (key ${s.keyId})`;
  if (!s.signed) return 'unsigned';
  if (!keyGiven) return `signed by key ${s.keyId}, not checked (give --pub)`;
  const codes = new Set(r.problems.map((p) => p.code));
  if (codes.has('SIGNATURE_WRONG_KEY')) return `signed by key ${s.keyId}, not by the key given with --pub`;
  if (codes.has('SIGNATURE_MALFORMED')) return 'signature damaged';
  if (codes.has('SIGNATURE_INVALID') || codes.has('SIGNATURE_COMMENT_INVALID')) return `signature by key ${s.keyId} does NOT match`;
  return `signed by key ${s.keyId}, signature not checked: there is no readable ${TAG_MANIFEST} to check it against`;
}
