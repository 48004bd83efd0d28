// Knuth-Plass total-fit line breaking over boxes, glue and penalties (Knuth & Plass, "Breaking
// Paragraphs into Lines", Software—Practice and Experience 11, 1981), plus a first-fit breaker for comparison.
import { adjustLine, type LetterSpacing } from './letterSpacing.js';

export type BreakItem =
  /** `n`: the glyphs it paints (letter spacing widens the gaps after them); 0 when not given. */
  | { t: 'box'; w: number; n?: number }
  | { t: 'glue'; w: number; stretch: number; shrink: number }
  /** `flagged`: a hyphen break (two in a row cost extra; never just before the last line). `cut`: a break of last
   *  resort between two letters of a token with no hyphenation point (breakItems.ts): a token that must be cut
   *  is beyond the rules of good hyphenation, so it is left out of the hyphen limit and may end the line before
   *  the last (a long token at a paragraph's end leaves no choice). `late`: a hyphen inside a part of a hyphenated
   *  compound («госу-дарств-членов»), which a pass may bar (BreakOptions.lateHyphens). */
  | { t: 'penalty'; w: number; p: number; flagged: boolean; cut?: true; late?: true };

export const INFINITY = 10000;

export interface BreakOptions {
  /** Width of line `n` (0-based); lines after the last given width use the last one. */
  widths: readonly number[];
  /** Largest adjustment ratio accepted; Infinity accepts any underfull line (the last-resort pass). */
  maxRatio: number;
  /** Stretch every line has besides its glue (TeX's \rightskip plus 3em: ragged-right setting). */
  lineStretch?: number;
  linePenalty?: number;
  flaggedDemerits?: number;
  fitnessDemerits?: number;
  /** Most lines in a row that may end at a hyphen (InDesign's "hyphen limit"; TeX only charges
   *  \doublehyphendemerits). A ladder of hyphens down the edge of a narrow column is the first thing a
   *  proof-reader marks. Default: no limit. */
  maxHyphensInRow?: number;
  /** Letter spacing a line may take besides its spaces (the emergency pass; see letterSpacing.ts). */
  letterSpacing?: LetterSpacing;
  /** Demerits per line, at the full letter spacing allowed (scaled by its square): the breaker spends letter
   *  spacing only where it buys a better paragraph. */
  letterDemerits?: number;
  /** A hyphen just before the last line costs this (TeX's \finalhyphendemerits); absent, it is barred. */
  finalHyphenDemerits?: number;
  /** False: no break at a `late` penalty (a hyphen inside a compound's part). Default: allowed, at its penalty. */
  lateHyphens?: boolean;
}

/** A chosen break: the item index where the line ends and the line's adjustment ratio. */
export interface Break {
  at: number;
  ratio: number;
  /** Letter spacing of the line in points a glyph (0: none). */
  tc: number;
}

interface Node {
  at: number;
  line: number;
  fitness: number;
  width: number;
  stretch: number;
  shrink: number;
  /** Letter-spacing slots before the line that starts here (glyphs minus word ends). */
  slots: number;
  demerits: number;
  ratio: number;
  tc: number;
  flagged: boolean;
  /** The line ends at a cut (see BreakItem). */
  cut: boolean;
  /** Lines in a row ending at a hyphen, this one included. */
  hyphens: number;
  prev: Node | null;
}

/** The measure of line `line` (0-based); the last width repeats for every later line. */
export function lineWidth(widths: readonly number[], line: number): number {
  return widths[Math.min(line, widths.length - 1)]!;
}

function fitnessOf(ratio: number): number {
  if (ratio < -0.5) return 0;
  if (ratio <= 0.5) return 1;
  if (ratio <= 1) return 2;
  return 3;
}

/** Total-fit breaks, or null when no set of breaks keeps every line within `maxRatio`.
 *  The list must end with a forced break (penalty -INFINITY). */
export function knuthPlass(items: readonly BreakItem[], opts: BreakOptions): Break[] | null {
  const linePenalty = opts.linePenalty ?? 10;
  const flaggedDemerits = opts.flaggedDemerits ?? 3000;
  const fitnessDemerits = opts.fitnessDemerits ?? 100;
  const maxHyphens = opts.maxHyphensInRow ?? Infinity;
  // Nodes are kept per (fitness class, hyphens in a row): with a hyphen limit, the best node of a class
  // may be barred from a hyphen that a worse one allows, so both must stay for the result to be optimal.
  const runs = Number.isFinite(maxHyphens) ? maxHyphens + 1 : 1;
  const spacing = opts.letterSpacing;
  const letterDemerits = opts.letterDemerits ?? 0;
  let active: Node[] = [{ at: 0, line: 0, fitness: 1, width: 0, stretch: 0, shrink: 0, slots: 0, demerits: 0, ratio: 0, tc: 0, flagged: false, cut: false, hyphens: 0, prev: null }];
  let sumW = 0;
  let sumY = 0;
  let sumZ = 0;
  // Glyphs so far minus word spaces: a line's letter-spacing slots are the difference, less its last glyph.
  let sumN = 0;
  const last = items.length - 1;

  for (let b = 0; b < items.length; b++) {
    const item = items[b]!;
    let legal = false;
    if (item.t === 'box') {
      sumW += item.w;
      sumN += item.n ?? 0;
      continue;
    }
    if (item.t === 'glue') legal = b > 0 && items[b - 1]!.t === 'box';
    else legal = item.p < INFINITY && !(item.late === true && opts.lateHyphens === false);
    if (legal) active = considerBreak(b);
    if (item.t === 'glue') {
      sumW += item.w;
      sumY += item.stretch;
      sumZ += item.shrink;
      // A word space ends a word (its last glyph gets no letter spacing); empty glue (a line's fill) ends none.
      if (item.w > 0) sumN -= 1;
    }
    if (active.length === 0) return null;
  }
  const ends = active.filter((n) => n.at === last);
  if (ends.length === 0) return null;
  let best = ends[0]!;
  for (const n of ends) if (n.demerits < best.demerits) best = n;
  const breaks: Break[] = [];
  for (let n: Node | null = best; n && n.prev; n = n.prev) breaks.push({ at: n.at, ratio: n.ratio, tc: n.tc });
  return breaks.reverse();

  function considerBreak(b: number): Node[] {
    const item = items[b]!;
    const pw = item.t === 'penalty' ? item.w : 0;
    const pp = item.t === 'penalty' ? item.p : 0;
    const flagged = item.t === 'penalty' && item.flagged;
    const forced = item.t === 'penalty' && pp <= -INFINITY;
    const kept: Node[] = [];
    // Best candidate per fitness class, as in the paper (one new node per class and hyphen run).
    const best: (Node | null)[] = new Array<Node | null>(4 * runs).fill(null);
    for (const a of active) {
      const width = sumW - a.width + pw;
      const target = lineWidth(opts.widths, a.line);
      // The line's glyphs but the last of each word, a drawn hyphen included.
      const slots = sumN - a.slots - 1 + (pw > 0 ? 1 : 0);
      const { ratio, tc } = adjustLine(target - width, sumY - a.stretch + (opts.lineStretch ?? 0), sumZ - a.shrink, slots, spacing);
      // A node stays active until a line from it would be overfull, or a forced break passes it.
      if (ratio >= -1 && !forced) kept.push(a);
      // A hyphen just before the last line: barred (TeX's \finalhyphendemerits made a hard rule), or at a cost.
      const cut = item.t === 'penalty' && item.cut === true;
      const hyphenBeforeLast = b === last && a.flagged && !a.cut;
      const hyphens = flagged && !cut ? a.hyphens + 1 : 0;
      if (ratio < -1 || ratio > opts.maxRatio || (hyphenBeforeLast && opts.finalHyphenDemerits === undefined) || hyphens > maxHyphens) continue;
      const badness = ratio === Infinity ? INFINITY : Math.min(INFINITY, 100 * Math.abs(ratio) ** 3);
      let demerits = (linePenalty + badness) ** 2;
      if (hyphenBeforeLast) demerits += opts.finalHyphenDemerits!;
      if (tc !== 0 && spacing) demerits += letterDemerits * (tc / (tc > 0 ? spacing.stretch : spacing.shrink)) ** 2;
      if (pp >= 0) demerits += pp * pp;
      else if (pp > -INFINITY) demerits -= pp * pp;
      if (flagged && a.flagged) demerits += flaggedDemerits;
      const fitness = fitnessOf(ratio);
      if (Math.abs(fitness - a.fitness) > 1) demerits += fitnessDemerits;
      demerits += a.demerits;
      const slot = fitness * runs + (runs > 1 ? hyphens : 0);
      const current = best[slot];
      if (!current || demerits < current.demerits) {
        best[slot] = { at: b, line: a.line + 1, fitness, width: 0, stretch: 0, shrink: 0, slots: 0, demerits, ratio, tc, flagged, cut, hyphens, prev: a };
      }
    }
    const after = totalsAfter(b);
    for (const n of best) {
      if (!n) continue;
      n.width = after.w;
      n.stretch = after.y;
      n.shrink = after.z;
      n.slots = after.n;
      kept.push(n);
    }
    return kept;
  }

  /** Sums up to the first box after a break: the glue and penalties there vanish at a line start. */
  function totalsAfter(b: number): { w: number; y: number; z: number; n: number } {
    let w = sumW;
    let y = sumY;
    let z = sumZ;
    let n = sumN;
    for (let i = b; i < items.length; i++) {
      const it = items[i]!;
      if (it.t === 'box') break;
      if (it.t === 'glue') {
        w += it.w;
        y += it.stretch;
        z += it.shrink;
        if (it.w > 0) n -= 1;
      } else if (it.p <= -INFINITY && i > b) break;
    }
    return { w, y, z, n };
  }
}
