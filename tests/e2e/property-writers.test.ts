// Issue 3: a few hundred generated agreements (long words, odd Unicode, empty and huge lists) each render in every
// layout through BOTH writers, or fail with diagnostics; none throws. Half keep only characters PT Serif has, so the
// PDF path is taken, not stopped at MISSING_GLYPH.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { layoutDocument } from '../../src/layout/index.js';
import type { Agreement } from '../../src/model/types.js';
import { renderDocument } from '../../src/templates/index.js';
import { writeDocx } from '../../src/writers/docx/index.js';
import { writePdf } from '../../src/writers/pdf/index.js';
import { agreement, withoutReferences } from '../templates/arbitraries.js';
import { templates } from '../templates/helpers.js';

/** Keeps letters, digits, punctuation and spaces of the Latin and Cyrillic blocks the font covers. */
function printable(a: Agreement): Agreement {
  return JSON.parse(JSON.stringify(a), (_k, v) => (typeof v === 'string' ? v.replace(/[^\u0020-\u007e\u00a0-\u00ff\u0400-\u045f«»—–№\n]/gu, '') || 'x' : v));
}

// The layout guard's codes too (src/layout/guard.ts): a generated word wider than its column (a signatory name of
// 900 letters and no space) is refused rather than printed off the page, which is the property's "diagnostics".
const EXPECTED = /^(XREF_UNKNOWN|XREF_CASE|ENCLOSURE_PAGES_UNKNOWN|MISSING_CASE_FORM|MISSING_GLYPH|LAYOUT_OFF_PAGE|LAYOUT_TEXT_LOST)$/;

describe('generated agreements through the writers', () => {
  it('give DOCX and PDF bytes, or diagnostics, in every layout; never an exception', async () => {
    const set = await templates();
    const counts = { docx: 0, pdf: 0, failed: 0 };
    await fc.assert(
      fc.asyncProperty(agreement, fc.boolean(), async (generated, plain) => {
        const a = withoutReferences(plain ? printable(generated) : generated);
        for (const layout of ['en', 'ru', 'parallel'] as const) {
          const tree = renderDocument(a, set, { layout, order: ['en', 'ru'], creator: 't', enclosurePages: 2 });
          if (!tree.ok) {
            counts.failed++;
            for (const d of tree.diagnostics) expect(d.code).toMatch(EXPECTED);
            continue;
          }
          const docx = await writeDocx(tree.value);
          expect(Buffer.from(docx.subarray(0, 2)).toString()).toBe('PK');
          counts.docx++;
          const laid = layoutDocument(tree.value, { pageSize: 'A4' });
          if (!laid.ok) {
            for (const d of laid.diagnostics) expect(d.code).toMatch(EXPECTED);
            continue;
          }
          const pdf = await writePdf(laid.value);
          expect(Buffer.from(pdf.subarray(0, 5)).toString()).toBe('%PDF-');
          counts.pdf++;
        }
      }),
      { numRuns: 200, seed: 20261122 },
    );
    console.info(`generated: ${counts.docx} DOCX, ${counts.pdf} PDF, ${counts.failed} trees refused with diagnostics`);
    // Not vacuous: most runs reach both writers.
    expect(counts.docx).toBeGreaterThan(300);
    expect(counts.pdf).toBeGreaterThan(150);
  }, 600_000); // a hang guard, not a speed test: 140 s with the suite beside it on 2 cores
});
