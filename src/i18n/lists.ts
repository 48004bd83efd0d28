// Joining names into running text: "A and B", "A, B and C" / «А и Б», «А, Б и В»; sentence capitals.

import type { Lang } from './pieces.js';

/** "A, B and C" / «А, Б и В» (no serial comma, as the references write it). */
export function joinList(items: readonly string[], lang: Lang): string {
  const and = lang === 'en' ? 'and' : 'и';
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} ${and} ${items[items.length - 1]}`;
}

/** Capitalises the first letter (a sentence start only; the rest keeps its case). Skips leading
 *  punctuation such as «; works on whole code points, so an astral first letter is not split.
 *  `toUpperCase`, not `toLocaleUpperCase`: the host locale (Turkish i) must not change the output. */
export function capitalizeFirst(text: string): string {
  const match = /\p{L}/u.exec(text);
  if (!match) return text;
  const i = match.index;
  const letter = String.fromCodePoint(text.codePointAt(i)!);
  return text.slice(0, i) + letter.toUpperCase() + text.slice(i + letter.length);
}
