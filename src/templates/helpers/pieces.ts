// Language-helper pieces (text and blanks) -> our markup.
import type { Span } from '../../diagnostics/index.js';
import type { Piece } from '../../i18n/index.js';
import { textRun } from '../markup/escape.js';

export function piecesMarkup(pieces: readonly Piece[], src?: Span): string {
  return pieces.map((p) => (typeof p === 'string' ? textRun(p, src) : `<blank width="${p.blank}"/>`)).join('');
}
