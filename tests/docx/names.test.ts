// Names the writer derives from the tree: style ids and names, bookmark names, blank lengths.
import { describe, expect, it } from 'vitest';
import type { ParagraphFormat } from '../../src/document/index.js';
import { collectBookmarks } from '../../src/writers/docx/bookmarks.js';
import { blankText } from '../../src/writers/docx/inlines.js';
import { indexStyles } from '../../src/writers/docx/styles.js';

const f: ParagraphFormat = { align: 'left', fontSize: 12, spaceBefore: 0, spaceAfter: 0, lineHeight: 1.2 };

describe('style names', () => {
  it('reads camelCase, kebab-case and snake_case names as words', () => {
    const index = indexStyles({ articleHeading: f, 'party-name': f, sig_line: f });
    expect([...index.values()].map((s) => [s.id, s.name])).toEqual([
      ['CicaArticleHeading', 'Cica Article Heading'],
      ['CicaPartyName', 'Cica Party Name'],
      ['CicaSigLine', 'Cica Sig Line'],
    ]);
  });

  it('keeps ids unique when two names clean to the same words, and names wordless styles by position', () => {
    const index = indexStyles({ body: f, Body: f, 'текст': f });
    expect(index.get('body')?.id).toBe('CicaBody');
    expect(index.get('Body')?.id).toBe('CicaBody2');
    expect(index.get('текст')).toMatchObject({ id: 'CicaStyle3', name: 'Cica Style 3' });
  });
});

describe('bookmark names', () => {
  it('makes legal, unique names of at most 40 characters in document order', () => {
    const long = `x${'y'.repeat(60)}`;
    const names = collectBookmarks([
      { kind: 'paragraph', style: 'b', role: 'text', lang: 'en-GB', children: [], id: 'art-1' },
      { kind: 'paragraph', style: 'b', role: 'text', lang: 'en-GB', children: [], id: 'art.1' },
      { kind: 'list', items: [{ label: '1.', level: 0, id: '1-item', blocks: [] }] },
      { kind: 'parallelRow', cells: [[{ kind: 'paragraph', style: 'b', role: 'text', lang: 'ru-RU', children: [], id: long }]] },
    ]);
    expect([...names.entries()]).toEqual([
      ['art-1', 'art_1'],
      ['art.1', 'art_1_2'],
      ['1-item', 'c1_item'],
      [long, long.slice(0, 40)],
    ]);
    for (const name of names.values()) expect(name).toMatch(/^[A-Za-z][A-Za-z0-9_]{0,39}$/);
  });
});

describe('blanks', () => {
  it('draws a blank of w ems as PT Serif underscores (0.41 em each)', () => {
    expect(blankText(6)).toBe('_'.repeat(15));
    expect(blankText(0)).toBe('_');
  });
});
