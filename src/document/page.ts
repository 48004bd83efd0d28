// The page a document is set on: one geometry for every writer, so the PDF and the DOCX have the same pages.
import type { LangTag, PageLabel, PageLabelPart } from './tree.js';

export type PageSizeName = 'A4' | 'Letter';

/** Paper sizes in points (1/72 in): ISO 216 A4 (210 x 297 mm) and US Letter (8.5 x 11 in). */
export const PAGE_SIZES: Record<PageSizeName, { width: number; height: number }> = {
  A4: { width: 595.28, height: 841.89 },
  Letter: { width: 612, height: 792 },
};

/** Margins in millimetres: 25 left and right, 20 at the top, 25 at the foot, where the page label stands. */
export const PAGE_MARGINS_MM = { left: 25, right: 25, top: 20, bottom: 25 } as const;

/** Size in points of the page label in the footer. */
export const FOOTER_SIZE = 9;

/** Space in points between the columns of a parallel text and of signature blocks (about 6 mm), in every writer. */
export const COLUMN_GAP = 18;

/** A signature block's geometry in points, in every writer: room to sign above the line, from the foot of the tallest
 *  heading of the row (so the lines of all columns stand level), the line's share of its column, the gap from
 *  the line to the signatory's name below it, and (the parallel text) the gap above the next language's lines of a
 *  party's heading, in every column alike. */
export const SIGNATURE_GEOMETRY = { space: 36, ruleShare: 0.8, nameGap: 4, langGap: 12 } as const;

/** A page label as printed on page `page` of `pages`: its segments' texts and the two numbers in digits. */
export function pageLabelText(label: PageLabel, page: number, pages: number): string {
  return label.map((part) => (part.kind === 'text' ? part.text : String(part.kind === 'pageNumber' ? page : pages))).join('');
}

/** A label's words in one language, with its numbers where they stand: "Page {page} of {pages}" (English) ->
 *  text, page number, text, page count. `{page}` and `{pages}` are the only fields; the rest is text in `lang`. */
export function pageLabelOf(pattern: string, lang: LangTag): PageLabel {
  return pattern.split(/(\{page\}|\{pages\})/).filter((s) => s.length > 0).map((s): PageLabelPart =>
    s === '{page}' ? { kind: 'pageNumber' } : s === '{pages}' ? { kind: 'pageCount' } : { kind: 'text', text: s, lang });
}
