// What every block renderer of the DOCX writer needs to know about the document being written.
import type { LangTag } from '../../document/index.js';
import type { Bookmarks } from './bookmarks.js';
import type { StyleIndex } from './styles.js';

export interface RenderContext {
  styles: StyleIndex;
  bookmarks: Bookmarks;
  /** Language for runs outside any paragraph of the tree (labels of empty list items): the primary language. */
  lang: LangTag;
  /** Bookmark names already placed: a repeated block id must not give a second bookmark of the same name. */
  placed: Set<string>;
  /** A page break is waiting for the next paragraph (w:pageBreakBefore), so no empty paragraph is made for it. */
  breakBefore: boolean;
  /** Width of the page's text column, in twips. */
  textWidth: number;
  /** The width text is set in, in twips, when narrower than the page's (a table cell); absent for full width. */
  measure?: number;
}
