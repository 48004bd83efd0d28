// The layout's guard for parallel columns (issue 10 §2 left it at the page's edges): text that would run out of its
// column into the other language's is an error with its position, never a page with two texts over each other.
import { describe, expect, it } from 'vitest';
import { layoutDocument } from '../../src/layout/index.js';
import { EN_RECITAL, RU_RECITAL, STYLES, para, t, tree } from './fixtures.js';

describe('a parallel cell', () => {
  it('whose text fits its column lays out', () => {
    const doc = tree([{ kind: 'parallelRow', cells: [[para('body', [t(EN_RECITAL)])], [para('body', [t(RU_RECITAL, 'ru-RU')], 'ru-RU')]] }]);
    expect(layoutDocument(doc, { pageSize: 'A4' }).ok).toBe(true);
  });

  it('whose text would stand beyond its column is LAYOUT_COLUMN_OVERFLOW at the text\'s line', () => {
    // A style indented past the column's width (a custom stylesheet's mistake): every line starts outside it.
    const doc = { ...tree([{ kind: 'parallelRow', cells: [[para('wide', [t('Cooperation in the areas listed.', 'en-GB', 12)])], [para('body', [t(RU_RECITAL, 'ru-RU')], 'ru-RU')]] }]) };
    doc.styles = { ...STYLES, wide: { ...STYLES.body!, leftIndent: 400, firstLineIndent: 0 } };
    const r = layoutDocument(doc, { pageSize: 'A4' });
    expect(r.ok).toBe(false);
    const d = r.diagnostics.find((x) => x.code === 'LAYOUT_COLUMN_OVERFLOW');
    expect(d?.message).toContain('column 1');
    expect(d?.span?.start.line).toBe(12);
  });
});
