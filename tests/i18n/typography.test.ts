import { describe, expect, it } from 'vitest';
import { typeset } from '../../src/i18n/index.js';

const NB = '\u00a0';

describe('Russian typography', () => {
  it('turns straight quotes into «ёлочки», nested into „лапки“', () => {
    expect(typeset('компания "Газпром"', 'ru')).toBe('компания «Газпром»');
    expect(typeset('"Он сказал "да" вчера"', 'ru')).toBe('«Он сказал „да“ вчера»');
  });

  it('binds № and г. and «года» to their numbers', () => {
    expect(typeset('№ 18-4/58emb', 'ru')).toBe(`№${NB}18-4/58emb`);
    expect(typeset('20 мая 2014 года', 'ru')).toBe(`20 мая 2014${NB}года`);
    expect(typeset('в 2017 г.', 'ru')).toBe(`в 2017${NB}г.`);
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

  it('leaves quotes alone', () => {
    expect(typeset('the "Parties"', 'en')).toBe('the "Parties"');
  });
});
