// Inline markup elements -> tree Inlines, with whitespace collapsed as in running text.
import type { Span } from '../../diagnostics/index.js';
import type { Inline, LangTag } from '../../document/index.js';
import { bindingSpaces } from '../../i18n/index.js';
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

/** The paragraph's text runs in reading order (inside emphasis and links too). */
function textRuns(inlines: Inline[], out: { list: Inline[]; index: number }[] = []): { list: Inline[]; index: number }[] {
  inlines.forEach((inline, index) => {
    if (inline.kind === 'text') out.push({ list: inlines, index });
    else if (inline.kind === 'emphasis' || inline.kind === 'strong' || inline.kind === 'crossReference') textRuns(inline.children, out);
    else out.push({ list: inlines, index: -1 }); // a blank or line break: no rule reaches across it
  });
  return out;
}

/** Makes the spaces that typography binds (i18n bindingSpaces: dates, acronym pairs, and with `shortWords` short
 *  Russian words) no-break, over the paragraph's whole text, so a rule holds across runs ("в " from a template, then a
 *  name from the YAML). A space becomes one no-break space: every text run keeps its length, and source positions
 *  stay true. Mutates `inlines` (runs are replaced, not edited). */
export function bindSpaces(inlines: Inline[], lang: LangTag, shortWords = false): void {
  const runs = textRuns(inlines);
  const OBJECT = '\uFFFC';
  const text = runs.map((r) => (r.index < 0 ? OBJECT : (r.list[r.index] as { text: string }).text)).join('');
  const bound = new Set(bindingSpaces(text, lang === 'ru-RU' ? 'ru' : 'en', shortWords));
  if (!bound.size) return;
  let start = 0;
  for (const r of runs) {
    if (r.index < 0) {
      start += OBJECT.length;
      continue;
    }
    const run = r.list[r.index] as Extract<Inline, { kind: 'text' }>;
    let changed = run.text;
    for (let i = 0; i < run.text.length; i++) {
      if (bound.has(start + i)) changed = `${changed.slice(0, i)}\u00a0${changed.slice(i + 1)}`;
    }
    if (changed !== run.text) r.list[r.index] = { ...run, text: changed };
    start += run.text.length;
  }
}

/** A paragraph's children as tree inlines. */
export function buildInlines(nodes: readonly Node[], lang: LangTag): Inline[] {
  const out = normalise(convert(nodes, lang), { space: true });
  trimEnd(out);
  bindSpaces(out, lang);
  return out;
}
