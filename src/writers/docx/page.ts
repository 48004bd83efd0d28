// The page: a section of the document's page size and margins (document/page.ts), the footer's "Page N of M" fields and the DRAFT watermark in the header.
import { AlignmentType, BuilderElement, Footer, Header, PageNumber, Paragraph, TextRun, type ISectionOptions, type ParagraphChild } from 'docx';
import { TextWatermark } from 'docx/watermarks';
import { FOOTER_SIZE, type LangTag, type PageFurniture, type PageLabelPart } from '../../document/index.js';
import { faceMetrics } from '../../layout/fonts.js';
import { watermark as pdfWatermark } from '../../layout/page.js';
import { halfPoints, type PageGeometry } from './measure.js';
import { FONT } from './styles.js';


/**
 * The label's segments -> text runs (in each segment's language; neighbours in one language make one run) and PAGE /
 * NUMPAGES complex fields (ECMA-376 §17.16.5.43, .39), which Word and LibreOffice compute when they lay the document
 * out; every field run carries the size and the section's w:lang (digits read alike in every language). In a
 * document of several sections the page count is SECTIONPAGES (§17.16.5.59): each section counts its own pages.
 */
function pageLabel(furniture: PageFurniture, primary: LangTag, sectioned: Sectioned | undefined): Paragraph {
  const run = (content: string | (typeof PageNumber)[keyof typeof PageNumber], lang: LangTag): TextRun =>
    new TextRun({ children: [content], size: halfPoints(FOOTER_SIZE), sizeComplexScript: halfPoints(FOOTER_SIZE), language: { value: lang } });
  const parts: PageLabelPart[] = [];
  for (const part of furniture.pageLabel) {
    const last = parts[parts.length - 1];
    if (part.kind === 'text' && last?.kind === 'text' && last.lang === part.lang) parts[parts.length - 1] = { ...last, text: last.text + part.text };
    else if (part.kind !== 'text' || part.text.length > 0) parts.push(part);
  }
  const children = parts.map((part) => {
    if (part.kind === 'text') return run(part.text, part.lang);
    if (part.kind === 'pageCount' && sectioned) return sectionPages(run(String(sectioned.pages ?? ''), primary));
    return run(part.kind === 'pageNumber' ? PageNumber.CURRENT : PageNumber.TOTAL_PAGES, primary);
  });
  return new Paragraph({ alignment: AlignmentType.CENTER, children });
}

/** <w:fldSimple w:instr="SECTIONPAGES"> holding its result as a run of the footer's size (§17.16.19): Word recomputes
 *  it; LibreOffice (7.4), which cannot, shows the result, and sizes it right only in a run of its own like this one. */
function sectionPages(result: TextRun): ParagraphChild {
  const field = new BuilderElement({ name: 'w:fldSimple', attributes: { instr: { key: 'w:instr', value: 'SECTIONPAGES' } }, children: [result] });
  // docx's ParagraphChild lists its own classes only; a paragraph writes any XmlComponent child as it is.
  return field as unknown as ParagraphChild;
}

/** A grey of `gray` (0 black, 1 white) painted at `opacity` over white, as one opaque RGB hex colour. */
export function tintOnWhite(gray: number, opacity: number): string {
  const level = Math.round(255 * (1 - opacity * (1 - gray)));
  return level.toString(16).padStart(2, '0').toUpperCase().repeat(3);
}

/**
 * Word's own watermark: a VML WordArt shape (v:shape with v:textpath) in the header, centred on the page behind the
 * text, so Word's Design > Watermark can remove it and LibreOffice shows it. Its text is the PDF's (layout/page.ts):
 * PT Serif Bold at the PDF's size, in a box of the text's own width and cap height, since WordArt stretches its
 * letters to fill the box (v:textpath fitshape); and the PDF's tint as an opaque colour, since LibreOffice ignores
 * a VML fill's opacity (it drew the old half-transparent silver three times darker than the PDF's grey).
 */
function watermark(text: string, page: PageGeometry, lang: LangTag): Header {
  const mark = pdfWatermark(text, page.width / 20, page.height / 20, lang);
  const width = Math.round(mark.width * 100) / 100;
  const height = Math.round(faceMetrics('bold').capHeight * mark.size * 100) / 100;
  const color = tintOnWhite(mark.gray ?? 0.5, mark.opacity ?? 1);
  return new Header({
    children: [new Paragraph({ children: [new TextWatermark({ text, font: FONT, bold: true, color, opacity: 1, width, height })] })],
  });
}

/** A section of a document of several: its page count as laid out for the PDF, when known, for its footer's field. */
export interface Sectioned {
  pages: number | undefined;
}

/** A Word section. In a document of several (`sectioned`), each restarts its page numbers at 1 (w:pgNumType w:start,
 *  §17.6.12) and states its own header, an empty one when it has no watermark, since Word would inherit the previous
 *  section's (§17.10.5). */
export function section(
  furniture: PageFurniture, lang: LangTag, page: PageGeometry, children: ISectionOptions['children'], sectioned?: Sectioned,
): ISectionOptions {
  const mark = furniture.watermark !== undefined && furniture.watermark.trim().length > 0 ? furniture.watermark.trim() : undefined;
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
        ...(sectioned ? { pageNumbers: { start: 1 } } : {}),
      },
    },
    ...(mark !== undefined ? { headers: { default: watermark(mark, page, lang) } } : sectioned ? { headers: { default: new Header({ children: [] }) } } : {}),
    footers: { default: new Footer({ children: [pageLabel(furniture, lang, sectioned)] }) },
    children,
  };
}
