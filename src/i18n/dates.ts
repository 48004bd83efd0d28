// Dates in running text: en "20 September 2017", ru «20 сентября 2017 года»; drafts leave day and month blank.
import type { Lang, Piece } from './pieces.js';

export interface DateParts {
  year: number;
  month?: number;
  day?: number;
}

const EN_MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
/** Genitive month names: «20 сентября». */
const RU_MONTHS = ['января', 'февраля', 'марта', 'апреля', 'мая', 'июня', 'июля', 'августа', 'сентября', 'октября', 'ноября', 'декабря'];

/** `long`: «2017 года»; `short`: «2017 г.». English ignores the style. */
export type DateStyle = 'long' | 'short';

/** Blank widths, as the reference draws them: `«__»_____ 2020` (day 2, month 5); Russian month blank 7. */
export const DAY_BLANK = 2;
export const MONTH_BLANK: Record<Lang, number> = { en: 5, ru: 7 };

const NBSP = '\u00a0';

/** The date as pieces. A date without day and month gives blanks, exactly as the reference draft:
 *  en `«__»_____ 2020`, ru `«__» _______ 2020 года`, no break anywhere in it. The year never breaks from «года» / «г.». */
export function formatDate(date: DateParts, lang: Lang, style: DateStyle = 'long'): Piece[] {
  const complete = date.month !== undefined && date.day !== undefined;
  const year = String(date.year);
  if (lang === 'en') {
    if (complete) return [`${date.day} ${EN_MONTHS[date.month! - 1] ?? '?'} ${year}`];
    return ['«', { blank: DAY_BLANK }, '»', { blank: MONTH_BLANK.en }, `${NBSP}${year}`];
  }
  const suffix = style === 'short' ? `${NBSP}г.` : `${NBSP}года`;
  if (complete) return [`${date.day}${NBSP}${RU_MONTHS[date.month! - 1] ?? '?'} ${year}${suffix}`];
  return ['«', { blank: DAY_BLANK }, `»${NBSP}`, { blank: MONTH_BLANK.ru }, `${NBSP}${year}${suffix}`];
}

/** True when the date names a day (a final document); false for a draft's year alone. */
export function isCompleteDate(date: DateParts): boolean {
  return date.month !== undefined && date.day !== undefined;
}

/** ISO `YYYY-MM-DD` of a complete date. */
export function isoDate(date: DateParts): string | undefined {
  if (!isCompleteDate(date)) return undefined;
  const pad = (n: number, w: number) => String(n).padStart(w, '0');
  return `${pad(date.year, 4)}-${pad(date.month!, 2)}-${pad(date.day!, 2)}`;
}
