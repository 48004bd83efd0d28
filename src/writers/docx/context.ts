// What every block renderer of the DOCX writer needs to know about the document being written.
import type { LangTag, Stylesheet } from '../../document/index.js';
import type { Bookmarks } from './bookmarks.js';
import type { Revisions, TrackedChange } from './inlines.js';
import type { StyleIndex } from './styles.js';

export interface RenderContext {
  styles: StyleIndex;
  /** The tree's stylesheet, for geometry shared with the PDF's layout (layout/labels.ts). */
  sheet: Stylesheet;
  bookmarks: Bookmarks;
  /** Language for runs outside any paragraph of the tree (labels of empty list items): the primary language. */
  lang: LangTag;
  /** Bookmark names already placed: a repeated block id must not give a second bookmark of the same name. */
  placed: Set<string>;
  /** A page break is waiting for the next paragraph (w:pageBreakBefore), so no empty paragraph is made for it. */
  breakBefore: boolean;
  /** The block just written asks to stay on the page of the next one (a keep-with-next style, a heading row): a
   *  spacer after it carries w:keepNext on, so the chain from the execution clause to the signatures holds. */
  keepNext: boolean;
  /** The tracked changes' author, date and ids (a redline's; every tree has them, most use none). */
  revisions: Revisions;
  /** The change of the block being written (an inserted or deleted unit of a redline): all its runs and its
   *  paragraph marks carry it. */
  change?: TrackedChange;
  /** Width of the page's text column, in twips. */
  textWidth: number;
  /** The same width in points as the PDF's layout has it, unrounded (layout/index.ts): rowShape asks whether the
   *  PDF could split a row, so it lays the row out at the PDF's width, and the PDF then reuses those lines. */
  layoutWidth: number;
  /** The height of the page's body in points as the PDF's layout has it: the rows the PDF never splits (rows.ts
   *  rowSetWhole) are those the DOCX marks w:cantSplit. */
  layoutHeight: number;
  /** The width text is set in, in twips, when narrower than the page's (a table cell); absent for full width. */
  measure?: number;
}
