// Custom templates that feed the helpers numbers they cannot print ("1.2e+29", "0th") or names of JavaScript
// built-ins (style="constructor", lang="toString"): a TEMPLATE_* diagnostic at the helper, never a crash or
// a word built from Object.prototype (issue 10 §1, §5).
import { mkdtemp, mkdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { printDocument } from '../../src/document/index.js';
import { loadTemplates, renderDocument } from '../../src/templates/index.js';
import { knownTitleNoun } from '../../src/model/title-nouns.js';
import { memorandum } from './fixtures.js';

async function customDir(files: Record<string, string>): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'cica-hostile-templates-'));
  for (const [rel, text] of Object.entries(files)) {
    await mkdir(dirname(join(dir, rel)), { recursive: true });
    await writeFile(join(dir, rel), text);
  }
  return dir;
}

const M = 'memorandum.en.hbs';

async function rendered(source: string, styles?: string) {
  const t = await loadTemplates(await customDir({ [M]: source, ...(styles ? { 'styles.json': styles } : {}) }));
  if (!t.ok) return { ok: false, found: t.diagnostics.map((d) => `${d.code} ${d.span?.start.line ?? 0}:${d.span?.start.col ?? 0}`), printed: '' };
  const r = renderDocument(memorandum(), t.value, { layout: 'en', order: ['en', 'ru'], creator: 't' });
  return { ok: r.ok, found: r.diagnostics.map((d) => `${d.code} ${d.span?.start.line ?? 0}:${d.span?.start.col ?? 0}`), printed: r.ok ? printDocument(r.value, { identity: false }) : '' };
}

describe('helpers refuse numbers they cannot print', () => {
  const cases: [string, string][] = [
    ['an ordinal of 0', '<p style="body" unit="a">the {{ordinal 0 "en"}}</p>'],
    ['a number of 1.2e29', '<p style="body" unit="a">{{number 120000000000000000000000000000 "en"}}</p>'],
    ['a negative article', '<p style="body" unit="a">{{article -1 "en"}}</p>'],
    ['a fraction to plural', '<p style="body" unit="a">{{plural 1.5 "en" one="copy" many="copies"}}</p>'],
    ['a million to number', '<p style="body" unit="a">{{number 1000000 "ru"}}</p>'],
    ['a text where a number goes', '<p style="body" unit="a">{{ordinal "first" "en"}}</p>'],
  ];
  for (const [name, source] of cases) {
    it(name, async () => {
      const r = await rendered(source);
      expect(r.ok).toBe(false);
      expect(r.found).toEqual([`TEMPLATE_HELPER_ARGUMENT 1:${source.indexOf('{{') + 1}`]);
    });
  }

  it('in range they print words and digits, never an exponent', async () => {
    const r = await rendered('<p style="body" unit="a">{{ordinal 1 "en"}} {{ordinal 22 "en"}} {{number 999999 "en"}} {{article 12 "en"}}</p>');
    expect(r.found).toEqual([]);
    expect(r.printed).toContain('"first 22nd 999999 Article\\u00a012"');
  });

  it('languages needs language codes, not parties', async () => {
    const r = await rendered('<p style="body" unit="a">{{languages parties "en"}}</p>');
    expect(r.found).toEqual(['TEMPLATE_HELPER_ARGUMENT 1:26']);
  });
});

describe('names of built-ins in template markup are ordinary names', () => {
  it('style="constructor" is a style styles.json does not define', async () => {
    const r = await rendered('<p style="constructor" unit="a">x</p><p style="toString" unit="b">y</p>');
    expect(r.found.map((f) => f.split(' ')[0])).toEqual(['TEMPLATE_UNKNOWN_STYLE', 'TEMPLATE_UNKNOWN_STYLE']);
  });

  it('a style named __proto__ in styles.json is a style like any other', async () => {
    const style = '{"align": "left", "fontSize": 11, "spaceBefore": 0, "spaceAfter": 0, "lineHeight": 1.2}';
    const r = await rendered('<p style="__proto__" unit="a">x</p>', `{"__proto__": ${style}, "constructor": ${style}}`);
    expect(r.found).toEqual([]);
    expect(r.printed).toContain('p(__proto__ en-GB) "x"');
  });

  it('lang="toString" is an unknown language, and an attribute named constructor is no duplicate', async () => {
    expect((await rendered('<p style="body" unit="a" lang="toString">x</p>')).found.map((f) => f.split(' ')[0])).toEqual(['TEMPLATE_MARKUP']);
    const r = await rendered('<p style="body" unit="a" constructor="x">y</p>');
    expect(r.found.join()).not.toMatch(/given twice/);
  });
});

describe('agree and a plural title', () => {
  const SOURCE = '<p style="body" unit="a">{{thisTitle titleNoun cap=true}} {{agree titleNoun m="совершён" f="совершена" n="совершено"}}</p>';
  const withTitle = async (source: string, nom: string | undefined) => {
    const t = await loadTemplates(await customDir({ [M]: source }));
    if (!t.ok) throw new Error('templates');
    const a = memorandum();
    const agreement = nom ? { ...a, title: { en: 'Rules', ru: nom }, titleNoun: knownTitleNoun(nom)! } : a;
    const r = renderDocument(agreement, t.value, { layout: 'en', order: ['en', 'ru'], creator: 't' });
    return { found: r.diagnostics.map((d) => `${d.code} ${d.span?.start.line ?? 0}:${d.span?.start.col ?? 0}`), printed: r.ok ? printDocument(r.value, { identity: false }) : '', message: r.diagnostics[0]?.message };
  };

  it('a template without pl= still serves a singular title', async () => {
    const r = await withTitle(SOURCE, undefined);
    expect(r.found).toEqual([]);
    expect(r.printed).toContain('"Настоящий Меморандум совершён"');
  });

  it('but not a plural one: TEMPLATE_HELPER_ARGUMENT at the helper, naming the title', async () => {
    const r = await withTitle(SOURCE, 'Правила');
    expect(r.found).toEqual([`TEMPLATE_HELPER_ARGUMENT 1:${SOURCE.indexOf('{{agree') + 1}`]);
    expect(r.message).toContain('pl="..."');
    expect(r.message).toContain('«Правила»');
  });

  it('with pl= it agrees with the plural', async () => {
    const r = await withTitle(SOURCE.replace('n="совершено"', 'n="совершено" pl="совершены"'), 'Правила');
    expect(r.found).toEqual([]);
    expect(r.printed).toContain('"Настоящие Правила совершены"');
  });
});
