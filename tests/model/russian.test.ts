// The Russian grammar the model works out or asks for (issue 9 §3): the title's gender and forms, the place's
// prepositional, the order in which each text names the languages.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkAgreementText } from '../../src/model/index.js';
import { likelyPrepositional } from '../../src/model/rules/place-case.js';
import { knownTitleNoun } from '../../src/model/title-nouns.js';
import type { Instrument } from '../../src/model/types.js';

const protocol = readFileSync(new URL('./fixtures/protocol.yaml', import.meta.url), 'utf8');
const memo = readFileSync(new URL('./fixtures/memorandum.yaml', import.meta.url), 'utf8');
const edit = (text: string, from: string, to: string) => {
  expect(text).toContain(from);
  return text.replace(from, to);
};
const TITLE = 'title: { en: Protocol, ru: Протокол }';
const load = (text: string) => checkAgreementText(text, 'p.yaml');
const instrument = (text: string): Instrument => {
  const r = load(text);
  if (!r.ok || r.value.kind === 'note') throw new Error(JSON.stringify(r.diagnostics));
  return r.value;
};

describe('the title: gender and case forms', () => {
  it.each([
    ['Меморандум', 'm', 'Меморандума', 'Меморандуму', 'Меморандумом'],
    ['Протокол', 'm', 'Протокола', 'Протоколу', 'Протоколом'],
    ['Договор', 'm', 'Договора', 'Договору', 'Договором'],
    ['План', 'm', 'Плана', 'Плану', 'Планом'],
    ['Соглашение', 'n', 'Соглашения', 'Соглашению', 'Соглашением'],
    ['Декларация', 'f', 'Декларации', 'Декларации', 'Декларацией'],
    ['Конвенция', 'f', 'Конвенции', 'Конвенции', 'Конвенцией'],
    ['Программа', 'f', 'Программы', 'Программе', 'Программой'],
    ['Коммюнике', 'n', 'Коммюнике', 'Коммюнике', 'Коммюнике'],
  ])('declines the known noun «%s»', (nom, gender, gen, dat, ins) => {
    const noun = knownTitleNoun(nom)!;
    expect(noun.gender).toBe(gender);
    expect([noun.forms.nom, noun.forms.gen, noun.forms.dat, noun.forms.ins]).toEqual([nom, gen, dat, ins]);
  });

  it('keeps the capitals as written and knows nothing of other words', () => {
    expect(knownTitleNoun('СОГЛАШЕНИЕ')?.forms.gen).toBe('СОГЛАШЕНИЯ');
    expect(knownTitleNoun('соглашение')?.forms.pre).toBe('соглашении');
    expect(knownTitleNoun('Хартия ЮНЕСКО')).toBeUndefined();
    expect(knownTitleNoun('Дорожная карта')).toBeUndefined();
    expect(knownTitleNoun('Меморандум о взаимопонимании')).toBeUndefined();
    // an adjective whose ending does not agree with the noun is not declined
    expect(knownTitleNoun('Совместный заявление')).toBeUndefined();
  });

  it.each([
    ['Дополнительный протокол', 'm', 'Дополнительного протокола', 'Дополнительным протоколом', 'Дополнительном протоколе'],
    ['Совместное заявление', 'n', 'Совместного заявления', 'Совместным заявлением', 'Совместном заявлении'],
    ['Рамочное Соглашение', 'n', 'Рамочного Соглашения', 'Рамочным Соглашением', 'Рамочном Соглашении'],
    ['Совместная декларация', 'f', 'Совместной декларации', 'Совместной декларацией', 'Совместной декларации'],
    ['Общая программа', 'f', 'Общей программы', 'Общей программой', 'Общей программе'],
    ['Общий план', 'm', 'Общего плана', 'Общим планом', 'Общем плане'],
    ['Дополнительный\nПротокол', 'm', 'Дополнительного\nПротокола', 'Дополнительным\nПротоколом', 'Дополнительном\nПротоколе'],
  ])('declines «%s» with its adjectives', (nom, gender, gen, ins, pre) => {
    const noun = knownTitleNoun(nom)!;
    expect([noun.gender, noun.forms.gen, noun.forms.ins, noun.forms.pre]).toEqual([gender, gen, ins, pre]);
    expect(noun.forms.acc).toBe(gender === 'f' ? nom.replace(/ая(\s)/, 'ую$1').replace(/ия$/, 'ию').replace(/а$/, 'у') : nom);
  });

  it.each([
    // nom, gen, dat, acc, ins, pre: inanimate plurals, whose accusative is the nominative
    ['Правила', 'Правил', 'Правилам', 'Правила', 'Правилами', 'Правилах'],
    ['Принципы', 'Принципов', 'Принципам', 'Принципы', 'Принципами', 'Принципах'],
    ['Основы', 'Основ', 'Основам', 'Основы', 'Основами', 'Основах'],
    ['Направления', 'Направлений', 'Направлениям', 'Направления', 'Направлениями', 'Направлениях'],
    ['Договорённости', 'Договорённостей', 'Договорённостям', 'Договорённости', 'Договорённостями', 'Договорённостях'],
    ['Основные принципы', 'Основных принципов', 'Основным принципам', 'Основные принципы', 'Основными принципами', 'Основных принципах'],
    ['Общие правила', 'Общих правил', 'Общим правилам', 'Общие правила', 'Общими правилами', 'Общих правилах'],
    ['Основные направления', 'Основных направлений', 'Основным направлениям', 'Основные направления', 'Основными направлениями', 'Основных направлениях'],
  ])('declines the plural title «%s»', (nom, gen, dat, acc, ins, pre) => {
    const noun = knownTitleNoun(nom)!;
    expect(noun.gender).toBe('pl');
    expect(noun.forms).toEqual({ nom, gen, dat, acc, ins, pre });
  });

  it('leaves «Положения» (also a case of «Положение») and a singular adjective before a plural to the YAML', () => {
    expect(knownTitleNoun('Положения')).toBeUndefined();
    expect(knownTitleNoun('Основной принципы')).toBeUndefined();
  });

  it('takes gender: pl for a plural title the YAML declines, and refuses a contradiction', () => {
    const forms = { nom: 'Положения', gen: 'Положений', dat: 'Положениям', acc: 'Положения', ins: 'Положениями', pre: 'Положениях' };
    const yaml = `title:\n  en: Provisions\n  ru: { ${Object.entries(forms).map(([c, f]) => `${c}: ${f}`).join(', ')}, gender: pl }`;
    expect(instrument(edit(protocol, TITLE, yaml)).titleNoun).toEqual({ gender: 'pl', forms });
    const r = load(edit(protocol, TITLE, 'title:\n  en: Rules\n  ru: { nom: Правила, gender: f }'));
    const d = r.diagnostics.find((x) => x.code === 'BAD_VALUE')!;
    expect([d.field, d.message]).toEqual(['title.ru.gender', '«Правила» is plural (pl), not f.']);
    const bad = load(edit(protocol, TITLE, 'title:\n  en: Rules\n  ru: { nom: Правила, gender: plural }')).diagnostics.find((x) => x.code === 'BAD_VALUE')!;
    expect(bad.message).toContain('pl (a plural title)');
  });

  it('infers a known title given as a plain string', () => {
    const p = instrument(edit(protocol, TITLE, 'title: { en: Agreement, ru: Соглашение }'));
    expect(p.title.ru).toBe('Соглашение');
    expect(p.titleNoun).toEqual({ gender: 'n', forms: { nom: 'Соглашение', gen: 'Соглашения', dat: 'Соглашению', acc: 'Соглашение', ins: 'Соглашением', pre: 'Соглашении' } });
  });

  it('takes the forms and gender the YAML states for any other title', () => {
    const forms = { nom: 'Дорожная карта', gen: 'Дорожной карты', dat: 'Дорожной карте', acc: 'Дорожную карту', ins: 'Дорожной картой', pre: 'Дорожной карте' };
    const yaml = `title:\n  en: Roadmap\n  ru: { ${Object.entries(forms).map(([c, f]) => `${c}: ${f}`).join(', ')}, gender: f }`;
    const p = instrument(edit(protocol, TITLE, yaml));
    expect(p.title).toEqual({ en: 'Roadmap', ru: 'Дорожная карта' });
    expect(p.titleNoun).toEqual({ gender: 'f', forms });
  });

  it('completes a known noun given as forms, and keeps a form the officer wrote', () => {
    const p = instrument(edit(protocol, TITLE, 'title: { en: Agreement, ru: { nom: Соглашение, ins: Соглашеньем } }'));
    expect(p.titleNoun.gender).toBe('n');
    expect(p.titleNoun.forms.gen).toBe('Соглашения');
    expect(p.titleNoun.forms.ins).toBe('Соглашеньем');
  });

  it('an unknown title is an error at its Russian text, with a did-you-mean for a misspelt known noun', () => {
    const r = load(edit(protocol, TITLE, 'title: { en: Protocol, ru: Протакол }'));
    expect(r.ok).toBe(false);
    const d = r.diagnostics.find((x) => x.code === 'TITLE_GENDER')!;
    expect([d.field, d.span?.start.line, d.span?.start.col]).toEqual(['title.ru', 5, 28]);
    expect(d.hint).toContain('«Протокол»');
  });
});

describe('the place of signature', () => {
  const place = (text: string, ru: string) => edit(text, text === protocol ? '  date: 2017-09-20\n' : '  date: 2020\n',
    `  place: { en: Vienna, ru: ${ru} }\n${text === protocol ? '  date: 2017-09-20\n' : '  date: 2020\n'}`);

  it('takes case forms; the prepositional reaches the model', () => {
    expect(instrument(place(protocol, '{ nom: Вена, pre: Вене }')).final.place).toEqual({ en: { nom: 'Vienna' }, ru: { nom: 'Вена', pre: 'Вене' } });
  });

  it('a plain Russian place is an error in a final, with the form to write', () => {
    const r = load(place(protocol, 'Вена'));
    expect(r.ok).toBe(false);
    expect(r.diagnostics.map((d) => [d.code, d.severity, d.field, `${d.span?.start.line}:${d.span?.start.col}`])).toEqual([['PLACE_CASE_FORM', 'error', 'final.place.ru', '46:28']]);
    expect(r.diagnostics[0]!.hint).toContain('ru: { nom: Вена, pre: Вене }');
  });

  it('is a warning in a draft, which still loads', () => {
    const r = load(place(memo, 'Вена'));
    expect(r.ok).toBe(true);
    expect(r.diagnostics.map((d) => [d.code, d.severity])).toEqual([['PLACE_CASE_FORM', 'warning']]);
  });

  it.each([
    ['Вена', 'Вене'], ['Астана', 'Астане'], ['Нур-Султан', 'Нур-Султане'], ['Ташкент', 'Ташкенте'], ['Москва', 'Москве'],
    ['Душанбе', 'Душанбе'], ['Баку', 'Баку'], ['Алматы', 'Алматы'], ['Санкт-Петербург', 'Санкт-Петербурге'], ['Брюссель', 'Брюсселе'],
    ['Казань', 'Казани'], ['Шанхай', 'Шанхае'], ['Александрия', 'Александрии'],
  ])('suggests «в г. %s» -> «%s» in the hint', (nom, pre) => {
    expect(likelyPrepositional(nom)).toBe(pre);
  });
});

describe('final.languageOrder', () => {
  const order = (yaml: string) => edit(protocol, '  equallyAuthentic: true\n', `  languageOrder: ${yaml}\n  equallyAuthentic: true\n`);

  it('gives each text its own order; a text not named keeps final.languages', () => {
    expect(instrument(order('{ ru: [ru, en] }')).final.languageOrder).toEqual({ ru: ['ru', 'en'] });
    expect(instrument(protocol).final.languageOrder).toEqual({});
  });

  it('must name the languages of the originals, each once', () => {
    for (const bad of ['{ ru: [ru] }', '{ en: [en, ru, en] }', '{ ru: [ru, ru] }']) {
      expect(load(order(bad)).diagnostics.map((d) => d.code), bad).toEqual(['BAD_VALUE']);
    }
  });

  it('a misspelt key gets a did-you-mean through the schema', () => {
    const d = load(edit(protocol, '  equallyAuthentic: true\n', '  languageOrdre: { ru: [ru, en] }\n  equallyAuthentic: true\n')).diagnostics;
    expect(d.map((x) => [x.code, x.hint])).toEqual([['UNKNOWN_KEY', 'Did you mean `languageOrder`?']]);
  });
});

describe('the text names the instrument as its title does (TITLE_MISMATCH, a warning)', () => {
  const SENTENCE = '  - en: "The Parties shall keep confidential the information received under [[exchange]]."\n    ru: "Стороны обеспечивают конфиденциальность информации, полученной в соответствии с [[exchange:ins]]."';
  const says = (en: string, ru: string, title = TITLE) => edit(edit(protocol, SENTENCE, `  - en: "${en}"\n    ru: "${ru}"`), TITLE, title);
  const found = (text: string) => {
    const r = load(text);
    expect(r.ok).toBe(true);
    return r.diagnostics.map((d) => [d.code, d.severity, d.field, `${d.span?.start.line}:${d.span?.start.col}`]);
  };

  it('is quiet when the text names the title', () => {
    expect(found(says('This Protocol binds.', 'Настоящий Протокол и положения настоящего Протокола обязательны.'))).toEqual([]);
  });

  it('warns at «настоящего Протокола» and "this Protocol" in an instrument titled Agreement / «Соглашение»', () => {
    expect(found(says('This Protocol binds.', 'Положения настоящего Протокола обязательны.', 'title: { en: Agreement, ru: Соглашение }'))).toEqual([
      ['TITLE_MISMATCH', 'warning', 'operative[1].en', '43:10'],
      ['TITLE_MISMATCH', 'warning', 'operative[1].ru', '44:20'],
    ]);
  });

  it('warns at «настоящий Соглашение», which does not agree with the neuter title', () => {
    const d = load(says('This Agreement binds.', 'Настоящий Соглашение обязателен.', 'title: { en: Agreement, ru: Соглашение }')).diagnostics;
    expect(d.map((x) => [x.code, x.hint])).toEqual([['TITLE_MISMATCH', 'Write «настоящее Соглашение».']]);
  });

  it('leaves other words after «настоящий» alone (статья, пункт, a lower-case noun)', () => {
    expect(found(says('Under this Article.', 'В соответствии с настоящей статьёй и настоящим решением.'))).toEqual([]);
  });
});

describe('TITLE_MISMATCH with a title of several words', () => {
  const SENTENCE = '    ru: "Стороны обеспечивают конфиденциальность информации, полученной в соответствии с [[exchange:ins]]."';
  const ruSays = (ru: string) => load(edit(edit(protocol, SENTENCE, `    ru: "${ru}"`), TITLE, 'title: { en: Additional Protocol, ru: Дополнительный протокол }')).diagnostics.map((d) => d.code);

  it('accepts the full title and its noun alone, in any case', () => {
    expect(ruSays('В рамках настоящего Дополнительного протокола и настоящим Протоколом.')).toEqual([]);
  });

  it('warns at another instrument and at a disagreeing «настоящ…»', () => {
    expect(ruSays('В рамках настоящего Соглашения.')).toEqual(['TITLE_MISMATCH']);
    expect(ruSays('В рамках настоящей Дополнительного протокола.')).toEqual(['TITLE_MISMATCH']);
  });
});
