// Agreements built in code (typed against src/model/types.ts), for tests that need exact control of the input.
import { inlineOf } from '../../src/model/markup.js';
import type { Instrument, Item, NameForms, Note, Paragraph, Party, Texts, Unit } from '../../src/model/types.js';

export const FILE = 'fixture.yaml';

export function at(line: number, col = 1) {
  return { file: FILE, start: { line, col } };
}

export function unit(en: string, ru: string, id?: string, line = 1): Unit {
  return { ...(id ? { id } : {}), text: { en, ru }, inline: inlineOf({ en, ru }), src: { en: at(line, 9), ru: at(line + 1, 9) } };
}

/** A unit of these texts with no source position (the model's parser makes its inlines, as the walk does). */
export function bare(text: Texts): Unit {
  return { text, inline: inlineOf(text), src: {} };
}

export function para(en: string, ru: string, id?: string, items: Item[] = [], line = 1): Paragraph {
  return { ...unit(en, ru, id, line), items };
}

export function item(en: string, ru: string, id?: string, items: Item[] = []): Item {
  return { ...unit(en, ru, id), items };
}

export function forms(en: string, ru: string): NameForms {
  const cases = { nom: ru, gen: `${ru}-gen`, dat: `${ru}-dat`, acc: `${ru}-acc`, ins: `${ru}-ins`, pre: `${ru}-pre` };
  return { en: { nom: en }, ru: cases };
}

export function party(id: string, abbr: Texts): Party {
  return {
    id,
    name: forms(`the Secretariat of ${abbr.en}`, `Секретариат ${abbr.ru}`),
    abbr,
    short: forms(`the ${abbr.en} Secretariat`, `Секретариат ${abbr.ru}`),
    src: at(10),
  };
}

export function memorandum(over: Partial<Instrument> = {}): Instrument {
  return {
    kind: 'memorandum',
    status: 'draft',
    specimen: false,
    title: { en: 'Memorandum', ru: 'Меморандум' },
    titleNoun: { gender: 'm', forms: { nom: 'Меморандум', gen: 'Меморандума', dat: 'Меморандуму', acc: 'Меморандум', ins: 'Меморандумом', pre: 'Меморандуме' } },
    subtitle: { en: 'of understanding', ru: 'о взаимопонимании' },
    parties: [party('a', { en: 'AAA', ru: 'ААА' }), party('b', { en: 'BBB', ru: 'БББ' })],
    collective: { en: { nom: 'the Parties' }, ru: { nom: 'Стороны', ins: 'Сторонами' } },
    preamble: [unit('noting the first,', 'отмечая первое,')],
    articles: [
      { id: 'art-one', paragraphs: [para('One [[art-two]] and [[p-two:gen]].', 'Раз [[art-two:ins]] и [[p-two:gen]].', 'p-one', [], 20)], numbered: false, src: at(19) },
      {
        id: 'art-two',
        heading: unit('Second', 'Вторая'),
        numbered: true,
        paragraphs: [
          para('First', 'Первый'),
          para('Second:', 'Второй:', 'p-two', [item('x;', 'икс;', 'it-x'), item('y.', 'игрек.', 'it-y', [item('deep', 'глубоко', 'it-deep')])]),
        ],
        src: at(30),
      },
    ],
    operative: [],
    final: { date: { year: 2020 }, originals: 2, languages: ['ru', 'en'], equallyAuthentic: false, custody: [{ party: 'a' }, { party: 'b' }], extra: [], alternat: false, languageOrder: {} },
    signatories: [
      { party: 'a', name: { en: 'A. Person', ru: 'А. Лицо' }, title: { en: 'Head', ru: 'Глава' }, src: at(50) },
      { party: 'b', src: at(52) },
    ],
    annexes: [],
    src: { file: FILE },
    ...over,
  };
}

export function note(over: Partial<Note> = {}): Note {
  return {
    kind: 'note',
    status: 'final',
    specimen: false,
    letterhead: [{ en: 'SECRETARIAT', ru: 'СЕКРЕТАРИАТ' }],
    sender: { name: forms('The Secretariat of X (X)', 'Секретариат Х (Х)'), short: forms('The Secretariat', 'Секретариат') },
    reference: '18-4/58emb',
    addressees: { name: forms('the Embassies', 'Посольства'), short: forms('the Embassies', 'Посольства') },
    addressBlock: [{ en: 'EMBASSIES', ru: 'ПОСОЛЬСТВА' }],
    body: [unit('Expiring on [[deadline]].', 'Истекающей [[deadline]].', 'circulate'), unit('Second.', 'Второе.')],
    silence: { deadline: { year: 2020, month: 3, day: 21 } },
    enclosure: { file: 'm.yaml', path: '/x/m.yaml', after: 'circulate', src: at(40) },
    place: { en: 'Nur-Sultan', ru: 'Нур-Султан' },
    date: { year: 2020, month: 3, day: 11 },
    src: { file: FILE },
    ...over,
  };
}
