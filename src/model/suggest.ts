// "Did you mean ...?": the closest known name by edit distance (Damerau: a swap of two letters costs one).
// Bounded (issue 10 §3: a 40,000-character id built a 40,000 × n matrix): words and candidates longer than
// MAX_WORD are never compared, at most MAX_CANDIDATES names are tried, and each comparison stops once it
// is past the distance a typo may have, within a band of that width around the diagonal.

/** Keys, ids and codes are short; a longer word is no typo of one. */
export const MAX_WORD = 64;
/** Names tried per suggestion, in their order (an agreement has a few dozen ids). */
export const MAX_CANDIDATES = 200;

/** The edit distance of `a` and `b` if it is at most `limit`, else `limit + 1`: three rolling rows, and only
 *  the band |i - j| <= limit of each row. */
export function editDistance(a: string, b: string, limit = Math.max(a.length, b.length)): number {
  const over = limit + 1;
  if (Math.abs(a.length - b.length) > limit) return over;
  const width = b.length + 1;
  let [prev2, prev, row] = width > MAX_WORD + 1 ? [new Int32Array(width), new Int32Array(width), new Int32Array(width)] : (SPARE ??= spareRows());
  prev2.fill(over);
  prev.fill(over);
  for (let j = 0; j <= Math.min(b.length, limit); j++) prev[j] = j;
  for (let i = 1; i <= a.length; i++) {
    row.fill(over);
    if (i <= limit) row[0] = i;
    const from = Math.max(1, i - limit);
    const to = Math.min(b.length, i + limit);
    let best = row[0]!;
    for (let j = from; j <= to; j++) {
      const cost = a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1;
      let v = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + cost);
      if (i > 1 && j > 1 && a.charCodeAt(i - 1) === b.charCodeAt(j - 2) && a.charCodeAt(i - 2) === b.charCodeAt(j - 1)) v = Math.min(v, prev2[j - 2]! + 1);
      if (v > over) v = over;
      row[j] = v;
      if (v < best) best = v;
    }
    if (best > limit) return over;
    [prev2, prev, row] = [prev, row, prev2];
  }
  return Math.min(prev[b.length]!, over);
}

let SPARE: [Int32Array, Int32Array, Int32Array] | undefined;
/** Rows reused between calls (a suggestion compares hundreds of names); cells past `width` are never read. */
const spareRows = (): [Int32Array, Int32Array, Int32Array] => [new Int32Array(MAX_WORD + 1), new Int32Array(MAX_WORD + 1), new Int32Array(MAX_WORD + 1)];

/** Comparisons left per long list of names (the ids of one file, asked about by every unknown reference in it):
 *  20,000 unknown references to 20,000 ids would otherwise be 400 million comparisons. */
const BUDGET = 100_000;
const spent = new WeakMap<readonly string[], number>();

/** The known name nearest to `word`, if near enough to be a plausible typo. */
export function closest(word: string, known: readonly string[]): string | undefined {
  if (word.length === 0 || word.length > MAX_WORD) return undefined;
  const lower = word.toLowerCase();
  const allowed = Math.max(1, Math.floor(word.length / 3));
  let best: string | undefined;
  let bestDistance = allowed + 1;
  const tried = Math.min(known.length, MAX_CANDIDATES);
  if (known.length > MAX_WORD) {
    const used = spent.get(known) ?? 0;
    if (used >= BUDGET) return undefined;
    spent.set(known, used + tried);
  }
  for (let n = 0; n < tried; n++) {
    const k = known[n]!;
    if (k.length > MAX_WORD || Math.abs(k.length - word.length) > allowed) continue;
    const other = k.toLowerCase();
    const dist = other === lower ? 0 : editDistance(lower, other, Math.min(allowed, bestDistance - 1));
    if (dist < bestDistance) { best = k; bestDistance = dist; }
    if (dist === 0) break;
  }
  return bestDistance <= allowed ? best : undefined;
}

export function didYouMean(word: string, known: readonly string[]): string | undefined {
  const best = closest(word, known);
  return best === undefined ? undefined : `Did you mean \`${best}\`?`;
}

/** "a, b, c" for a hint, at most `max` names and each cut to MAX_WORD characters ("… and 12 more"). */
export function listForHint(names: readonly string[], max = 30): string {
  const shown = names.slice(0, max).map((n) => (n.length > MAX_WORD ? `${n.slice(0, MAX_WORD)}…` : n));
  return names.length > max ? `${shown.join(', ')} … and ${names.length - max} more` : shown.join(', ');
}
