// Together the samples use every part of the format the references do not (issue 2, item 6), so templates and writers meet them.
import { describe, expect, it } from 'vitest';
import { pairs, readSamples, referencedIds } from './raw.js';

const SAMPLES = readSamples();
const instruments = SAMPLES.filter((s) => s.data.kind !== 'note').map((s) => s.data);
type Node = { id?: string; items?: Node[] };
const articlesOf = (d: { articles?: { id?: string; heading?: unknown; numbered?: boolean; paragraphs: Node[] }[] }) => d.articles ?? [];
const depth = (n: Node): number => 1 + Math.max(0, ...(n.items ?? []).map(depth));

/** Ids by what they name, over all instruments. */
function idsByKind(): { article: Set<string>; paragraph: Set<string>; item: Set<string> } {
  const kinds = { article: new Set<string>(), paragraph: new Set<string>(), item: new Set<string>() };
  const addItems = (items: Node[] = []): void =>
    items.forEach((i) => {
      if (i.id) kinds.item.add(i.id);
      addItems(i.items);
    });
  for (const d of instruments) {
    for (const a of articlesOf(d)) {
      if (a.id) kinds.article.add(a.id);
      for (const p of a.paragraphs) {
        if (p.id) kinds.paragraph.add(p.id);
        addItems(p.items);
      }
    }
  }
  return kinds;
}

describe('the samples together', () => {
  it('include a memorandum, a protocol and a note', () => {
    expect(new Set(SAMPLES.map((s) => s.data.kind))).toEqual(new Set(['memorandum', 'protocol', 'note']));
  });

  it('include an instrument of three parties', () => {
    expect(instruments.some((d) => d.parties.length === 3)).toBe(true);
  });

  it('include headed articles and numbered paragraphs', () => {
    const articles = instruments.flatMap(articlesOf);
    expect(articles.some((a) => a.heading !== undefined)).toBe(true);
    expect(articles.some((a) => a.numbered === true && a.paragraphs.length > 1)).toBe(true);
  });

  it('include a list nested two levels deep', () => {
    const paragraphs = instruments.flatMap((d) => [...articlesOf(d).flatMap((a) => a.paragraphs), ...(d.operative ?? [])]);
    expect(Math.max(...paragraphs.map(depth))).toBeGreaterThanOrEqual(3);
  });

  it('cross-refer to articles, paragraphs and list items, with and without a Russian case', () => {
    const refs = instruments.flatMap((d) => pairs(d)).flatMap((p) => [p.en, typeof p.ru === 'string' ? p.ru : '']);
    const targets = refs.flatMap(referencedIds);
    const kinds = idsByKind();
    expect(targets.some((t) => kinds.article.has(t))).toBe(true);
    expect(targets.some((t) => kinds.paragraph.has(t))).toBe(true);
    expect(targets.some((t) => kinds.item.has(t))).toBe(true);
    expect(refs.some((r) => /\[\[[\w-]+:(gen|dat|acc|ins|pre)\]\]/.test(r))).toBe(true);
  });

  it('include an entry-into-force clause, a text with place and full date, a final text and a draft', () => {
    expect(instruments.some((d) => d.final.entryIntoForce !== undefined)).toBe(true);
    expect(instruments.some((d) => d.final.place && /^\d{4}-\d{2}-\d{2}$/.test(String(d.final.date)))).toBe(true);
    expect(instruments.some((d) => d.status === 'final')).toBe(true);
    expect(instruments.some((d) => d.status === 'draft')).toBe(true);
  });

  it('include what issue 9 §6 added: a State party, an annex referred to, final provisions as the last article, a title in lines', () => {
    expect(instruments.some((d) => d.parties.some((p: { abbr?: unknown; short?: unknown }) => p.abbr === undefined && p.short === undefined))).toBe(true);
    const annexed = instruments.filter((d) => (d.annexes ?? []).length > 0);
    expect(annexed.length).toBeGreaterThan(0);
    const refs = annexed.flatMap((d) => pairs({ articles: d.articles, operative: d.operative })).flatMap((p) => referencedIds(p.en));
    expect(annexed.every((d) => d.annexes.every((x: { id?: string }) => x.id !== undefined && refs.includes(x.id)))).toBe(true);
    expect(instruments.some((d) => d.final.article !== undefined && d.final.entryIntoForce !== undefined && (d.final.extra ?? []).length >= 2)).toBe(true);
    expect(instruments.some((d) => typeof d.subtitle?.en === 'string' && d.subtitle.en.includes('\n'))).toBe(true);
  });

  it('include a draft protocol that leaves the place blank, and a reference into an unnumbered operative part', () => {
    expect(instruments.some((d) => d.kind === 'protocol' && d.status === 'draft' && d.final.place === undefined)).toBe(true);
    const intoOperative = instruments.filter((d) => d.operative).some((d) => {
      const ids = pairs(d.operative).flatMap((p) => referencedIds(p.en));
      const items = (d.operative as Node[]).flatMap((p) => (p.items ?? []).map((i) => i.id));
      return ids.some((id) => items.includes(id));
    });
    expect(intoOperative).toBe(true);
  });

  it('cite the reference documents by their place beside the repository, never a path of one machine', () => {
    for (const s of SAMPLES) {
      const comments = s.source.split('\n').filter((l) => l.trimStart().startsWith('#')).join('\n');
      expect(comments, s.name).not.toMatch(/\/work\/|\/home\/|[A-Z]:\\/);
      for (const cited of comments.match(/\S*shared\/reference\/\S*/g) ?? []) expect(cited, s.name).toMatch(/^\(?\.\.\/shared\/reference\/\d{3}_[0-9a-f]+\.txt/);
    }
  });

  it('open with the schema modeline, then the format version', () => {
    const heads = SAMPLES.map((s) => s.source.split('\n').slice(0, 2).join('\n'));
    const expected = '# yaml-language-server: $schema=../schema/agreement.schema.json\ncica: 1';
    expect(heads.filter((h) => h !== expected)).toEqual([]);
  });
});
