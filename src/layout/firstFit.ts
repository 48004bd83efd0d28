// First-fit line breaking (each line takes what fits at natural width): the fallback when total fit finds
// nothing, and the baseline the Knuth-Plass tests compare against.
import { INFINITY, lineWidth, type BreakItem } from './knuthPlass.js';

function isLegal(items: readonly BreakItem[], i: number): boolean {
  const it = items[i]!;
  if (it.t === 'glue') return i > 0 && items[i - 1]!.t === 'box';
  return it.t === 'penalty' && it.p < INFINITY;
}

function isForced(it: BreakItem): boolean {
  return it.t === 'penalty' && it.p <= -INFINITY;
}

/** First-fit: each line takes as much as fits at natural width; the indices of the breaks. Never fails:
 *  where nothing fits it breaks at the first legal point (the line is then overfull). */
export function firstFit(items: readonly BreakItem[], widths: readonly number[]): number[] {
  const breaks: number[] = [];
  let i = 0;
  while (i < items.length) {
    const target = lineWidth(widths, breaks.length);
    let width = 0;
    let chosen = -1;
    for (let j = i; j < items.length; j++) {
      const it = items[j]!;
      if (isForced(it)) {
        if (chosen < 0 || width <= target) chosen = j;
        break;
      }
      if (j > i && isLegal(items, j)) {
        if (width + (it.t === 'penalty' ? it.w : 0) <= target) chosen = j;
        else {
          if (chosen < 0) chosen = j;
          break;
        }
      }
      if (it.t !== 'penalty') width += it.w;
      if (width > target && chosen >= 0) break;
    }
    if (chosen < 0) chosen = items.length - 1;
    breaks.push(chosen);
    i = chosen + 1;
    while (i < items.length && items[i]!.t !== 'box' && !isForced(items[i]!)) i++;
  }
  return breaks;
}
