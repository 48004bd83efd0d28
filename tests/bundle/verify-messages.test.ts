// What `cica verify` says can be acted on (issue 10 §5): a wrong --pub is never "not checked (give --pub)",
// Payload-Oxum reads "N bytes in M files", --rebuild is reported in text and JSON, key-file mistakes get a hint
// (never a raw errno), and bundle and verify count a bundle's files and bytes alike.
import { cpSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { verifyBundle } from '../../src/bundle/verify.js';
import { runBundle } from '../../src/cli/bundle.js';
import { runKeygen } from '../../src/cli/keygen.js';
import { runVerify } from '../../src/cli/verify.js';
import { captured } from './capture.js';
import { fakeRenderer, sampleAgreements, tempDir } from './helpers.js';

let keys: string;
let others: string;
let out: string;
let bundleJson: { results: { name: string; files: number; bytes: number }[] };

beforeAll(async () => {
  keys = tempDir('cica-keys-');
  others = tempDir('cica-keys-');
  await runKeygen({ out: keys });
  await runKeygen({ out: others });
  out = tempDir();
  const r = await captured(async () => runBundle([sampleAgreements()], { out, key: join(keys, 'cica.key'), json: true }, { renderer: await fakeRenderer() }));
  expect(r.code).toBe(0);
  bundleJson = JSON.parse(r.out);
});

const copy = (name = 'protocol'): string => {
  const dir = join(tempDir('cica-msg-'), name);
  cpSync(join(out, name), dir, { recursive: true });
  return dir;
};

describe('the signature line', () => {
  it('a wrong --pub says whose key signed it, never "give --pub"', async () => {
    const r = await captured(() => runVerify([join(out, 'protocol')], { pub: join(others, 'cica.pub') }));
    expect(r.code).toBe(1);
    expect(r.out).not.toContain('give --pub');
    expect(r.out).toMatch(/signed by key [0-9A-F]+, not by the key given with --pub/);
    expect(r.out).toMatch(/SIGNATURE_WRONG_KEY/);
  });

  it('a forged signature with the right --pub says it does not match; without --pub it asks for one', async () => {
    const dir = copy();
    const info = join(dir, 'tagmanifest-sha256.txt');
    writeFileSync(info, readFileSync(info, 'utf8').replace(/^./, (c) => (c === '0' ? '1' : '0')));
    const r = await captured(() => runVerify([dir], { pub: join(keys, 'cica.pub') }));
    expect(r.out).not.toContain('give --pub');
    expect(r.out).toMatch(/signature by key [0-9A-F]+ does NOT match/);
    const bare = await captured(() => runVerify([join(out, 'protocol')], {}));
    expect(bare.out).toMatch(/signed by key [0-9A-F]+, not checked \(give --pub\)/);
  });

  it('a missing tag manifest with --pub says the signature could not be checked, and why', async () => {
    const dir = copy();
    execFileSync('rm', [join(dir, 'tagmanifest-sha256.txt')]);
    const r = await captured(() => runVerify([dir], { pub: join(keys, 'cica.pub') }));
    expect(r.out).not.toContain('give --pub');
    expect(r.out).toContain('signature not checked: there is no readable tagmanifest-sha256.txt');
  });
});

describe('Payload-Oxum and counts', () => {
  it('OXUM_MISMATCH says "N bytes in M files" on both sides, at bag-info.txt line 1', async () => {
    const dir = copy();
    const info = join(dir, 'bag-info.txt');
    writeFileSync(info, readFileSync(info, 'utf8').replace(/Payload-Oxum: \d+\.\d+/, 'Payload-Oxum: 1.1'));
    const r = await verifyBundle(dir);
    const oxum = r.problems.find((p) => p.code === 'OXUM_MISMATCH')!;
    expect(oxum.span).toEqual({ file: `${dir}/bag-info.txt`, start: { line: 1, col: 1 } });
    expect(oxum.message).toMatch(/^Payload-Oxum says 1 byte in 1 file, but data\/ holds \d+ bytes in \d+ files\.$/);
    writeFileSync(info, readFileSync(info, 'utf8').replace(/Payload-Oxum: 1\.1/, 'Payload-Oxum: lots'));
    expect((await verifyBundle(dir)).problems.find((p) => p.code === 'OXUM_MISMATCH')!.message).toMatch(/^Payload-Oxum says "lots", but/);
  });

  it('bundle --json and verify count the same files and bytes (the payload, as Payload-Oxum)', async () => {
    for (const result of bundleJson.results) {
      const v = await verifyBundle(join(out, result.name));
      const oxum = /Payload-Oxum: (\d+)\.(\d+)/.exec(readFileSync(join(out, result.name, 'bag-info.txt'), 'utf8'))!;
      expect([result.bytes, result.files], result.name).toEqual([v.payloadBytes, v.payloadFiles]);
      expect([result.bytes, result.files], result.name).toEqual([Number(oxum[1]), Number(oxum[2])]);
    }
  });
});

describe('--rebuild is reported', () => {
  it('in text ("rebuilt and compared" / "not rebuilt") and in JSON (rebuild.done, and why not)', async () => {
    const renderer = await fakeRenderer();
    const text = await captured(() => runVerify([join(out, 'protocol')], { pub: join(keys, 'cica.pub'), rebuild: true }, { renderer }));
    expect(text.code).toBe(0);
    expect(text.out).toMatch(/protocol: OK: \d+ files, \d+ bytes, signature OK \(key [0-9A-F]+\), rebuilt and compared\n/);
    const dir = copy();
    writeFileSync(join(dir, 'data', 'extra.txt'), 'x');
    const json = await captured(() => runVerify([join(out, 'protocol'), dir], { rebuild: true, json: true }, { renderer }));
    const report = JSON.parse(json.out) as { bundles: { rebuild?: { done: boolean; reason?: string } }[] };
    expect(report.bundles.map((b) => b.rebuild)).toEqual([{ done: true }, { done: false, reason: 'the bundle has other problems' }]);
    const plain = await captured(() => runVerify([join(out, 'protocol')], {}));
    expect(plain.out).not.toMatch(/rebuilt/);
  });
});

describe('key files given to --pub and --key', () => {
  const cases: [string, () => string, RegExp][] = [
    ['a missing file', () => join(keys, 'nope.pub'), /there is no public key file .*nope\.pub; check the path, or make a key pair with `cica keygen/],
    ['the secret key', () => join(keys, 'cica.key'), /is a secret key; verify needs the public key/],
    ['a folder', () => keys, /is a folder, not a key file/],
    ['a FIFO (never blocks)', () => { const p = join(tempDir(), 'fifo'); execFileSync('mkfifo', [p]); return p; }, /is not a plain file/],
    ['a huge file', () => { const p = join(tempDir(), 'big.pub'); writeFileSync(p, Buffer.alloc(1 << 20, 65)); return p; }, /is not a minisign key file \(it is 1048576 bytes/],
  ];
  for (const [what, path, message] of cases) {
    it(`--pub ${what}: exit 2 with a hint, no raw errno`, async () => {
      const r = await captured(() => runVerify([join(out, 'protocol')], { pub: path() }));
      expect(r.code).toBe(2);
      expect(r.err).toMatch(message);
      expect(r.err).not.toMatch(/\bE[A-Z]{3,}\b/);
      expect(r.out).toBe('');
    });
  }

  it('--key given the public key, or a missing key: exit 2 with a hint, nothing bundled', async () => {
    const target = tempDir();
    for (const [key, message] of [[join(keys, 'cica.pub'), /is a public key; signing needs the secret key/], [join(keys, 'gone.key'), /there is no secret key file/]] as const) {
      const r = await captured(async () => runBundle([sampleAgreements()], { out: target, key }, { renderer: await fakeRenderer() }));
      expect(r.code).toBe(2);
      expect(r.err).toMatch(message);
      expect(r.err).not.toMatch(/\bENOENT\b/);
    }
    expect(readdirSync(target)).toEqual([]);
  });
});
