import { describe, expect, it } from 'vitest';
import { bindingSpaces, typeset, typographicQuotes } from '../../src/i18n/index.js';

const NB = '\u00a0';

describe('Russian typography', () => {
  it('turns straight quotes into «ёлочки», nested into „лапки“', () => {
    expect(typeset('компания "Газпром"', 'ru')).toBe('компания «Газпром»');
    expect(typeset('"Он сказал "да" вчера"', 'ru')).toBe('«Он сказал „да“ вчера»');
  });

  it('turns an apostrophe into ’ and counts quotes already typographic for nesting', () => {
    expect(typeset("д'Артаньян", 'ru')).toBe('д’Артаньян');
    expect(typographicQuotes('«Он сказал "да" вчера»', 'ru')).toBe('«Он сказал „да“ вчера»');
    expect(typographicQuotes('«а» и "б"', 'ru')).toBe('«а» и «б»');
  });

  it('binds № and г. and «года» to their numbers', () => {
    expect(typeset('№ 18-4/58emb', 'ru')).toBe(`№${NB}18-4/58emb`);
    expect(typeset('20 мая 2014 года', 'ru')).toBe(`20 мая 2014${NB}года`);
    expect(typeset('в 2017 г.', 'ru')).toBe(`в 2017${NB}г.`);
  });

  it('keeps the digit groups of a number together («150 000»)', () => {
    expect(typeset('составляет 150 000 долларов', 'ru')).toBe(`составляет 150${NB}000 долларов`);
    expect(typeset('1 250 000', 'ru')).toBe(`1${NB}250${NB}000`);
    expect(typeset('в 2017 году 30 дней', 'ru')).toBe(`в 2017${NB}году 30 дней`);
  });

  it('binds initials to the surname', () => {
    expect(typeset('С. Зась', 'ru')).toBe(`С.${NB}Зась`);
    expect(typeset('подписал С. А. Зась', 'ru')).toBe(`подписал С.${NB}А.${NB}Зась`);
  });

  it('turns a spaced hyphen into a dash with a no-break space before it', () => {
    expect(typeset('один - в Секретариате', 'ru')).toBe(`один${NB}— в Секретариате`);
  });

  it('is idempotent', () => {
    const once = typeset('"Да" - сказал С. Зась 20 мая 2014 года, № 5', 'ru');
    expect(typeset(once, 'ru')).toBe(once);
  });
});

describe('English typography', () => {
  it('binds "Article 1" and "No. 18"', () => {
    expect(typeset('under Article 4 and No. 18', 'en')).toBe(`under Article${NB}4 and No.${NB}18`);
  });

  it('turns straight quotes and apostrophes into typographic ones', () => {
    expect(typeset('the "Parties"', 'en')).toBe('the “Parties”');
    expect(typeset("CICA's Guidelines and the Parties' consent", 'en')).toBe('CICA’s Guidelines and the Parties’ consent');
    expect(typeset(`"the term 'member State' means", he said`, 'en')).toBe('“the term ‘member State’ means”, he said');
    expect(typeset('("Annex") and — "this"', 'en')).toBe('(“Annex”) and — “this”');
    expect(typeset("in the '90s", 'en')).toBe('in the ’90s');
  });

  it('is idempotent and keeps the length of the text (source positions stay true)', () => {
    for (const text of [`"a 'b' c" d's`, '"Parties"']) {
      const once = typeset(text, 'en');
      expect(typeset(once, 'en')).toBe(once);
      expect(once.length).toBe(text.length);
    }
  });
});

describe('bindingSpaces: spaces that must not break', () => {
  /** The text with each binding space shown as "~". */
  const bound = (text: string, lang: 'en' | 'ru', shortWords = false) => {
    const at = new Set(bindingSpaces(text, lang, shortWords));
    return [...text].map((c, i) => (at.has(i) ? '~' : c)).join('');
  };

  // The day never parts from its month, nor a Russian year from «года»; the year may begin a line, so that a long
  // date («от 14 марта 2007 года») is not one box that leaves a line loose in Word.
  it('keeps a day with its month, and a Russian year with «года», in both languages', () => {
    expect(bound('signed on 14 March 2007 and on May 20, 2014; 2020 May be', 'en')).toBe('signed on 14~March 2007 and on May~20, 2014; 2020 May be');
    expect(bound('from March 2007 to May 2014, 2 May', 'en')).toBe('from March 2007 to May 2014, 2~May');
    expect(bound('от 20 мая 2014 года и 1 декабря', 'ru')).toBe('от 20~мая 2014~года и 1~декабря');
    expect(bound('в 2026 г. и в течение 2 лет, 3 годам', 'ru')).toBe('в 2026~г. и в течение 2 лет, 3~годам');
    expect(bound('майский 5 маятников', 'ru')).toBe('майский 5 маятников');
  });

  it('never begins a line with a spaced dash, in either language', () => {
    expect(bound('Chairman of the Executive Committee – Executive Secretary', 'en')).toBe('Chairman of the Executive Committee~– Executive Secretary');
    expect(bound('взнос (далее — Взнос) на', 'ru')).toBe('взнос (далее~— Взнос) на');
    expect(bound('long-term co-operation', 'en')).toBe('long-term co-operation');
  });

  it('binds a Russian abbreviation to what it stands before: «г. Астана», «п. 2», «т. е.»', () => {
    expect(bound('проекты (г. Алматы, 2026 год) и в г. Астане; г. Вена', 'ru')).toBe('проекты (г.~Алматы, 2026~год) и в г.~Астане; г.~Вена');
    expect(bound('согласно ст. 5, п. 2 и подп. «а», пп. 1 и ч. 3, т. е. и т. д.', 'ru')).toBe('согласно ст.~5, п.~2 и подп.~«а», пп.~1 и ч.~3, т.~е. и т.~д.');
    // Not inside a word, and not «г.» closing a sentence before an ordinary word.
    expect(bound('Вег. Астана 2020 г. в Вене; пост. 5', 'ru')).toBe('Вег. Астана 2020~г. в Вене; пост. 5');
  });

  it('keeps a pair of acronyms together, but not the words of a title in capitals', () => {
    expect(bound('the SCO RATS and the CICA Secretariat', 'en')).toBe('the SCO~RATS and the CICA Secretariat');
    expect(bound('Исполнительный комитет РАТС ШОС', 'ru')).toBe('Исполнительный комитет РАТС~ШОС');
    expect(bound('PROTOCOL ON COOPERATION OF THE SCO RATS', 'en')).toBe('PROTOCOL ON COOPERATION OF THE SCO RATS');
  });

  it('binds Russian one-letter words and short prepositions only when asked (free line ends)', () => {
    const text = 'хранится в Секретариате, а также по вопросам и к «Сторонам» с ним; В целях О ПОРЯДКЕ';
    expect(bound(text, 'ru')).toBe(text);
    expect(bound(text, 'ru', true)).toBe('хранится в~Секретариате, а~также по~вопросам и~к~«Сторонам» с~ним; В~целях О~ПОРЯДКЕ');
    expect(bound('в2 ав вы', 'ru', true)).toBe('в2 ав вы');
    expect(bound('не может, ни одна, но также из них от него до него', 'ru', true)).toBe('не~может, ни~одна, но~также из~них от~него до~него');
    // A particle binds to the word before it; a word that only ends like one does not.
    expect(bound('если же Сторона, могла бы она, узнали ли, Фаберже и Нобели', 'ru', true)).toBe('если~же Сторона, могла~бы она, узнали~ли, Фаберже и~Нобели');
    // English binds its short words when asked, which only a title asks (templates/typeset.ts).
    expect(bound('a dog in a box', 'en')).toBe('a dog in a box');
    expect(bound('a dog in a box of the Conference on Interaction', 'en', true)).toBe('a~dog in~a~box of~the~Conference on~Interaction');
  });
});
