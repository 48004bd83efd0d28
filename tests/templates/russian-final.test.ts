// The Russian text reads as an original (issue 9 §3): the clause agrees with the title, the place stands in
// its case, the parties clause closes as the recitals do, «За» runs on with the party, each text names the
// languages in its own order.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Instrument, RussianNoun } from '../../src/model/types.js';
import { knownTitleNoun } from '../../src/model/title-nouns.js';
import { memorandum, unit } from './fixtures.js';
import { printed } from './helpers.js';

const protocol = (over: Partial<Instrument> = {}): Instrument => ({ ...memorandum(), kind: 'protocol', status: 'final', ...over });
const titled = (en: string, ru: string, noun: RussianNoun = knownTitleNoun(ru)!): Partial<Instrument> => ({ title: { en, ru }, titleNoun: noun });
const finalLine = (tree: string) => tree.split('\n').find((l) => l.startsWith('p(final'))!;

describe('the execution clause agrees with the title', () => {
  it.each([
    ['Protocol', 'Протокол', '"Настоящий Протокол совершён 20'],
    ['Memorandum', 'Меморандум', '"Настоящий Меморандум совершён 20'],
    ['Agreement', 'Соглашение', '"Настоящее Соглашение совершено 20'],
    ['Declaration', 'Декларация', '"Настоящая Декларация совершена 20'],
    ['Programme', 'Программа', '"Настоящая Программа совершена 20'],
  ])('a protocol titled %s: %s', async (en, ru, start) => {
    const a = protocol({ ...titled(en, ru), final: { ...memorandum().final, date: { year: 2020, month: 5, day: 20 } } });
    expect(finalLine(await printed(a, 'ru'))).toContain(start.replace(' 20', ' 20\\u00a0мая'));
    expect(finalLine(await printed(a, 'en'))).toContain(`"The present ${en} was executed on 20`);
  });

  it.each([
    ['Rules', 'Правила', '"Настоящие Правила совершены 20'],
    ['Basic Principles', 'Основные принципы', '"Настоящие Основные принципы совершены 20'],
  ])('a plural title, %s: %s', async (en, ru, start) => {
    const a = protocol({ ...titled(en, ru), final: { ...memorandum().final, date: { year: 2020, month: 5, day: 20 } } });
    expect(finalLine(await printed(a, 'ru'))).toContain(start.replace(' 20', ' 20\\u00a0мая'));
  });

  it('takes the gender of a title the YAML declines', async () => {
    const noun: RussianNoun = { gender: 'n', forms: { nom: 'Совместное заявление', gen: 'Совместного заявления', dat: 'Совместному заявлению', acc: 'Совместное заявление', ins: 'Совместным заявлением', pre: 'Совместном заявлении' } };
    expect(finalLine(await printed(protocol(titled('Joint Statement', 'Совместное заявление', noun)), 'ru'))).toMatch(/^p\(final ru-RU\) "Настоящее Совместное заявление совершено /);
  });
});

describe('the place of signature in its case', () => {
  const at = (status: 'draft' | 'final', ru: { nom: string; pre?: string }) => ({ status, final: { ...memorandum().final, place: { en: { nom: 'Vienna' }, ru } } });

  it('«Совершено в г. Вене», «Настоящий Протокол совершён в г. Вене»; Vienna in English', async () => {
    expect(finalLine(await printed(memorandum(at('final', { nom: 'Вена', pre: 'Вене' })), 'ru'))).toMatch(/^p\(final ru-RU\) "Совершено в\\u00a0г\.\\u00a0Вене /);
    expect(finalLine(await printed(protocol(at('final', { nom: 'Вена', pre: 'Вене' })), 'ru'))).toMatch(/^p\(final ru-RU\) "Настоящий Меморандум совершён в\\u00a0г\.\\u00a0Вене /);
    expect(finalLine(await printed(memorandum(at('final', { nom: 'Вена', pre: 'Вене' })), 'en'))).toMatch(/^p\(final en-GB\) "Done in Vienna on /);
  });

  it('a draft without the prepositional prints the nominative meanwhile (validate warns)', async () => {
    expect(finalLine(await printed(memorandum(at('draft', { nom: 'Вена' })), 'ru'))).toMatch(/"Совершено в\\u00a0г\.\\u00a0Вена /);
  });
});

describe('the parties clause closes as the recitals do', () => {
  const clause = async (a: Instrument, lang: 'en' | 'ru') => (await printed(a, lang)).split('\n').find((l) => l.startsWith('p(parties'))!;

  it.each([
    ['memorandum', ';', ';'], ['memorandum', ',', ','], ['protocol', ';', ';'], ['protocol', ',', ','],
  ] as const)('%s, recitals closing with «%s»', async (kind, mark, expected) => {
    const a: Instrument = { ...memorandum(), kind, preamble: [unit(`noting the first${mark}`, `отмечая первое${mark}`), unit('noting more', 'отмечая ещё')] };
    expect(await clause(a, 'ru')).toMatch(new RegExp(`далее именуемые Сторонами${expected}"$`));
    expect(await clause(a, 'en')).toMatch(new RegExp(`hereinafter referred to as the Parties${expected}"$`));
  });

  it('a comma when no recital follows, or none closes with , or ;', async () => {
    expect(await clause({ ...memorandum(), kind: 'protocol', preamble: [] }, 'ru')).toMatch(/Сторонами,"$/);
    expect(await clause({ ...memorandum(), kind: 'protocol', preamble: [unit('noting', 'отмечая')] }, 'ru')).toMatch(/Сторонами,"$/);
  });
});

describe('signature columns', () => {
  it('Russian runs «За» on with the party, in the accusative; English keeps "For" on its own line', async () => {
    const ru = await printed(protocol(), 'ru');
    expect(ru).toContain('heading p(signatureParty ru-RU) "За\\u00a0Секретариат ААА-acc"');
    expect(ru).not.toMatch(/"За"$/m);
    const en = await printed(protocol(), 'en');
    expect(en).toContain('heading p(signatureParty en-GB) "For"\n');
  });

  it('a memorandum has no «За»', async () => {
    expect(await printed(memorandum({ status: 'final' }), 'ru')).not.toContain('"За');
  });
});

describe('each text names the languages in its own order', () => {
  it('follows final.languages by default, final.languageOrder where given', async () => {
    const base = memorandum();
    expect(finalLine(await printed(base, 'en'))).toContain('in Russian and English languages');
    expect(finalLine(await printed(base, 'ru'))).toContain('на\\u00a0русском и\\u00a0английском языках');
    const own = memorandum({ final: { ...base.final, languageOrder: { en: ['en', 'ru'] } } });
    expect(finalLine(await printed(own, 'en'))).toContain('in English and Russian languages');
    expect(finalLine(await printed(own, 'ru'))).toContain('на\\u00a0русском и\\u00a0английском языках');
    const both = protocol({ final: { ...base.final, languages: ['en', 'ru'], languageOrder: { ru: ['ru', 'en'] } } });
    expect(finalLine(await printed(both, 'en'))).toContain('in English and Russian languages');
    expect(finalLine(await printed(both, 'ru'))).toContain('на\\u00a0русском и\\u00a0английском языках');
  });
});

describe('no template or starter hard-codes what agrees with the title or the silence wording', () => {
  const root = new URL('../../', import.meta.url);
  const files = (dir: string): string[] => readdirSync(new URL(dir, root), { withFileTypes: true })
    .flatMap((e) => (e.isDirectory() ? files(`${dir}${e.name}/`) : [`${dir}${e.name}`]));

  it('every «настоящ…» and instrument noun in templates/ comes from titleNoun (comments aside)', () => {
    const hard = files('templates/').filter((f) => f.endsWith('.hbs')).flatMap((f) => {
      const text = readFileSync(new URL(f, root), 'utf8').replace(/\{\{!--[\s\S]*?--\}\}/g, '');
      return [...text.matchAll(/[Нн]астоящ\p{L}*|Меморандум\p{L}*|Протокол\p{L}*|Соглашени\p{L}*/gu)].map((m) => `${f}: ${m[0]}`);
    });
    expect(hard).toEqual([]);
  });

  it('the silence procedure does not expire, its term does: «срок которой истекает»', () => {
    const texts = [...files('agreements/'), ...files('src/model/starters/'), 'docs/format.md'].map((f) => readFileSync(new URL(f, root), 'utf8'));
    expect(texts.filter((t) => /процедур\p{L}* умолчания,? истекающ/u.test(t))).toEqual([]);
    expect(readFileSync(new URL('agreements/note-18-4-58emb.yaml', root), 'utf8')).toContain('по процедуре умолчания, срок которой истекает [[deadline]]');
  });
});
