// Justified running text read back from a PDF with `pdftotext -bbox` (poppler): the PDF's lines, matched to the
// document tree's full-measure justified paragraphs, and every line of such a paragraph that stops short of the
// right margin although its paragraph (or the stretch before a forced line break) goes on.
import type { Block, DocumentTree, Inline, LangTag } from '../../src/document/index.js';
import { RAGGED_MEASURE_EMS } from '../../src/document/index.js';
import { MARGINS } from '../../src/layout/page.js';
import { run } from './tools.js';

export interface BboxWord {
  text: string;
  xMin: number;
  yMin: number;
  xMax: number;
}

export interface BboxLine {
  page: number;
  y: number;
  xMin: number;
  xMax: number;
  /** The words joined by single spaces. */
  text: string;
  /** Page width, to know the right margin. */
  pageWidth: number;
  /** The last line of the page body. */
  pageEnd: boolean;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
const unescape = (s: string): string => s.replace(/&(amp|lt|gt|quot|apos);/g, (_, e: string) => ENTITIES[e]!);

/** The body lines of every page (the footer, inside the bottom margin, left out), top to bottom. */
export function bboxLines(pdf: string): BboxLine[] {
  const r = run('pdftotext', ['-bbox', pdf, '-']);
  if (r.status !== 0) throw new Error(`pdftotext -bbox failed: ${r.stderr}`);
  const lines: BboxLine[] = [];
  const pages = r.stdout.split('<page ').slice(1);
  pages.forEach((chunk, n) => {
    const size = /^width="([\d.]+)" height="([\d.]+)"/.exec(chunk)!;
    const width = Number(size[1]);
    const height = Number(size[2]);
    const words: BboxWord[] = [];
    for (const m of chunk.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="[\d.]+">([^<]*)<\/word>/g)) {
      const w = { xMin: Number(m[1]), yMin: Number(m[2]), xMax: Number(m[3]), text: unescape(m[4]!) };
      if (w.yMin < height - MARGINS.bottom) words.push(w);
    }
    words.sort((a, b) => a.yMin - b.yMin || a.xMin - b.xMin);
    const page: BboxWord[][] = [];
    for (const w of words) {
      const line = page[page.length - 1];
      if (line && Math.abs(line[0]!.yMin - w.yMin) < 1) line.push(w);
      else page.push([w]);
    }
    page.forEach((line, k) => {
      line.sort((a, b) => a.xMin - b.xMin);
      lines.push({
        page: n + 1, y: line[0]!.yMin, xMin: line[0]!.xMin, xMax: Math.max(...line.map((w) => w.xMax)),
        text: line.map((w) => w.text).join(' '), pageWidth: width, pageEnd: k === page.length - 1,
      });
    });
  });
  return lines;
}

/** Text as compared: letters and signs only (spaces, no-break spaces and hyphens, which a line end adds or
 *  takes away, removed), ligatures unfolded, one case. */
export function squeeze(text: string): string {
  return text.normalize('NFKC').replace(/[\s\u00a0\u00ad\-\u2010]/g, '').toLocaleLowerCase();
}

/** One stretch of a justified paragraph between forced breaks: its squeezed text, and where blanks stand in it. */
export interface Stretch {
  lang: LangTag;
  text: string;
  /** Offsets in `text` where a fill-in blank is drawn (a rule pdftotext cannot see). */
  blanks: Set<number>;
  /** The paragraph's text, for messages. */
  plain: string;
}

function stretchesOf(children: readonly Inline[], label: string | undefined, lang: LangTag): Stretch[] {
  const out: Stretch[] = [];
  let cur: Stretch = { lang, text: label ? squeeze(label) : '', blanks: new Set(), plain: label ? `${label} ` : '' };
  const walk = (list: readonly Inline[]): void => {
    for (const i of list) {
      if (i.kind === 'text') (cur.text += squeeze(i.text)), (cur.plain += i.text);
      else if (i.kind === 'blank') cur.blanks.add(cur.text.length), (cur.plain += '____');
      else if (i.kind === 'lineBreak') out.push(cur), (cur = { lang, text: '', blanks: new Set(), plain: '' });
      else walk(i.children);
    }
  };
  walk(children);
  out.push(cur);
  return out.filter((s) => s.text.length > 0);
}

/** Every stretch of justified text set at full measure, in reading order. Parallel cells (narrow, ragged by
 *  design), signature blocks and letterheads are left out. */
export function justifiedStretches(tree: DocumentTree, width: number): Stretch[] {
  const out: Stretch[] = [];
  const walk = (blocks: readonly Block[]): void => {
    for (const b of blocks) {
      if (b.kind === 'paragraph') {
        const format = tree.styles[b.style];
        if (format?.align === 'justify' && format.caps !== true && width >= RAGGED_MEASURE_EMS * format.fontSize) out.push(...stretchesOf(b.children, b.label, b.lang));
      } else if (b.kind === 'list') {
        for (const item of b.items) {
          const [first, ...rest] = item.blocks;
          if (first?.kind === 'paragraph') walk([{ ...first, label: first.label ?? item.label }]);
          else if (first) walk([first]);
          walk(rest);
        }
      }
    }
  };
  walk(tree.blocks);
  return out;
}

export interface ShortLine {
  page: number;
  text: string;
  /** Points short of the right margin. */
  short: number;
  lang: LangTag;
}

export interface Readback {
  /** Stretches found in the PDF, and those not found (a failure of the test's matching, or text lost). */
  matched: number;
  unmatched: string[];
  short: ShortLine[];
  /** Paragraph stretches with at least one short line, per language. */
  ragged: Record<LangTag, number>;
  /** Lines of matched stretches (not their last) and where they end. */
  lines: { line: BboxLine; stretch: Stretch; last: boolean }[];
}

/** A line is short when it ends this far or more before the right margin. */
export const SHORT_BY = 0.5;

/** Matches each stretch to a run of whole lines of the PDF, in order, and checks every line but its last. */
export function readBack(tree: DocumentTree, lines: readonly BboxLine[]): Readback {
  // The squeezed text of all lines, and where each line starts in it.
  const starts: number[] = [];
  let all = '';
  for (const line of lines) starts.push(all.length), (all += squeeze(line.text));
  const lineAt = new Map(starts.map((s, k) => [s, k]));
  const result: Readback = { matched: 0, unmatched: [], short: [], ragged: { 'en-GB': 0, 'ru-RU': 0 }, lines: [] };
  const width = (lines[0]?.pageWidth ?? 595.28) - MARGINS.left - MARGINS.right;
  let cursor = 0;
  for (const stretch of justifiedStretches(tree, width)) {
    let at = all.indexOf(stretch.text, cursor);
    // The stretch must begin and end at line boundaries (the same words inside another line are not it).
    while (at >= 0 && (!lineAt.has(at) || !(lineAt.has(at + stretch.text.length) || at + stretch.text.length === all.length))) at = all.indexOf(stretch.text, at + 1);
    if (at < 0) {
      result.unmatched.push(stretch.plain.slice(0, 80));
      continue;
    }
    result.matched++;
    const first = lineAt.get(at)!;
    const end = at + stretch.text.length;
    let ragged = false;
    for (let k = first; k < lines.length && starts[k]! < end; k++) {
      const line = lines[k]!;
      const last = (starts[k + 1] ?? all.length) >= end;
      result.lines.push({ line, stretch, last });
      if (last) continue;
      const lineEnd = starts[k + 1]! - at;
      const short = line.pageWidth - MARGINS.right - line.xMax;
      if (short >= SHORT_BY && !stretch.blanks.has(lineEnd)) {
        result.short.push({ page: line.page, text: line.text, short, lang: stretch.lang });
        ragged = true;
      }
    }
    if (ragged) result.ragged[stretch.lang]++;
    cursor = end;
  }
  return result;
}
