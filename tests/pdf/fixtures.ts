// Hand-built LaidOutDocuments for the PDF writer's tests: words placed as a layout would place them.
import type { Face, LaidOutDocument, Page, PageItem, TextItem } from '../../src/layout/types.js';
import { PAGE_SIZES } from '../../src/layout/types.js';
import type { LangTag } from '../../src/document/index.js';
import { measure as layoutMeasure } from '../../src/layout/fonts.js';

const A4 = PAGE_SIZES.A4;

export const measure = layoutMeasure;

export function word(text: string, x: number, y: number, face: Face = 'regular', size = 12, lang: LangTag = 'en-GB'): TextItem {
  return { kind: 'text', x, y, face, size, text, width: measure(face, size, text), lang };
}

/** Greedy lines of word items, justified to `width` except the last; returns the items and the next y. */
export function paragraph(
  text: string,
  opts: { x: number; y: number; width: number; face?: Face; size?: number; lang?: LangTag; leading?: number },
): { items: TextItem[]; y: number } {
  const face = opts.face ?? 'regular';
  const size = opts.size ?? 11;
  const space = measure(face, size, ' ');
  const words = text.split(' ').filter(Boolean).map((w) => word(w, 0, 0, face, size, opts.lang));
  const lines: TextItem[][] = [[]];
  let used = 0;
  for (const w of words) {
    const line = lines[lines.length - 1]!;
    if (line.length > 0 && used + space + w.width > opts.width) {
      lines.push([w]);
      used = w.width;
    } else {
      used += (line.length > 0 ? space : 0) + w.width;
      line.push(w);
    }
  }
  let y = opts.y;
  const items: TextItem[] = [];
  lines.forEach((line, i) => {
    const natural = line.reduce((s, w) => s + w.width, 0);
    const last = i === lines.length - 1;
    const gap = last || line.length < 2 ? space : (opts.width - natural) / (line.length - 1);
    let x = opts.x;
    for (const w of line) {
      items.push({ ...w, x, y });
      x += w.width + gap;
    }
    y += opts.leading ?? size * 1.4;
  });
  return { items, y };
}

export function meta(overrides: Partial<LaidOutDocument['meta']> = {}): LaidOutDocument['meta'] {
  return {
    title: 'Memorandum of Understanding / Меморандум о взаимопонимании',
    subject: 'Cooperation between the CICA Secretariat and the CSTO Secretariat',
    author: 'CICA Secretariat',
    creator: 'cica 0.1.0',
    lang: 'en-GB',
    date: '2024-05-17',
    ...overrides,
  };
}

export const EN_LINE = 'Article 1 of this Memorandum — the Parties agree';
export const RU_LINE = 'Статья 1 «Предмет» — Стороны № 5 согласились';

/** Two pages: English and Russian lines in all four faces, a rule, a link from page 1 to page 2. */
export function bilingual(extra: PageItem[] = []): LaidOutDocument {
  const p1: PageItem[] = [
    word('MEMORANDUM', 72, 90, 'bold', 14),
    ...paragraph(EN_LINE, { x: 72, y: 130, width: 450 }).items,
    ...paragraph(RU_LINE, { x: 72, y: 160, width: 450, lang: 'ru-RU' }).items,
    ...paragraph('in accordance with Article 2', { x: 72, y: 190, width: 450, face: 'italic' }).items,
    ...paragraph('Секретариат СВМДА', { x: 72, y: 220, width: 450, face: 'boldItalic', lang: 'ru-RU' }).items,
    // A NBSP joins "№" and its number, as the Russian typography rules ask.
    word('Протокол №\u00A07', 72, 250, 'regular', 11, 'ru-RU'),
    { kind: 'rule', x1: 72, y1: 300, x2: 272, y2: 300, thickness: 0.5 },
    { kind: 'link', x: 72, y: 120, width: 60, height: 14, target: 'art-2' },
    ...extra,
  ];
  const p2: PageItem[] = [
    { kind: 'anchor', id: 'art-2', y: 80 },
    word('Article 2', 72, 92, 'bold', 12),
    ...paragraph('The Parties shall cooperate.', { x: 72, y: 120, width: 450 }).items,
  ];
  return { pages: [page(p1), page(p2)], meta: meta() };
}

export function page(items: PageItem[]): Page {
  return { width: A4.width, height: A4.height, items };
}

export function watermark(text = 'DRAFT'): TextItem {
  return { ...word(text, 150, 600, 'bold', 96), gray: 0.5, opacity: 0.15, rotate: 45 };
}
