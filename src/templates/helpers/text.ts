// `{{text unit "en"}}`: a running text's inlines, as the model parsed them (model/markup.ts), -> our markup, with
// typography, emphasis, cross-references numbered now, and the unit's source position on every run. A text printed as
// written (title, place, signatory) is typeset and escaped: it holds no markup (the model refuses any).
import { error, type Span } from '../../diagnostics/index.js';
import type { Inline, Lang } from '../../model/types.js';
import { capitalizeFirst, crossReference, formatDate, typeset } from '../../i18n/index.js';
import { escapeMarkup, textRun } from '../markup/escape.js';
import type { RenderState } from '../state.js';
import { piecesMarkup } from './pieces.js';

export interface TextOptions {
  /** Capitalise the first letter (the unit starts a sentence here). */
  cap?: boolean;
  /** Whole text in capitals (titles, as the references print them). */
  upper?: boolean;
  /** The article the unit stands in: a reference into it says "this Article". */
  article?: number;
  /** The annex the unit stands in: a reference into it says "this Annex". */
  annex?: number;
  /** Keep the officer's line breaks (a title's lines, docs/format.md); elsewhere a line break is a space. */
  lines?: boolean;
}

interface Emit {
  lang: Lang;
  src?: Span;
  state: RenderState;
  opts: TextOptions;
  /** Still waiting for the first letter to capitalise. */
  capPending: boolean;
  /** Plain text emitted so far, to tell whether a reference starts a sentence. */
  before: string;
}

function run(text: string, e: Emit): string {
  let t = e.opts.upper ? text.toUpperCase() : text;
  if (e.capPending && /\p{L}/u.test(t)) {
    t = capitalizeFirst(t);
    e.capPending = false;
  }
  e.before += t;
  return textRun(t, e.src);
}

function reference(ref: Extract<Inline, { kind: 'reference' }>, e: Emit): string {
  const path = e.state.refs.get(ref.id);
  if (path) {
    const sentenceStart = e.before.trim() === '' || /[.!?]\s*$/.test(e.before);
    let words = crossReference(path, e.lang, ref.case ?? 'nom', {
      ...(e.opts.article === undefined ? {} : { article: e.opts.article }), ...(e.opts.annex === undefined ? {} : { annex: e.opts.annex }),
    });
    if (sentenceStart) words = capitalizeFirst(words);
    return `<ref to="${escapeMarkup(ref.id)}">${run(words, e)}</ref>`;
  }
  if (ref.id === 'deadline' && e.state.deadline) {
    const pieces = formatDate(e.state.deadline, e.lang);
    e.before += 'x';
    return piecesMarkup(pieces, e.src);
  }
  // Only an agreement that skipped validation gets here (the model checks every reference).
  e.state.diagnostics.push(error('XREF_UNKNOWN', `The reference ${ref.written} names no article, paragraph or item.`,
    { ...(e.src ? { span: e.src } : {}), hint: ref.id === 'deadline' ? 'Give the note a silence: deadline: date.' : 'Give the target an id: and check the spelling.' }));
  return run(ref.written, e);
}

function emit(list: readonly Inline[], e: Emit): string {
  return list.map((inline) => {
    switch (inline.kind) {
      case 'text': return run(inline.text, e);
      case 'emphasis': return `<em>${emit(inline.children, e)}</em>`;
      case 'reference': return reference(inline, e);
    }
  }).join('');
}

const EDGE = '\uE000';
const OBJECT = '\uFFFC';
const MARKS = /[\uE000\uFFFC]/;

/** Each line break, with the white space around it, as one space (as a global replace of white space around a line break would, in linear time). */
function foldLines(t: string): string {
  if (!t.includes('\n')) return t;
  const lines = t.split('\n');
  const last = lines.length - 1;
  return lines.map((l, i) => (i > 0 ? (i < last ? l.trim() : l.trimStart()) : l.trimEnd()))
    .filter((l, i) => l !== '' || i === 0 || i === last).join(' ');
}

/** Neighbouring text runs joined (the parser never leaves two side by side; a unit built by hand may). */
function merged(list: readonly Inline[]): Inline[] {
  const out: Inline[] = [];
  for (const i of list) {
    const last = out[out.length - 1];
    if (i.kind === 'text' && last?.kind === 'text') out[out.length - 1] = { kind: 'text', text: last.text + i.text };
    else out.push(i.kind === 'emphasis' ? { kind: 'emphasis', children: merged(i.children) } : i);
  }
  return out;
}

/** The language's typography over the whole text, across emphasis and references (Russian quotes pair up around
 *  them, as when the text was typeset whole): the runs are joined with a mark at each edge of an emphasis and for
 *  each reference, typeset together, and cut at the marks again. */
export function typesetInlines(list: readonly Inline[], lang: Lang): Inline[] {
  const only = list.length === 1 ? list[0]! : undefined;
  if (only?.kind === 'text') return [{ kind: 'text', text: typeset(foldLines(only.text), lang) }];
  const tree = merged(list);
  const parts: string[] = [];
  const flat = (l: readonly Inline[]): void => l.forEach((i) => {
    if (i.kind === 'text') parts.push(i.text);
    else if (i.kind === 'reference') parts.push(OBJECT);
    else { parts.push(EDGE); flat(i.children); parts.push(EDGE); }
  });
  flat(tree);
  // A line break is a space in running text (only a title keeps its lines: plainMarkup), before typography reads it.
  const joined = foldLines(parts.join(''));
  const marks = parts.filter((p) => p === EDGE || p === OBJECT).length;
  const pieces = typeset(joined, lang).split(MARKS);
  // A text that itself holds a mark character is typeset run by run.
  const whole = joined.split(MARKS).length === marks + 1 && pieces.length === marks + 1;
  let piece = 0;
  const walk = (l: readonly Inline[]): Inline[] => l.map((i): Inline => {
    if (i.kind === 'text') return { kind: 'text', text: whole ? pieces[piece]! : typeset(i.text, lang) };
    piece++;
    if (i.kind === 'reference') return i;
    const children = walk(i.children);
    piece++;
    return { kind: 'emphasis', children };
  });
  return walk(tree);
}

/** Our markup for a running text's inlines in `lang`. Data problems (unknown ids) go to state.diagnostics. */
export function unitMarkup(inlines: readonly Inline[], lang: Lang, src: Span | undefined, state: RenderState, opts: TextOptions = {}): string {
  const e: Emit = { lang, state, opts, capPending: opts.cap === true, before: '', ...(src ? { src } : {}) };
  return emit(typesetInlines(inlines, lang), e);
}

/** The lines of a text as the officer broke them: a trailing line break (YAML's `|`) ends no line. */
export function textLines(raw: string): string[] {
  return raw.replace(/\s*\n\s*$/, '').split(/[ \t]*\n[ \t]*/);
}

/** Our markup for a text printed as written, in `lang`; with `lines`, its line breaks kept (a title's), each line
 *  typeset on its own and only the first capitalised. */
export function plainMarkup(text: string, lang: Lang, state: RenderState, opts: TextOptions = {}): string {
  const e: Emit = { lang, state, opts, capPending: opts.cap === true, before: '' };
  const lines = opts.lines ? textLines(text) : [text];
  return lines.map((line) => emit(typesetInlines(line ? [{ kind: 'text', text: line }] : [], lang), e)).join('<br/>');
}
