// Page geometry and unit conversions of the DOCX writer (points -> twips / half-points), one place for every number.
import { PAGE_MARGINS_MM, PAGE_SIZES, type PageSizeName } from '../../document/index.js';

/** A twip is 1/20 pt; OOXML measures indents, spacing and widths in twips (ECMA-376 §17.18.105 ST_TwipsMeasure). */
export function twips(points: number): number {
  return Math.round(points * 20);
}

/** Font sizes are half-points (ECMA-376 §17.3.2.38 w:sz). */
export function halfPoints(points: number): number {
  return Math.round(points * 2);
}

function mm(millimetres: number): number {
  return Math.round((millimetres / 25.4) * 1440);
}

export interface PageGeometry {
  width: number;
  height: number;
  marginLeft: number;
  marginRight: number;
  marginTop: number;
  marginBottom: number;
  header: number;
  footer: number;
  /** Width of the text column. */
  textWidth: number;
}

/** The page of document/page.ts in twips (A4 is 11906 x 16838), header and footer 10 mm from the edge. */
export function pageGeometry(size: PageSizeName): PageGeometry {
  const { width, height } = PAGE_SIZES[size];
  const page = {
    width: twips(width), height: twips(height),
    marginLeft: mm(PAGE_MARGINS_MM.left), marginRight: mm(PAGE_MARGINS_MM.right),
    marginTop: mm(PAGE_MARGINS_MM.top), marginBottom: mm(PAGE_MARGINS_MM.bottom),
    header: mm(10), footer: mm(10),
  };
  return { ...page, textWidth: page.width - page.marginLeft - page.marginRight };
}

/**
 * PT Serif's single line is (winAscent 1039 + winDescent 286) / unitsPerEm 1000 = 1.325 em (OS/2 table of
 * PTSerif_400Regular.ttf); Word and LibreOffice size "multiple" line spacing against it, so a line height of
 * `h` x font size is `h / 1.325` lines of 240ths (ECMA-376 §17.3.1.33 w:spacing w:line, lineRule auto).
 */
export const PT_SERIF_LINE_EM = 1.325;

export function lineSpacing(lineHeight: number): number {
  return Math.round((lineHeight / PT_SERIF_LINE_EM) * 240);
}

/** The underscore of PT Serif is 410/1000 em wide: a blank of `w` ems is w / 0.41 underscores. */
export const UNDERSCORE_EM = 0.41;

/** PT Serif's descent (OS/2 winDescent 286 / 1000) and the centre of its underscore below the baseline (glyph box
 *  -196..-143 / 1000), in ems: where a line of underscores stands in its line (tables.ts). */
export const PT_SERIF_DESCENT_EM = 0.286;
export const UNDERSCORE_CENTRE_EM = 0.17;
