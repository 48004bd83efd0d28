// Pages of positioned items: what the layout stage produces and the PDF writer only paints.
// Units are PDF points (1/72 in); x from the page's left edge, y from its TOP edge (the writer flips).
import type { Span } from '../diagnostics/index.js';
import type { LangTag } from '../document/index.js';

/** The four faces of the one font family (PT Serif). */
export type Face = 'regular' | 'bold' | 'italic' | 'boldItalic';

/** A run of text on one baseline in one face and size. `y` is the baseline. */
export interface TextItem {
  kind: 'text';
  x: number;
  y: number;
  face: Face;
  size: number;
  text: string;
  /** Width as measured by the layout (the painter trusts it; tests check nothing overflows). */
  width: number;
  lang: LangTag;
  /** Letter spacing in points after each glyph (the PDF's Tc), decided by the line breaker for a justified line
   *  that its spaces alone could not fill; `width` includes it. Absent: none. */
  letterSpacing?: number;
  /** Grey level 0 (black) .. 1 (white); default 0. */
  gray?: number;
  /** An RGB colour 0..1 instead of grey (a redline's insertions and deletions). */
  color?: readonly [number, number, number];
  /** Opacity 0..1, default 1 (the watermark uses a low one). */
  opacity?: number;
  /** Rotation in degrees counter-clockwise about (x, y) (the watermark). */
  rotate?: number;
  /** Decoration, not content (the watermark): painted as glyph outlines, so that text extraction, copy-paste
   *  and screen readers never meet it in the middle of a sentence. */
  outline?: boolean;
  src?: Span;
}

/** A straight line: a fill-in blank, a signature line, a rule. */
export interface RuleItem {
  kind: 'rule';
  x1: number;
  y1: number;
  x2: number;
  y2: number;
  thickness: number;
  /** RGB 0..1; default black. */
  color?: readonly [number, number, number];
}

/** A link from a rectangle to a named anchor (cross-references). */
export interface LinkItem {
  kind: 'link';
  x: number;
  y: number;
  width: number;
  height: number;
  target: string;
}

/** A named destination (a block id), at the top of the block. */
export interface AnchorItem {
  kind: 'anchor';
  id: string;
  y: number;
}

export type PageItem = TextItem | RuleItem | LinkItem | AnchorItem;

export interface Page {
  width: number;
  height: number;
  items: PageItem[];
}

/** The finished layout: pages and the document facts the PDF file needs. */
export interface LaidOutDocument {
  pages: Page[];
  /** Pages of each section of the tree, in order (the tree's own blocks first); they sum to pages.length.
   *  Absent: the document is one section. */
  sectionPages?: number[];
  meta: {
    title: string;
    /** The title in each language of the agreement, primary first (the PDF's XMP dc:title beside x-default = `title`). */
    titles?: readonly { lang: LangTag; text: string }[];
    /** The languages of the text, primary first (XMP dc:language); absent: `lang` alone. */
    langs?: readonly LangTag[];
    subject: string;
    author: string;
    creator: string;
    /** Primary language for /Lang. */
    lang: LangTag;
    /** ISO date for CreationDate/ModDate. */
    date: string;
  };
}

// Page sizes belong to the document (src/document/page.ts); re-exported for the stages that name them from here.
export { PAGE_SIZES, type PageSizeName } from '../document/index.js';
