// MISSING_GLYPH: every character is checked against the face it is set in, before layout, with its position.
import { describe, expect, it } from 'vitest';
import { checkGlyphs, layoutDocument } from '../../src/layout/index.js';
import { para, t, tree } from './fixtures.js';
import { pageLabelOf } from '../../src/document/index.js';

describe('checkGlyphs', () => {
  it('reports a CJK character at its own column of the source line', () => {
    const doc = tree([para('numbered', [t('The Parties 中 agree', 'en-GB', 14)])]);
    const found = checkGlyphs(doc);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ code: 'MISSING_GLYPH', severity: 'error', span: { file: 'fixture.yaml', start: { line: 14, col: 5 + 12 } } });
    expect(found[0]!.message).toContain('U+4E2D');
  });

  it('reports an emoji outside the Basic Multilingual Plane, in emphasis (italic face)', () => {
    const doc = tree([para('numbered', [t('ok '), { kind: 'emphasis', children: [t('smile \u{1F600}', 'en-GB', 3)] }])]);
    const found = checkGlyphs(doc);
    expect(found.map((d) => [d.code, d.span?.start.line, d.span?.start.col])).toEqual([['MISSING_GLYPH', 3, 11]]);
    expect(found[0]!.message).toContain('U+1F600');
  });

  it('checks labels, the page label and the watermark too, by field', () => {
    const doc = tree([para('numbered', [t('Text')], 'en-GB', { label: '\u2460' })], { pageLabel: pageLabelOf('Page {page} \u2603', 'en-GB'), watermark: 'DRAFT \u{1F600}' });
    expect(checkGlyphs(doc).map((d) => d.field).sort()).toEqual(['label', 'meta.pageLabel', 'meta.watermark']);
  });

  it('finds nothing in English and Russian text with legal typography', () => {
    const doc = tree([para('numbered', [t('«Стороны» — № 18-4/58emb, 21\u00A0March 2020 “quoted” … § ‘x’ – ё Ё \u2011 \u2212')], 'ru-RU')]);
    expect(checkGlyphs(doc)).toEqual([]);
  });

  it('reports a thin space (U+2009, not in PT Serif) rather than paint a box for it', () => {
    const found = checkGlyphs(tree([para('numbered', [t('21\u2009March', 'en-GB', 8)])]));
    expect(found.map((d) => [d.code, d.span?.start.col])).toEqual([['MISSING_GLYPH', 7]]);
  });

  it('makes layoutDocument fail rather than print a blank box', () => {
    const laid = layoutDocument(tree([para('numbered', [t('中', 'en-GB', 2)])]), { pageSize: 'A4' });
    expect(laid.ok).toBe(false);
    expect(laid.diagnostics.map((d) => d.code)).toEqual(['MISSING_GLYPH']);
  });
});
