// The page a document is set on: one geometry for every writer, so the PDF and the DOCX have the same pages.

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
