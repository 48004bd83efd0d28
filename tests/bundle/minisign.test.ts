// Keys and signatures in minisign's format, checked both ways against the real minisign binary.
import { spawnSync } from 'node:child_process';
import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { blake2b } from '../../src/bundle/blake2b.js';
import { formatSecretKey, generateSecretKey, parsePublicKey, parseSecretKey } from '../../src/bundle/minisign-keys.js';
import { parseMinisign, signMinisign, verifyMinisign } from '../../src/bundle/minisign-sign.js';
import { runBundle } from '../../src/cli/bundle.js';
import { runKeygen } from '../../src/cli/keygen.js';
import { runVerify } from '../../src/cli/verify.js';
import { fakeRenderer, has, sampleAgreements, tempDir } from './helpers.js';

const hex = (b: Uint8Array): string => Buffer.from(b).toString('hex');

describe('BLAKE2b', () => {
  it('matches RFC 7693 appendix A for BLAKE2b-512("abc") and libsodium for the 32-byte digest', () => {
    expect(hex(blake2b(Buffer.from('abc'), 64))).toBe(
      'ba80a53f981c4d0d6a2797b69f12f6e94c212f14685ac4b74b12bb6fdbffa2d17d87c5392aab792dc252d5de4533cc9518d38aa8dbf1925ab92386edd4009923');
    expect(hex(blake2b(Buffer.from('abc'), 32))).toBe('bddd813c634239723171ef3fee98579b94964e3bb1cb3e427262c8c068d52319');
  });
});

describe('cica keygen', () => {
  it('writes cica.key with mode 0600 and cica.pub, and never overwrites them without --force', async () => {
    const dir = tempDir();
    expect(await runKeygen({ out: dir })).toBe(0);
    expect(statSync(join(dir, 'cica.key')).mode & 0o777).toBe(0o600);
    const sk = parseSecretKey(readFileSync(join(dir, 'cica.key'), 'utf8'));
    const pubText = readFileSync(join(dir, 'cica.pub'), 'utf8');
    const pk = parsePublicKey(pubText);
    if (!sk.ok || !pk.ok) throw new Error('unreadable key pair');
    expect(pk.key.publicKey).toEqual(sk.key.publicKey);
    expect(pubText).toMatch(/^untrusted comment: minisign public key [0-9A-F]{1,16}\n[A-Za-z0-9+/]{56}\n$/);
    const before = readFileSync(join(dir, 'cica.key'), 'utf8');
    expect(await runKeygen({ out: dir })).toBe(2);
    expect(readFileSync(join(dir, 'cica.key'), 'utf8')).toBe(before);
    expect(await runKeygen({ out: dir, force: true })).toBe(0);
    expect(readFileSync(join(dir, 'cica.key'), 'utf8')).not.toBe(before);
    expect(statSync(join(dir, 'cica.key')).mode & 0o777).toBe(0o600);
  });
});

describe('signatures', () => {
  it('are deterministic and verify; a changed message or trusted comment does not', () => {
    const key = generateSecretKey();
    const msg = Buffer.from('tag manifest bytes\n');
    const a = signMinisign(msg, key, 'timestamp:0\tfile:x\thashed');
    expect(signMinisign(msg, key, 'timestamp:0\tfile:x\thashed')).toBe(a);
    const sig = parseMinisign(a)!;
    expect(verifyMinisign(msg, sig, key)).toBe('valid');
    expect(verifyMinisign(Buffer.from('tag manifest bytes!\n'), sig, key)).toBe('bad-signature');
    expect(verifyMinisign(msg, { ...sig, trustedComment: 'timestamp:1\tfile:x\thashed' }, key)).toBe('bad-comment-signature');
    expect(verifyMinisign(msg, sig, generateSecretKey())).toBe('wrong-key');
  });

  it('refuses an encrypted (scrypt) key with exit 2', async () => {
    const dir = tempDir();
    const text = formatSecretKey(generateSecretKey());
    const blob = Buffer.from(text.split('\n')[1]!, 'base64');
    blob.write('Sc', 2, 'latin1');
    writeFileSync(join(dir, 'enc.key'), `untrusted comment: minisign encrypted secret key\n${blob.toString('base64')}\n`);
    expect(parseSecretKey(readFileSync(join(dir, 'enc.key'), 'utf8'))).toEqual({ ok: false, problem: 'encrypted' });
    expect(await runBundle([sampleAgreements()], { out: tempDir(), key: join(dir, 'enc.key') }, { renderer: await fakeRenderer() })).toBe(2);
    writeFileSync(join(dir, 'junk.key'), 'not a key\n');
    expect(await runBundle([sampleAgreements()], { out: tempDir(), key: join(dir, 'junk.key') }, { renderer: await fakeRenderer() })).toBe(2);
    expect(await runVerify([tempDir()], { pub: join(dir, 'junk.key') })).toBe(2);
  });
});

describe.skipIf(!has('minisign'))('interoperability with the minisign binary', () => {
  if (!has('minisign')) console.warn('skipping minisign interoperability: minisign is not installed');

  it('cica signs with a key from `minisign -G -W`, and `minisign -V` verifies the bundle', async () => {
    const keys = tempDir();
    const gen = spawnSync('minisign', ['-G', '-W', '-p', join(keys, 'm.pub'), '-s', join(keys, 'm.key')], { encoding: 'utf8' });
    expect(gen.status, gen.stderr).toBe(0);
    const out = tempDir();
    expect(await runBundle([sampleAgreements()], { out, key: join(keys, 'm.key') }, { renderer: await fakeRenderer() })).toBe(0);
    for (const name of ['memo', 'note', 'protocol']) {
      const v = spawnSync('minisign', ['-Vm', join(out, name, 'tagmanifest-sha256.txt'), '-p', join(keys, 'm.pub')], { encoding: 'utf8' });
      expect(v.status, v.stderr).toBe(0);
      expect(v.stdout).toContain(`file:${name}/tagmanifest-sha256.txt`);
    }
    expect(await runVerify([out], { pub: join(keys, 'm.pub') })).toBe(0);
  });

  it('minisign signs with a key from `cica keygen`, and cica verifies it (and so does minisign with cica.pub)', async () => {
    const keys = tempDir();
    expect(await runKeygen({ out: keys })).toBe(0);
    const out = tempDir();
    expect(await runBundle([sampleAgreements()], { out }, { renderer: await fakeRenderer() })).toBe(0);
    const tm = join(out, 'memo', 'tagmanifest-sha256.txt');
    const s = spawnSync('minisign', ['-S', '-W', '-s', join(keys, 'cica.key'), '-m', tm, '-t', 'signed by minisign'], { encoding: 'utf8' });
    expect(s.status, s.stderr).toBe(0);
    expect(await runVerify([join(out, 'memo')], { pub: join(keys, 'cica.pub') })).toBe(0);
    // And cica's own signature with cica's key verifies with minisign.
    const out2 = tempDir();
    expect(await runBundle([sampleAgreements()], { out: out2, key: join(keys, 'cica.key') }, { renderer: await fakeRenderer() })).toBe(0);
    const v = spawnSync('minisign', ['-Vm', join(out2, 'protocol', 'tagmanifest-sha256.txt'), '-p', join(keys, 'cica.pub')], { encoding: 'utf8' });
    expect(v.status, v.stderr).toBe(0);
  });

  it('signs with a password-protected minisign key given CICA_KEY_PASSWORD, and refuses a wrong password (exit 2)', async () => {
    const keys = tempDir();
    const gen = spawnSync('minisign', ['-G', '-p', join(keys, 'e.pub'), '-s', join(keys, 'e.key')], { input: 'pässwort 1\npässwort 1\n', encoding: 'utf8' });
    expect(gen.status, gen.stderr).toBe(0);
    const saved = process.env.CICA_KEY_PASSWORD;
    try {
      delete process.env.CICA_KEY_PASSWORD;
      expect(await runBundle([sampleAgreements()], { out: tempDir(), key: join(keys, 'e.key') }, { renderer: await fakeRenderer() })).toBe(2);
      process.env.CICA_KEY_PASSWORD = 'wrong';
      expect(await runBundle([sampleAgreements()], { out: tempDir(), key: join(keys, 'e.key') }, { renderer: await fakeRenderer() })).toBe(2);
      process.env.CICA_KEY_PASSWORD = 'pässwort 1';
      const out = tempDir();
      expect(await runBundle([sampleAgreements()], { out, key: join(keys, 'e.key') }, { renderer: await fakeRenderer() })).toBe(0);
      const v = spawnSync('minisign', ['-Vm', join(out, 'memo', 'tagmanifest-sha256.txt'), '-p', join(keys, 'e.pub')], { encoding: 'utf8' });
      expect(v.status, v.stderr).toBe(0);
    } finally {
      if (saved === undefined) delete process.env.CICA_KEY_PASSWORD;
      else process.env.CICA_KEY_PASSWORD = saved;
    }
  }, 60_000);
});
