// Golden trees: every sample agreement in every layout, printed; UPDATE_GOLDEN=1 rewrites them.
import { readdirSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appendSection, printDocument } from '../../src/document/index.js';
import { loadAgreement } from '../../src/model/index.js';
import { renderDocument } from '../../src/templates/index.js';
import { templates } from './helpers.js';

const AGREEMENTS = 'agreements';
const GOLDEN = 'tests/golden/tree';
const samples = readdirSync(AGREEMENTS).filter((f) => f.endsWith('.yaml')).sort();
/** The enclosure page count is given, not laid out: the tree stage only prints what it is told. */
const ENCLOSURE_PAGES = 2;

describe('golden document trees', () => {
  // A draft's document date falls back to SOURCE_DATE_EPOCH; the goldens are made without it.
  const saved = process.env.SOURCE_DATE_EPOCH;
  beforeAll(() => void delete process.env.SOURCE_DATE_EPOCH);
  afterAll(() => void (saved === undefined ? undefined : (process.env.SOURCE_DATE_EPOCH = saved)));

  it('has samples to check', () => expect(samples.length).toBeGreaterThan(0));

  for (const sample of samples) {
    for (const layout of ['en', 'ru', 'parallel'] as const) {
      it(`${sample} (${layout})`, async () => {
        const loaded = await loadAgreement(join(AGREEMENTS, sample));
        expect(loaded.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
        if (!loaded.ok) return;
        const r = renderDocument(loaded.value, await templates(), { layout, order: ['en', 'ru'], creator: 'cica golden', enclosurePages: ENCLOSURE_PAGES });
        expect(r.diagnostics).toEqual([]);
        if (!r.ok) return;
        let tree = r.value;
        const note = loaded.value;
        if (note.kind === 'note' && note.enclosure) {
          // As circulated: the enclosure follows as a section of its own (src/enclosure.ts).
          const enclosure = await loadAgreement(note.enclosure.path);
          if (!enclosure.ok) throw new Error(JSON.stringify(enclosure.diagnostics));
          const e = renderDocument(enclosure.value, await templates(), { layout, order: ['en', 'ru'], creator: 'cica golden' });
          if (!e.ok) throw new Error(JSON.stringify(e.diagnostics));
          tree = appendSection(tree, e.value);
        }
        const text = printDocument(tree);
        const file = join(GOLDEN, `${sample.replace(/\.yaml$/, '')}.${layout}.txt`);
        if (process.env.UPDATE_GOLDEN) {
          await mkdir(GOLDEN, { recursive: true });
          await writeFile(file, text);
        }
        const expected = await readFile(file, 'utf8').catch(() => '(missing: run with UPDATE_GOLDEN=1)');
        expect(text).toBe(expected);
      });
    }
  }
});
