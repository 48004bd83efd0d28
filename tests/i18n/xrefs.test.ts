import { describe, expect, it } from 'vitest';
import { crossReference } from '../../src/i18n/index.js';

const NB = '\u00a0';
const words = (s: string) => s.replaceAll(NB, ' ');

describe('crossReference', () => {
  it('names an article in every case', () => {
    const art = { article: 4, items: [] };
    expect(words(crossReference(art, 'en'))).toBe('Article 4');
    expect(words(crossReference(art, 'ru'))).toBe('статья 4');
    expect(words(crossReference(art, 'ru', 'gen'))).toBe('статьи 4');
    expect(words(crossReference(art, 'ru', 'ins'))).toBe('статьёй 4');
  });

  it('names a paragraph of an article', () => {
    const p = { article: 3, paragraph: 2, items: [] };
    expect(words(crossReference(p, 'en'))).toBe('paragraph 2 of Article 3');
    expect(words(crossReference(p, 'ru'))).toBe('пункт 2 статьи 3');
    expect(words(crossReference(p, 'ru', 'pre'))).toBe('пункте 2 статьи 3');
  });

  it('names a list item, with the head noun in the case asked', () => {
    const item = { article: 3, paragraph: 2, items: [{ n: 2, depth: 0 }] };
    expect(words(crossReference(item, 'en'))).toBe('subparagraph (ii) of paragraph 2 of Article 3');
    expect(words(crossReference(item, 'ru'))).toBe('подпункт «б» пункта 2 статьи 3');
    expect(words(crossReference(item, 'ru', 'ins'))).toBe('подпунктом «б» пункта 2 статьи 3');
    const nested = { article: 3, paragraph: 2, items: [{ n: 2, depth: 0 }, { n: 1, depth: 1 }] };
    expect(words(crossReference(nested, 'en'))).toBe('subparagraph (a) of subparagraph (ii) of paragraph 2 of Article 3');
  });

  it('leaves out the paragraph of a single-paragraph article, and the article of an operative part', () => {
    expect(words(crossReference({ article: 3, paragraph: 1, soleParagraph: true, items: [{ n: 2, depth: 0 }] }, 'en'))).toBe('subparagraph (ii) of Article 3');
    expect(words(crossReference({ paragraph: 1, items: [{ n: 4, depth: 0 }] }, 'en'))).toBe('subparagraph (iv) of paragraph 1');
  });

  it('never names an unnumbered paragraph by a number it does not print (issue 9 §6)', () => {
    // The protocol's operative part: the list stands in the only paragraph that has one.
    const op = { paragraph: 1, numbered: false, onlyList: true, items: [{ n: 4, depth: 0 }] };
    expect(words(crossReference(op, 'en'))).toBe('subparagraph (iv)');
    expect(words(crossReference(op, 'ru', 'pre'))).toBe('подпункте «г»');
    // Two paragraphs with lists: the paragraph is named by its place.
    const second = { paragraph: 2, numbered: false, items: [{ n: 1, depth: 0 }] };
    expect(words(crossReference(second, 'en'))).toBe('subparagraph (i) of the second paragraph');
    expect(words(crossReference(second, 'ru', 'ins'))).toBe('подпунктом «а» абзаца второго');
    // A reference to an unnumbered paragraph itself.
    const para = { article: 3, paragraph: 2, numbered: false, items: [] };
    expect(words(crossReference(para, 'en'))).toBe('the second paragraph of Article 3');
    expect(words(crossReference(para, 'ru'))).toBe('абзац второй статьи 3');
    expect(words(crossReference(para, 'ru', 'gen'))).toBe('абзаца второго статьи 3');
    expect(words(crossReference(para, 'ru', 'ins', 3))).toBe('абзацем вторым настоящей статьи');
    expect(words(crossReference({ paragraph: 3, numbered: false, items: [] }, 'ru', 'pre'))).toBe('абзаце третьем');
    // The sole paragraph of an unnumbered article is the article.
    expect(words(crossReference({ article: 5, paragraph: 1, soleParagraph: true, numbered: false, items: [] }, 'en'))).toBe('Article 5');
    // Numbered paragraphs keep their numbers.
    expect(words(crossReference({ article: 3, paragraph: 2, numbered: true, onlyList: true, items: [{ n: 1, depth: 0 }] }, 'en'))).toBe('subparagraph (i) of paragraph 2 of Article 3');
  });

  it('names the article the reference stands in as "this Article" / «настоящая статья», in the case asked', () => {
    const path = { article: 4, paragraph: 1, items: [{ n: 1, depth: 0 }] };
    expect(words(crossReference(path, 'en', 'nom', 4))).toBe('subparagraph (i) of paragraph 1 of this Article');
    expect(words(crossReference(path, 'ru', 'pre', 4))).toBe('подпункте «а» пункта 1 настоящей статьи');
    expect(words(crossReference(path, 'en', 'nom', 3))).toBe('subparagraph (i) of paragraph 1 of Article 4');
    expect(words(crossReference({ article: 4, items: [] }, 'ru', 'ins', 4))).toBe('настоящей статьёй');
    expect(words(crossReference({ article: 4, items: [] }, 'ru', 'acc', 4))).toBe('настоящую статью');
  });
});

