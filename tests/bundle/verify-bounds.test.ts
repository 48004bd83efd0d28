// `cica verify` never crashes on what a bag folder holds (issue 10 §1): a file over 2 GiB, a bag larger than the
// bound, too many entries, a file or folder that cannot be read, a file swapped after the walk. Each is a diagnostic
// at that file (code and position), the bag is left as it was, and a folder of bags still reports every bag in JSON.
import { cpSync, mkdirSync, readFileSync, readdirSync, statSync, truncateSync, writeFileSync } from 'node:fs';
import { lstat, open, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { realFs, type FolderFs } from '../../src/bundle/folder.js';
import { MAX_BAG_BYTES, MAX_BAG_ENTRIES } from '../../src/bundle/limits.js';
import { verifyBundle } from '../../src/bundle/verify.js';
import { runBundle } from '../../src/cli/bundle.js';
import { runVerify } from '../../src/cli/verify.js';
import { fakeRenderer, sampleAgreements, tempDir } from './helpers.js';

let pristine: string;

beforeAll(async () => {
  const out = tempDir();
  expect(await runBundle([sampleAgreements()], { out }, { renderer: await fakeRenderer() })).toBe(0);
  pristine = join(out, 'protocol');
});

afterEach(() => vi.restoreAllMocks());

function copy(name = 'protocol'): string {
  const dir = join(tempDir('cica-bounds-'), name);
  cpSync(pristine, dir, { recursive: true });
  return dir;
}

/** Every path with its size and mtime: verify must leave the bag exactly as it found it. */
function snapshot(dir: string, rel = ''): string[] {
  return readdirSync(join(dir, rel), { withFileTypes: true }).flatMap((e) => {
    const path = rel ? `${rel}/${e.name}` : e.name;
    const s = statSync(join(dir, path));
    return e.isDirectory() ? [`${path}/`, ...snapshot(dir, path)] : [`${path} ${s.size} ${s.mtimeMs}`];
  }).sort();
}

const found = (r: { problems: { code: string; span?: { file: string; start: { line: number; col: number } } }[] }) =>
  r.problems.map((p) => `${p.code} ${p.span?.file.split('/').slice(-2).join('/')}:${p.span?.start.line}:${p.span?.start.col}`).sort();

function payloadPdf(dir: string): string {
  return readdirSync(join(dir, 'data')).find((n) => n.endsWith('.en.pdf'))!;
}

describe('a bag folder with files too large to read', () => {
  it('a listed document grown past 2 GiB (sparse) is BAG_TOO_LARGE at that file, read not at all, fast', async () => {
    const dir = copy();
    const pdf = payloadPdf(dir);
    truncateSync(join(dir, 'data', pdf), 3 * 2 ** 30);
    const before = snapshot(dir);
    const t0 = Date.now();
    const r = await verifyBundle(dir);
    expect(Date.now() - t0).toBeLessThan(2000);
    expect(r.status).toBe('invalid');
    expect(found(r)).toEqual(['BAG_TOO_LARGE data/' + pdf + ':1:1', 'OXUM_MISMATCH protocol/bag-info.txt:1:1']);
    expect(r.payloadBytes).toBeGreaterThan(3 * 2 ** 30); // counted from its size, though never read
    expect(snapshot(dir)).toEqual(before);
  });

  it('an unlisted 5 GiB file in data/ is both extra and too large; a 2 GiB + 1 tag file too', async () => {
    const dir = copy();
    writeFileSync(join(dir, 'data', 'huge.bin'), '');
    truncateSync(join(dir, 'data', 'huge.bin'), 5 * 2 ** 30);
    truncateSync(join(dir, 'bag-info.txt'), 2 ** 31 + 1);
    const r = await verifyBundle(dir);
    expect(r.status).toBe('invalid');
    expect(found(r)).toEqual(['BAG_TOO_LARGE data/huge.bin:1:1', 'BAG_TOO_LARGE protocol/bag-info.txt:1:1', 'PAYLOAD_EXTRA data/huge.bin:1:1']);
  });

  it('files each under the bound but together over it: the file that crosses it is refused, the rest checked', async () => {
    const dir = copy();
    const half = MAX_BAG_BYTES / 2 + 1;
    for (const n of ['a.bin', 'b.bin']) {
      writeFileSync(join(dir, 'data', n), '');
      truncateSync(join(dir, 'data', n), half);
    }
    const r = await verifyBundle(dir);
    // Sorted walk: a.bin fits (it is extra, not listed), b.bin crosses the bound.
    expect(found(r)).toEqual(['BAG_TOO_LARGE data/b.bin:1:1', 'OXUM_MISMATCH protocol/bag-info.txt:1:1', 'PAYLOAD_EXTRA data/a.bin:1:1', 'PAYLOAD_EXTRA data/b.bin:1:1']);
  });

  it(`more than ${MAX_BAG_ENTRIES} entries: listed up to the bound, then BAG_TOO_LARGE, no crash`, async () => {
    const dir = copy();
    mkdirSync(join(dir, 'data', 'many'));
    for (let i = 0; i <= MAX_BAG_ENTRIES; i++) writeFileSync(join(dir, 'data', 'many', String(i).padStart(5, '0')), '');
    const r = await verifyBundle(dir);
    expect(r.status).toBe('invalid');
    expect(r.problems.filter((p) => p.code === 'BAG_TOO_LARGE').map((p) => p.span?.file.split('/').slice(-2).join('/'))).toEqual(['data/many']);
    expect(r.problems.filter((p) => p.code === 'PAYLOAD_EXTRA').length).toBeLessThan(MAX_BAG_ENTRIES);
  }, 30_000);
});

/** The real calls, but `path` (ending so) fails with `code` in the call named. */
function failing(call: keyof FolderFs, suffix: string, code: string): FolderFs {
  const fail = () => Promise.reject(Object.assign(new Error(`${code}: injected`), { code }));
  return {
    readdir: ((p: string, o: never) => (call === 'readdir' && p.endsWith(suffix) ? fail() : readdir(p, o))) as FolderFs['readdir'],
    lstat: ((p: string) => (call === 'lstat' && p.endsWith(suffix) ? fail() : lstat(p))) as FolderFs['lstat'],
    open: ((p: string, f: number) => (call === 'open' && p.endsWith(suffix) ? fail() : open(p, f))) as FolderFs['open'],
  };
}

describe('a bag folder with files that cannot be read', () => {
  it('a payload file that fails to open (EIO) is FILE_UNREADABLE at it: bad input, not "missing" nor "changed"', async () => {
    const dir = copy();
    const pdf = payloadPdf(dir);
    const r = await verifyBundle(dir, { fs: failing('open', pdf, 'EIO') });
    expect(r.status).toBe('bad-input');
    expect(found(r)).toEqual([`FILE_UNREADABLE data/${pdf}:1:1`]);
  });

  it('an unreadable tag file or signature is not reported as missing', async () => {
    for (const tag of ['bagit.txt', 'manifest-sha256.txt', 'tagmanifest-sha256.txt', 'bag-info.txt']) {
      const r = await verifyBundle(copy(), { fs: failing('open', `/${tag}`, 'EACCES') });
      expect(found(r), tag).toEqual([`FILE_UNREADABLE protocol/${tag}:1:1`]);
      expect(r.status).toBe('bad-input');
    }
  });

  it('a subfolder that cannot be listed, or a file whose size cannot be read, is FILE_UNREADABLE at it', async () => {
    const dir = copy();
    const r = await verifyBundle(dir, { fs: failing('readdir', 'source', 'EACCES') });
    expect(found(r)).toContain('FILE_UNREADABLE data/source:1:1');
    expect(r.status).toBe('invalid'); // its files are listed in the manifest but were not seen
    const s = await verifyBundle(dir, { fs: failing('lstat', 'bagit.txt', 'EIO') });
    expect(found(s)).toEqual(['FILE_UNREADABLE protocol/bagit.txt:1:1']);
  });

  it('a file replaced by a FIFO, a link or a larger file after the walk is refused, never followed or blocked on', async () => {
    const dir = copy();
    const pdf = payloadPdf(dir);
    // The walk sees a plain file; the read then finds what the swapper left. O_NONBLOCK/O_NOFOLLOW keep the open safe.
    const cases: [string, (p: string) => Promise<unknown>][] = [
      ['a FIFO', async (p) => { const { execFileSync } = await import('node:child_process'); execFileSync('rm', [p]); execFileSync('mkfifo', [p]); }],
      ['a link', async (p) => { const fs = await import('node:fs'); fs.rmSync(p); fs.symlinkSync('/etc/passwd', p); }],
      ['a larger file', async (p) => { const fs = await import('node:fs'); fs.appendFileSync(p, 'x'); }],
    ];
    for (const [what, swap] of cases) {
      const bag = copy();
      const target = join(bag, 'data', pdf);
      const fs: FolderFs = { ...realFs, open: (async (p: string, f: number) => { if (p === target) await swap(p); return open(p, f); }) as FolderFs['open'] };
      const r = await verifyBundle(bag, { fs });
      expect(found(r), what).toEqual([`FILE_UNREADABLE data/${pdf}:1:1`]);
    }
    void dir;
  });
});

describe('cica verify on a folder of bags, some broken', () => {
  it('--json reports every bag, with each one\'s problems, and exits with the worst status', async () => {
    const root = tempDir('cica-bags-');
    cpSync(pristine, join(root, 'a-good'), { recursive: true });
    cpSync(pristine, join(root, 'b-huge'), { recursive: true });
    truncateSync(join(root, 'b-huge', 'data', payloadPdf(pristine)), 2 ** 31 + 7);
    cpSync(pristine, join(root, 'c-good'), { recursive: true });
    const before = snapshot(root);
    const chunks: string[] = [];
    vi.spyOn(process.stdout, 'write').mockImplementation((s) => (chunks.push(String(s)), true));
    const code = await runVerify([root], { json: true });
    vi.restoreAllMocks();
    const report = JSON.parse(chunks.join('')) as { bundles: { bundle: string; status: string; problems: { code: string }[] }[] };
    expect(report.bundles.map((b) => [b.bundle.split('/').pop(), b.status])).toEqual([['a-good', 'valid'], ['b-huge', 'invalid'], ['c-good', 'valid']]);
    expect(report.bundles[1]!.problems.map((p) => p.code)).toContain('BAG_TOO_LARGE');
    expect(code).toBe(1);
    expect(snapshot(root)).toEqual(before);
  });

  it('an exception while verifying one bag fails that bag alone (VERIFY_INTERNAL, exit 3), JSON still complete', async () => {
    const root = tempDir('cica-bags-');
    cpSync(pristine, join(root, 'a'), { recursive: true });
    cpSync(pristine, join(root, 'b'), { recursive: true });
    const chunks: string[] = [];
    vi.spyOn(process.stdout, 'write').mockImplementation((s) => (chunks.push(String(s)), true));
    const boom = async () => [(() => { throw new Error('injected'); })()];
    const code = await runVerify([root], { json: true, rebuild: true }, { renderer: { draftAgreement: boom, loadTemplates: boom } as never });
    vi.restoreAllMocks();
    const report = JSON.parse(chunks.join('')) as { bundles: { status: string; problems: { code: string }[] }[] };
    expect(report.bundles).toHaveLength(2);
    expect(code).toBe(3);
  });
});

void readFileSync;
