// Issue 12 §3: SHA-512 beside SHA-256, and cica's BagIt profile. Each case changes one thing in an unsigned bag and
// reseals what a careful forger would, so that only the check under test can catch it; codes, not wording.
import { cpSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { checkProfile } from '../../src/bundle/profile-check.js';
import { zipBag } from '../../src/bundle/zip.js';
import { cicaProfile, profileProblems, PROFILE_PATH } from '../../src/bundle/profile.js';
import { verifyBundle } from '../../src/bundle/verify.js';
import { runBundle } from '../../src/cli/bundle.js';
import { runVerify } from '../../src/cli/verify.js';
import { captured } from './capture.js';
import { fakeRenderer, resealBag, ROOT, sampleAgreements, tempDir } from './helpers.js';

let pristine: string;

beforeAll(async () => {
  const out = tempDir();
  expect(await runBundle([sampleAgreements()], { out }, { renderer: await fakeRenderer() })).toBe(0);
  pristine = join(out, 'protocol');
});

function copy(): string {
  const dir = join(tempDir('cica-profile-'), 'protocol');
  cpSync(pristine, dir, { recursive: true });
  return dir;
}

async function findings(dir: string): Promise<{ status: string; codes: string[] }> {
  const r = await verifyBundle(dir);
  return { status: r.status, codes: r.problems.map((p) => p.code).sort() };
}

const edit = (dir: string, file: string, change: (text: string) => string) =>
  writeFileSync(join(dir, file), change(readFileSync(join(dir, file), 'utf8')));

describe('the shipped profile', () => {
  const doc = JSON.parse(readFileSync(join(ROOT, 'schema/cica-bagit-profile.json'), 'utf8'));

  it('is what cica loads, and is a well-formed BagIt profile by the spec\'s own rules', () => {
    expect(PROFILE_PATH).toBe(join(ROOT, 'schema/cica-bagit-profile.json'));
    expect(profileProblems(doc)).toEqual([]);
    expect(cicaProfile()).toEqual(doc);
    expect(JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).files).toContain('schema');
    expect(readFileSync(join(ROOT, 'docs/ci.md'), 'utf8')).toContain(`BagIt-Profile-Identifier: ${doc['BagIt-Profile-Info']['BagIt-Profile-Identifier']}\``);
  });

  it('requires both algorithms, forbids fetch.txt and accepts BagIt 1.0 and a zip', () => {
    expect(doc['Manifests-Required']).toEqual(['sha256', 'sha512']);
    expect(doc['Tag-Manifests-Required']).toEqual(['sha256', 'sha512']);
    expect(doc['Allow-Fetch.txt']).toBe(false);
    expect(doc['Accept-BagIt-Version']).toEqual(['1.0']);
    expect(doc['Accept-Serialization']).toEqual(['application/zip']);
  });

  it('describes every bag-info.txt field cica writes, and no other', () => {
    for (const name of ['protocol']) {
      const labels = readFileSync(join(pristine, '..', name, 'bag-info.txt'), 'utf8').trim().split('\n').map((l) => l.split(':')[0]);
      const fields = Object.entries(doc['Bag-Info'] as Record<string, { required: boolean }>);
      expect(labels.filter((l) => l !== 'BagIt-Profile-Identifier').sort()).toEqual(fields.filter(([, f]) => f.required).map(([k]) => k).sort());
      // The one field written only sometimes: a specimen's (tests/model/specimen.test.ts bundles one).
      expect(fields.filter(([, f]) => !f.required).map(([k]) => k)).toEqual(['Agreement-Specimen']);
    }
  });

  it('accepts exactly the values cica can write: kinds and statuses of the agreement schema, page sizes of the layout', async () => {
    const { PAGE_SIZES } = await import('../../src/document/page.js');
    const schema = JSON.parse(readFileSync(join(ROOT, 'schema/agreement.schema.json'), 'utf8'));
    const enums = (key: string): string[] => {
      const found = new Set<string>();
      const walk = (node: unknown): void => {
        if (!node || typeof node !== 'object') return;
        const props = (node as { properties?: Record<string, { enum?: string[] }> }).properties;
        for (const v of props?.[key]?.enum ?? []) found.add(v);
        Object.values(node).forEach(walk);
      };
      walk(schema);
      return [...found].sort();
    };
    const values = (tag: string): string[] => [...doc['Bag-Info'][tag].values].sort();
    expect(values('Agreement-Kind')).toEqual(enums('kind'));
    expect(values('Agreement-Status')).toEqual(enums('status'));
    expect(values('Cica-Page-Size')).toEqual(Object.keys(PAGE_SIZES).sort());
  });

  it.each([
    ['no profile info', { ...doc, 'BagIt-Profile-Info': undefined }, 'BagIt-Profile-Info is missing or not an object'],
    ['no identifier', { ...doc, 'BagIt-Profile-Info': { ...doc['BagIt-Profile-Info'], 'BagIt-Profile-Identifier': '' } }, 'BagIt-Profile-Info has no BagIt-Profile-Identifier'],
    ['a required manifest not allowed', { ...doc, 'Manifests-Allowed': ['sha256'] }, 'sha512 is in Manifests-Required but not in Manifests-Allowed'],
    ['no BagIt version', { ...doc, 'Accept-BagIt-Version': [] }, 'Accept-BagIt-Version needs at least one version'],
    ['a non-boolean', { ...doc, 'Allow-Fetch.txt': 'no' }, 'Allow-Fetch.txt is not true or false'],
    ['a misspelt field', { ...doc, 'Manifest-Required': ['md5'] }, 'unknown field "Manifest-Required"'],
    ['a tag rule with a bad parameter', { ...doc, 'Bag-Info': { ...doc['Bag-Info'], 'Title-en': { required: 'yes' } } }, 'Bag-Info Title-en required is not true or false'],
    ['the identifier listed under Bag-Info', { ...doc, 'Bag-Info': { ...doc['Bag-Info'], 'BagIt-Profile-Identifier': {} } }, 'Bag-Info lists BagIt-Profile-Identifier, which is always required'],
  ])('would be refused with %s', (_what, bad, problem) => {
    expect(profileProblems(bad)).toContain(problem);
  });
});

describe('both algorithms', () => {
  it('a pristine bag: valid, no warning', async () => {
    expect(await findings(pristine)).toEqual({ status: 'valid', codes: [] });
  });

  it('a payload file changed, and only the SHA-256 manifests resealed: the SHA-512 manifest catches it', async () => {
    const dir = copy();
    const pdf = join(dir, 'data/protocol.en.pdf');
    const bytes = readFileSync(pdf);
    bytes[100] = bytes[100]! ^ 1;
    writeFileSync(pdf, bytes);
    const sha512 = readFileSync(join(dir, 'manifest-sha512.txt'));
    resealBag(dir);
    writeFileSync(join(dir, 'manifest-sha512.txt'), sha512); // the forger left it as it was
    resealBag(dir, { tagsOnly: true });
    const r = await verifyBundle(dir);
    expect(r.problems.map((p) => [p.code, p.span?.file.slice(dir.length + 1)])).toEqual([['PAYLOAD_CHECKSUM_MISMATCH', 'data/protocol.en.pdf']]);
    expect(r.problems[0]!.message).toContain('SHA-512 does not match manifest-sha512.txt');
    expect(r.problems[0]!.message).not.toContain('SHA-256');
    expect(await runVerify([dir], {})).toBe(1);
  });

  it('a changed file is one problem naming both checksums', async () => {
    const dir = copy();
    writeFileSync(join(dir, 'data/protocol.ru.docx'), 'changed');
    const r = await verifyBundle(dir);
    const changed = r.problems.filter((p) => p.code === 'PAYLOAD_CHECKSUM_MISMATCH');
    expect(changed).toHaveLength(1);
    expect(changed[0]!.message).toMatch(/SHA-256 does not match manifest-sha256\.txt, and its SHA-512 does not match manifest-sha512\.txt/);
  });

  it('a file dropped from the SHA-512 manifest only: MANIFEST_INCOMPLETE (every payload file in every manifest)', async () => {
    const dir = copy();
    edit(dir, 'manifest-sha512.txt', (t) => t.split('\n').filter((l) => !l.endsWith('data/protocol.ru.pdf')).join('\n'));
    resealBag(dir, { tagsOnly: true });
    expect(await findings(dir)).toEqual({ status: 'invalid', codes: ['MANIFEST_INCOMPLETE'] });
  });

  it('tagmanifest-sha512.txt missing: TAGMANIFEST_MISSING (exit 1)', async () => {
    const dir = copy();
    rmSync(join(dir, 'tagmanifest-sha512.txt'));
    expect(await findings(dir)).toEqual({ status: 'invalid', codes: ['TAGMANIFEST_MISSING'] });
    expect(await runVerify([dir], {})).toBe(1);
  });

  it('manifest-sha512.txt missing: MANIFEST_MISSING, and missing as listed in both tag manifests', async () => {
    const dir = copy();
    rmSync(join(dir, 'manifest-sha512.txt'));
    expect(await findings(dir)).toEqual({ status: 'invalid', codes: ['MANIFEST_MISSING', 'TAG_FILE_MISSING'] });
  });

  it('a tag manifest that lists the other one: MANIFEST_WRONG_FILE (RFC 8493 section 2.2.1)', async () => {
    const dir = copy();
    resealBag(dir, { tags: ['tagmanifest-sha512.txt'], algs: ['sha256'], tagsOnly: true });
    expect((await findings(dir)).codes).toContain('MANIFEST_WRONG_FILE');
  });
});

describe('an older bag (no profile, SHA-256 only)', () => {
  function legacy(): string {
    const dir = copy();
    rmSync(join(dir, 'manifest-sha512.txt'));
    rmSync(join(dir, 'tagmanifest-sha512.txt'));
    edit(dir, 'bag-info.txt', (t) => t.replace(/^BagIt-Profile-Identifier: .*\n/m, ''));
    resealBag(dir, { algs: ['sha256'] });
    expect(readFileSync(join(dir, 'tagmanifest-sha256.txt'), 'utf8').trim().split('\n')).toHaveLength(3);
    return dir;
  }

  it('is accepted with the warning PROFILE_UNDECLARED (exit 0), its SHA-256 manifests checked', async () => {
    const dir = legacy();
    const r = await verifyBundle(dir);
    expect([r.status, r.problems.map((p) => [p.code, p.severity])]).toEqual(['valid', [['PROFILE_UNDECLARED', 'warning']]]);
    const out = await captured(() => runVerify([dir], {}));
    expect(out.code).toBe(0);
    expect(out.out).toMatch(/: OK: .*\n.*PROFILE_UNDECLARED/);
    writeFileSync(join(dir, 'data/protocol.en.pdf'), 'changed');
    expect((await findings(dir)).codes).toEqual(['OXUM_MISMATCH', 'PAYLOAD_CHECKSUM_MISMATCH', 'PROFILE_UNDECLARED']);
  });

  it('is accepted as a .zip too (the rules of older bags say nothing of serialization)', async () => {
    const dir = legacy();
    const files = (rel: string): string[] => readdirSync(join(dir, rel), { withFileTypes: true })
      .flatMap((e) => (e.isDirectory() ? files(join(rel, e.name)) : [join(rel, e.name)]));
    const zip = join(tempDir('cica-legacy-zip-'), 'protocol.zip');
    writeFileSync(zip, zipBag('protocol', files('').map((p) => ({ path: p, bytes: readFileSync(join(dir, p)) })), { year: 2017 }));
    const r = await verifyBundle(zip);
    expect([r.status, r.problems.map((p) => p.code)]).toEqual(['valid', ['PROFILE_UNDECLARED']]);
  });

  it('naming a profile that is not cica\'s: PROFILE_UNKNOWN', async () => {
    const dir = legacy();
    edit(dir, 'bag-info.txt', (t) => `BagIt-Profile-Identifier: https://example.org/other-profile.json\n${t}`);
    resealBag(dir, { algs: ['sha256'], tagsOnly: true });
    const r = await verifyBundle(dir);
    expect(r.problems.map((p) => [p.code, p.span?.start.line])).toEqual([['PROFILE_UNKNOWN', 1]]);
  });
});

describe('profile violations, each reported with its code', () => {
  it.each([
    ['a required bag-info.txt field removed', (d: string) => edit(d, 'bag-info.txt', (t) => t.replace(/^Agreement-Kind: .*\n/m, '')), [], [['PROFILE_BAG_INFO_MISSING', 1]]],
    ['a value the profile does not accept', (d: string) => edit(d, 'bag-info.txt', (t) => t.replace('Agreement-Status: final', 'Agreement-Status: signed')), [], [['PROFILE_BAG_INFO_VALUE', 8]]],
    ['a field given twice', (d: string) => edit(d, 'bag-info.txt', (t) => `${t}Title-en: Another title\n`), [], [['PROFILE_BAG_INFO_REPEATED', 16]]],
    ['a fetch.txt, even listed in the tag manifests', (d: string) => writeFileSync(join(d, 'fetch.txt'), 'https://example.org/x.pdf 10 data/x.pdf\n'), ['fetch.txt'], [['PROFILE_FETCH_NOT_ALLOWED', 1]]],
    ['BagIt 0.97', (d: string) => writeFileSync(join(d, 'bagit.txt'), 'BagIt-Version: 0.97\nTag-File-Character-Encoding: UTF-8\n'), [], [['PROFILE_BAGIT_VERSION', 1]]],
    ['another tag file, even listed', (d: string) => writeFileSync(join(d, 'notes.txt'), 'x'), ['notes.txt'], [['PROFILE_TAG_FILE_NOT_ALLOWED', 1]]],
  ] as const)('%s', async (_what, change, tags, expected) => {
    const dir = copy();
    change(dir);
    resealBag(dir, { tags: [...tags], tagsOnly: true });
    const r = await verifyBundle(dir);
    expect(r.problems.map((p) => [p.code, p.span?.start.line])).toEqual(expected);
    expect(r.status).toBe('invalid');
    expect(await runVerify([dir], {})).toBe(1);
  });

  it('every violation at once, not only the first', async () => {
    const dir = copy();
    edit(dir, 'bag-info.txt', (t) => t.replace(/^Agreement-Kind: .*\n/m, '').replace('Cica-Page-Size: A4', 'Cica-Page-Size: A5'));
    writeFileSync(join(dir, 'fetch.txt'), '');
    resealBag(dir, { tags: ['fetch.txt'], tagsOnly: true });
    expect((await findings(dir)).codes).toEqual(['PROFILE_BAG_INFO_MISSING', 'PROFILE_BAG_INFO_VALUE', 'PROFILE_FETCH_NOT_ALLOWED']);
  });
});

describe('checkProfile follows whatever the profile says', () => {
  const at = (path: string, line = 1) => ({ span: { file: path, start: { line, col: 1 } } });
  const facts = { label: 'bag', files: new Set(['bagit.txt', 'bag-info.txt', 'manifest-md5.txt', 'data/a.pdf']), payloadFiles: 1, payloadBytes: 3 };
  const codes = (rules: Parameters<typeof checkProfile>[0], more: Partial<Parameters<typeof checkProfile>[1]> = {}) =>
    checkProfile(rules, { ...facts, ...more }, at, 'the test profile').map((d) => d.code);

  it('checks nothing it does not state', () => {
    expect(codes({})).toEqual([]);
    expect(codes({}, { serialization: 'application/zip' })).toEqual([]);
  });

  it('serialization: required, forbidden, or of a type not accepted', () => {
    expect(codes({ Serialization: 'required', 'Accept-Serialization': ['application/zip'] })).toEqual(['PROFILE_SERIALIZATION']);
    expect(codes({ Serialization: 'forbidden' }, { serialization: 'application/zip' })).toEqual(['PROFILE_SERIALIZATION']);
    expect(codes({ 'Accept-Serialization': ['application/tar'] }, { serialization: 'application/zip' })).toEqual(['PROFILE_SERIALIZATION']);
    expect(codes(cicaProfile(), { serialization: 'application/zip' })).not.toContain('PROFILE_SERIALIZATION');
  });

  it('manifests not allowed, tag files required, an empty data/', () => {
    expect(codes({ 'Manifests-Allowed': ['sha256', 'sha512'] })).toEqual(['PROFILE_MANIFEST_NOT_ALLOWED']);
    expect(codes({ 'Tag-Files-Required': ['DPN/dpnInfo.txt'] })).toEqual(['PROFILE_TAG_FILE_MISSING']);
    expect(codes({ 'Data-Empty': true })).toEqual(['PROFILE_DATA_NOT_EMPTY']);
    expect(codes({ 'Allow-Fetch.txt': true, 'Fetch.txt-Required': true })).toEqual(['PROFILE_FETCH_MISSING']);
  });
});
