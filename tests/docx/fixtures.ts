// Hand-built document trees for the DOCX writer tests: every block and inline kind, English, Russian, parallel, draft.
import type { Block, DocumentTree, Inline, LangTag, Paragraph, Stylesheet } from '../../src/document/index.js';
import { pageLabelOf } from '../../src/document/index.js';

export const styles: Stylesheet = {
  title: { align: 'center', fontSize: 14, bold: true, caps: true, spaceBefore: 0, spaceAfter: 12, lineHeight: 1.2, keepWithNext: true },
  articleHeading: { align: 'center', fontSize: 12, bold: true, spaceBefore: 12, spaceAfter: 6, lineHeight: 1.2, keepWithNext: true, keepLines: true },
  body: { align: 'justify', fontSize: 12, firstLineIndent: 0, spaceBefore: 0, spaceAfter: 6, lineHeight: 1.3 },
  'list-item': { align: 'justify', fontSize: 12, leftIndent: 0, spaceBefore: 0, spaceAfter: 3, lineHeight: 1.3 },
  letterhead: { align: 'center', fontSize: 11, italic: true, spaceBefore: 0, spaceAfter: 0, lineHeight: 1.2 },
  signature: { align: 'left', fontSize: 12, spaceBefore: 0, spaceAfter: 0, lineHeight: 1.2 },
};

export const t = (text: string, lang: LangTag): Inline => ({ kind: 'text', text, lang });
export const p = (style: string, lang: LangTag, children: Inline[], extra: Partial<Paragraph> = {}): Paragraph => ({
  kind: 'paragraph', style, role: 'text', lang, children, ...extra,
});

function englishBody(): Block[] {
  return [
    { kind: 'letterhead', blocks: [p('letterhead', 'en-GB', [t('Secretariat of the Conference on Interaction and Confidence Building Measures in Asia', 'en-GB')])] },
    { kind: 'spacer', height: 18 },
    p('title', 'en-GB', [t('Memorandum of Understanding', 'en-GB')]),
    p('body', 'en-GB', [t('The Secretariat of CICA and the Secretariat of the CSTO, hereinafter referred to as ', 'en-GB'), { kind: 'emphasis', children: [t('the Parties', 'en-GB')] }, t(',', 'en-GB')]),
    p('articleHeading', 'en-GB', [t('Article 1', 'en-GB')], { id: 'art-1' }),
    p('body', 'en-GB', [t('The Parties shall cooperate in the areas listed below.', 'en-GB')], { label: '1.', id: 'art-1.1' }),
    {
      kind: 'list',
      items: [
        { label: 'i.', level: 0, id: 'art-1.1.i', blocks: [p('list-item', 'en-GB', [t('exchange of information;', 'en-GB')])] },
        { label: 'ii.', level: 0, blocks: [p('list-item', 'en-GB', [t('consultations on matters of mutual interest:', 'en-GB')])] },
        { label: 'a)', level: 1, blocks: [p('list-item', 'en-GB', [t('at the level of the Executive Directors;', 'en-GB')])] },
        { label: 'iii.', level: 0, blocks: [p('list-item', 'en-GB', [t('joint events.', 'en-GB')]), p('list-item', 'en-GB', [t('Continuation of the third item.', 'en-GB')])] },
      ],
    },
    p('articleHeading', 'en-GB', [t('Article 2', 'en-GB')], { id: 'art-2' }),
    p('body', 'en-GB', [
      t('The cooperation under ', 'en-GB'),
      { kind: 'crossReference', target: 'art-1', children: [t('Article 1', 'en-GB')] },
      t(' shall be ', 'en-GB'),
      { kind: 'strong', children: [t('free of charge', 'en-GB')] },
      t('.', 'en-GB'),
      { kind: 'lineBreak' },
      t('See also ', 'en-GB'),
      { kind: 'crossReference', target: 'art-1.1.i', children: [t('subparagraph i', 'en-GB')] },
      t('.', 'en-GB'),
    ], { label: '1.' }),
    { kind: 'pageBreak' },
    p('body', 'en-GB', [t('Done in ', 'en-GB'), { kind: 'blank', width: 6 }, t(' on «', 'en-GB'), { kind: 'blank', width: 1.5 }, t('» ', 'en-GB'), { kind: 'blank', width: 6 }, t(' 2020, in two originals.', 'en-GB')], { keepWithNext: undefined }),
    {
      kind: 'signatureBlock',
      columns: [
        { lang: 'en-GB', heading: [p('signature', 'en-GB', [t('For the Secretariat of CICA', 'en-GB')])], signatory: [p('signature', 'en-GB', [t('Kairat Sarybay', 'en-GB')]), p('signature', 'en-GB', [t('Executive Director', 'en-GB')])] },
        { lang: 'en-GB', heading: [p('signature', 'en-GB', [t('For the Secretariat of the CSTO', 'en-GB')])], signatory: [p('signature', 'en-GB', [{ kind: 'blank', width: 10 }])] },
      ],
    },
  ];
}

const meta = {
  subject: 'Cooperation between Secretariats',
  author: 'CICA Secretariat',
  date: '2020-03-11',
  creator: 'cica 0.1.0',
};

export const englishDraft: DocumentTree = {
  meta: { ...meta, title: 'Memorandum of Understanding', langs: ['en-GB'], watermark: 'DRAFT', pageLabel: pageLabelOf('Page {page} of {pages}', 'en-GB') },
  styles,
  blocks: englishBody(),
};

export const russianFinal: DocumentTree = {
  meta: { ...meta, title: 'Протокол о сотрудничестве', langs: ['ru-RU'], pageLabel: pageLabelOf('Страница {page} из {pages}', 'ru-RU') },
  styles,
  blocks: [
    p('title', 'ru-RU', [t('Протокол о сотрудничестве', 'ru-RU')]),
    p('body', 'ru-RU', [t('Секретариат СВМДА и Региональная антитеррористическая структура ШОС, именуемые в дальнейшем ', 'ru-RU'), { kind: 'emphasis', children: [t('Стороны', 'ru-RU')] }, t(', договорились о нижеследующем:', 'ru-RU')]),
    {
      kind: 'list',
      items: [
        { label: 'а)', level: 0, id: 'p-a', blocks: [p('list-item', 'ru-RU', [t('обмен информацией;', 'ru-RU')])] },
        { label: 'б)', level: 0, blocks: [p('list-item', 'ru-RU', [t('проведение консультаций, предусмотренных ', 'ru-RU'), { kind: 'crossReference', target: 'p-a', children: [t('подпунктом «а»', 'ru-RU')] }, t('.', 'ru-RU')])] },
      ],
    },
    p('body', 'ru-RU', [t('Совершено в городе ', 'ru-RU'), { kind: 'blank', width: 6 }, t(' в двух подлинных экземплярах.', 'ru-RU')], { label: '2.' }),
    {
      kind: 'signatureBlock',
      columns: [
        { lang: 'ru-RU', heading: [p('signature', 'ru-RU', [t('За Секретариат СВМДА', 'ru-RU')])], signatory: [p('signature', 'ru-RU', [t('Исполнительный директор', 'ru-RU')])] },
        { lang: 'ru-RU', heading: [p('signature', 'ru-RU', [t('За РАТС ШОС', 'ru-RU')])], signatory: [p('signature', 'ru-RU', [t('Директор Исполнительного комитета', 'ru-RU')])] },
      ],
    },
  ],
};

export const row = (en: Block[], ru: Block[], keepWithNext = false): Block => ({ kind: 'parallelRow', cells: [en, ru], ...(keepWithNext ? { keepWithNext } : {}) });

export const parallelDraft: DocumentTree = {
  meta: { ...meta, title: 'Memorandum of Understanding', langs: ['en-GB', 'ru-RU'], watermark: 'DRAFT · ПРОЕКТ', pageLabel: [...pageLabelOf('Page {page} of {pages}', 'en-GB'), ...pageLabelOf(' / Страница {page} из {pages}', 'ru-RU')] },
  styles,
  blocks: [
    row([p('title', 'en-GB', [t('Memorandum of Understanding', 'en-GB')])], [p('title', 'ru-RU', [t('Меморандум о взаимопонимании', 'ru-RU')])]),
    row([p('articleHeading', 'en-GB', [t('Article 1', 'en-GB')], { id: 'en-art-1' })], [p('articleHeading', 'ru-RU', [t('Статья 1', 'ru-RU')], { id: 'ru-art-1' })], true),
    row(
      [p('body', 'en-GB', [t('The Parties shall exchange information.', 'en-GB')], { label: '1.' })],
      [p('body', 'ru-RU', [t('Стороны обмениваются информацией.', 'ru-RU')], { label: '1.' })],
    ),
    row(
      [p('body', 'en-GB', [t('As provided in ', 'en-GB'), { kind: 'crossReference', target: 'en-art-1', children: [t('Article 1', 'en-GB')] }, t('.', 'en-GB')], { label: '2.' })],
      [p('body', 'ru-RU', [t('Как предусмотрено в ', 'ru-RU'), { kind: 'crossReference', target: 'ru-art-1', children: [t('статье 1', 'ru-RU')] }, t('.', 'ru-RU')], { label: '2.' })],
    ),
    {
      kind: 'signatureBlock',
      columns: [
        { lang: 'en-GB', heading: [p('signature', 'en-GB', [t('For the Secretariat of CICA', 'en-GB')]), p('signature', 'ru-RU', [t('За Секретариат СВМДА', 'ru-RU')])], signatory: [p('signature', 'en-GB', [t('Executive Director', 'en-GB')])] },
        { lang: 'ru-RU', heading: [p('signature', 'en-GB', [t('For the RATS SCO', 'en-GB')]), p('signature', 'ru-RU', [t('За РАТС ШОС', 'ru-RU')])], signatory: [p('signature', 'ru-RU', [t('Директор', 'ru-RU')])] },
      ],
    },
  ],
};

export const fixtures = { englishDraft, russianFinal, parallelDraft } as const;

/** Every text of a tree in document order (what a reader of the DOCX must find, in this order). */
export function textsOf(blocks: readonly Block[]): string[] {
  const out: string[] = [];
  const inl = (xs: readonly Inline[]) => {
    for (const x of xs) {
      if (x.kind === 'text') out.push(x.text);
      else if (x.kind === 'emphasis' || x.kind === 'strong' || x.kind === 'crossReference') inl(x.children);
    }
  };
  const para = (ps: readonly Paragraph[]) => ps.forEach((q) => inl(q.children));
  for (const b of blocks) {
    if (b.kind === 'paragraph') para([b]);
    else if (b.kind === 'letterhead') para(b.blocks);
    else if (b.kind === 'list') b.items.forEach((i) => out.push(...textsOf(i.blocks)));
    else if (b.kind === 'parallelRow') b.cells.forEach((c) => out.push(...textsOf(c)));
    // A row a line, read row by row: every party's k-th heading, then every signatory's k-th line (level across the columns).
    else if (b.kind === 'signatureBlock') {
      for (const part of ['heading', 'signatory'] as const) {
        const rows = Math.max(...b.columns.map((c) => c[part].length));
        for (let k = 0; k < rows; k++) para(b.columns.flatMap((c) => c[part][k] ?? []));
      }
    }
  }
  return out;
}
