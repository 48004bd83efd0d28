// The page: a section of the document's page size and margins (document/page.ts), the footer's "Page N of M" fields and the watermark (DRAFT, SPECIMEN) in the header.
import { AlignmentType, BuilderElement, Footer, Header, PageNumber, Paragraph, TextRun, type ISectionOptions, type ParagraphChild } from 'docx';
import { FOOTER_SIZE, type LangTag, type PageFurniture, type PageLabelPart } from '../../document/index.js';
import { faceMetrics, glyphOutline, shape, unitsPerEm } from '../../layout/fonts.js';
import type { Face } from '../../layout/types.js';
import { inkBox, watermark as pdfWatermark } from '../../layout/page.js';
import { halfPoints, type PageGeometry } from './measure.js';
import { partChildren } from './shared-parts.js';


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

/** VML path units in a point: the watermark's outline is drawn to a hundredth of a point. */
const PATH_UNITS = 100;

/**
 * The glyph outlines of `text` set in `face` at `size` points, as a VML path (ECMA-376 Part 4 §19.1.2.19 v:shape
 * path: m, l, c, x, e, integer coordinates in PATH_UNITS a point), in the box of its ink (layout/page.ts inkBox):
 * x from the ink's left edge, y down from its top. TrueType's quadratic curves raised to cubic, as the PDF paints
 * them (writers/pdf/outline.ts).
 */
export function outlinePath(face: Face, text: string, size: number): string {
  const scale = size / unitsPerEm(face);
  const ink = inkBox(face, text, size);
  const shaped = shape(face, text);
  const ops: string[] = [];
  let pen = 0;
  for (let g = 0; g < shaped.glyphs.length; g++) {
    // As in the PDF: the layout refuses .notdef (LAYOUT_NOTDEF_GLYPH), so meeting it here is a bug.
    if (shaped.glyphs[g] === 0) throw new Error(`the watermark "${text}" would be drawn with .notdef`);
    const dx = pen + shaped.xOffsets[g]!;
    const p = (x: number, y: number) => `${Math.round(((dx + x) * scale - ink.u0) * PATH_UNITS)},${Math.round((ink.v1 - y * scale) * PATH_UNITS)}`;
    let [cx, cy] = [0, 0];
    for (const { command, args } of glyphOutline(face, shaped.glyphs[g]!)) {
      const a = args as [number, number, number, number, number, number];
      if (command === 'moveTo' || command === 'lineTo') {
        ops.push(`${command === 'moveTo' ? 'm' : 'l'}${p(a[0], a[1])}`);
        [cx, cy] = [a[0], a[1]];
      } else if (command === 'quadraticCurveTo') {
        const [qx, qy, x, y] = a;
        ops.push(`c${p(cx + (2 / 3) * (qx - cx), cy + (2 / 3) * (qy - cy))},${p(x + (2 / 3) * (qx - x), y + (2 / 3) * (qy - y))},${p(x, y)}`);
        [cx, cy] = [x, y];
      } else if (command === 'bezierCurveTo') {
        ops.push(`c${p(a[0], a[1])},${p(a[2], a[3])},${p(a[4], a[5])}`);
        [cx, cy] = [a[4], a[5]];
      } else if (command === 'closePath') ops.push('x');
    }
    pen += shaped.advances[g]!;
  }
  return `${ops.join('')}e`;
}

const el = (name: string, attributes: Record<string, string> = {}, children: BuilderElement[] = []): BuilderElement =>
  new BuilderElement({ name, attributes: Object.fromEntries(Object.entries(attributes).map(([key, value]) => [key, { key, value }])), children });

/**
 * The watermark as the PDF paints it (layout/page.ts, writers/pdf/outline.ts): PT Serif Bold's glyph outlines, filled,
 * at the PDF's size, 45 degrees up, centred on the page behind the text, in the PDF's tint as one opaque colour
 * (LibreOffice ignores a VML fill's opacity). A VML freeform shape (v:shape with a path, which Word itself writes for
 * freeforms) in the header, named as Word's own watermark (PowerPlusWaterMarkObject) so Design > Watermark removes
 * it; its text is its alternative text. Not WordArt (v:textpath): LibreOffice reads only font-family and font-size
 * from its style (oox TextpathModel::pushToPropMap), so it drew the bold watermark in PT Serif Regular, and
 * re-measured the box from the regular face, letters a third larger than the PDF's; nor a DrawingML text box, which
 * LibreOffice 7.4 drew unrotated and cut off. The outlines draw the same wherever the fonts are missing, and no reader
 * extracts "DRAFT" from the page, as from the PDF.
 */
function watermark(text: string, page: PageGeometry, lang: LangTag): Paragraph {
  const mark = pdfWatermark(text, page.width / 20, page.height / 20, lang);
  // The shape is the box of the ink, centred on the page (not on the margins' area, whose top and bottom differ): its
  // middle is the ink's middle, where the PDF centres it too (layout/page.ts watermark).
  const ink = inkBox(mark.face, text, mark.size);
  const width = Math.round((ink.u1 - ink.u0) * 100) / 100;
  const height = Math.round((ink.v1 - ink.v0) * 100) / 100;
  const style = [
    'position:absolute', 'margin-left:0', 'margin-top:0', `width:${width}pt`, `height:${height}pt`, `rotation:${360 - (mark.rotate ?? 0)}`,
    'z-index:-251657216', 'mso-position-horizontal:center', 'mso-position-horizontal-relative:page', 'mso-position-vertical:center',
    'mso-position-vertical-relative:page',
  ].join(';');
  const shapeElement = el('v:shape', {
    id: 'PowerPlusWaterMarkObject1', alt: text, style, coordsize: `${Math.round(width * PATH_UNITS)},${Math.round(height * PATH_UNITS)}`,
    path: outlinePath(mark.face, text, mark.size), 'o:allowincell': 'f', fillcolor: `#${tintOnWhite(mark.gray ?? 0.5, mark.opacity ?? 1)}`, stroked: 'f',
  }, [el('v:fill', { opacity: '1' })]);
  // The run as Word writes its own watermark's: no proofing, the section's language.
  const run = el('w:r', {}, [el('w:rPr', {}, [el('w:noProof'), el('w:lang', { 'w:val': lang })]), el('w:pict', {}, [shapeElement])]);
  // docx's ParagraphChild lists its own classes only; a paragraph writes any XmlComponent child as it is.
  return new Paragraph({ children: [run as unknown as ParagraphChild] });
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
    // Each made once per process for its content (shared-parts.ts partChildren).
    ...(mark !== undefined
      ? { headers: { default: new Header({ children: partChildren(JSON.stringify(['watermark', mark, page, lang]), () => [watermark(mark, page, lang)]) }) } }
      : sectioned ? { headers: { default: new Header({ children: [] }) } } : {}),
    footers: { default: new Footer({ children: partChildren(JSON.stringify(['footer', furniture.pageLabel, lang, sectioned ?? null]), () => [pageLabel(furniture, lang, sectioned)]) }) },
    children,
  };
}
