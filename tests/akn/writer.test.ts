// The Akoma Ntoso writer on trees made by hand: hostile text escaped, one language only, the layouts a run renders.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { DocumentTree, Inline, Paragraph, Role } from '../../src/document/index.js';
import { renderPlan } from '../../src/draft.js';
import { writeAkn } from '../../src/writers/akn/index.js';
import { escapeAttr, escapeText } from '../../src/writers/akn/xml.js';
import { contentText, eIdsOf, hasXmllint, validate } from './read.js';

const t = (text: string): Inline => ({ kind: 'text', text, lang: 'en-GB' });
const p = (role: Role, children: Inline[], extra: Partial<Paragraph> = {}): Paragraph => ({ kind: 'paragraph', style: 'body', role, lang: 'en-GB', children, ...extra });
const HOSTILE = 'a < b && c > d "quoted" \'single\' ]]> <!-- x --> <![CDATA[y]]> &amp;';

function tree(blocks: DocumentTree['blocks'], meta: Partial<DocumentTree['meta']> = {}): DocumentTree {
  return {
    meta: { title: `T ${HOSTILE}`, subject: 's', author: `A "&" <B>`, langs: ['en-GB'], date: '2024-05-06', pageLabel: [], creator: 'cica test', ...meta },
    styles: {},
    blocks,
  };
}

const hostile = tree([
  p('title', [t(HOSTILE)]),
  p('articleNumber', [t('Article 1')], { id: 'art-x' }),
  p('articleHeading', [t(`Heading ${HOSTILE}`)]),
  p('paragraph', [t(HOSTILE), { kind: 'emphasis', children: [t('<i>')] }, { kind: 'crossReference', target: 'art-x', children: [t('Article 1')] },
    { kind: 'crossReference', target: 'nowhere', children: [t('lost')] }], { label: '1."<' }),
  { kind: 'list', items: [{ label: '(a)&', level: 0, blocks: [p('itemText', [t('item & <more>')])] }] },
]);

describe('the Akoma Ntoso writer', () => {
  it('escapes text and attributes, so hostile text stays text', () => {
    const xml = new TextDecoder().decode(writeAkn(hostile));
    expect(xml).not.toContain(HOSTILE);
    expect(contentText(xml)).toContain(HOSTILE);
    expect(xml).toContain('showAs="A &quot;&amp;&quot; &lt;B&gt;"');
    expect(xml).toContain('<num>1."&lt;</num>');
    expect(xml).toContain('<ref eId="art_1__para_1__ref_1" href="#art_1">Article 1</ref>');
    // A reference to a block that has no eId keeps its text, as a span.
    expect(xml).toContain('<span>lost</span>');
    expect(new Set(eIdsOf(xml)).size).toBe(eIdsOf(xml).length);
  });

  it.runIf(hasXmllint())('writes a valid document from hostile text and from a tree without a work', () => {
    const dir = mkdtempSync(join(tmpdir(), 'cica-akn-unit-'));
    writeFileSync(join(dir, 'hostile.xml'), writeAkn(hostile));
    const r = validate([join(dir, 'hostile.xml')]);
    expect(r.status, r.stderr).toBe(0);
  });

  it('never writes a character XML cannot carry', () => {
    expect(escapeText('a\u0001b\uFFFEc\uD800d')).toBe('a\uFFFDb\uFFFDc\uFFFDd');
    expect(escapeAttr('tab\tline\nreturn\r"')).toBe('tab&#9;line&#10;return&#13;&quot;');
    expect(escapeText('\uD83D\uDE00 pair kept')).toBe('\uD83D\uDE00 pair kept');
  });

  it('renders one language: a parallel tree is a bug in its caller', () => {
    expect(() => writeAkn(tree([], { langs: ['en-GB', 'ru-RU'] }))).toThrow(/one language/);
  });
});

describe('which layouts a run renders for which formats', () => {
  it.each([
    [['en', 'ru', 'parallel'], ['docx', 'pdf'], [['en', ['docx', 'pdf']], ['ru', ['docx', 'pdf']], ['parallel', ['docx', 'pdf']]]],
    [['en', 'ru', 'parallel'], ['akn'], [['en', ['akn']], ['ru', ['akn']]]],
    [['parallel'], ['akn'], [['en', ['akn']], ['ru', ['akn']]]],
    [['parallel'], ['pdf', 'akn'], [['parallel', ['pdf']], ['en', ['akn']], ['ru', ['akn']]]],
    [['ru'], ['docx', 'akn'], [['ru', ['docx', 'akn']]]],
    [['en'], ['akn'], [['en', ['akn']]]],
  ] as const)('--layout %j --format %j', (layouts, formats, plan) => {
    expect(renderPlan(layouts, formats).map((s) => [s.layout, s.formats])).toEqual(plan);
  });
});
