// One broken line -> positioned text, blank rules and link rectangles (x from the column's left edge,
// y from the line box's top edge). Widths are measured with the same shaping the painter uses.
import type { Align } from '../document/index.js';
import type { Frag, Items } from './breakItems.js';
import { faceMetrics, measure, shape } from './fonts.js';
import type { Change } from './inline.js';
import type { LinkItem, PageItem, RuleItem, TextItem } from './types.js';

/** How a redline shows a change (issue 11): insertions in blue, underlined; deletions in red, struck through; a bar
 *  in the margin beside every line that holds either. Colours as RGB 0..1. */
export const CHANGE_STYLE = {
  inserted: { color: [0, 0.3, 0.7] as const, line: 'under' },
  deleted: { color: [0.75, 0, 0] as const, line: 'through' },
  /** A unit moved: green, underlined where it stands now, struck through where it stood. */
  movedTo: { color: [0, 0.45, 0.15] as const, line: 'under' },
  movedFrom: { color: [0, 0.45, 0.15] as const, line: 'through' },
  /** The bar's distance left of the column's edge, and its thickness, in points. */
  bar: { offset: 9, thickness: 1.2 },
} as const;

/** The underline (below the baseline) or the strike-through (at about the x-height's middle) of a change, of a text
 *  `size` points, from x1 to x2 on the baseline y. */
export function changeRule(change: Change, x1: number, x2: number, y: number, size: number): RuleItem {
  const dy = CHANGE_STYLE[change].line === 'under' ? size * 0.12 : -size * 0.26;
  return { kind: 'rule', x1, y1: y + dy, x2, y2: y + dy, thickness: Math.max(0.4, size * 0.05), color: CHANGE_STYLE[change].color };
}

export interface LineSetting {
  size: number;
  align: Align;
  /** Left edge of the line's text and its available width. */
  left: number;
  width: number;
  /** Baseline offset from the line box's top. */
  baseline: number;
  /** Justify this line (the paragraph is set justified; not its last line, not ended by a forced break). */
  justify: boolean;
  /** Letter spacing the breaker chose for the line, points after each glyph (0: none; only in justified text). */
  tc: number;
}

interface Run {
  frag: Frag;
  text: string;
  width: number;
  /** Natural width and stretchability of the space before this run (0 for the first). */
  gap: number;
  stretch: number;
  shrink: number;
  /** The space before it as written (a no-break space stays one when a ragged line joins its words). */
  sep: string;
  /** Glyphs it paints (a blank counts one). */
  glyphs: number;
  /** How much a blank may lengthen with the line's slack (see Frag.grow). */
  grow: number;
}

/** Items [from, to) plus the hyphen of a flagged penalty at `to`, pieces without a space between merged. */
function collectRuns(src: Items, from: number, to: number, size: number): Run[] {
  const runs: Run[] = [];
  let gap = 0;
  let stretch = 0;
  let shrink = 0;
  let sep = '';
  let grow = 0;
  const add = (frag: Frag): void => {
    const prev = runs[runs.length - 1];
    if (prev && gap === 0 && sameStyle(prev.frag, frag)) prev.text += frag.text;
    else runs.push({ frag, text: frag.text, width: 0, gap, stretch, shrink, sep, glyphs: 0, grow });
    gap = stretch = shrink = grow = 0;
    sep = '';
  };
  for (let i = from; i < to; i++) {
    const item = src.items[i]!;
    if (item.t === 'box') add(src.frags[i]!);
    else if (item.t === 'glue' && src.frags[i]?.grow) grow += item.stretch;
    else if (item.t === 'glue' && runs.length > 0 && src.frags[i]) {
      gap += item.w;
      stretch += item.stretch;
      shrink += item.shrink;
      sep += src.frags[i]!.text;
    }
  }
  const end = src.items[to];
  if (end && end.t === 'penalty' && end.w > 0 && src.frags[to]) add(src.frags[to]!);
  for (const run of runs) {
    run.width = run.frag.blank ?? measure(run.frag.face, size, run.text);
    run.glyphs = run.frag.blank !== undefined ? 1 : shape(run.frag.face, run.text).glyphs.length;
  }
  return runs;
}

function sameStyle(a: Frag, b: Frag): boolean {
  return a.blank === undefined && b.blank === undefined && a.face === b.face && a.lang === b.lang && a.link === b.link && a.change === b.change;
}

/** Runs at natural spacing: words of one style joined with real spaces into one item. */
function joinWords(runs: Run[], size: number): Run[] {
  const out: Run[] = [];
  for (const run of runs) {
    const prev = out[out.length - 1];
    if (prev && sameStyle(prev.frag, run.frag)) {
      prev.text += (run.sep || ' ') + run.text;
      prev.width = measure(prev.frag.face, size, prev.text);
    } else out.push({ ...run });
  }
  return out;
}

/** The change bar beside a line of text `size` points on the baseline y, left of the column's edge (x = 0). */
export function changeBar(y: number, size: number): RuleItem {
  const m = faceMetrics('regular');
  const x = -CHANGE_STYLE.bar.offset;
  return { kind: 'rule', x1: x, y1: y - m.ascent * size, x2: x, y2: y + m.descent * size, thickness: CHANGE_STYLE.bar.thickness };
}

export function setLine(src: Items, from: number, to: number, setting: LineSetting): PageItem[] {
  let runs = collectRuns(src, from, to, setting.size);
  // Letter spacing widens every gap between two glyphs of a run (a word, or the part of a word in one style: where
  // the style changes the items abut, as the breaker counts it, knuthPlass.ts).
  // Rounded as the PDF writes it (3 decimals): the spaces take up the difference.
  const tc = Math.round(setting.tc * 1000) / 1000;
  let natural = 0;
  let stretch = 0;
  let shrink = 0;
  runs.forEach((run) => {
    natural += run.gap + run.width + tc * (run.glyphs - 1);
    stretch += run.stretch + run.grow;
    shrink += run.shrink;
  });
  const leftover = setting.width - natural;
  // A line the breaker shrank (the last line of a justified paragraph may be) is shrunk whatever its alignment.
  // The breaker keeps every line of a justified paragraph within tolerance (setting.ts): no per-line check here.
  const justify = leftover < 0 ? shrink > 0 : setting.justify && stretch > 0;
  let x = setting.left;
  if (!justify && tc === 0) {
    runs = joinWords(runs, setting.size);
    // Measured as painted: a joined run is shaped whole (kerning beside a no-break space included).
    const slack = setting.width - runs.reduce((w, run) => w + run.gap + run.width, 0);
    if (setting.align === 'right') x += slack;
    else if (setting.align === 'center') x += slack / 2;
  }
  const out: PageItem[] = [];
  const metrics = faceMetrics('regular');
  const y = setting.baseline;
  let link: LinkItem | undefined;
  let mark: RuleItem | undefined;
  let changed = false;
  runs.forEach((run) => {
    let gap = run.gap;
    if (justify && leftover > 0) gap += (leftover * run.stretch) / stretch;
    else if (justify && leftover < 0) gap += (leftover * run.shrink) / shrink;
    x += gap;
    const grown = justify && leftover > 0 ? (leftover * run.grow) / stretch : 0;
    const width = run.frag.blank !== undefined ? run.frag.blank + grown : run.width + tc * (run.glyphs - 1);
    if (run.frag.blank !== undefined) {
      const rule: RuleItem = { kind: 'rule', x1: x, y1: y, x2: x + width, y2: y, thickness: 0.5 };
      out.push(rule);
    } else {
      const text: TextItem = { kind: 'text', x, y, face: run.frag.face, size: setting.size, text: run.text, width, lang: run.frag.lang };
      if (tc !== 0) text.letterSpacing = tc;
      if (run.frag.change) text.color = CHANGE_STYLE[run.frag.change].color;
      if (run.frag.src) text.src = run.frag.src;
      out.push(text);
    }
    if (run.frag.link !== undefined) {
      if (link && link.target === run.frag.link) link.width = x + width - link.x;
      else {
        link = { kind: 'link', x, y: y - metrics.ascent * setting.size, width, height: (metrics.ascent + metrics.descent) * setting.size, target: run.frag.link };
        out.push(link);
      }
    } else link = undefined;
    // One underline or strike-through across the words of a change and the spaces between them.
    const change = run.frag.change;
    if (change) {
      changed = true;
      if (mark && mark.color === CHANGE_STYLE[change].color && mark.y1 === changeRule(change, 0, 0, y, setting.size).y1) mark.x2 = x + width;
      else {
        mark = changeRule(change, x, x + width, y, setting.size);
        out.push(mark);
      }
    } else mark = undefined;
    x += width;
  });
  if (changed) out.push(changeBar(y, setting.size));
  return out;
}
