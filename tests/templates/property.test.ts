// Property: any agreement the model can hold renders in every layout to a tree, or fails with diagnostics;
// rendering never throws. Generated: long words, combining marks, astral characters, markup-like text,
// empty and long lists, deep nesting, many parties.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { printDocument } from '../../src/document/index.js';
import type { Agreement } from '../../src/model/types.js';
import { renderDocument } from '../../src/templates/index.js';
import { agreement as anyAgreement, withoutReferences } from './arbitraries.js';
import { templates } from './helpers.js';

describe('rendering generated agreements', () => {
  it('gives a tree or diagnostics in every layout, never an exception', async () => {
    const set = await templates();
    let runs = 0;
    let rendered = 0;
    fc.assert(
      fc.property(anyAgreement, fc.constantFrom(undefined, 1, 7), fc.boolean(), (generated, pages, clean) => {
        // Half the runs escape every reference, so the successful path sees the odd text too.
        const agreement: Agreement = clean ? withoutReferences(generated) : generated;
        for (const layout of ['en', 'ru', 'parallel'] as const) {
          const r = renderDocument(agreement, set, { layout, order: ['en', 'ru'], creator: 't', ...(pages ? { enclosurePages: pages } : {}) });
          runs++;
          if (r.ok) {
            rendered++;
            expect(printDocument(r.value).length).toBeGreaterThan(0);
          } else {
            expect(r.diagnostics.length).toBeGreaterThan(0);
            for (const d of r.diagnostics) expect(d.code).toMatch(/^(XREF_UNKNOWN|XREF_CASE|ENCLOSURE_PAGES_UNKNOWN|MISSING_CASE_FORM)$/);
          }
        }
      }),
      { numRuns: 300, seed: 20240611 },
    );
    expect(rendered / runs).toBeGreaterThan(0.3);
  }, 180_000); // a hang guard, not a speed test: 19 s idle, 50-70 s at a load of 15 on 2 cores
});
