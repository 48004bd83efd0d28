// The template attack corpus: custom templates that reach for prototypes, unknown helpers or partials, raw
// output, missing fields; and agreement values that look like markup. Each is rejected with its code and
// template line:col, or rendered inert as plain text.
import { mkdtemp, mkdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { printDocument, type Inline } from '../../src/document/index.js';
import { typeset } from '../../src/i18n/index.js';
import { loadTemplates, renderDocument, type Layout } from '../../src/templates/index.js';
import { parseStyles } from '../../src/templates/styles.js';
import { bare, memorandum, note } from './fixtures.js';
import { render, templates } from './helpers.js';

async function customDir(files: Record<string, string>): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'cica-templates-'));
  for (const [rel, text] of Object.entries(files)) {
    await mkdir(dirname(join(dir, rel)), { recursive: true });
    await writeFile(join(dir, rel), text);
  }
  return dir;
}

type Where = [code: string, file: string, line: number, col: number];

async function loadProblems(files: Record<string, string>): Promise<Where[]> {
  const r = await loadTemplates(await customDir(files));
  expect(r.ok).toBe(false);
  return r.diagnostics.map((d) => [d.code, d.span?.file.split(/[\\/]/).pop() ?? '', d.span?.start.line ?? 0, d.span?.start.col ?? 0]);
}

async function renderProblems(files: Record<string, string>, layout: Layout = 'en'): Promise<Where[]> {
  const t = await loadTemplates(await customDir(files));
  if (!t.ok) throw new Error(JSON.stringify(t.diagnostics));
  const r = renderDocument(memorandum(), t.value, { layout, order: ['en', 'ru'], creator: 't' });
  expect(r.ok).toBe(false);
  return r.diagnostics.map((d) => [d.code, d.span?.file.split(/[\\/]/).pop() ?? '', d.span?.start.line ?? 0, d.span?.start.col ?? 0]);
}

const M = 'memorandum.en.hbs';

describe('templates rejected when they load', () => {
  const cases: [string, string, Where[]][] = [
    ['prototype path', '<p style="body" unit="x">{{constructor}}</p>', [['TEMPLATE_PROTOTYPE_ACCESS', M, 1, 28]]],
    ['__proto__ in a path', 'line one\n<p style="body">{{title.__proto__.x}}</p>', [['TEMPLATE_PROTOTYPE_ACCESS', M, 2, 19]]],
    ['constructor via @root', '{{#with @root.constructor}}x{{/with}}', [['TEMPLATE_PROTOTYPE_ACCESS', M, 1, 9]]],
    ['prototype method as a helper argument', '{{text title.toString "en"}}', [['TEMPLATE_PROTOTYPE_ACCESS', M, 1, 8]]],
    ['unknown helper', '<p style="body">\n  {{shout title "en"}}</p>', [['TEMPLATE_UNKNOWN_HELPER', M, 2, 3]]],
    ['lookup is not ours', '{{lookup title "constructor"}}', [['TEMPLATE_UNKNOWN_HELPER', M, 1, 1]]],
    ['unknown helper in a subexpression', '{{#if (exec "rm")}}{{/if}}', [['TEMPLATE_UNKNOWN_HELPER', M, 1, 7]]],
    ['triple-stash', '<p style="body">{{{title.en}}}</p>', [['TEMPLATE_RAW_OUTPUT', M, 1, 17]]],
    ['ampersand raw output', '<p style="body">{{& title.en}}</p>', [['TEMPLATE_RAW_OUTPUT', M, 1, 17]]],
    ['unknown partial', '{{> nowhere}}', [['TEMPLATE_UNKNOWN_PARTIAL', M, 1, 1]]],
    ['dynamic partial', '{{> (text title "en")}}', [['TEMPLATE_DYNAMIC_PARTIAL', M, 1, 1]]],
    ['decorator', '{{* inline}}', [['TEMPLATE_DECORATOR', M, 1, 1]]],
    ['syntax error', 'ok\n{{#if title}}\nno close', [['TEMPLATE_SYNTAX', M, 3, 1]]],
  ];
  for (const [name, source, expected] of cases) {
    it(name, async () => expect(await loadProblems({ [M]: source })).toEqual(expected));
  }

  it('names the partial file a problem is in', async () => {
    expect(await loadProblems({ 'partials/preamble.hbs': '\n\n  {{{value.text.en}}}' })).toEqual([['TEMPLATE_RAW_OUTPUT', 'preamble.hbs', 3, 3]]);
  });

  it('checks styles.json', async () => {
    const problems = await loadProblems({ 'styles.json': '{"body": {"align": "middle", "fontSize": 12, "spaceBefore": 0, "spaceAfter": 0, "lineHeight": 1}}' });
    expect(problems.map((p) => p[0])).toEqual(['TEMPLATE_STYLES']);
  });

  it('holds each number of styles.json to a range every writer can state (fontSize 1e308 crashed the DOCX writer)', async () => {
    // JSON.parse keeps the last of a repeated key: each case overrides one setting of a good style.
    const style = (over: string) => `{"body": {"align": "left", "fontSize": 12, "spaceBefore": 0, "spaceAfter": 0, "lineHeight": 1${over}}}`;
    const problems = (over: string) => parseStyles(style(over), 'styles.json').diagnostics.map((d) => `${d.code} ${d.field}`);
    for (const [bad, field] of [['"fontSize": 1e308', 'fontSize'], ['"fontSize": 0.5', 'fontSize'], ['"fontSize": 73', 'fontSize'], ['"lineHeight": 0', 'lineHeight'],
      ['"lineHeight": 50', 'lineHeight'], ['"spaceAfter": -1e9', 'spaceAfter'], ['"spaceBefore": 1e6', 'spaceBefore'], ['"firstLineIndent": 1e9', 'firstLineIndent'],
      ['"leftIndent": -5', 'leftIndent']]) {
      expect(problems(`, ${bad}`), bad).toEqual([`TEMPLATE_STYLES body.${field}`]);
    }
    for (const good of ['"fontSize": 72', '"fontSize": 1', '"firstLineIndent": -144', '"spaceAfter": 144', '"lineHeight": 0.5', '"leftIndent": 288']) {
      expect(problems(`, ${good}`), good).toEqual([]);
    }
    const loaded = await loadProblems({ 'styles.json': style(', "fontSize": 1e308') });
    expect(loaded.map((p) => p[0])).toEqual(['TEMPLATE_STYLES']);
  });

  it('reports a missing templates folder', async () => {
    const r = await loadTemplates(join(tmpdir(), 'cica-no-such-folder-x'));
    expect(r.diagnostics.map((d) => d.code)).toEqual(['TEMPLATE_DIR_MISSING']);
  });
});

describe('templates rejected when they run', () => {
  const cases: [string, string, Where[]][] = [
    ['missing field', '<p style="body" unit="t">\n{{titel}}</p>', [['TEMPLATE_MISSING_FIELD', M, 2, 3]]],
    ['missing field given to a helper', '<p style="body">{{text titel "en"}}</p>', [['TEMPLATE_MISSING_FIELD', M, 1, 17]]],
    ['missing list in #each', '{{#each artcles}}x{{/each}}', [['TEMPLATE_MISSING_FIELD', M, 1, 1]]],
    ['wrong language', '<p style="body">{{text title "fr"}}</p>', [['TEMPLATE_HELPER_ARGUMENT', M, 1, 17]]],
    ['helper name used as a field', '<p style="body">{{label}}</p>', [['TEMPLATE_HELPER_ARGUMENT', M, 1, 17]]],
    ['absent optional value', '{{#each articles}}<p style="body">{{text heading "en"}}</p>{{/each}}', [['TEMPLATE_HELPER_ARGUMENT', M, 1, 35]]],
  ];
  for (const [name, source, expected] of cases) {
    it(name, async () => expect(await renderProblems({ [M]: source })).toEqual(expected));
  }

  it('reports markup a template cannot produce', async () => {
    expect((await renderProblems({ [M]: '<p style="body">{{text title "en"}}' })).map((p) => p[0])).toEqual(['TEMPLATE_MARKUP']);
    expect((await renderProblems({ [M]: '<div>x</div>' })).map((p) => p[0])).toEqual(['TEMPLATE_MARKUP']);
  });

  it('reports a style the stylesheet lacks', async () => {
    expect((await renderProblems({ [M]: '<p style="fancy" unit="title">{{text title "en"}}</p>' })).map((p) => p[0])).toEqual(['TEMPLATE_UNKNOWN_STYLE']);
  });

  it('reports custom templates whose languages do not line up', async () => {
    const en = '<p style="body" unit="title">{{text title "en"}}</p><p style="body" unit="extra">Only in English.</p>';
    const ru = '<p style="body" unit="title">{{text title "ru"}}</p>';
    const problems = await renderProblems({ [M]: en, 'memorandum.ru.hbs': ru }, 'parallel');
    expect(problems.map((p) => p[0])).toEqual(['TEMPLATE_UNALIGNED']);
  });
});

function texts(inlines: readonly Inline[]): string {
  return inlines.map((i) => (i.kind === 'text' ? i.text : 'children' in i ? texts(i.children) : '')).join('');
}

describe('agreement values never become markup', () => {
  const hostile = [
    '<p style="title">INJECTED</p>',
    '</p><ref to="art-one">Article 9</ref><p style="body">',
    '&lt;em&gt; &amp;amp; &#x3C;br/&#x3E;',
    '"quoted" \'single\' `back` =eq',
    '<blank width="99"/><signatures></signatures>',
  ];

  for (const value of hostile) {
    it(`renders ${JSON.stringify(value)} as plain text`, async () => {
      const a = memorandum({ preamble: [bare({ en: value, ru: value })] });
      a.signatories[0]!.name = { en: value, ru: value };
      a.parties[0]!.abbr = { en: value, ru: value };
      for (const layout of ['en', 'ru'] as const) {
        const tree = await render(a, layout);
        const recital = tree.blocks.find((b) => b.kind === 'paragraph' && b.style === 'recital');
        expect(recital?.kind === 'paragraph' && recital.children.every((c) => c.kind === 'text')).toBe(true);
        // The text is the value exactly, after the language's typography (no-break spaces, Russian quotes).
        expect(recital?.kind === 'paragraph' && texts(recital.children)).toBe(typeset(value, layout));
        const printed = printDocument(tree);
        expect(printed).not.toContain('INJECTED"\n');
        expect(tree.blocks.filter((b) => b.kind === 'signatureBlock')).toHaveLength(1);
        expect(printed.match(/\[ref /g)?.length ?? 0).toBe(2);
        const sig = tree.blocks.find((b) => b.kind === 'signatureBlock');
        expect(sig?.kind === 'signatureBlock' && texts(sig.columns[0]!.signatory[0]!.children)).toBe(typeset(value, layout));
        const parties = tree.blocks.find((b) => b.kind === 'paragraph' && b.style === 'parties');
        expect(parties?.kind === 'paragraph' && parties.children.every((c) => c.kind === 'text')).toBe(true);
      }
    });
  }

  it('keeps a note reference that looks like markup as text', async () => {
    const tree = await render(note({ reference: '18</p><p style="title">X' }), 'en', 2);
    const ref = tree.blocks.find((b) => b.kind === 'paragraph' && b.style === 'reference');
    // Typography applies to it as to any text: the straight quotes print as typographic ones.
    expect(ref?.kind === 'paragraph' && texts(ref.children)).toBe('№\u00a018</p><p style=”title”>X');
  });

  it('treats inline markup of the format as the format says, and nothing more', async () => {
    const a = memorandum({ preamble: [bare({ en: 'a \\*star\\* \\[[art-one]] *em <b>* \\\\', ru: 'б' })] });
    const tree = await render(a);
    const recital = tree.blocks.find((b) => b.kind === 'paragraph' && b.style === 'recital');
    expect(recital?.kind === 'paragraph' && recital.children).toEqual([
      { kind: 'text', text: 'a *star* [[art-one]] ', lang: 'en-GB' },
      { kind: 'emphasis', children: [{ kind: 'text', text: 'em <b>', lang: 'en-GB' }] },
      { kind: 'text', text: ' \\', lang: 'en-GB' },
    ]);
  });
});

describe('the built-in templates', () => {
  it('load without problems', async () => {
    expect((await templates()).main.size).toBe(6);
  });
});
