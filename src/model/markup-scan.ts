// What the running-text parser (markup.ts) and the check of texts printed as written share: placeholders found in one
// pass, indexOf in linear time over rising starts, the escapable characters; and that check itself (parsePlain).
import type { MarkupProblem, ParsedText, Placeholder } from './markup.js';

/** The characters a backslash escapes in running text. */
export const ESCAPABLE = '\\*[]';

/** Finds `[...]` placeholders in one pass: `open` is called at a single `[`, `close` at a single `]`; a `]` closes the
 *  last `[` not yet closed if no other bracket came between (a `[[...]]` reference inside is skipped by the caller). */
export class Placeholders {
  readonly found: Placeholder[] = [];
  private start = -1;
  constructor(private readonly s: string) {}
  open(i: number): void { this.start = i; }
  close(i: number): void {
    if (this.start >= 0) this.found.push({ index: this.start, text: this.s.slice(this.start, i + 1) });
    this.start = -1;
  }
  /** A bracket pair (`[[`, `]]`) that is no reference ends any placeholder. */
  cut(): void { this.start = -1; }
}

/** `s.indexOf(what, from)` for a rising `from`, in linear time over all calls (no quadratic rescans of long texts). */
export function finder(s: string, what: string): (from: number) => number {
  let last = -2;
  return (from) => {
    if (last === -1 || (last >= from)) return last;
    last = s.indexOf(what, from);
    return last;
  };
}

/** Checks a text printed as written (titles, names, places, signatories, letterhead): markup is not read there,
 *  so a `*`, `[[`, `]]` or escape in it would be printed raw. Placeholders are found as in running text. */
export function parsePlain(s: string, field: string): ParsedText {
  const problems: MarkupProblem[] = [];
  const placeholders = new Placeholders(s);
  const closing = finder(s, ']]');
  const where = field.replace(/\[\d+\]/g, '').replace(/\.(en|ru|nom|gen|dat|acc|ins|pre)$/, '');
  const hint = `\`${where}\` is printed as written: emphasis, cross-references and escapes are read only in running text (recitals, paragraphs, items, headings, final sentences, a note's body). Remove the markup.`;
  const report = (index: number, what: string) =>
    problems.push({ code: 'MARKUP_NOT_READ', index, message: `\`${what}\` in \`${field}\` would be printed as it stands: this field takes no markup.`, hint });
  for (let i = 0; i < s.length; i++) {
    const c = s[i]!;
    const next = s[i + 1];
    if (c === '\\' && next !== undefined && ESCAPABLE.includes(next)) { report(i, c + next); i++; continue; }
    if (c === '*') { report(i, next === '*' ? '**' : '*'); if (next === '*') i++; continue; }
    if ((c === '[' || c === ']') && next === c) {
      const end = c === '[' ? closing(i + 2) : -1;
      report(i, end < 0 ? c + c : s.slice(i, end + 2));
      i = end < 0 ? i + 1 : end + 1;
      placeholders.cut();
      continue;
    }
    if (c === '[') placeholders.open(i);
    else if (c === ']') placeholders.close(i);
  }
  return { inlines: s ? [{ kind: 'text', text: s }] : [], problems, placeholders: placeholders.found };
}

