// The execution clause names who keeps each original: one original is "the original", never "one of the copies".
import { describe, expect, it } from 'vitest';
import { printDocument } from '../../src/document/index.js';
import type { Agreement } from '../../src/model/types.js';
import { renderDocument } from '../../src/templates/index.js';
import { memorandum } from './fixtures.js';
import { templates } from './helpers.js';

async function printed(a: Agreement, layout: 'en' | 'ru'): Promise<string> {
  const r = renderDocument(a, await templates(), { layout, order: ['en', 'ru'], creator: 't' });
  if (!r.ok) throw new Error(r.diagnostics.map((d) => d.code).join(', '));
  return printDocument(r.value, { identity: false });
}

describe('execution clause', () => {
  for (const kind of ['memorandum', 'protocol'] as const) {
    it(`${kind}: a single original is "the original" / «подлинник»`, async () => {
      const base = memorandum();
      if (base.kind === 'note') throw new Error('fixture');
      const a: Agreement = { ...base, kind, final: { ...base.final, originals: 1, custody: [base.final.custody[0]!] } };
      const en = await printed(a, 'en');
      const ru = await printed(a, 'ru');
      expect(en).toMatch(kind === 'memorandum' ? /the original is kept by/ : /The original will be kept at/);
      expect(en).not.toMatch(/one of the (copies|originals)/i);
      expect(ru).toMatch(/[Пп]одлинник хранится в/);
      expect(ru).not.toMatch(/[Оо]дин экземпляр хранится/);
    });
  }
});
