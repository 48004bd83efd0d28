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
  /** The structure element (LaidOutDocument.structure) whose content this text is; absent: not content. */
  tag?: Tag;
  /** Page furniture, not content (a tagged PDF marks it an artifact of this kind); absent on content. */
  artifact?: Artifact;
  src?: Span;
}

/** Which structure element an item belongs to: its index in `Structure.elements`. */
export interface Tag {
  id: number;
}

/** Furniture a page carries whatever its content: the page label footer, the watermark. */
export type Artifact = 'footer' | 'watermark';

/** The standard structure types (ISO 32000-1 §14.8.4) the layout gives a document's elements. */
export type StructType = 'Document' | 'Sect' | 'H1' | 'H2' | 'P' | 'L' | 'LI' | 'Lbl' | 'LBody' | 'Table' | 'TR' | 'TD' | 'Link';

/** One element of the document's logical structure, in reading order: the tagged PDF's StructElem. */
export interface StructElement {
  type: StructType;
  /** The language of the element's content (a container: its own, else its parent's). */
  lang: LangTag;
  /** The parent's index; absent on the root. */
  parent?: number;
  /** Child elements' indices, in reading order. An element with content of its own (tagged items) as well, a P with
   *  a Link in it, holds them where they stand among its content. */
  children: number[];
}

/** The logical structure of a laid-out document: `elements[0]` is the root; items point into it by `Tag.id`. */
export interface Structure {
  elements: StructElement[];
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
  /** The Link structure element the annotation belongs to (its text is that element's content). */
  tag?: Tag;
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
  /** The reading order and roles of the content (a tagged PDF's structure tree); absent: an untagged document. */
  structure?: Structure;
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
