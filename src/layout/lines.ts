// One broken line -> positioned text, blank rules and link rectangles (x from the column's left edge,
// y from the line box's top edge). Widths are measured with the same shaping the painter uses.
import type { Align } from '../document/index.js';
import type { Frag, Items } from './breakItems.js';
import { faceMetrics, measure } from './fonts.js';
import type { LinkItem, PageItem, RuleItem, TextItem } from './types.js';

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
}

interface Run {
  frag: Frag;
  text: string;
  width: number;
  /** Natural width and stretchability of the space before this run (0 for the first). */
  gap: number;
  stretch: number;
  shrink: number;
}

/** Items [from, to) plus the hyphen of a flagged penalty at `to`, pieces without a space between merged. */
function collectRuns(src: Items, from: number, to: number, size: number): Run[] {
  const runs: Run[] = [];
  let gap = 0;
  let stretch = 0;
  let shrink = 0;
  const add = (frag: Frag): void => {
    const prev = runs[runs.length - 1];
    if (prev && gap === 0 && sameStyle(prev.frag, frag)) prev.text += frag.text;
    else runs.push({ frag, text: frag.text, width: 0, gap, stretch, shrink });
    gap = stretch = shrink = 0;
  };
  for (let i = from; i < to; i++) {
    const item = src.items[i]!;
    if (item.t === 'box') add(src.frags[i]!);
    else if (item.t === 'glue' && runs.length > 0 && src.frags[i]) {
      gap += item.w;
      stretch += item.stretch;
      shrink += item.shrink;
    }
  }
  const end = src.items[to];
  if (end && end.t === 'penalty' && end.w > 0 && src.frags[to]) add(src.frags[to]!);
  for (const run of runs) run.width = run.frag.blank ?? measure(run.frag.face, size, run.text);
  return runs;
}

function sameStyle(a: Frag, b: Frag): boolean {
  return a.blank === undefined && b.blank === undefined && a.face === b.face && a.lang === b.lang && a.link === b.link;
}

/** Runs at natural spacing: words of one style joined with real spaces into one item. */
function joinWords(runs: Run[], size: number): Run[] {
  const out: Run[] = [];
  for (const run of runs) {
    const prev = out[out.length - 1];
    if (prev && sameStyle(prev.frag, run.frag)) {
      prev.text += ' ' + run.text;
      prev.width = measure(prev.frag.face, size, prev.text);
    } else out.push({ ...run });
  }
  return out;
}

export function setLine(src: Items, from: number, to: number, setting: LineSetting): PageItem[] {
  let runs = collectRuns(src, from, to, setting.size);
  let natural = 0;
  let stretch = 0;
  let shrink = 0;
  for (const run of runs) {
    natural += run.gap + run.width;
    stretch += run.stretch;
    shrink += run.shrink;
  }
  const leftover = setting.width - natural;
  // A line the breaker shrank (the last line of a justified paragraph may be) is shrunk whatever its alignment.
  // The breaker keeps every line of a justified paragraph within tolerance (setting.ts): no per-line check here.
  const justify = leftover < 0 ? shrink > 0 : setting.justify && stretch > 0;
  let x = setting.left;
  if (!justify) {
    runs = joinWords(runs, setting.size);
    if (setting.align === 'right') x += leftover;
    else if (setting.align === 'center') x += leftover / 2;
  }
  const out: PageItem[] = [];
  const metrics = faceMetrics('regular');
  const y = setting.baseline;
  let link: LinkItem | undefined;
  for (const run of runs) {
    let gap = run.gap;
    if (justify && leftover > 0) gap += (leftover * run.stretch) / stretch;
    else if (justify && leftover < 0) gap += (leftover * run.shrink) / shrink;
    x += gap;
    if (run.frag.blank !== undefined) {
      const rule: RuleItem = { kind: 'rule', x1: x, y1: y, x2: x + run.width, y2: y, thickness: 0.5 };
      out.push(rule);
    } else {
      const text: TextItem = { kind: 'text', x, y, face: run.frag.face, size: setting.size, text: run.text, width: run.width, lang: run.frag.lang };
      if (run.frag.src) text.src = run.frag.src;
      out.push(text);
    }
    if (run.frag.link !== undefined) {
      if (link && link.target === run.frag.link) link.width = x + run.width - link.x;
      else {
        link = { kind: 'link', x, y: y - metrics.ascent * setting.size, width: run.width, height: (metrics.ascent + metrics.descent) * setting.size, target: run.frag.link };
        out.push(link);
      }
    } else link = undefined;
    x += run.width;
  }
  return out;
}
