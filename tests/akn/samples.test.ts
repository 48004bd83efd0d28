// Issue 12 §2: every sample agreement as Akoma Ntoso 3.0, one file per language, read back: valid against the OASIS
// schema (xmllint), the same eIds in English and Russian, every unit's text present, every ref resolving.
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeAkn } from '../../src/writers/akn/index.js';
import { ROOT, contentText, eIdsOf, hasXmllint, paragraphTexts, refTargetsOf, treeOf, validate } from './read.js';

const SAMPLES = readdirSync(join(ROOT, 'agreements')).filter((f) => f.endsWith('.yaml')).sort();
const out = mkdtempSync(join(tmpdir(), 'cica-akn-'));
const squash = (s: string): string => s.replace(/\s+/g, ' ').trim();

describe.each(SAMPLES)('%s as Akoma Ntoso', (sample) => {
  const file = join(ROOT, 'agreements', sample);
  const name = sample.replace(/\.yaml$/, '');
  const xml = { en: '', ru: '' };
  const trees = {} as Record<'en' | 'ru', Awaited<ReturnType<typeof treeOf>>>;

  it('writes one expression per language', async () => {
    for (const lang of ['en', 'ru'] as const) {
      trees[lang] = await treeOf(file, lang);
      xml[lang] = new TextDecoder().decode(writeAkn(trees[lang]));
      writeFileSync(join(out, `${name}.${lang}.akn.xml`), xml[lang]);
      expect(xml[lang]).toContain(`<FRBRlanguage language="${lang === 'en' ? 'eng' : 'rus'}"/>`);
      expect(xml[lang]).toContain('<FRBRauthoritative value="true"/>');
    }
  });

  it.runIf(hasXmllint())('validates against the OASIS Akoma Ntoso 3.0 schema (xmllint --schema)', () => {
    const r = validate(['en', 'ru'].map((l) => join(out, `${name}.${l}.akn.xml`)));
    expect(r.stderr).not.toMatch(/error/i);
    expect(r.status, r.stderr).toBe(0);
  });

  it('shares one work: the same FRBRWork in both languages, an expression of each', () => {
    const work = (x: string) => x.match(/<FRBRWork>[\s\S]*?<\/FRBRWork>/g);
    expect(work(xml.en)).toEqual(work(xml.ru));
    expect(xml.en).not.toEqual(xml.ru);
  });

  it('gives both languages the same eIds, each once', () => {
    const en = eIdsOf(xml.en);
    const ru = eIdsOf(xml.ru);
    expect(new Set(en).size).toBe(en.length);
    expect([...en].sort()).toEqual([...ru].sort());
    expect(en).toEqual(ru);
  });

  it('resolves every ref to an eId of the same file', () => {
    for (const lang of ['en', 'ru'] as const) {
      const ids = new Set(eIdsOf(xml[lang]));
      for (const target of refTargetsOf(xml[lang])) expect(ids.has(target), `${lang} ref #${target}`).toBe(true);
    }
  });

  it('holds the text of every unit', () => {
    for (const lang of ['en', 'ru'] as const) {
      const text = squash(contentText(xml[lang]));
      for (const para of paragraphTexts(trees[lang])) expect(text, lang).toContain(squash(para));
    }
  });

  it('is the same bytes each time', async () => {
    for (const lang of ['en', 'ru'] as const) expect(writeAkn(await treeOf(file, lang))).toEqual(new TextEncoder().encode(xml[lang]));
  });
});

describe('the samples together', () => {
  it('cross-reference something in at least one sample (so the ref check means something)', () => {
    const all = readdirSync(out).filter((f) => f.endsWith('.xml')).map((f) => readFileSync(join(out, f), 'utf8'));
    expect(all.flatMap(refTargetsOf).length).toBeGreaterThan(10);
  });
});

describe('a note verbale with its enclosure', () => {
  it('is a noteVerbale doc carrying the enclosed memorandum, a work of its own, as an attachment', async () => {
    const xml = new TextDecoder().decode(writeAkn(await treeOf(join(ROOT, 'agreements/note-18-4-58emb.yaml'), 'ru')));
    expect(xml).toMatch(/<doc name="noteVerbale">/);
    expect(xml).toMatch(/<attachment eId="att_1">\s*<doc name="memorandum">/);
    const works = [...xml.matchAll(/<FRBRWork>[\s\S]*?<\/FRBRWork>/g)].map((m) => m[0]);
    expect(works).toHaveLength(2);
    expect(works[1]).toContain('<FRBRuri value="/akn/int/doc/memorandum/');
    expect(works[1]).toMatch(/<FRBRname value="MEMORANDUM[^"]*" xml:lang="en-GB"\/>/i);
    // The letterhead's English lines in the Russian expression: the paragraph says its language, once.
    expect(xml).toContain('<p xml:lang="en-GB">SECRETARIAT OF THE CONFERENCE ON INTERACTION</p>');
  });
});
