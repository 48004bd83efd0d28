// The officer's inline markup (docs/format.md, "Inline markup"), parsed once: validation reports its problems, templates print its inlines.
import { CASES, LANGS, type Case, type Lang, type Texts } from './types.js';
import { ESCAPABLE, Placeholders, finder } from './markup-scan.js';
import { didYouMean } from './suggest.js';

export { parsePlain } from './markup-scan.js';

/** One piece of a running text, as the templates print it. */
export type Inline =
  | { kind: 'text'; text: string }
  | { kind: 'emphasis'; children: Inline[] }
  /** `[[id]]` / `[[id:case]]`; `at` is the index of its first `[` in the text, `written` the reference as written. */
  | { kind: 'reference'; id: string; case?: Case; written: string; at: number };

export type MarkupCode = 'BAD_EMPHASIS' | 'BAD_CROSS_REFERENCE' | 'BAD_ESCAPE' | 'MARKUP_NOT_READ';

/** Something that rendering would print as raw markup, at the index of its first character. */
export interface MarkupProblem {
  code: MarkupCode;
  index: number;
  message: string;
  hint: string;
}

/** A bracketed text `[...]` of the kind the starters leave to be filled in. */
export interface Placeholder {
  index: number;
  text: string;
}

export interface ParsedText {
  inlines: Inline[];
  problems: MarkupProblem[];
  placeholders: Placeholder[];
}

/** What may stand as the id of a reference; whether it names a target (and is a valid id) the cross-reference rule says. */
const ID = /^[^\s:[\]*\\]+$/u;
/** A run of characters none of which can start markup. */
const PLAIN = /[^\\*[\]]*/y;
const space = (ch: string | undefined) => ch === undefined || /\s/u.test(ch);
const STAR_HINT = 'Emphasis is `*words*`: one star on each side, touching the words. Write `\\*` for a star that belongs to the text.';
const REF_HINT = 'A cross-reference is `[[id]]` or `[[id:case]]`, with no spaces: `[[art-purpose]]`, `[[art-purpose:gen]]`. Write `\\[[` for literal brackets.';

/** Why `[[inner]]` is not a cross-reference, or undefined when it is one. */
function referenceProblem(inner: string, written: string): { message: string; hint: string } | undefined {
  const colon = inner.indexOf(':');
  const id = colon < 0 ? inner : inner.slice(0, colon);
  const kase = colon < 0 ? undefined : inner.slice(colon + 1);
  const bad = (why: string, hint = REF_HINT) => ({ message: `\`${written}\` ${why}.`, hint });
  if (inner.trim() === '') return bad('is an empty cross-reference: it names no id');
  if (/\s/u.test(inner)) {
    const tight = inner.replace(/\s+/gu, '');
    return bad('has spaces inside, and is printed as written', `Write it without spaces: \`[[${tight}]]\`.`);
  }
  if (id === '') return bad('names no id before its case');
  if (!ID.test(id)) return bad(`names \`${id}\`, which cannot be an id (letters, digits, - and _, starting with a letter)`);
  if (kase === undefined) return undefined;
  if (kase === '') return bad('has a `:` but no case after it', `Give the case (${CASES.join(', ')}) or remove the \`:\`: \`[[${id}]]\`.`);
  if (!(CASES as readonly string[]).includes(kase)) {
    return bad(`asks for \`${kase}\`, which is not a case; the cases are ${CASES.join(', ')}`, didYouMean(kase.toLowerCase(), CASES) ?? `Write e.g. \`[[${id}:gen]]\`.`);
  }
  return undefined;
}

/** Parses a running text (preamble, paragraph, item, heading, final sentence, note body). Total: a problem is
 *  reported and the offending characters are kept as text, so a caller that skipped validation still renders. */
export function parseInline(s: string): ParsedText {
  const problems: MarkupProblem[] = [];
  const placeholders = new Placeholders(s);
  const closing = finder(s, ']]');
  const opening = finder(s, '[[');
  const root: Inline[] = [];
  let current = root;
  let emphasis: { index: number; node: Extract<Inline, { kind: 'emphasis' }> } | undefined;
  let text = '';
  let literalPairs = 0;
  const flush = () => {
    if (text) current.push({ kind: 'text', text });
    text = '';
  };
  const problem = (code: MarkupCode, index: number, message: string, hint: string) => problems.push({ code, index, message, hint });
  let i = 0;
  while (i < s.length) {
    const c = s[i]!;
    const next = s[i + 1];
    if (c === '\\') {
      if (next !== undefined && ESCAPABLE.includes(next)) {
        // `\[[` opens a literal pair: the `]]` that follows belongs to it (docs/format.md).
        if ((next === '[' || next === ']') && s[i + 2] === next) {
          text += next + next;
          placeholders.cut();
          if (next === '[') literalPairs++;
          else if (literalPairs > 0) literalPairs--;
          i += 3;
        } else {
          text += next;
          i += 2;
        }
        continue;
      }
      problem('BAD_ESCAPE', i, next === undefined ? 'A `\\` ends the text and escapes nothing.' : `A \`\\\` stands before \`${next}\`, which it does not escape, and would be printed.`,
        'Only `\\*`, `\\[`, `\\]` and `\\\\` are escapes; write `\\\\` for a backslash.');
      text += c;
      i += 1;
      continue;
    }
    if (c === '*') {
      if (next === '*') {
        problem('BAD_EMPHASIS', i, '`**` is not markup of this format: emphasis is one `*` on each side, and there is no bold.', STAR_HINT);
        text += '**';
        i += 2;
        continue;
      }
      if (!emphasis) {
        if (space(next)) {
          problem('BAD_EMPHASIS', i, 'A `*` followed by a space opens no emphasis, and would be printed.', STAR_HINT);
          text += c;
        } else {
          flush();
          const node: Extract<Inline, { kind: 'emphasis' }> = { kind: 'emphasis', children: [] };
          current.push(node);
          current = node.children;
          emphasis = { index: i, node };
        }
      } else {
        if (space(s[i - 1])) problem('BAD_EMPHASIS', i, 'A `*` after a space closes the emphasis opened before it; emphasis ends on a word.', STAR_HINT);
        flush();
        current = root;
        emphasis = undefined;
      }
      i += 1;
      continue;
    }
    if (c === '[' && next === '[') {
      const end = closing(i + 2);
      const reopened = opening(i + 2);
      if (end < 0 || (reopened >= 0 && reopened < end)) {
        problem('BAD_CROSS_REFERENCE', i, 'A cross-reference `[[` is not closed with `]]`.', REF_HINT);
        placeholders.cut();
        text += '[[';
        i += 2;
        continue;
      }
      const inner = s.slice(i + 2, end);
      const written = s.slice(i, end + 2);
      const why = referenceProblem(inner, written);
      if (why) {
        problem('BAD_CROSS_REFERENCE', i, why.message, why.hint);
        text += written;
      } else {
        flush();
        const colon = inner.indexOf(':');
        current.push(colon < 0
          ? { kind: 'reference', id: inner, written, at: i }
          : { kind: 'reference', id: inner.slice(0, colon), case: inner.slice(colon + 1) as Case, written, at: i });
      }
      i = end + 2;
      continue;
    }
    if (c === ']' && next === ']') {
      placeholders.cut();
      if (literalPairs > 0) literalPairs--;
      else problem('BAD_CROSS_REFERENCE', i, 'A `]]` closes no cross-reference, and would be printed.', REF_HINT.replace('`\\[[`', '`\\]]`'));
      text += ']]';
      i += 2;
      continue;
    }
    if (c === '[') placeholders.open(i);
    else if (c === ']') placeholders.close(i);
    // Plain characters up to the next one that may be markup, in one slice (long texts stay linear and light).
    PLAIN.lastIndex = i + 1;
    PLAIN.exec(s);
    text += s.slice(i, PLAIN.lastIndex);
    i = PLAIN.lastIndex;
  }
  flush();
  if (emphasis) {
    problem('BAD_EMPHASIS', emphasis.index, 'A `*` opens emphasis that no `*` closes.', STAR_HINT);
    root.pop();
    root.push({ kind: 'text', text: '*' }, ...emphasis.node.children);
  }
  return { inlines: root, problems, placeholders: placeholders.found };
}

/** The cross-references of parsed inlines, in reading order (inside emphasis too). */
export function referencesOf(inlines: readonly Inline[], out: Extract<Inline, { kind: 'reference' }>[] = []): Extract<Inline, { kind: 'reference' }>[] {
  for (const inline of inlines) {
    if (inline.kind === 'reference') out.push(inline);
    else if (inline.kind === 'emphasis') referencesOf(inline.children, out);
  }
  return out;
}

/** The text with every cross-reference blanked out (same length, so indices still match the source). */
export function blankReferences(text: string, inlines: readonly Inline[]): string {
  const parts: string[] = [];
  let from = 0;
  for (const r of referencesOf(inlines)) {
    parts.push(text.slice(from, r.at), ' '.repeat(r.written.length));
    from = r.at + r.written.length;
  }
  parts.push(text.slice(from));
  return parts.join('');
}

/** The inlines of a text in every language, for a unit built outside the walk (tests, tools): the same parser. */
export function inlineOf(text: Texts): Record<Lang, Inline[]> {
  return Object.fromEntries(LANGS.map((l) => [l, parseInline(text[l]).inlines])) as Record<Lang, Inline[]>;
}
