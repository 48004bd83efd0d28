// Document trees for layout tests: shaped like the templates' output, written by hand.
import type { Block, DocumentTree, Inline, LangTag, Paragraph, Stylesheet } from '../../src/document/index.js';
import { pageLabelOf } from '../../src/document/index.js';

export const STYLES: Stylesheet = {
  title: { align: 'center', fontSize: 14, bold: true, caps: true, spaceBefore: 0, spaceAfter: 6, lineHeight: 1.2, keepWithNext: true },
  subtitle: { align: 'center', fontSize: 12, bold: true, spaceBefore: 0, spaceAfter: 18, lineHeight: 1.2, keepWithNext: true },
  heading: { align: 'center', fontSize: 11, bold: true, spaceBefore: 12, spaceAfter: 6, lineHeight: 1.2, keepWithNext: true },
  body: { align: 'justify', fontSize: 11, spaceBefore: 0, spaceAfter: 6, lineHeight: 1.25, firstLineIndent: 28 },
  numbered: { align: 'justify', fontSize: 11, spaceBefore: 0, spaceAfter: 6, lineHeight: 1.25 },
  item: { align: 'justify', fontSize: 11, spaceBefore: 0, spaceAfter: 3, lineHeight: 1.25 },
  final: { align: 'justify', fontSize: 11, spaceBefore: 0, spaceAfter: 6, lineHeight: 1.25, firstLineIndent: 28, keepWithNext: true },
  signature: { align: 'left', fontSize: 11, spaceBefore: 0, spaceAfter: 0, lineHeight: 1.2 },
  letterhead: { align: 'center', fontSize: 10, bold: true, spaceBefore: 0, spaceAfter: 2, lineHeight: 1.2 },
  right: { align: 'right', fontSize: 11, spaceBefore: 0, spaceAfter: 6, lineHeight: 1.2 },
};

export const t = (text: string, lang: LangTag = 'en-GB', line?: number): Inline =>
  line === undefined ? { kind: 'text', text, lang } : { kind: 'text', text, lang, src: { file: 'fixture.yaml', start: { line, col: 5 }, end: { line, col: 5 + Array.from(text).length } } };

export const para = (style: string, children: Inline[], lang: LangTag = 'en-GB', extra: Partial<Paragraph> = {}): Paragraph => ({ kind: 'paragraph', style, role: 'text', children, lang, ...extra });

export function tree(blocks: Block[], extra: Partial<DocumentTree['meta']> = {}): DocumentTree {
  return {
    meta: { title: 'Fixture', subject: 'Layout fixture', author: 'CICA Secretariat', langs: ['en-GB'], date: '2020-03-11', pageLabel: pageLabelOf('Page {page} of {pages}', 'en-GB'), creator: 'cica test', ...extra },
    styles: STYLES,
    blocks,
  };
}

export const EN_RECITAL =
  'Based on stated intentions to develop interaction between the Secretariat of the Collective Security Treaty Organisation and the Secretariat of the Conference on Interaction and Confidence Building Measures in Asia, guided by the common interest in strengthening international peace and security, and recognising the importance of cooperation in countering new challenges and threats,';
export const RU_RECITAL =
  'исходя из заявленных намерений развивать взаимодействие между Секретариатом Организации Договора о коллективной безопасности и Секретариатом Совещания по взаимодействию и мерам доверия в Азии, руководствуясь общей заинтересованностью в укреплении международного мира и безопасности и признавая важность сотрудничества в противодействии новым вызовам и угрозам,';
export const EN_ARTICLE =
  'The Parties shall exchange information on matters of mutual interest, including on the activities of their organisations in the field of security, hold consultations on issues of common concern and, where appropriate, coordinate their positions at international conferences and meetings of regional and international organisations, in accordance with the procedures established in each of the Parties.';
export const RU_ARTICLE =
  'Стороны обмениваются информацией по вопросам, представляющим взаимный интерес, в том числе о деятельности своих организаций в области безопасности, проводят консультации по вопросам, представляющим общий интерес, и при необходимости координируют свои позиции на международных конференциях и заседаниях региональных и международных организаций в соответствии с процедурами, установленными в каждой из Сторон.';

/** An English memorandum of several pages: title, recitals, articles with lists, final clause, signatures. */
export function englishMemorandum(): DocumentTree {
  const blocks: Block[] = [
    para('title', [t('Memorandum')]),
    para('subtitle', [t('of understanding and cooperation between the Secretariat of the Collective Security Treaty Organisation and the Secretariat of the Conference on Interaction and Confidence Building Measures in Asia')]),
  ];
  for (let r = 0; r < 3; r++) blocks.push(para('body', [t(EN_RECITAL, 'en-GB', 10 + r)]));
  for (let a = 1; a <= 7; a++) {
    blocks.push(para('heading', [t(`Article ${a}`)], 'en-GB', { id: `art-${a}` }));
    blocks.push(para('numbered', [t(EN_ARTICLE, 'en-GB', 20 + a)], 'en-GB', { label: '1.', id: `art-${a}-p1` }));
    blocks.push(para('numbered', [t('In accordance with '), { kind: 'crossReference', target: `art-${a}`, children: [t(`Article ${a}`)] }, t(', the Parties may, '), { kind: 'emphasis', children: [t('inter alia')] }, t(':')], 'en-GB', { label: '2.' }));
    blocks.push({
      kind: 'list',
      items: ['i.', 'ii.', 'iii.'].map((label, k) => ({ label, level: 0, id: `art-${a}-i${k}`, blocks: [para('item', [t('assign liaison officers and exchange, on a regular basis, analytical materials and documents of interest;')])] })),
    });
  }
  blocks.push(para('final', [t('Done in '), { kind: 'blank', width: 6 }, t(' on «'), { kind: 'blank', width: 1.5 }, t('» '), { kind: 'blank', width: 5 }, t(' 2020 in two originals, each in the English and Russian languages, both texts being equally authentic.')]));
  blocks.push({ kind: 'spacer', height: 12 });
  blocks.push({
    kind: 'signatureBlock',
    columns: [
      { lang: 'en-GB', heading: [para('signature', [t('For the Secretariat of the Collective Security Treaty Organisation')])], signatory: [para('signature', [t('Stanislav Zas')]), para('signature', [t('Secretary General')])] },
      { lang: 'en-GB', heading: [para('signature', [t('For the CICA Secretariat')])], signatory: [para('signature', [{ kind: 'blank', width: 10 }]), para('signature', [t('Executive Director')])] },
    ],
  });
  return tree(blocks, { watermark: 'DRAFT' });
}

/** A parallel English/Russian text: every unit a row of two cells. */
export function parallelMemorandum(): DocumentTree {
  const row = (en: Paragraph[], ru: Paragraph[], keepWithNext = false): Block => ({ kind: 'parallelRow', cells: [en, ru], ...(keepWithNext ? { keepWithNext } : {}) });
  const blocks: Block[] = [
    row([para('title', [t('Memorandum')])], [para('title', [t('Меморандум', 'ru-RU')], 'ru-RU')]),
    row([para('subtitle', [t('of understanding and cooperation between the Secretariats of the CSTO and CICA')])], [para('subtitle', [t('о взаимопонимании и сотрудничестве между Секретариатами ОДКБ и СВМДА', 'ru-RU')], 'ru-RU')]),
  ];
  for (let r = 0; r < 3; r++) blocks.push(row([para('body', [t(EN_RECITAL)])], [para('body', [t(RU_RECITAL, 'ru-RU')], 'ru-RU')]));
  for (let a = 1; a <= 6; a++) {
    blocks.push(row([para('heading', [t(`Article ${a}`)])], [para('heading', [t(`Статья ${a}`, 'ru-RU')], 'ru-RU')], true));
    blocks.push(row([para('numbered', [t(EN_ARTICLE)], 'en-GB', { label: '1.' }), para('numbered', [t(EN_ARTICLE)], 'en-GB', { label: '2.' })], [para('numbered', [t(RU_ARTICLE, 'ru-RU')], 'ru-RU', { label: '1.' }), para('numbered', [t(RU_ARTICLE, 'ru-RU')], 'ru-RU', { label: '2.' })]));
  }
  blocks.push({
    kind: 'signatureBlock',
    columns: [
      { lang: 'en-GB', heading: [para('signature', [t('For the CSTO Secretariat')])], signatory: [para('signature', [t('Stanislav Zas')])] },
      { lang: 'ru-RU', heading: [para('signature', [t('За Секретариат СВМДА', 'ru-RU')], 'ru-RU')], signatory: [para('signature', [t('Кайрат Сарыбай', 'ru-RU')], 'ru-RU')] },
    ],
  });
  return { ...tree(blocks, { langs: ['en-GB', 'ru-RU'], watermark: 'DRAFT · ПРОЕКТ', pageLabel: [...pageLabelOf('Page {page} of {pages}', 'en-GB'), ...pageLabelOf(' · Страница {page} из {pages}', 'ru-RU')] }) };
}

/** A note verbale: bilingual letterhead, reference, right-aligned place and date, forced line breaks. */
export function note(): DocumentTree {
  return tree([
    { kind: 'letterhead', blocks: [para('letterhead', [t('Secretariat of the Conference on Interaction and Confidence Building Measures in Asia')]), para('letterhead', [t('Секретариат Совещания по взаимодействию и мерам доверия в Азии', 'ru-RU')], 'ru-RU')] },
    { kind: 'spacer', height: 18 },
    para('signature', [t('No.\u00A018-4/58emb')]),
    para('body', [t('The Secretariat of the Conference on Interaction and Confidence Building Measures in Asia (CICA) presents its compliments to the Embassies of the Member States in Ankara, Dushanbe, Moscow, Nur-Sultan and Tashkent and has the honour to transmit herewith the draft Memorandum for consideration under the silence procedure until 21\u00A0March\u00A02020.')]),
    para('body', [t('The Secretariat avails itself of this opportunity to renew to the Embassies of the Member States the assurances of its highest consideration.')]),
    para('right', [t('Nur-Sultan, 11 March 2020')]),
    para('signature', [t('Enclosure:'), { kind: 'lineBreak' }, t('the draft Memorandum, 4 pages.')]),
  ], { langs: ['en-GB', 'ru-RU'] });
}
