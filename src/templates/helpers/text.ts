// `{{text unit "en"}}`: a text unit in one language -> our markup, with typography, emphasis,
// cross-references numbered now, and the unit's source position on every run.
import { error, type Span } from '../../diagnostics/index.js';
import { CASES, type Case, type Lang } from '../../model/types.js';
import { capitalizeFirst, crossReference, formatDate, typeset } from '../../i18n/index.js';
import { escapeMarkup, textRun } from '../markup/escape.js';
import type { RenderState } from '../state.js';
import { parseInline, type Segment } from './inline.js';
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

function reference(seg: Extract<Segment, { kind: 'ref' }>, e: Emit): string {
  const where: Partial<{ span: Span }> = e.src ? { span: e.src } : {};
  let kase: Case = 'nom';
  if (seg.case !== undefined) {
    if (!(CASES as readonly string[]).includes(seg.case)) {
      e.state.diagnostics.push(error('XREF_CASE', `The reference ${seg.raw} asks for an unknown case "${seg.case}".`,
        { ...where, hint: 'Use one of nom, gen, dat, acc, ins, pre, e.g. [[art-groups:gen]].' }));
      return run(seg.raw, e);
    }
    kase = seg.case as Case;
  }
  const path = e.state.refs.get(seg.id);
  if (path) {
    const sentenceStart = e.before.trim() === '' || /[.!?]\s*$/.test(e.before);
    let words = crossReference(path, e.lang, kase, {
      ...(e.opts.article === undefined ? {} : { article: e.opts.article }), ...(e.opts.annex === undefined ? {} : { annex: e.opts.annex }),
    });
    if (sentenceStart) words = capitalizeFirst(words);
    return `<ref to="${escapeMarkup(seg.id)}">${run(words, e)}</ref>`;
  }
  if (seg.id === 'deadline' && e.state.deadline) {
    const pieces = formatDate(e.state.deadline, e.lang);
    e.before += 'x';
    return piecesMarkup(pieces, e.src);
  }
  e.state.diagnostics.push(error('XREF_UNKNOWN', `The reference ${seg.raw} names no article, paragraph or item.`,
    { ...where, hint: seg.id === 'deadline' ? 'Give the note a silence: deadline: date.' : 'Give the target an id: and check the spelling.' }));
  return run(seg.raw, e);
}

function segments(list: readonly Segment[], e: Emit): string {
  return list.map((seg) => {
    switch (seg.kind) {
      case 'text': return run(seg.text, e);
      case 'em': return `<em>${segments(seg.children, e)}</em>`;
      case 'ref': return reference(seg, e);
    }
  }).join('');
}

/** The lines of a text as the officer broke them: a trailing line break (YAML's `|`) ends no line. */
export function textLines(raw: string): string[] {
  return raw.replace(/\s*\n\s*$/, '').split(/[ \t]*\n[ \t]*/);
}

/** Our markup for a unit's text in `lang`. Data problems (unknown ids) go to state.diagnostics. */
export function unitMarkup(raw: string, lang: Lang, src: Span | undefined, state: RenderState, opts: TextOptions = {}): string {
  const e: Emit = { lang, state, opts, capPending: opts.cap === true, before: '', ...(src ? { src } : {}) };
  if (!opts.lines) return segments(parseInline(typeset(raw.replace(/\s*\n\s*/g, ' '), lang)), e);
  return textLines(raw).map((line) => segments(parseInline(typeset(line, lang)), e)).join('<br/>');
}
