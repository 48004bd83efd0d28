// List labels hang flush right, half an em before their text, at every level; text and label edges align per
// level, also when a parallel text splits a list into one-item lists, one a row.
import { describe, expect, it } from 'vitest';
import type { Block, LangTag, List } from '../../src/document/index.js';
import { layoutDocument, type TextItem } from '../../src/layout/index.js';
import { LABEL_SEP_EMS } from '../../src/layout/paragraph.js';
import { para, STYLES, t, tree } from './fixtures.js';

const SIZE = STYLES.item!.fontSize;
const EN: [string, number][] = [['i.', 0], ['(a)', 1], ['(b)', 1], ['(c)', 1], ['ii.', 0], ['iii.', 0], ['(a)', 1], ['iv.', 0]];
const RU: [string, number][] = [['а)', 0], ['1)', 1], ['2)', 1], ['3)', 1], ['б)', 0], ['в)', 0], ['1)', 1], ['г)', 0]];
const TEXT = { 'en-GB': 'exchange of information on trends in illicit drug trafficking and the routes it uses;', 'ru-RU': 'обмен информацией о тенденциях незаконного оборота наркотиков и используемых маршрутах;' };

const list = (labels: [string, number][], lang: LangTag): List => ({
  kind: 'list',
  items: labels.map(([label, level]) => ({ label, level, blocks: [para('item', [t(TEXT[lang], lang)], lang)] })),
});

/** Each label with the first word of its text (items on the label's baseline, right of it). */
function labelled(blocks: Block[], labels: readonly string[]): { label: TextItem; text: TextItem }[] {
  const laid = layoutDocument(tree(blocks), { pageSize: 'A4' });
  if (!laid.ok) throw new Error(JSON.stringify(laid.diagnostics));
  const items = laid.value.pages.flatMap((p) => p.items.filter((i): i is TextItem => i.kind === 'text' && !i.outline));
  const out: { label: TextItem; text: TextItem }[] = [];
  for (const label of items.filter((i) => labels.includes(i.text))) {
    const after = items.filter((i) => i.y === label.y && i.x > label.x).sort((a, b) => a.x - b.x)[0];
    if (after) out.push({ label, text: after });
  }
  return out;
}

function expectHung(pairs: { label: TextItem; text: TextItem }[], levels: number[]): void {
  expect(pairs.length).toBe(levels.length);
  const textX = new Map<number, Set<string>>();
  const labelEnd = new Map<number, Set<string>>();
  pairs.forEach(({ label, text }, k) => {
    // The same normal gap after every label, however wide ("i." or "iii.", "(a)" or «а)»).
    expect(text.x - (label.x + label.width), label.text).toBeCloseTo(LABEL_SEP_EMS * SIZE, 1);
    const level = levels[k]!;
    textX.set(level, (textX.get(level) ?? new Set()).add(text.x.toFixed(1)));
    labelEnd.set(level, (labelEnd.get(level) ?? new Set()).add((label.x + label.width).toFixed(1)));
  });
  for (const set of [...textX.values(), ...labelEnd.values()]) expect(set.size).toBe(1);
  // Each level's labels start right of the text edge of the level above: nesting shows.
  const edge = (level: number) => Number([...textX.get(level)!][0]);
  const deeper = pairs.filter((_, k) => levels[k] === 1).map((p) => p.label.x);
  for (const x of deeper) expect(x).toBeGreaterThanOrEqual(edge(0) - 0.01);
}

describe('list labels', () => {
  it.each([['en-GB', EN], ['ru-RU', RU]] as const)('hang flush right with a half-em gap in one %s list', (lang, labels) => {
    const pairs = labelled([list(labels, lang)], labels.map(([l]) => l));
    expectHung(pairs, labels.map(([, level]) => level));
  });

  it('align from row to row when a parallel text splits the list into one-item lists', () => {
    const rows: Block[] = EN.map((en, k) => ({ kind: 'parallelRow', cells: [[list([en], 'en-GB')], [list([RU[k]!], 'ru-RU')]] }));
    const pairs = labelled(rows, [...EN, ...RU].map(([l]) => l));
    const left = pairs.filter((p) => p.label.lang === 'en-GB');
    const right = pairs.filter((p) => p.label.lang === 'ru-RU');
    expectHung(left, EN.map(([, level]) => level));
    expectHung(right, RU.map(([, level]) => level));
  });
});
