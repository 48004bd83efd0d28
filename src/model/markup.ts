// Finds the cross-references `[[id]]` / `[[id:case]]` of inline markup (docs/format.md), honouring `\[[` and `\\`.
export interface Reference {
  /** Index of the first `[` in the text. */
  index: number;
  /** Length of the whole `[[...]]` (to the end of the text when unclosed). */
  length: number;
  id: string;
  case?: string;
  closed: boolean;
}

export function findReferences(text: string): Reference[] {
  const out: Reference[] = [];
  let i = 0;
  while (i < text.length) {
    if (text[i] === '\\') { i += 2; continue; }
    if (text.startsWith('[[', i)) {
      const end = text.indexOf(']]', i + 2);
      if (end < 0) {
        out.push({ index: i, length: text.length - i, id: text.slice(i + 2).trim(), closed: false });
        break;
      }
      const inner = text.slice(i + 2, end);
      const colon = inner.indexOf(':');
      const id = (colon < 0 ? inner : inner.slice(0, colon)).trim();
      out.push({ index: i, length: end + 2 - i, id, ...(colon < 0 ? {} : { case: inner.slice(colon + 1).trim() }), closed: true });
      i = end + 2;
      continue;
    }
    i++;
  }
  return out;
}

/** The text with every cross-reference blanked out (same length, so indices still match). */
export function blankReferences(text: string): string {
  const parts: string[] = [];
  let from = 0;
  for (const r of findReferences(text)) {
    parts.push(text.slice(from, r.index), ' '.repeat(r.length));
    from = r.index + r.length;
  }
  parts.push(text.slice(from));
  return parts.join('');
}
