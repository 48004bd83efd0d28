// `specimen: true` (docs/format.md, "A specimen"): a final text never signed. The model carries it, a draft is
// refused it at the key, a wrong type is WRONG_TYPE, and a bundle of a specimen holds no originals.
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkAgreementText } from '../../src/model/index.js';
import { bundleFiles } from '../../src/bundle/run.js';
import { verifyBundle } from '../../src/bundle/verify.js';
import { fakeRenderer, tempDir } from '../bundle/helpers.js';

const read = (k: string) => readFileSync(new URL(`./fixtures/${k}.yaml`, import.meta.url), 'utf8');
const found = (text: string) => checkAgreementText(text, 'a.yaml').diagnostics.map((d) => `${d.code} ${d.severity} ${d.field} ${d.span?.start.line}:${d.span?.start.col}`);
const specimen = (text: string, status: string) => text.replace(`status: ${status}\n`, `status: ${status}\nspecimen: true\n`);

describe('specimen', () => {
  it('is false unless given, and true in a final that gives it, with no diagnostic', () => {
    for (const kind of ['protocol', 'note']) {
      const plain = checkAgreementText(read(kind), 'a.yaml');
      const marked = checkAgreementText(specimen(read(kind), 'final'), 'a.yaml');
      if (!plain.ok || !marked.ok) throw new Error(kind);
      expect(plain.value.specimen).toBe(false);
      expect(marked.value.specimen).toBe(true);
      expect(marked.diagnostics).toEqual([]);
    }
  });

  it('is refused in a draft, at its key, with a hint a legal officer can act on', () => {
    const text = specimen(read('memorandum'), 'draft');
    expect(found(text)).toEqual(['SPECIMEN_IN_DRAFT error specimen 5:1']);
    const d = checkAgreementText(text, 'a.yaml').diagnostics[0]!;
    expect(d.message).toContain('this agreement is a draft');
    expect(d.hint).toMatch(/Delete `specimen`, or set `status: final`/);
    // `specimen: false` says nothing that needs refusing.
    expect(found(text.replace('specimen: true', 'specimen: false'))).toEqual([]);
  });

  it('is true or false, nothing else', () => {
    expect(found(read('protocol').replace('status: final\n', 'status: final\nspecimen: "yes"\n'))).toEqual(['WRONG_TYPE error specimen 5:11']);
  });

  it('leaves a bundle without originals, and says so in bag-info.txt; a final that is no specimen keeps both', async () => {
    const dir = tempDir('cica-specimen-');
    const base = read('protocol');
    const files = { plain: base, specimen: specimen(base, 'final') };
    for (const [name, text] of Object.entries(files)) {
      const file = join(dir, `${name}.yaml`);
      writeFileSync(file, text);
    }
    const out = tempDir();
    const run = await bundleFiles(Object.keys(files).map((n) => join(dir, `${n}.yaml`)), { outDir: out, creator: 'cica 9.9.9', zip: false, renderer: await fakeRenderer() });
    if (!run.ok || !run.value.results.every((r) => r.ok)) throw new Error(JSON.stringify(run));
    const info = (name: string) => readFileSync(join(out, name, 'bag-info.txt'), 'utf8');
    expect(readdirSync(join(out, 'plain/data/originals')).length).toBeGreaterThan(0);
    expect(readdirSync(join(out, 'specimen/data'))).not.toContain('originals');
    expect(info('specimen')).toContain('Agreement-Status: final\nAgreement-Specimen: true\n');
    expect(info('plain')).not.toContain('Agreement-Specimen');
    // The profile accepts the field: `cica verify` finds nothing wrong with either bag (unsigned, so no key).
    for (const name of Object.keys(files)) expect((await verifyBundle(join(out, name))).problems).toEqual([]);
  });
});
