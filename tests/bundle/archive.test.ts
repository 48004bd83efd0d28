// `cica verify` on the `.zip` of a bundle: the same checks as on the folder, read in memory; and a changed archive
// never passes with changed contents: byte flips, added, removed and renamed entries, links, unsafe names.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { unzipSync, zipSync, type Zippable } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';
import { readArchive } from '../../src/bundle/archive.js';
import { parsePublicKey } from '../../src/bundle/minisign-keys.js';
import { rebuildWith } from '../../src/bundle/rebuild.js';
import { verifyBundle } from '../../src/bundle/verify.js';
import { runBundle } from '../../src/cli/bundle.js';
import { runKeygen } from '../../src/cli/keygen.js';
import { runVerify } from '../../src/cli/verify.js';
import { fakeRenderer, sampleAgreements, tempDir } from './helpers.js';
import { buildZip, type KitEntry } from './zipkit.js';

let out: string;
let zipPath: string;
let pristine: Buffer;
let pubPath: string;

async function publicKey() {
  const key = parsePublicKey(readFileSync(pubPath, 'utf8'));
  if (!key.ok) throw new Error('bad test key');
  return key.key;
}

/** Writes `bytes` as a new .zip and returns verify's problem codes for it. */
async function verifyBytes(bytes: Uint8Array): Promise<{ status: string; codes: string[] }> {
  const path = join(tempDir('cica-zip-'), 'protocol.zip');
  writeFileSync(path, bytes);
  const r = await verifyBundle(path, { publicKey: await publicKey() });
  return { status: r.status, codes: r.problems.map((p) => p.code).sort() };
}

/** The archive's entries, re-zipped with changes (fflate, as `cica bundle --zip` writes them). */
function rezip(change: (entries: Zippable) => void, attrs?: Record<string, number>): Uint8Array {
  const entries: Zippable = {};
  for (const [name, data] of Object.entries(unzipSync(pristine))) entries[name] = data;
  change(entries);
  const withAttrs: Zippable = {};
  for (const [name, data] of Object.entries(entries)) {
    withAttrs[name] = [data as Uint8Array, { os: 3, attrs: ((attrs?.[name] ?? 0o100644) << 16) >>> 0 }];
  }
  return zipSync(withAttrs);
}

beforeAll(async () => {
  const keys = tempDir();
  await runKeygen({ out: keys });
  pubPath = join(keys, 'cica.pub');
  out = tempDir();
  expect(await runBundle([sampleAgreements()], { out, key: join(keys, 'cica.key'), zip: true }, { renderer: await fakeRenderer() })).toBe(0);
  zipPath = join(out, 'protocol.zip');
  pristine = readFileSync(zipPath);
});

describe('cica verify on a bundle archive', () => {
  it('passes the untouched archive with the same findings as its folder, signature included (exit 0)', async () => {
    const fromZip = await verifyBundle(zipPath, { publicKey: await publicKey() });
    const fromDir = await verifyBundle(join(out, 'protocol'), { publicKey: await publicKey() });
    expect(fromZip.problems).toEqual([]);
    expect(fromZip.status).toBe('valid');
    expect(fromZip.signature.verified).toBe(true);
    expect([fromZip.payloadFiles, fromZip.payloadBytes]).toEqual([fromDir.payloadFiles, fromDir.payloadBytes]);
    expect(fromZip.payloadFiles).toBeGreaterThan(3);
    expect(await runVerify([zipPath], { pub: pubPath })).toBe(0);
  });

  it('verifies the archives of an --out folder beside the folders, and re-renders from an archive', async () => {
    const renderer = await fakeRenderer();
    const write = process.stdout.write.bind(process.stdout);
    let json = '';
    process.stdout.write = ((chunk: string) => { json += chunk; return true; }) as typeof process.stdout.write;
    try {
      expect(await runVerify([out], { pub: pubPath, rebuild: true, json: true }, { renderer })).toBe(0);
    } finally {
      process.stdout.write = write;
    }
    const checked = (JSON.parse(json) as { bundles: { bundle: string }[] }).bundles.map((b) => b.bundle.slice(out.length + 1)).sort();
    expect(checked).toEqual(['memo', 'memo.zip', 'note', 'note.zip', 'protocol', 'protocol.zip']);
    const report = await verifyBundle(zipPath, { rebuild: rebuildWith(renderer, '0.0.0') });
    expect(report.problems).toEqual([]);
  });

  it('never passes a flipped byte that changed what the archive holds (100 random flips, exit 1 for each caught)', async () => {
    let seed = 7;
    const random = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
    const original = readArchive(pristine, 'x');
    if (!('files' in original)) throw new Error('the pristine archive does not read');
    let caught = 0;
    for (let i = 0; i < 100; i++) {
      const bytes = Buffer.from(pristine);
      const at = Math.floor(random() * bytes.length);
      bytes[at] = bytes[at]! ^ (1 << Math.floor(random() * 8));
      const { status, codes } = await verifyBytes(bytes);
      if (status !== 'valid') {
        caught++;
        expect(codes.length, `flip at ${at}`).toBeGreaterThan(0);
        continue;
      }
      // Passed: then every entry's name and bytes are exactly the issued ones (the flip hit a field nothing reads),
      // as another reader (fflate's) sees them too.
      const other = unzipSync(bytes);
      expect(Object.keys(other).sort(), `flip at ${at}`).toEqual([...original.files.keys()].map((k) => `protocol/${k}`).sort());
      for (const [path, data] of Object.entries(other)) expect(Buffer.from(data).equals(original.files.get(path.slice(9))!), `flip at ${at}: ${path}`).toBe(true);
    }
    // Nearly all of an archive is compressed file data, checked by CRC-32 and the manifests.
    expect(caught).toBeGreaterThanOrEqual(90);
  });

  it('names an added, a removed and a renamed entry', async () => {
    expect((await verifyBytes(rezip((e) => { e['protocol/data/extra.txt'] = new Uint8Array([1]); }))).codes).toEqual(['OXUM_MISMATCH', 'PAYLOAD_EXTRA']);
    expect((await verifyBytes(rezip((e) => { e['protocol/notes.txt'] = new Uint8Array([1]); }))).codes).toEqual(['EXTRA_FILE', 'PROFILE_TAG_FILE_NOT_ALLOWED']);
    const removed = await verifyBytes(rezip((e) => { delete e['protocol/data/protocol.ru.pdf']; }));
    expect(removed.codes).toContain('PAYLOAD_MISSING');
    const renamed = await verifyBytes(rezip((e) => {
      e['protocol/data/protocol.ru2.pdf'] = e['protocol/data/protocol.ru.pdf']!;
      delete e['protocol/data/protocol.ru.pdf'];
    }));
    expect(renamed.codes).toEqual(expect.arrayContaining(['PAYLOAD_EXTRA', 'PAYLOAD_MISSING']));
    expect(renamed.status).toBe('invalid');
  });

  it('refuses links, special files, unsafe names, a second folder and duplicate entries', async () => {
    const link = await verifyBytes(rezip((e) => { e['protocol/data/link.pdf'] = new TextEncoder().encode('/etc/passwd'); }, { 'protocol/data/link.pdf': 0o120777 }));
    expect(link.codes).toEqual(['SYMLINK']);
    const fifo = await verifyBytes(rezip((e) => { e['protocol/data/pipe'] = new Uint8Array(); }, { 'protocol/data/pipe': 0o010644 }));
    expect(fifo.codes).toEqual(['SPECIAL_FILE']);
    for (const name of ['protocol/../evil.txt', 'protocol/data\\evil.txt', '/protocol/evil.txt', 'protocol//evil.txt']) {
      const r = await verifyBytes(rezip((e) => { e[name] = new Uint8Array([1]); }));
      expect(r.codes, name).toContain('UNSAFE_PATH');
      expect(r.status, name).toBe('invalid');
    }
    const second = await verifyBytes(rezip((e) => { e['other/x.txt'] = new Uint8Array([1]); }));
    expect([second.status, second.codes]).toEqual(['invalid', ['ZIP_CORRUPT']]);
    const only = await verifyBytes(rezip((e) => { for (const k of Object.keys(e)) delete e[k]; e['../x'] = new Uint8Array([1]); }));
    expect([only.status, only.codes]).toEqual(['invalid', ['UNSAFE_PATH', 'ZIP_CORRUPT']]);
    // Two entries of the same name: the .ru.pdf renamed to .en.pdf in both of its headers.
    const bytes = Buffer.from(pristine);
    const from = Buffer.from('protocol/data/protocol.ru.pdf');
    const to = Buffer.from('protocol/data/protocol.en.pdf');
    let n = 0;
    for (let at = bytes.indexOf(from); at >= 0; at = bytes.indexOf(from, at + 1), n++) to.copy(bytes, at);
    expect(n).toBe(2);
    expect((await verifyBytes(bytes)).codes).toContain('ZIP_DUPLICATE');
  });

  it('treats a file that is no zip, or an empty or cut-short one, as bad input (exit 2)', async () => {
    const dir = tempDir('cica-zip-');
    const cases: [string, Uint8Array][] = [
      ['text.zip', new TextEncoder().encode('not a zip at all\n')],
      ['empty.zip', zipSync({})],
      ['cut.zip', pristine.subarray(0, pristine.length - 40)],
    ];
    for (const [name, bytes] of cases) {
      writeFileSync(join(dir, name), bytes);
      const r = await verifyBundle(join(dir, name));
      expect([name, r.status, r.problems.map((p) => p.code)]).toEqual([name, 'bad-input', ['NOT_A_BAG']]);
      expect(await runVerify([join(dir, name)], {})).toBe(2);
    }
  });

  /** The pristine archive's entries, for buildZip. */
  const kit = (): KitEntry[] => Object.entries(unzipSync(pristine)).map(([name, data]) => ({ name, data: Buffer.from(data), method: /\.(txt|yaml|minisig)$/.test(name) ? 8 : 0 }));

  it('accepts the same files zipped by another writer in the same plain form', async () => {
    expect(await verifyBytes(buildZip(kit()))).toEqual({ status: 'valid', codes: [] });
  });

  it('refuses what other unzip tools would read otherwise: comments, extra fields, unlisted records, foreign systems', async () => {
    const entries = kit();
    const forged = buildZip(entries.map((e) => (String(e.name).endsWith('.en.pdf') ? { ...e, data: Buffer.from('%PDF-1.4 forged') } : e)));
    // A second directory, pointing at forged data, hidden in the archive comment (other tools take the last one).
    const hidden = await verifyBytes(buildZip(entries, forged));
    expect([hidden.status, hidden.codes]).toEqual(['invalid', ['ZIP_CORRUPT']]);
    // An Info-ZIP Unicode Path extra field, which renames the file on extraction.
    const unicodePath = Buffer.concat([Buffer.from([0x75, 0x70, 5, 0, 1, 0, 0, 0, 0]), Buffer.from('x')]);
    unicodePath.writeUInt16LE(unicodePath.length - 4, 2);
    expect((await verifyBytes(buildZip(entries.map((e, i) => (i === 3 ? { ...e, extra: unicodePath } : e))))).codes).toEqual(['ZIP_CORRUPT']);
    expect((await verifyBytes(buildZip(entries.map((e, i) => (i === 3 ? { ...e, localExtra: unicodePath } : e))))).codes).toEqual(['ZIP_CORRUPT']);
    // A record the directory does not list, which a streaming reader extracts.
    const smuggled = [...entries.slice(0, 2), { name: 'protocol/data/protocol.en.pdf', data: Buffer.from('%PDF forged'), unlisted: true }, ...entries.slice(2)];
    expect((await verifyBytes(buildZip(smuggled))).codes).toEqual(['ZIP_CORRUPT']);
    // A link marked as made on DOS: Info-ZIP still honours the Unix mode bits.
    expect((await verifyBytes(buildZip([...entries, { name: 'protocol/data/l', data: Buffer.from('/etc/passwd'), os: 0, mode: 0o120644 }])))).toEqual({ status: 'invalid', codes: ['ZIP_CORRUPT'] });
    // A UTF-8 name without the flag that says so (read as CP437 elsewhere), and an ASCII name with it.
    expect((await verifyBytes(buildZip([...entries, { name: Buffer.from('protocol/data/é.txt'), data: Buffer.from('x'), flags: 0 }])))).toEqual({ status: 'invalid', codes: ['ZIP_CORRUPT'] });
    expect((await verifyBytes(buildZip(entries.map((e, i) => (i === 0 ? { ...e, flags: 0x800 } : e)))))).toEqual({ status: 'invalid', codes: ['ZIP_CORRUPT'] });
    // A data-descriptor flag.
    expect((await verifyBytes(buildZip(entries.map((e, i) => (i === 0 ? { ...e, flags: 8 } : e)))))).toEqual({ status: 'invalid', codes: ['ZIP_CORRUPT'] });
  });

  it('refuses a name that is both a file and a folder, a folder entry, a byte-order mark, and too many entries', async () => {
    const entries = kit();
    const both = await verifyBytes(buildZip([...entries, { name: 'protocol/data/source/a', data: Buffer.from('x') }, { name: 'protocol/data/source/a/b', data: Buffer.from('y') }]));
    expect(both.codes).toContain('ZIP_CORRUPT');
    expect(both.status).toBe('invalid');
    expect((await verifyBytes(buildZip([...entries, { name: 'protocol/data/empty/', data: Buffer.alloc(0), mode: 0o040755 }]))).codes).toContain('UNSAFE_PATH');
    const bom = entries.map((e) => ({ ...e, name: Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(String(e.name))]) }));
    expect(await verifyBytes(buildZip(bom))).toEqual({ status: 'invalid', codes: ['ZIP_CORRUPT'] });
    const many = Array.from({ length: 10_001 }, (_, i) => ({ name: `protocol/d${i}/`, data: Buffer.alloc(0) }));
    const started = Date.now();
    expect(await verifyBytes(buildZip(many))).toEqual({ status: 'invalid', codes: ['ZIP_CORRUPT'] });
    expect(Date.now() - started).toBeLessThan(10_000); // a guard against quadratic work, not a speed figure
  });

  it('bounds what an entry may unpack to by what it declares', async () => {
    const entries = kit();
    const bomb = buildZip([...entries, { name: 'protocol/data/bomb.txt', data: Buffer.alloc(4 << 20), method: 8 }]);
    // Declare 1 KiB unpacked (both headers) for an entry that inflates to 4 MiB.
    const at = bomb.indexOf(Buffer.from('protocol/data/bomb.txt'));
    const central = bomb.indexOf(Buffer.from('protocol/data/bomb.txt'), at + 1);
    bomb.writeUInt32LE(1024, at - 30 + 22);
    bomb.writeUInt32LE(1024, central - 46 + 24);
    const r = await verifyBytes(bomb);
    expect(r.codes).toContain('ZIP_CORRUPT');
  });
});
