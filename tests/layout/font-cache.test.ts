// Painting the watermark's outlines never takes the characters away from the text's glyphs: fontkit keeps one
// glyph object per id, and a composite's components were made with no characters, so every later "K" of bold
// text stood for nothing in the PDF's ToUnicode map ("AZA HSTAN" read back; found drafting the samples together).
import { expect, it } from 'vitest';
import { FACES, glyphOutline, shape } from '../../src/layout/fonts.js';

const LATIN = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';
const CYRILLIC = 'АБВГДЕЁЖЗИЙКЛМНОПРСТУФХЦЧШЩЪЫЬЭЮЯабвгдеёжзийклмнопрстуфхцчшщъыьэюя';

it('keeps every letter\'s characters after every glyph of the faces was drawn as an outline', () => {
  for (const face of FACES) {
    const ids = new Set([...shape(face, LATIN).glyphs, ...shape(face, CYRILLIC).glyphs]);
    for (let id = 0; id < 600; id++) ids.add(id);
    for (const id of ids) glyphOutline(face, id);
    expect(shape(face, `${LATIN}x`).chars.join('')).toBe(`${LATIN}x`);
    expect(shape(face, `${CYRILLIC}ы`).chars.join('')).toBe(`${CYRILLIC}ы`);
    expect(shape(face, 'KAZAKHSTAN').chars).toEqual([...'KAZAKHSTAN']);
  }
});
