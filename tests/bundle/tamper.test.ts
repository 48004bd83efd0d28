// Every kind of change to a signed bundle is caught: byte flips anywhere that is signed or hashed, added,
// removed and renamed files, links, unsafe manifest paths; and exit codes 0 / 1 / 2 as documented.
import { cpSync, mkdirSync, readFileSync, readdirSync, renameSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { parsePublicKey } from '../../src/bundle/minisign-keys.js';
import { verifyBundle } from '../../src/bundle/verify.js';
import { runBundle } from '../../src/cli/bundle.js';
import { runKeygen } from '../../src/cli/keygen.js';
import { runVerify } from '../../src/cli/verify.js';
import { fakeRenderer, listedPayload, resealBag, sampleAgreements, tempDir } from './helpers.js';

let pristine: string;
let pubPath: string;

/** Mulberry32: a tiny seeded RNG, so a failing flip can be replayed. */
function rng(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function copy(): string {
  const dir = join(tempDir('cica-tamper-'), 'protocol');
  cpSync(pristine, dir, { recursive: true });
  return dir;
}

async function publicKey() {
  const key = parsePublicKey(readFileSync(pubPath, 'utf8'));
  if (!key.ok) throw new Error('bad test key');
  return key.key;
}

async function codes(dir: string): Promise<string[]> {
  return (await verifyBundle(dir, { publicKey: await publicKey() })).problems.map((p) => p.code).sort();
}

function listFiles(dir: string, prefix = ''): string[] {
  return readdirSync(join(dir, prefix), { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? listFiles(dir, join(prefix, e.name)) : [join(prefix, e.name)]);
}

beforeAll(async () => {
  const keys = tempDir();
  await runKeygen({ out: keys });
  pubPath = join(keys, 'cica.pub');
  const out = tempDir();
  expect(await runBundle([sampleAgreements()], { out, key: join(keys, 'cica.key') }, { renderer: await fakeRenderer() })).toBe(0);
  pristine = join(out, 'protocol');
});

describe('the archival copies of a bag', () => {
  it('each PDF must identify itself as PDF/A, even when the manifests were rewritten to match (PDFA_IDENTIFICATION_MISSING)', async () => {
    const dir = copy();
    writeFileSync(join(dir, 'data', 'protocol.en.pdf'), '%PDF-1.7 a plain PDF with no XMP packet\n');
    resealBag(dir, { oxum: true });
    expect(await codes(dir)).toEqual(['PDFA_IDENTIFICATION_MISSING', 'SIGNATURE_INVALID']);
    writeFileSync(join(dir, 'data', 'protocol.en.pdf'), '%PDF-1.7 <x:xmpmeta pdfaid:part="9" pdfaid:conformance="Z"></x:xmpmeta>\n');
    resealBag(dir, { oxum: true });
    expect(await codes(dir)).toEqual(['PDFA_IDENTIFICATION_INVALID', 'SIGNATURE_INVALID']);
  });

  it('each Akoma Ntoso expression must be an Akoma Ntoso document valid against the schema (AKN_INVALID)', async () => {
    const dir = copy();
    writeFileSync(join(dir, 'data', 'protocol.en.akn.xml'), '<?xml version="1.0" encoding="UTF-8"?>\n<html/>\n');
    resealBag(dir, { oxum: true, payload: [...listedPayload(dir), 'data/protocol.en.akn.xml'] });
    expect(await codes(dir)).toEqual(['AKN_INVALID', 'SIGNATURE_INVALID']);
    writeFileSync(join(dir, 'data', 'protocol.en.akn.xml'), '<?xml version="1.0" encoding="UTF-8"?>\n<akomaNtoso xmlns="http://docs.oasis-open.org/legaldocml/ns/akn/3.0"><doc/></akomaNtoso>\n');
    resealBag(dir, { oxum: true, payload: listedPayload(dir) });
    const found = await codes(dir);
    // Schema-checked where xmllint is installed (.ci/run installs it); else only the root, with a warning.
    expect(found).toEqual([spawnSync('xmllint', ['--version']).status === 0 ? 'AKN_INVALID' : 'AKN_SCHEMA_NOT_CHECKED', 'SIGNATURE_INVALID']);
  });
});

describe('cica verify on a signed bundle', () => {
  it('passes the untouched bundle (exit 0)', async () => {
    expect(await codes(pristine)).toEqual([]);
    expect(await runVerify([pristine], { pub: pubPath })).toBe(0);
  });

  it('detects each of 100 random single-byte flips over payload and tag files (exit 1)', async () => {
    const random = rng(20240601);
    const base = copy();
    // The untrusted comment (line 1 of the .minisig) is unsigned by design in minisign; everything else is.
    const sigText = readFileSync(join(base, 'tagmanifest-sha256.txt.minisig'), 'utf8');
    const sigSkip = sigText.indexOf('\n') + 1;
    const files = listFiles(base);
    for (let i = 0; i < 100; i++) {
      const file = files[Math.floor(random() * files.length)]!;
      const path = join(base, file);
      const original = readFileSync(path);
      const from = file.endsWith('.minisig') ? sigSkip : 0;
      const at = from + Math.floor(random() * (original.length - from));
      const changed = Buffer.from(original);
      changed[at] = changed[at]! ^ (1 + Math.floor(random() * 255));
      writeFileSync(path, changed);
      const report = await verifyBundle(base, { publicKey: await publicKey() });
      expect(report.status, `flip #${i} of byte ${at} in ${file}: ${report.problems.map((p) => p.code)}`).toBe('invalid');
      writeFileSync(path, original);
    }
    expect(await codes(base)).toEqual([]);
  });

  it.each([
    ['adding a payload file', (d: string) => writeFileSync(join(d, 'data', 'extra.pdf'), 'x'), ['PAYLOAD_EXTRA', 'OXUM_MISMATCH']],
    // Unlisted, and a tag file the profile does not allow: two rules broken, two findings.
    ['adding a file at the root', (d: string) => writeFileSync(join(d, 'notes.txt'), 'x'), ['EXTRA_FILE', 'PROFILE_TAG_FILE_NOT_ALLOWED']],
    ['adding an empty folder', (d: string) => mkdirSync(join(d, 'data', 'more')), ['EXTRA_DIRECTORY']],
    ['removing a payload file', (d: string) => rmSync(join(d, 'data', 'protocol.ru.pdf')), ['OXUM_MISMATCH', 'PAYLOAD_MISSING']],
    ['renaming a payload file', (d: string) => renameSync(join(d, 'data', 'protocol.en.docx'), join(d, 'data', 'protocol.en2.docx')), ['PAYLOAD_EXTRA', 'PAYLOAD_MISSING']],
    ['removing a tag file', (d: string) => rmSync(join(d, 'bag-info.txt')), ['BAG_INFO_MISSING', 'TAG_FILE_MISSING']],
    ['removing bagit.txt', (d: string) => rmSync(join(d, 'bagit.txt')), ['BAGIT_TXT_MISSING', 'TAG_FILE_MISSING']],
    ['removing the signature', (d: string) => rmSync(join(d, 'tagmanifest-sha256.txt.minisig')), ['SIGNATURE_MISSING']],
    ['replacing a file by a symlink to the same bytes', (d: string) => {
      cpSync(join(d, 'data', 'protocol.en.pdf'), join(d, '..', 'outside.pdf'));
      rmSync(join(d, 'data', 'protocol.en.pdf'));
      symlinkSync(join(d, '..', 'outside.pdf'), join(d, 'data', 'protocol.en.pdf'));
    }, ['OXUM_MISMATCH', 'PAYLOAD_MISSING', 'SYMLINK']],
    ['a symlinked folder', (d: string) => symlinkSync('/etc', join(d, 'data', 'etc')), ['SYMLINK']],
    ['a "../" entry in the manifest, even with the manifests resealed', (d: string) => {
      writeFileSync(join(d, '..', 'evil.txt'), 'evil');
      resealBag(d, { payload: [...listedPayload(d), 'data/../../evil.txt'] });
    }, ['SIGNATURE_INVALID', 'UNSAFE_PATH', 'UNSAFE_PATH']], // the line in each payload manifest
    ['an absolute path in the manifest', (d: string) => {
      writeFileSync(join(d, 'manifest-sha256.txt'), readFileSync(join(d, 'manifest-sha256.txt'), 'utf8') + `${'0'.repeat(64)}  /etc/passwd\n`);
    }, ['TAG_CHECKSUM_MISMATCH', 'UNSAFE_PATH']],
    ['removing a file and resealing the manifests', (d: string) => {
      rmSync(join(d, 'data', 'protocol.ru.docx'));
      resealBag(d, { payload: listedPayload(d).filter((p) => !p.endsWith('protocol.ru.docx')) });
    }, ['OXUM_MISMATCH', 'SIGNATURE_INVALID']],
  ])('detects %s', async (_what, change, expected) => {
    const dir = copy();
    change(dir);
    expect(await codes(dir)).toEqual([...expected].sort());
    expect(await runVerify([dir], { pub: pubPath })).toBe(1);
  });

  it('names every problem, not only the first', async () => {
    const dir = copy();
    writeFileSync(join(dir, 'data', 'protocol.en.pdf'), 'changed');
    rmSync(join(dir, 'data', 'protocol.ru.pdf'));
    writeFileSync(join(dir, 'data', 'new.txt'), 'new');
    expect(await codes(dir)).toEqual(['OXUM_MISMATCH', 'PAYLOAD_CHECKSUM_MISMATCH', 'PAYLOAD_EXTRA', 'PAYLOAD_MISSING']);
  });

  it('exits 1 "unsigned" when a key is given and the bundle has no signature, 0 without a key', async () => {
    const dir = copy();
    rmSync(join(dir, 'tagmanifest-sha256.txt.minisig'));
    const key = parsePublicKey(readFileSync(pubPath, 'utf8'));
    if (!key.ok) throw new Error('bad test key');
    expect((await verifyBundle(dir, { publicKey: key.key })).status).toBe('unsigned');
    expect(await runVerify([dir], { pub: pubPath })).toBe(1);
    expect(await runVerify([dir], {})).toBe(0);
  });

  it('exits 2 for a folder that is not a bundle and for a missing one', async () => {
    expect(await runVerify([tempDir()], {})).toBe(2);
    expect(await runVerify(['/no/such/bundle'], {})).toBe(2);
  });

  it('checks the bundles inside an --out folder and ignores staging folders of an interrupted run', async () => {
    const out = tempDir();
    cpSync(pristine, join(out, 'protocol'), { recursive: true });
    mkdirSync(join(out, '.tmp-memo-999999-1', 'data'), { recursive: true });
    expect(await runVerify([out], { pub: pubPath })).toBe(0);
  });
});
