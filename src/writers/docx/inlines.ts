// Inlines -> Word runs. Every run carries w:lang (en-GB / ru-RU) so Word checks each language with its dictionary.
import { DeletedTextRun, InsertedTextRun, InternalHyperlink, NoBreakHyphen, SoftHyphen, TextRun, type IContext, type IRunOptions, type IXmlableObject, type ParagraphChild } from 'docx';
import { boundHyphens, tokenBreaks } from '../../layout/hyphenate.js';
import type { Inline, LangTag } from '../../document/index.js';
import type { Bookmarks } from './bookmarks.js';
import { UNDERSCORE_EM } from './measure.js';

/** Word's tracked changes (ECMA-376 §17.13.5): who made them and when, and the next free w:id (unique in the
 *  document, across every part and kind of revision). */
export interface Revisions {
  author: string;
  /** ISO 8601 date and time. */
  date: string;
  next(): number;
}

/** A change as Word marks it: w:ins or w:del with its id, author and date. */
export type TrackedChange = { kind: 'inserted' | 'deleted'; revisions: Revisions };

export function changeAttributes(change: TrackedChange): { id: number; author: string; date: string } {
  return { id: change.revisions.next(), author: change.revisions.author, date: change.revisions.date };
}

/** A run as Word's tracked change of `change`'s kind (w:ins > w:r, or w:del > w:r with w:delText), else as it is. */
export function trackedRun(options: IRunOptions, change: TrackedChange | undefined): ParagraphChild {
  if (!change) return new TextRun(options);
  return change.kind === 'inserted' ? new InsertedTextRun({ ...options, ...changeAttributes(change) }) : new DeletedTextRun({ ...options, ...changeAttributes(change) });
}

interface RunFormat {
  /** Inside an insertion or deletion (a redline). */
  change?: TrackedChange;
  bold?: boolean;
  italics?: boolean;
  /** Inside a hyperlink already: Word does not nest w:hyperlink (ECMA-376 §17.16.22). */
  linked?: boolean;
  /** Running text the PDF hyphenates: its words of at least this many characters carry the PDF's hyphenation points
   *  as optional hyphens (0: every word). Absent: none. */
  hyphenate?: number;
  /** The widest blank the line holds, in ems: a longer one would wrap its last underscores onto a line of their own. */
  maxBlankEms?: number;
  /** The document's revisions, for the insertions and deletions among the inlines. */
  revisions?: Revisions;
}

/**
 * A text with an optional hyphen (w:softHyphen, ECMA-376 §17.3.3.29) at every point where the PDF's layout may
 * hyphenate it (layout/hyphenate.ts: Liang's patterns, TeX's minimum letters, no short words, no capitals, no
 * tokens with digits). Word and LibreOffice break there as the PDF does, with or without a hyphenation
 * dictionary of their own (LibreOffice has none for a language unless one is installed), and show nothing
 * elsewhere; w:autoHyphenation stays on for text the officer adds.
 */
function hyphenated(text: string, lang: LangTag, soft: number | undefined): (string | SoftHyphen | NoBreakHyphen)[] {
  return hyphenPieces(text, lang, soft).map((p) => (p === SOFT ? SOFT_HYPHEN : p === BOUND ? NO_BREAK_HYPHEN : p));
}

/** One of each: an empty element is the same component wherever it comes. */
const SOFT_HYPHEN = new SoftHyphen();
const NO_BREAK_HYPHEN = new NoBreakHyphen();

const SOFT = 0;
const BOUND = 1;
type Piece = string | typeof SOFT | typeof BOUND;

/** The pieces of each text as `hyphenated` cuts it, by language and text: the same text comes in two layouts of an
 *  agreement (its own language's and the parallel text) and in every document that repeats a formula. Bounded. */
const PIECES = new Map<string, readonly Piece[]>();
const MAX_PIECES = 4096;

function hyphenPieces(text: string, lang: LangTag, soft: number | undefined): readonly Piece[] {
  const key = `${soft ?? '-'}${lang}\u0000${text}`;
  const hit = PIECES.get(key);
  if (hit) return hit;
  const out: Piece[] = [];
  let pending = '';
  for (const token of text.split(/( )/)) {
    // Optional hyphens where the PDF may hyphenate; a hard hyphen the PDF never breaks at (a proper name's, as in
    // «Нур-Султан», layout/hyphenate.ts boundHyphens) as w:noBreakHyphen (§17.3.3.18), which Word never breaks at.
    // A compound's parts carry none: a compound goes over at its own hyphen or not at all (Мильчин), and the PDF
    // breaks inside a part only as its last resort before a ragged paragraph (layout/setting.ts). A compound bound by
    // its short part ("non-interference") thus stays whole: readers marked LibreOffice's "non-interfer-/ence" to fix,
    // where a looser line before it passed.
    const breaks = soft !== undefined && token !== ' ' && token.length >= soft ? tokenBreaks(token, lang) : undefined;
    const points = breaks ? breaks.hyphen : [];
    const cuts = [
      ...points.map((at) => ({ at, bound: false })),
      ...boundHyphens(token, lang).map((at) => ({ at, bound: true })),
    ].sort((a, b) => a.at - b.at);
    let from = 0;
    for (const cut of cuts) {
      out.push(pending + token.slice(from, cut.at), cut.bound ? BOUND : SOFT);
      pending = '';
      from = cut.bound ? cut.at + 1 : cut.at;
    }
    pending += token.slice(from);
  }
  if (pending.length > 0 || out.length === 0) out.push(pending);
  if (PIECES.size >= MAX_PIECES) PIECES.clear();
  PIECES.set(key, out);
  return out;
}

type RunOptions = { text?: string; break?: number; bold?: boolean; italics?: boolean; hyphenate?: number };

function runOptions(lang: LangTag, options: RunOptions): IRunOptions {
  const soft = options.text !== undefined ? hyphenated(options.text, lang, options.hyphenate) : undefined;
  return {
    ...(soft !== undefined && soft.length > 1 ? { children: soft } : options.text !== undefined ? { text: options.text } : {}),
    ...(options.break !== undefined ? { break: options.break } : {}),
    ...(options.bold ? { bold: true } : {}),
    ...(options.italics ? { italics: true } : {}),
    language: { value: lang },
  };
}

/**
 * A run that docx writes the same wherever it comes: its XML object is made once and given again. A run holds its
 * properties, texts and hyphens and refers to nothing else of its document, so one instance serves every paragraph
 * and document it comes in.
 */
class KeptRun extends TextRun {
  #xml: IXmlableObject | undefined;
  override prepForXml(context: IContext): IXmlableObject | undefined {
    return (this.#xml ??= super.prepForXml(context));
  }
}

/** The untracked runs made lately, by language, format and text, the least recently used first: a text comes in its
 *  own language's layout and again in the parallel one, and every document repeats some (labels, blanks, formulas).
 *  An agreement's English and Russian texts hold up to some 460 runs (the bench corpus); a run kept costs some 14 KB
 *  of heap. */
const RUNS = new Map<string, KeptRun>();
const MAX_RUNS = 512;

/** Forgets the runs made so far (before a startup snapshot is written: a cold start keeps no agreement's text). */
export function forgetRuns(): void {
  RUNS.clear();
}

/** A run of the given language; formatting only where set, so the paragraph style decides the rest. */
export function run(lang: LangTag, options: RunOptions, change?: TrackedChange): ParagraphChild {
  if (change) return trackedRun(runOptions(lang, options), change);
  const key = `${lang}\u0000${options.break ?? ''}${options.bold ? 'b' : ''}${options.italics ? 'i' : ''}${options.hyphenate ?? '-'}\u0000${options.text === undefined ? '' : `:${options.text}`}`;
  let kept = RUNS.get(key);
  if (kept) RUNS.delete(key);
  else {
    if (RUNS.size >= MAX_RUNS) RUNS.delete(RUNS.keys().next().value!);
    kept = new KeptRun(runOptions(lang, options));
  }
  RUNS.set(key, kept);
  return kept;
}

/** A blank `width` ems long as underscores: they survive copy, plain text and every reader, unlike a drawn line. */
export function blankText(width: number): string {
  return '_'.repeat(Math.max(1, Math.round(width / UNDERSCORE_EM)));
}

/**
 * A no-break space after a blank as an ordinary space. The PDF ties a blank to the text after it and lets the blank
 * grow to fill the line (layout/breakItems.ts growingBlanks, as TeX's \\hrulefill); Word and LibreOffice can do
 * neither: they stretch only U+0020 in a justified line (LibreOffice's sw lcl_AddSpace counts CH_BLANK alone; U+202F
 * is fixed too, and a word joiner after a space does not stop LibreOffice breaking there), so a tied chain of blanks
 * such as «____ «__» ____ 2026 года» is one long box that left «Настоящий Протокол совершён в г. ____» with gaps of
 * 57.5 pt. After a blank, a line to write on, a break costs nothing; the word that introduces a blank («г. ____»,
 * «№ ____», the day's «__» before the month's) keeps its tie, as do ties between words.
 */
export function untiedAfterBlank(text: string, before: Inline | undefined): string {
  return before?.kind === 'blank' ? text.replace(/^\u00a0/, ' ') : text;
}

/** As many underscores as fit in `width` ems, at least one. */
export function blankFitting(width: number): number {
  return Math.max(1, Math.floor(width / UNDERSCORE_EM)) * UNDERSCORE_EM;
}

/**
 * Runs for a list of inlines. `lang` is the paragraph's language, used for runs that have none of their own
 * (blanks, line breaks).
 */
export function renderInlines(
  inlines: readonly Inline[],
  lang: LangTag,
  bookmarks: Bookmarks,
  format: RunFormat = {},
): ParagraphChild[] {
  const out: ParagraphChild[] = [];
  inlines.forEach((inline, k) => {
    switch (inline.kind) {
      case 'text':
        out.push(run(inline.lang, { text: untiedAfterBlank(inline.text, inlines[k - 1]), bold: format.bold, italics: format.italics, hyphenate: format.hyphenate }, format.change));
        break;
      case 'emphasis':
        out.push(...renderInlines(inline.children, lang, bookmarks, { ...format, italics: true }));
        break;
      case 'strong':
        out.push(...renderInlines(inline.children, lang, bookmarks, { ...format, bold: true }));
        break;
      case 'crossReference': {
        const anchor = bookmarks.get(inline.target);
        if (anchor === undefined || format.linked) {
          out.push(...renderInlines(inline.children, lang, bookmarks, format));
        } else {
          const children = renderInlines(inline.children, lang, bookmarks, { ...format, linked: true });
          out.push(new InternalHyperlink({ anchor, children }));
        }
        break;
      }
      case 'blank':
        out.push(run(lang, { text: blankText(Math.min(inline.width, blankFitting(format.maxBlankEms ?? Infinity))), bold: format.bold, italics: format.italics }, format.change));
        break;
      case 'lineBreak':
        out.push(run(lang, { break: 1 }, format.change));
        break;
      case 'inserted':
      case 'deleted': {
        // A change inside a changed block keeps the block's mark; without a revision (no redline) it is plain text.
        const revisions = format.change?.revisions ?? format.revisions;
        const change = format.change ?? (revisions ? { kind: inline.kind, revisions } : undefined);
        out.push(...renderInlines(inline.children, lang, bookmarks, { ...format, ...(change ? { change } : {}) }));
        break;
      }
    }
  });
  return out;
}
