// A page that shows every letter the agreements use, in the four faces, large enough to see each glyph.
import type { Face, LaidOutDocument, PageItem } from '../../src/layout/types.js';
import { meta, page, word } from './fixtures.js';

export const GLYPH_LINES = [
  'ABCDEFGHIJKLMNOPQRSTUVWXYZ',
  'abcdefghijklmnopqrstuvwxyz 0123456789',
  'АБВГДЕЁЖЗИЙКЛМНОПРСТУФХЦЧШЩЪЫЬЭЮЯ',
  'абвгдеёжзийклмнопрстуфхцчшщъыьэюя',
  '«» — – № § ( ) , . ; : ’ “ ” % / -',
];

export function glyphSheet(): LaidOutDocument {
  const faces: Face[] = ['regular', 'italic', 'bold', 'boldItalic'];
  const items: PageItem[] = [];
  let y = 60;
  for (const face of faces) {
    for (const line of GLYPH_LINES) {
      items.push(word(line, 40, y, face, 15, /[а-я]/i.test(line) ? 'ru-RU' : 'en-GB'));
      y += 24;
    }
    y += 12;
  }
  return { pages: [page(items)], meta: meta() };
}
