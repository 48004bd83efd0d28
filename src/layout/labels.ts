// Label geometry that the DOCX writer shares with this layout, so a label hangs at the same place in both formats.
import type { LangTag, List, ParagraphFormat, Stylesheet } from '../document/index.js';
import { DEFAULT_FORMAT } from './blocks.js';
import { measure } from './fonts.js';
import { baseFace, displayText } from './inline.js';
import { listStep } from './lists.js';
import { LABEL_SEP_EMS } from './paragraph.js';

/** Width in points of a label as set in its paragraph's face and size ("1.", "iv.", «а)»). */
export function labelWidth(label: string, format: ParagraphFormat, lang: LangTag): number {
  return measure(baseFace(format), format.fontSize, displayText(label, lang, format.caps === true));
}

/** The room a numbered paragraph's label hangs in: its width and the label separation (paragraph.ts). */
export function labelHang(label: string, format: ParagraphFormat, lang: LangTag): number {
  return labelWidth(label, format, lang) + LABEL_SEP_EMS * format.fontSize;
}

/** The label separation of a paragraph format, in points. */
export const labelSep = (format: ParagraphFormat): number => LABEL_SEP_EMS * format.fontSize;

/** The indent step of a list (lists.ts): its items' text stands (level + 1) steps from the list's base. */
export function listIndentStep(list: List, styles: Stylesheet): number {
  return listStep(list, { styles });
}

/** A style's format, or the layout's default for a style the stylesheet lacks (reported by the layout). */
export const formatOrDefault = (styles: Stylesheet, style: string): ParagraphFormat => styles[style] ?? DEFAULT_FORMAT;
