// A realistic parallel memorandum for speed and structure tests: about 1,500 words on 3 A4 pages,
// English on the left, Russian on the right, justified word by word as the layout sets them.
import type { LaidOutDocument, PageItem } from '../../src/layout/types.js';
import { meta, page, paragraph, word } from './fixtures.js';

const EN =
  'The Parties, guided by the purposes and principles of the Charter of the United Nations, ' +
  'shall cooperate in the fields of mutual interest, exchange information on matters of common ' +
  'concern and hold consultations at the level of the Secretariats not less than once a year.';
const RU =
  'Стороны, руководствуясь целями и принципами Устава Организации Объединённых Наций, ' +
  'сотрудничают в областях, представляющих взаимный интерес, обмениваются информацией по ' +
  'вопросам, вызывающим общую озабоченность, и проводят консультации не реже одного раза в год.';

const TOP = 60;
const BOTTOM = 780;
const COLUMN = 215;
const LEFT = 72;
const RIGHT = 72 + COLUMN + 21;

/** Articles (a bold heading and a paragraph, in both columns) until `words` words are set. */
export function memorandum(words = 1500): LaidOutDocument {
  const pages: PageItem[][] = [[]];
  let y = TOP;
  let count = 0;
  for (let article = 1; count < words; article++) {
    const en = paragraph(EN, { x: LEFT, y: y + 18, width: COLUMN, size: 10 });
    const ru = paragraph(RU, { x: RIGHT, y: y + 18, width: COLUMN, size: 10, lang: 'ru-RU' });
    if (Math.max(en.y, ru.y) > BOTTOM && y > TOP) {
      pages.push([]);
      y = TOP;
      article--;
      continue;
    }
    const items = pages[pages.length - 1]!;
    items.push({ kind: 'anchor', id: `art-${article}`, y: y - 12 });
    items.push(word(`Article ${article}`, LEFT, y, 'bold', 11));
    items.push(word(`Статья ${article}`, RIGHT, y, 'bold', 11, 'ru-RU'));
    // Left and right lines of one baseline come one after the other, as a parallel layout emits them.
    const lines = new Map<number, PageItem[]>();
    for (const item of [...en.items, ...ru.items]) lines.set(item.y, [...(lines.get(item.y) ?? []), item]);
    for (const line of [...lines.keys()].sort((a, b) => a - b)) items.push(...lines.get(line)!);
    count += 2 + en.items.length + ru.items.length;
    y = Math.max(en.y, ru.y) + 8;
  }
  for (const items of pages) {
    items.push(word('see Article 1', LEFT, 810, 'italic', 10));
    items.push({ kind: 'link', x: LEFT, y: 800, width: 60, height: 12, target: 'art-1' });
  }
  return { pages: pages.map(page), meta: meta({ lang: 'en-GB' }) };
}

export function wordCount(doc: LaidOutDocument): number {
  let n = 0;
  for (const p of doc.pages) for (const i of p.items) if (i.kind === 'text') n += i.text.split(' ').length;
  return n;
}
