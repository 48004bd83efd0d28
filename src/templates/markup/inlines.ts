// Inline markup elements -> tree Inlines, with whitespace collapsed as in running text.
import type { Span } from '../../diagnostics/index.js';
import type { Inline, LangTag } from '../../document/index.js';
import { MarkupError, type Node } from './parse.js';

/** `file:line:col` (the file may itself hold colons) -> Span. */
export function parseSpanAttr(value: string, at: number): Span {
  const m = /^(.*):(\d+):(\d+)$/s.exec(value);
  if (!m) throw new MarkupError(`bad source position "${value}"`, at);
  return { file: m[1]!, start: { line: Number(m[2]), col: Number(m[3]) } };
}

function number(value: string | undefined, name: string, at: number): number {
  const n = Number(value);
  if (value === undefined || value.trim() === '' || !Number.isFinite(n) || n < 0) {
    throw new MarkupError(`${name} must be a number`, at);
  }
  return n;
}

function textInline(text: string, lang: LangTag, src?: Span): Inline {
  return src ? { kind: 'text', text, lang, src } : { kind: 'text', text, lang };
}

function convert(nodes: readonly Node[], lang: LangTag, src?: Span): Inline[] {
  const out: Inline[] = [];
  for (const node of nodes) {
    if (typeof node === 'string') {
      if (node !== '') out.push(textInline(node, lang, src));
      continue;
    }
    const { name, attrs, children, at } = node;
    switch (name) {
      case 'em': out.push({ kind: 'emphasis', children: convert(children, lang, src) }); break;
      case 'strong': out.push({ kind: 'strong', children: convert(children, lang, src) }); break;
      case 'ref': {
        if (!attrs.to) throw new MarkupError('<ref> needs a to="..." target', at);
        out.push({ kind: 'crossReference', target: attrs.to, children: convert(children, lang, src) });
        break;
      }
      case 'blank':
        if (children.length) throw new MarkupError('<blank/> holds no text', at);
        out.push({ kind: 'blank', width: number(attrs.width, 'width of <blank/>', at) });
        break;
      case 'br':
        if (children.length) throw new MarkupError('<br/> holds no text', at);
        out.push({ kind: 'lineBreak' });
        break;
      case 't': {
        if (!attrs.at) throw new MarkupError('<t> needs an at="file:line:col" position', at);
        out.push(...convert(children, lang, parseSpanAttr(attrs.at, at)));
        break;
      }
      default:
        throw new MarkupError(`<${name}> cannot stand inside a paragraph`, at);
    }
  }
  return out;
}

function sameSpan(a?: Span, b?: Span): boolean {
  return a === b || (a !== undefined && b !== undefined && a.file === b.file && a.start.line === b.start.line && a.start.col === b.start.col);
}

/** Collapses runs of spaces, tabs and newlines (not no-break spaces) to one space across element
 *  boundaries, trims the paragraph's ends, drops empty text runs and merges neighbouring ones. */
function normalise(inlines: Inline[], state: { space: boolean }): Inline[] {
  const out: Inline[] = [];
  for (const inline of inlines) {
    switch (inline.kind) {
      case 'text': {
        let text = inline.text.replace(/[ \t\r\n]+/g, ' ');
        if (state.space && text.startsWith(' ')) text = text.slice(1);
        if (text === '') break;
        state.space = text.endsWith(' ');
        const prev = out[out.length - 1];
        if (prev?.kind === 'text' && prev.lang === inline.lang && sameSpan(prev.src, inline.src)) {
          out[out.length - 1] = { ...prev, text: prev.text + text };
        } else {
          out.push({ ...inline, text });
        }
        break;
      }
      case 'emphasis': case 'strong': case 'crossReference':
        out.push({ ...inline, children: normalise(inline.children, state) });
        break;
      case 'lineBreak':
        trimEnd(out);
        state.space = true;
        out.push(inline);
        break;
      case 'blank':
        state.space = false;
        out.push(inline);
        break;
    }
  }
  return out;
}

/** Removes one trailing space from the last text run, descending into containers. */
function trimEnd(inlines: Inline[]): void {
  const last = inlines[inlines.length - 1];
  if (!last) return;
  if (last.kind === 'text') {
    const text = last.text.replace(/ $/, '');
    if (text === '') {
      inlines.pop();
      trimEnd(inlines);
    } else {
      inlines[inlines.length - 1] = { ...last, text };
    }
  } else if (last.kind === 'emphasis' || last.kind === 'strong' || last.kind === 'crossReference') {
    trimEnd(last.children);
  }
}

/** A paragraph's children as tree inlines. */
export function buildInlines(nodes: readonly Node[], lang: LangTag): Inline[] {
  const out = normalise(convert(nodes, lang), { space: true });
  trimEnd(out);
  return out;
}
