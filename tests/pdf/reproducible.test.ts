// Same input, same bytes: across separate Node processes, across time zones, whatever the clock says.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { writePdf } from '../../src/writers/pdf/index.js';
import { bilingual, watermark } from './fixtures.js';
import { memorandum } from './memorandum.js';

const here = dirname(fileURLToPath(import.meta.url));
const viteNode = join(dirname(createRequire(import.meta.url).resolve('vite-node/package.json')), 'vite-node.mjs');

/** Runs write-fixture.ts in a fresh Node process with the given TZ and returns the two files' bytes. */
function writeInProcess(tz: string): Buffer[] {
  const dir = mkdtempSync(join(tmpdir(), `cica-pdf-${tz.replace('/', '-')}-`));
  const files = [join(dir, 'bilingual.pdf'), join(dir, 'memorandum.pdf')];
  const r = spawnSync(process.execPath, [viteNode, join(here, 'write-fixture.ts'), ...files], {
    env: { ...process.env, TZ: tz },
    encoding: 'utf8',
  });
  expect(r.stderr.split('\n').filter((l) => l && !l.startsWith('npm warn'))).toEqual([]);
  expect(r.status).toBe(0);
  return files.map((f) => readFileSync(f));
}

describe('reproducible bytes', () => {
  afterEach(() => vi.useRealTimers());

  it('are identical from two processes in UTC and Asia/Almaty, and equal to this process', async () => {
    const utc = writeInProcess('UTC');
    const almaty = writeInProcess('Asia/Almaty');
    expect(utc[0]!.equals(almaty[0]!)).toBe(true);
    expect(utc[1]!.equals(almaty[1]!)).toBe(true);
    expect(utc[0]!.equals(Buffer.from(await writePdf(bilingual([watermark()]))))).toBe(true);
    expect(utc[1]!.equals(Buffer.from(await writePdf(memorandum())))).toBe(true);
  }, 60_000);

  it('do not depend on the clock', async () => {
    const now = Buffer.from(await writePdf(bilingual()));
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2031-12-31T23:59:59Z'));
    expect(Buffer.from(await writePdf(bilingual())).equals(now)).toBe(true);
  });

  it('change when the content changes', async () => {
    const a = Buffer.from(await writePdf(bilingual()));
    const doc = bilingual();
    doc.pages[0]!.items.push({ kind: 'rule', x1: 72, y1: 400, x2: 100, y2: 400, thickness: 1 });
    expect(Buffer.from(await writePdf(doc)).equals(a)).toBe(false);
  });
});
