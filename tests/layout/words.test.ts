// No word lost, doubled or moved to the other language: the letters of every text in the tree, per
// language, are exactly the letters set on the pages (hyphens aside: the layout adds them at breaks).
import { describe, expect, it } from 'vitest';
import type { Block, DocumentTree, Inline, LangTag } from '../../src/document/index.js';
import { layoutDocument, type TextItem } from '../../src/layout/index.js';
import { MARGINS } from '../../src/layout/page.js';
import { allCases } from './cases.js';

type Letters = Record<string, Map<string, number>>;

function add(into: Letters, lang: LangTag, text: string): void {
  const map = (into[lang] ??= new Map());
  for (const ch of text) if (!/[\s\u00AD-]/u.test(ch)) map.set(ch, (map.get(ch) ?? 0) + 1);
}

function treeLetters(tree: DocumentTree): Letters {
  const out: Letters = {};
  const inlines = (children: readonly Inline[], caps: boolean): void => {
    for (const i of children) {
      if (i.kind === 'text') add(out, i.lang, caps ? i.text.toLocaleUpperCase(i.lang) : i.text);
      else if (i.kind === 'emphasis' || i.kind === 'strong' || i.kind === 'crossReference') inlines(i.children, caps);
    }
  };
  const blocks = (list: readonly Block[], label?: string): void => {
    list.forEach((b, k) => {
      if (b.kind === 'paragraph') {
        const caps = tree.styles[b.style]?.caps === true;
        const l = b.label ?? (k === 0 ? label : undefined);
        if (l) add(out, b.lang, caps ? l.toLocaleUpperCase(b.lang) : l);
        inlines(b.children, caps);
      } else if (b.kind === 'list') for (const item of b.items) blocks(item.blocks, item.label);
      else if (b.kind === 'parallelRow') for (const cell of b.cells) blocks(cell);
      else if (b.kind === 'signatureBlock') for (const col of b.columns) blocks([...col.heading, ...col.signatory]);
      else if (b.kind === 'letterhead') blocks(b.blocks);
    });
  };
  blocks(tree.blocks);
  for (const section of tree.sections ?? []) blocks(section.blocks);
  return out;
}

const sorted = (l: Letters) => Object.fromEntries(Object.entries(l).map(([lang, m]) => [lang, [...m].sort(([a], [b]) => (a < b ? -1 : 1))]));

const cases = await allCases();

describe('every letter set once, in its language', () => {
  it.each(cases.map((c) => [c.name, c] as const))('%s', (_name, c) => {
    const laid = layoutDocument(c.tree, { pageSize: c.pageSize });
    if (!laid.ok) throw new Error(JSON.stringify(laid.diagnostics));
    const set: Letters = {};
    for (const page of laid.value.pages) {
      for (const item of page.items) {
        if (item.kind !== 'text' || item.rotate !== undefined || item.y > page.height - MARGINS.bottom) continue;
        add(set, (item as TextItem).lang, item.text);
      }
    }
    expect(sorted(set)).toEqual(sorted(treeLetters(c.tree)));
  });
});
