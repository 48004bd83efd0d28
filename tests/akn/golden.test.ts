// Golden Akoma Ntoso files, for a reviewer to read in a diff: the sample with an annex, lists and cross-references, and
// the note verbale with its enclosure, in both languages. UPDATE_GOLDEN=1 rewrites them.
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeAkn } from '../../src/writers/akn/index.js';
import { ROOT, treeOf } from './read.js';

const GOLDEN = join(ROOT, 'tests/golden/akn');
const SAMPLES = ['kazakhstan-cica-contribution-agreement', 'note-18-4-58emb'];

describe('golden Akoma Ntoso files', () => {
  // A draft's document date falls back to SOURCE_DATE_EPOCH; the goldens are made without it.
  const saved = process.env.SOURCE_DATE_EPOCH;
  beforeAll(() => void delete process.env.SOURCE_DATE_EPOCH);
  afterAll(() => void (saved === undefined ? undefined : (process.env.SOURCE_DATE_EPOCH = saved)));

  for (const name of SAMPLES) {
    for (const lang of ['en', 'ru'] as const) {
      it(`${name} (${lang})`, async () => {
        const text = new TextDecoder().decode(writeAkn(await treeOf(join(ROOT, 'agreements', `${name}.yaml`), lang)));
        const file = join(GOLDEN, `${name}.${lang}.akn.xml`);
        if (process.env.UPDATE_GOLDEN) {
          await mkdir(GOLDEN, { recursive: true });
          await writeFile(file, text);
        }
        expect(text).toBe(await readFile(file, 'utf8').catch(() => '(missing: run with UPDATE_GOLDEN=1)'));
      });
    }
  }
});
