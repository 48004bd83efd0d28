// cica watch gives draftAgreement a WrittenBefore: a layout whose document tree equals the one written for the last
// version is not written again, and what is given back is byte for byte what writing it anew makes (issue 13 §1).
// documentKey tells apart what JSON would blur.
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { documentKey, type DocumentTree } from '../../src/document/index.js';
import { draftAgreement, loadTemplates, WrittenBefore, type DraftOptions } from '../../src/draft.js';
import { tempDir } from '../e2e/tools.js';

const tree = (extra: Record<string, unknown>): DocumentTree =>
  ({ meta: { title: 't', subject: '', author: '', langs: ['en-GB'], date: '2020-01-01', pageLabel: [], creator: 'c', ...extra }, styles: {}, blocks: [] }) as DocumentTree;

describe('documentKey', () => {
  it('differs for a field set to undefined and one absent, NaN and null, -0 and 0, a marker-like string', () => {
    const keys = [tree({}), tree({ x: undefined }), tree({ x: NaN }), tree({ x: null }), tree({ x: -0 }), tree({ x: 0 }), tree({ x: '\u0000undefined' })]
      .map(documentKey);
    expect(keys.every((k) => typeof k === 'string')).toBe(true);
    expect(new Set(keys).size).toBe(keys.length);
  });
  it('is undefined for a tree holding what is not plain data', () => {
    expect(documentKey(tree({ x: new Map() }))).toBeUndefined();
    expect(documentKey(tree({ x: () => 1 }))).toBeUndefined();
    expect(documentKey(tree({ x: new Date(0) }))).toBeUndefined();
  });
  it('is the same for equal trees made apart', () => {
    expect(documentKey(tree({ x: [1, 'a', { b: true }] }))).toBe(documentKey(tree({ x: [1, 'a', { b: true }] })));
  });
});

describe('draftAgreement with what was written before', () => {
  it('reuses the layout an edit did not change, writes the others anew, all byte for byte as without reuse', async () => {
    const dir = tempDir('reuse');
    try {
      const file = join(dir, 'memo.yaml');
      const original = readFileSync('agreements/csto-cica-memorandum.yaml', 'utf8');
      const templates = await loadTemplates();
      if (!templates.ok) throw new Error('templates');
      const base: DraftOptions = { layouts: ['en', 'ru', 'parallel'], formats: ['docx', 'pdf'], order: ['en', 'ru'], pageSize: 'A4', templates: templates.value, creator: 'cica test' };
      const reuse = new WrittenBefore();
      const bytesOf = async (options: DraftOptions) => {
        const r = await draftAgreement(file, options);
        if (!r.ok) throw new Error(JSON.stringify(r.diagnostics));
        return new Map(r.value.outputs.map((o) => [o.fileName, o.bytes]));
      };
      writeFileSync(file, original);
      const first = await bytesOf({ ...base, reuse });
      // An edit of the English text only.
      expect(original).toContain('based on stated intentions');
      writeFileSync(file, original.replace('based on stated intentions', 'based (1) on stated intentions'));
      const second = await bytesOf({ ...base, reuse });
      const fresh = await bytesOf(base);
      expect([...second.keys()]).toEqual([...fresh.keys()]);
      for (const [name, bytes] of fresh) expect(Buffer.from(second.get(name)!).equals(Buffer.from(bytes)), name).toBe(true);
      // The Russian files are the very ones of the first version; the English and parallel ones are new.
      for (const [name, bytes] of second) expect(bytes === first.get(name), name).toBe(name.includes('.ru.'));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 120_000);
});
