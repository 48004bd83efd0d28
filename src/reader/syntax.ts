// YAML syntax errors explained at their cause (issue 10 §5): the colon inside an unquoted text, the line a quote
// was opened on, the line indented one space off, the tab; eemeli/yaml reports where it noticed, often later.
import { CST, Parser, type YAMLError } from 'yaml';
import { type Diagnostic, error } from '../diagnostics/index.js';
import type { Locator } from './positions.js';

const MESSAGES: Record<string, string> = {
  TAB_AS_INDENT: 'A tab is used for indentation; YAML allows only spaces.',
  BAD_INDENT: 'The indentation here does not line up with the lines above.',
  MISSING_CHAR: 'A closing quote or bracket is missing.',
  BLOCK_AS_IMPLICIT_KEY: 'A key is followed by something that cannot be a key; a colon or indentation may be wrong.',
  UNEXPECTED_TOKEN: 'This character is not expected here.',
  MULTILINE_IMPLICIT_KEY: 'A key may not run over several lines; a colon may be missing on the line above.',
};
const GENERIC_HINT = 'Check the indentation, colons and quotes on this line and the one above.';

interface Line { start: number; text: string; number: number }

function lineAt(text: string, offset: number): Line {
  const start = text.lastIndexOf('\n', Math.max(0, offset - 1)) + 1;
  const at = Math.min(offset, text.length);
  const end = text.indexOf('\n', at);
  const number = (text.slice(0, start).match(/\n/g)?.length ?? 0) + 1;
  return { start, text: text.slice(start, end < 0 ? text.length : end).replace(/\r$/, ''), number };
}

const blank = (l: string) => /^\s*(#.*)?$/.test(l);
const indentOf = (l: string) => /^ */.exec(l)![0].length;

/** The indentation levels open above line `start` (ancestors and siblings), as a tokenizer's indent stack. */
function openLevels(text: string, start: number): number[] {
  const stack: number[] = [0];
  const before = text.slice(Math.max(0, start - 20_000), start).split('\n');
  if (start > 20_000) before.shift();
  for (const l of before) {
    if (blank(l) || /^\s*\t/.test(l)) continue;
    const i = indentOf(l);
    while (stack.length > 1 && stack[stack.length - 1]! > i) stack.pop();
    if (stack[stack.length - 1]! < i) stack.push(i);
    const dash = /^ *(- +)/.exec(l);
    if (dash) stack.push(i + dash[1]!.length); // the entry's keys start after "- "
  }
  return stack;
}

/** A line indented to no level open above it: "5 spaces, between 4 and 6". */
function misIndent(text: string, line: Line, locator: Locator): Diagnostic | undefined {
  if (blank(line.text) || line.text.startsWith('\t')) return undefined;
  const n = indentOf(line.text);
  const levels = openLevels(text, line.start);
  if (levels.includes(n)) return undefined;
  const below = levels.filter((l) => l < n).at(-1);
  const above = levels.find((l) => l > n);
  const near = [below, above].filter((l): l is number => l !== undefined);
  const spaces = (k: number) => `${k} space${k === 1 ? '' : 's'}`;
  const off = near.some((l) => Math.abs(l - n) === 1) ? ' (one space off)' : '';
  return error('YAML_SYNTAX', `This line is indented by ${spaces(n)}${off}, which lines up with no entry above it (${near.map(spaces).join(' or ')}).`, {
    span: locator.span(line.start + n, line.start + n + 1),
    hint: `Entries of one map start in the same column: indent the line by ${near.map(spaces).join(' or ')}, as the entry it belongs with.`,
  });
}

/** `en: The Parties agree: to cooperate`: a plain text with ": " in it reads as a key inside a key. */
function colonInText(text: string, offset: number, locator: Locator): Diagnostic | undefined {
  const line = lineAt(text, offset);
  const value = line.text.slice(offset - line.start);
  if (/^["'[{|>&*!]/.test(value)) return undefined;
  const colon = /:(?=\s|$)/.exec(value.replace(/\s#.*$/, ''));
  if (!colon) return undefined;
  const at = offset + colon.index;
  return error('YAML_SYNTAX', 'A colon followed by a space inside a text makes YAML read a new key here.', {
    span: locator.span(at, at + 1), hint: 'Put the text in quotes: en: "…: …" (inside double quotes write a quote as \\").',
  });
}

/** The quoted scalar that was never closed: point at its opening quote, not where the parser gave up. */
function unclosedQuote(text: string, offset: number, locator: Locator): Diagnostic | undefined {
  let found: { offset: number; quote: string; end: number } | undefined;
  for (const token of new Parser().parse(text)) {
    if (token.type !== 'document') continue;
    CST.visit(token, (item) => {
      for (const t of [item.key, item.value]) {
        if (!t || (t.type !== 'double-quoted-scalar' && t.type !== 'single-quoted-scalar') || t.offset > offset) continue;
        const q = t.source[0]!;
        const closed = t.source.length > 1 && t.source.endsWith(q) && !(q === '"' && /(^|[^\\])(\\\\)*\\"$/.test(t.source.slice(1)));
        if (!closed && (!found || t.offset > found.offset)) found = { offset: t.offset, quote: q, end: t.offset + t.source.length };
      }
    });
  }
  if (!found) return undefined;
  const runsTo = lineAt(text, found.end).number;
  const opened = lineAt(text, found.offset).number;
  const to = runsTo > opened ? `: the text runs on to line ${runsTo}${found.end >= text.trimEnd().length ? ', the end of the file' : ''}` : '';
  return error('YAML_SYNTAX', `This quote (${found.quote}) is never closed${to}.`, {
    span: locator.span(found.offset, found.offset + 1),
    hint: found.quote === '"' ? 'Close the quote at the end of the text; a quote inside the text is written \\".' : "Close the quote at the end of the text; an apostrophe inside single quotes is written ''.",
  });
}

/** eemeli/yaml notices an unclosed `{` or `[` only where the next key starts; point at the bracket itself. */
function unclosedFlow(text: string, offset: number, message: string, locator: Locator): Diagnostic | undefined {
  const kind = /^Flow (map|sequence) in block collection/.exec(message)?.[1];
  if (!kind) return undefined;
  const [open, close] = kind === 'map' ? ['{', '}'] : ['[', ']'];
  const at = text.lastIndexOf(open, offset);
  if (at < 0) return undefined;
  return error('YAML_SYNTAX', `This \`${open}\` is not closed with \`${close}\`.`, {
    span: locator.span(at), hint: `Add the closing \`${close}\` at the end of the entry (or write the entry as indented lines).`,
  });
}

/** One parser error as a diagnostic at its cause. */
export function explainSyntaxError(text: string, e: YAMLError, locator: Locator): Diagnostic {
  const offset = e.pos[0];
  if (/Maximum call stack/.test(e.message)) {
    return error('YAML_SYNTAX', 'The file nests lists or maps far too deeply to be an agreement.', {
      span: locator.span(offset), hint: 'An agreement nests lists a few levels deep at most: check that this is the right file.',
    });
  }
  const line = lineAt(text, offset);
  const tab = /^[ ]*\t/.exec(line.text);
  if (tab && (e.code === 'TAB_AS_INDENT' || e.code === 'BAD_INDENT')) {
    const at = line.start + tab[0].length - 1;
    return error('YAML_SYNTAX', MESSAGES.TAB_AS_INDENT!, { span: locator.span(at, at + 1), hint: 'Replace the tab with spaces (most editors: "Convert indentation to spaces").' });
  }
  if (e.code === 'MISSING_CHAR' && /closing ["']quote/.test(e.message)) {
    const quote = unclosedQuote(text, offset, locator);
    if (quote) return quote;
  }
  const flow = unclosedFlow(text, offset, e.message, locator);
  if (flow) return flow;
  if (e.code === 'BLOCK_IN_FLOW') {
    // `title: { en: Protocol: on cooperation, ru: … }`: in braces too, a plain text's ": " starts a key.
    const colon = colonInText(text, offset, locator);
    if (colon) return colon;
  }
  if (e.code === 'BLOCK_AS_IMPLICIT_KEY' || e.code === 'MULTILINE_IMPLICIT_KEY') {
    const colon = colonInText(text, offset, locator);
    if (colon) return colon;
    // `date: 2020` then a line indented one more: that line continues the value, "2020 originals: 2".
    const nextStart = text.indexOf('\n', offset) + 1;
    if (nextStart > 0) {
      const next = lineAt(text, nextStart);
      if (/^\s+[^\s#-][^:]*:(\s|$)/.test(next.text) && indentOf(next.text) > indentOf(line.text)) {
        const indent = misIndent(text, next, locator);
        if (indent) return indent;
      }
    }
  }
  if (e.code === 'BAD_INDENT' || (e.code === 'MISSING_CHAR' && /Sequence item without/.test(e.message))) {
    const indent = misIndent(text, line, locator);
    if (indent) return indent;
  }
  return error('YAML_SYNTAX', MESSAGES[e.code] ?? `The YAML cannot be read here: ${e.message.split('\n')[0]}`, { span: locator.span(offset), hint: GENERIC_HINT });
}

/** The text with the lines of a syntax error's cause made blank (same length, so offsets stay), and the
 *  lines under it that belong to it (more indented), so the next parse finds the file's next own error. */
export function blankCause(text: string, d: Diagnostic): string {
  const lines = text.split('\n');
  const first = (d.span?.start.line ?? 1) - 1;
  const own = indentOf(lines[first] ?? '');
  let last = first;
  while (last + 1 < lines.length && (blank(lines[last + 1]!) || indentOf(lines[last + 1]!) > own || /^\s*\t/.test(lines[last + 1]!))) last++;
  for (let i = first; i <= last; i++) lines[i] = ' '.repeat(lines[i]!.length);
  return lines.join('\n');
}
