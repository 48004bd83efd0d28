// The page: a section of the document's page size and margins (document/page.ts), the footer's "Page N of M" fields and the DRAFT watermark in the header.
import { AlignmentType, Footer, Header, PageNumber, Paragraph, TextRun, type ISectionOptions } from 'docx';
import { TextWatermark } from 'docx/watermarks';
import { FOOTER_SIZE, type DocumentMeta, type LangTag } from '../../document/index.js';
import { halfPoints, type PageGeometry } from './measure.js';
import { FONT } from './styles.js';


/** A segment of the label is Russian when it has Cyrillic letters (a parallel text's label may have both). */
function langOf(text: string, primary: LangTag): LangTag {
  return /[\u0400-\u04FF]/.test(text) ? 'ru-RU' : /[A-Za-z]/.test(text) ? 'en-GB' : primary;
}

/**
 * "Page {page} of {pages}" -> text runs and PAGE / NUMPAGES complex fields (ECMA-376 §17.16.5.43, .39), which Word
 * and LibreOffice compute when they lay the document out; every field run carries the size and w:lang too.
 */
function pageLabel(meta: DocumentMeta): Paragraph {
  const primary = meta.langs[0] ?? 'en-GB';
  const children = meta.pageLabel
    .split(/(\{page\}|\{pages\})/)
    .filter((part) => part.length > 0)
    .map((part) => {
      const content = part === '{page}' ? PageNumber.CURRENT : part === '{pages}' ? PageNumber.TOTAL_PAGES : part;
      const lang = typeof content === 'string' ? langOf(part, primary) : primary;
      return new TextRun({ children: [content], size: halfPoints(FOOTER_SIZE), sizeComplexScript: halfPoints(FOOTER_SIZE), language: { value: lang } });
    });
  return new Paragraph({ alignment: AlignmentType.CENTER, children });
}

/**
 * Word's own watermark: a VML WordArt shape (v:shape with v:textpath) in the header, centred on the page behind the
 * text, light grey and half transparent, so Word's Design > Watermark can remove it and LibreOffice shows it.
 */
function watermark(text: string): Header {
  return new Header({
    children: [new Paragraph({ children: [new TextWatermark({ text, font: FONT, color: 'C0C0C0', opacity: 0.5 })] })],
  });
}

export function section(meta: DocumentMeta, page: PageGeometry, children: ISectionOptions['children']): ISectionOptions {
  return {
    properties: {
      page: {
        size: { width: page.width, height: page.height },
        margin: {
          top: page.marginTop,
          bottom: page.marginBottom,
          left: page.marginLeft,
          right: page.marginRight,
          header: page.header,
          footer: page.footer,
        },
      },
    },
    ...(meta.watermark !== undefined && meta.watermark.length > 0 ? { headers: { default: watermark(meta.watermark) } } : {}),
    footers: { default: new Footer({ children: [pageLabel(meta)] }) },
    children,
  };
}
