// Language helpers answer in pieces: plain text, or a fill-in blank that the templates turn into `<blank/>`.
import type { Case, Lang } from '../model/types.js';

export type { Case, Lang };

/** A fill-in blank `width` ems long (drawn as a line in PDF, underscores in text). */
export interface Blank {
  blank: number;
}

export type Piece = string | Blank;

/** Plain-text form of pieces, blanks as underscores (for metadata and tests). */
export function piecesToText(pieces: readonly Piece[]): string {
  return pieces.map((p) => (typeof p === 'string' ? p : '_'.repeat(p.blank))).join('');
}

/** BCP 47 tag of each language (w:lang in DOCX, /Lang in PDF). */
export const LANG_TAG = { en: 'en-GB', ru: 'ru-RU' } as const satisfies Record<Lang, string>;
