// Keys and ids named after JavaScript built-ins (toString, __proto__ ...) are ordinary unknown keys or ids
// (issue 10 §1): a diagnostic at the key, never Object.prototype's member and never a crash.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkAgreementText, loadAgreement, type Instrument } from '../../src/model/index.js';
import { loadTemplates, renderDocument } from '../../src/templates/index.js';
import { printDocument } from '../../src/document/index.js';

const fixture = (k: string) => readFileSync(new URL(`./fixtures/${k}.yaml`, import.meta.url), 'utf8');
const BUILTINS = ['toString', 'constructor', '__proto__', 'hasOwnProperty', 'valueOf', 'isPrototypeOf', 'toLocaleString', '__defineGetter__', 'propertyIsEnumerable'];

/** Puts `key: x` after `anchor` (indented by `indent`) or, with `flow`, replaces `anchor` by the text with `KEY` in it. */
interface Site { base: 'memorandum' | 'note'; anchor: string; insert: string; code: string }
const SITES: Record<string, Site> = {
  'top level': { base: 'memorandum', anchor: 'cica: 1\n', insert: 'cica: 1\nKEY: x\n', code: 'UNKNOWN_KEY' },
  'a party': { base: 'memorandum', anchor: '  - id: cica\n', insert: '  - id: cica\n    KEY: x\n', code: 'UNKNOWN_KEY' },
  'a text unit': { base: 'memorandum', anchor: '  - en: based on the intention to develop interaction,\n', insert: '  - en: based on the intention to develop interaction,\n    KEY: x\n', code: 'UNKNOWN_KEY' },
  'a flow text unit': { base: 'memorandum', anchor: 'title: { en: Memorandum, ru: Меморандум }', insert: 'title: { en: Memorandum, ru: Меморандум, KEY: x }', code: 'UNKNOWN_KEY' },
  'final': { base: 'memorandum', anchor: 'final:\n', insert: 'final:\n  KEY: 1\n', code: 'UNKNOWN_KEY' },
  'a name': { base: 'memorandum', anchor: '      en: the CICA Secretariat\n', insert: '      en: the CICA Secretariat\n      KEY: x\n', code: 'UNKNOWN_KEY' },
  'case forms': { base: 'memorandum', anchor: 'ru: { nom: Стороны, ins: Сторонами }', insert: 'ru: { nom: Стороны, ins: Сторонами, KEY: x }', code: 'BAD_VALUE' },
  'an article': { base: 'memorandum', anchor: '  - id: art-final\n', insert: '  - id: art-final\n    KEY: true\n', code: 'UNKNOWN_KEY' },
  'a list item': { base: 'memorandum', anchor: '          - id: liaison\n', insert: '          - id: liaison\n            KEY: []\n', code: 'UNKNOWN_KEY' },
  'a signatory': { base: 'memorandum', anchor: '  - party: cica\n', insert: '  - party: cica\n    KEY: { en: a, ru: б }\n', code: 'UNKNOWN_KEY' },
  'a custody entry': { base: 'memorandum', anchor: 'custody: [cica, csto]', insert: 'custody: [{ party: cica, KEY: x }, csto]', code: 'UNKNOWN_KEY' },
  'the enclosure': { base: 'note', anchor: '  after: circulate\n', insert: '  after: circulate\n  KEY: x\n', code: 'UNKNOWN_KEY' },
  'the silence procedure': { base: 'note', anchor: 'silence:\n', insert: 'silence:\n  KEY: 2020-03-21\n', code: 'UNKNOWN_KEY' },
  'the sender': { base: 'note', anchor: 'sender:\n', insert: 'sender:\n  KEY:\n', code: 'UNKNOWN_KEY' },
};

/** The agreement text with the key inserted, and the key's line:col. */
function withKey(site: Site, key: string): { text: string; at: string } {
  const base = fixture(site.base);
  const start = base.indexOf(site.anchor);
  expect(start).toBeGreaterThanOrEqual(0);
  const text = base.slice(0, start) + site.insert.replace('KEY', key) + base.slice(start + site.anchor.length);
  const offset = start + site.insert.indexOf('KEY');
  const before = text.slice(0, offset);
  return { text, at: `${before.split('\n').length}:${offset - before.lastIndexOf('\n')}` };
}

describe('keys named after JavaScript built-ins', () => {
  for (const [where, site] of Object.entries(SITES)) {
    it(`in ${where}: a diagnostic at the key`, () => {
      for (const key of BUILTINS) {
        const { text, at } = withKey(site, key);
        const r = checkAgreementText(text, 'a.yaml');
        expect(r.ok, key).toBe(false);
        const found = r.diagnostics.map((d) => `${d.code} ${d.span!.start.line}:${d.span!.start.col}`);
        expect(found, key).toContain(`${site.code} ${at}`);
        expect(r.diagnostics.every((d) => d.message.length > 10 && !/function|\[object/.test(d.message)), key).toBe(true);
      }
    });
  }

  it('through a note\'s enclosure: the enclosed file\'s unknown key is reported at its own line', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cica-builtin-'));
    try {
      for (const key of BUILTINS) {
        writeFileSync(join(dir, 'note.yaml'), fixture('note'));
        writeFileSync(join(dir, 'memorandum.yaml'), fixture('memorandum').replace('final:\n', `final:\n  ${key}: x\n`));
        const r = await loadAgreement(join(dir, 'note.yaml'));
        expect(r.ok).toBe(false);
        const codes = r.diagnostics.map((d) => `${d.code} ${d.span!.file.endsWith('memorandum.yaml') ? 'm' : 'n'}:${d.span!.start.line}`);
        expect(codes, key).toContain('ENCLOSURE n:30');
        expect(codes, key).toContain(`UNKNOWN_KEY m:${fixture('memorandum').split('\n').indexOf('final:') + 2}`);
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('ids named after JavaScript built-ins', () => {
  it('are ordinary ids: referred to, signed for, drafted', async () => {
    const text = fixture('memorandum')
      .replaceAll('art-exchange', 'constructor').replaceAll('liaison', 'toString')
      .replace('id: cica', 'id: valueOf').replace('party: cica', 'party: valueOf').replace('id: csto', 'id: hasOwnProperty')
      .replace('party: csto', 'party: hasOwnProperty').replace('custody: [cica, csto]', 'custody: [valueOf, hasOwnProperty]');
    const r = checkAgreementText(text, 'a.yaml');
    expect(r.diagnostics).toEqual([]);
    if (!r.ok) return;
    const a = r.value as Instrument;
    expect(a.parties.map((p) => p.id)).toEqual(['valueOf', 'hasOwnProperty']);
    const templates = await loadTemplates();
    if (!templates.ok) throw new Error('templates');
    const tree = renderDocument(a, templates.value, { layout: 'en', order: ['en', 'ru'], creator: 't' });
    expect(tree.diagnostics).toEqual([]);
    const printed = tree.ok ? printDocument(tree.value) : '';
    expect(printed).toContain('"Disputes under " [ref constructor "Article\\u00a01"]');
    expect(printed).toContain('[ref toString "subparagraph');
    expect(printed).not.toMatch(/function|\[object/);
  });

  it('a reference to a built-in name that is no id is BAD_CROSS_REFERENCE, not a match', () => {
    for (const id of ['toString', 'constructor', 'valueOf']) {
      const text = fixture('memorandum').replace('Disputes under [[art-exchange]]', `Disputes under [[${id}]]`);
      const r = checkAgreementText(text, 'a.yaml');
      expect(r.diagnostics.map((d) => d.code)).toEqual(['BAD_CROSS_REFERENCE']);
    }
  });

  it('`__proto__` as an id is BAD_ID at the id, and a signatory of it UNKNOWN_PARTY', () => {
    const text = fixture('memorandum').replace('  - party: csto', '  - party: __proto__');
    const r = checkAgreementText(text, 'a.yaml');
    expect(r.diagnostics.map((d) => d.code).sort()).toEqual(['BAD_ID', 'MISSING_SIGNATORY', 'UNKNOWN_PARTY']);
  });
});

describe('values named after JavaScript built-ins', () => {
  const sites: [string, string, string, string[]][] = [
    ['a Russian title', 'title: { en: Memorandum, ru: Меморандум }', 'title: { en: Memorandum, ru: NAME }', ['TITLE_GENDER']],
    ['an English title', 'title: { en: Memorandum, ru: Меморандум }', 'title: { en: NAME, ru: Меморандум }', []],
    ['the status', 'status: draft', 'status: NAME', ['BAD_VALUE']],
    ['the kind', 'kind: memorandum', 'kind: NAME', ['BAD_VALUE']],
    ['a language', 'languages: [ru, en]', 'languages: [ru, NAME]', ['BAD_VALUE']],
    ['a case in a reference', '[[liaison:ins]]', '[[liaison:NAME]]', ['BAD_CROSS_REFERENCE']],
    ['a custody entry', 'custody: [cica, csto]', 'custody: [cica, NAME]', ['UNKNOWN_PARTY']],
  ];
  for (const [where, from, to, codes] of sites) {
    it(`in ${where}: a diagnostic or a plain text, never a crash`, () => {
      for (const name of BUILTINS) {
        const text = fixture('memorandum').replace(from, to.replace('NAME', name));
        const r = checkAgreementText(text, 'a.yaml');
        const found = [...new Set(r.diagnostics.map((d) => d.code))];
        // `__proto__` and names with `__` are no ids: BAD_ID comes too where an id is expected.
        expect(found.filter((c) => c !== 'BAD_ID' && c !== 'MISSING_SIGNATORY' && c !== 'CUSTODY'), `${where}: ${name}`).toEqual(codes);
      }
    });
  }
});
