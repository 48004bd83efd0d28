// Which unit of the old version is which unit of the new: by identity first (an id, a heading, the fixed parts),
// then, between those anchors, by structure and content for units known only by their place; a unit whose
// identity stands elsewhere in the other version is moved.
import type { Span } from '../diagnostics/index.js';
import { walkBlocks, type Block, type Inline, type Role } from '../document/index.js';
import { comparableText } from './words.js';

export type DiffLang = 'en' | 'ru';
export const DIFF_LANGS: readonly DiffLang[] = ['en', 'ru'];

/** One unit of one version, as printed in each language. */
export interface DiffUnit {
  key: string;
  role: Role;
  /** Its paragraphs' inlines in each language, joined (an article's number left out: it is its place). */
  inlines: Record<DiffLang, Inline[]>;
  /** What it compares by (words as printed, references as their targets). */
  text: Record<DiffLang, string>;
  /** Where each language's text was written (the first run that knows). */
  src: Partial<Record<DiffLang, Span>>;
}

/** The units of a version in reading order, from its English and its Russian trees' blocks. */
export function unitsOf(blocks: Record<DiffLang, readonly Block[]>): DiffUnit[] {
  const byKey = new Map<string, DiffUnit>();
  const order: DiffUnit[] = [];
  for (const lang of DIFF_LANGS) {
    let current: string | undefined;
    walkBlocks(blocks[lang], {
      block: (b) => {
        if (b.kind === 'signatureBlock' || b.kind === 'letterhead') current = b.unit;
      },
      item: (item) => { current = item.unit ?? current; },
      paragraph: (p, place) => {
        const key = p.unit ?? (place.item ? place.item.unit : undefined) ?? current;
        if (key === undefined) return;
        current = key;
        let unit = byKey.get(key);
        if (!unit) {
          unit = { key, role: p.role, inlines: { en: [], ru: [] }, text: { en: '', ru: '' }, src: {} };
          byKey.set(key, unit);
          order.push(unit);
        }
        // An article's or annex's number is its place, not its text: renumbering changes no unit.
        if (p.role === 'articleNumber' || p.role === 'annexNumber') return;
        if (unit.inlines[lang].length > 0) unit.inlines[lang].push({ kind: 'text', text: ' ', lang: p.lang });
        unit.inlines[lang].push(...p.children);
        if (!unit.src[lang]) {
          const run = firstSpan(p.children);
          if (run) unit.src[lang] = run;
        }
      },
    });
  }
  for (const u of order) for (const lang of DIFF_LANGS) u.text[lang] = comparableText(u.inlines[lang]);
  return order;
}

function firstSpan(list: readonly Inline[]): Span | undefined {
  for (const i of list) {
    if (i.kind === 'text' && i.src) return i.src;
    if ('children' in i) {
      const inner = firstSpan(i.children);
      if (inner) return inner;
    }
  }
  return undefined;
}

/** A key that names its unit whatever moves around it: an id, a heading's, or one of the fixed parts. A key made of
 *  a place ("@art3", "x.p2") is not: inserting a unit before it would give it another's. */
export function isIdentity(key: string): boolean {
  if (/^[A-Za-z][A-Za-z0-9_-]*$/.test(key)) return true;
  if (/^@(art|annex):[^.]+$/.test(key)) return true;
  return /^@(title|subtitle|parties|agreed|final|final\.entry|signatures|letterhead|reference|opening|enclosure|closing|placeDate)$/.test(key);
}

/** The unit's parent's key when the unit is keyed under one ("art-x.p2" -> "art-x"). */
function parentKey(key: string): string | undefined {
  const at = key.search(/\.(p|i)\d+(\.|$)/);
  return at > 0 ? key.slice(0, at) : undefined;
}

const WORDS = new Map<string, string[]>();
/** A text's words (and references), lower case; remembered, since alignment compares each unit with many. */
const words = (s: string): string[] => {
  let w = WORDS.get(s);
  if (!w) {
    if (WORDS.size > 50_000) WORDS.clear();
    w = s.toLowerCase().match(/[\p{L}\p{N}]+|\{[^}]*\}/gu) ?? [];
    WORDS.set(s, w);
  }
  return w;
};

/** Dice's coefficient of two texts' word multisets, 0..1. */
function dice(a: string, b: string): number {
  const wa = words(a);
  const wb = words(b);
  if (wa.length === 0 && wb.length === 0) return 1;
  const count = new Map<string, number>();
  for (const w of wa) count.set(w, (count.get(w) ?? 0) + 1);
  let common = 0;
  for (const w of wb) {
    const n = count.get(w) ?? 0;
    if (n > 0) { common++; count.set(w, n - 1); }
  }
  return (2 * common) / (wa.length + wb.length);
}

/** How alike two units are: the better of the two languages, so a unit rewritten in one language is still the same
 *  unit (and the bilingual check then says it changed in one language only). */
export function similarity(a: DiffUnit, b: DiffUnit): number {
  if (roleClass(a.role) !== roleClass(b.role)) return 0;
  return Math.max(...DIFF_LANGS.map((l) => dice(a.text[l], b.text[l])));
}

/** Roles whose units may be each other's versions (an article's number and its heading share a unit). */
function roleClass(role: Role): string {
  return role === 'articleHeading' ? 'articleNumber' : role === 'annexHeading' ? 'annexNumber' : role;
}

/** Below this, two units are not versions of each other: the old one was deleted and the new one inserted. */
export const SAME_UNIT = 0.5;
/** Past this many cells, a gap between anchors is aligned greedily rather than by dynamic programming. */
const DP_LIMIT = 250_000;

export interface Pair {
  old: number;
  new: number;
  moved: boolean;
}

export interface Alignment {
  pairs: Pair[];
  /** Old unit key -> its pair; new unit key -> its pair. */
  byOld: Map<string, Pair>;
  byNew: Map<string, Pair>;
}

/** Longest chain of pairs increasing in both versions (patience-style LIS, O(n log n)): the units that kept their order. */
function keptOrder(pairs: readonly Pair[]): Set<Pair> {
  const sorted = [...pairs].sort((x, y) => x.new - y.new);
  const tails: number[] = [];
  const prev: number[] = new Array(sorted.length).fill(-1);
  for (let i = 0; i < sorted.length; i++) {
    let lo = 0;
    let hi = tails.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (sorted[tails[mid]!]!.old < sorted[i]!.old) lo = mid + 1;
      else hi = mid;
    }
    if (lo > 0) prev[i] = tails[lo - 1]!;
    tails[lo] = i;
  }
  const kept = new Set<Pair>();
  for (let i = tails.length ? tails[tails.length - 1]! : -1; i >= 0; i = prev[i]!) kept.add(sorted[i]!);
  return kept;
}

/** Pairs units of a gap between two anchors in order, maximising their total likeness (Needleman-Wunsch with free
 *  gaps); a pair must reach SAME_UNIT. */
function alignGap(olds: readonly number[], news: readonly number[], a: readonly DiffUnit[], b: readonly DiffUnit[]): Pair[] {
  if (olds.length === 0 || news.length === 0) return [];
  if (olds.length * news.length > DP_LIMIT) {
    const out: Pair[] = [];
    let j = 0;
    for (const i of olds) {
      for (let k = j; k < news.length && k < j + 20; k++) {
        if (similarity(a[i]!, b[news[k]!]!) >= SAME_UNIT) { out.push({ old: i, new: news[k]!, moved: false }); j = k + 1; break; }
      }
    }
    return out;
  }
  const n = olds.length;
  const m = news.length;
  const score = Array.from({ length: n + 1 }, () => new Float64Array(m + 1));
  const sim = (i: number, j: number) => similarity(a[olds[i]!]!, b[news[j]!]!);
  const sims = Array.from({ length: n }, (_, i) => Float64Array.from({ length: m }, (_, j) => sim(i, j)));
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      const s = sims[i]![j]!;
      score[i]![j] = Math.max(score[i + 1]![j]!, score[i]![j + 1]!, s >= SAME_UNIT ? s + score[i + 1]![j + 1]! : -1);
    }
  }
  const out: Pair[] = [];
  let i = 0;
  let j = 0;
  while (i < n && j < m) {
    const s = sims[i]![j]!;
    if (s >= SAME_UNIT && score[i]![j] === s + score[i + 1]![j + 1]!) { out.push({ old: olds[i]!, new: news[j]!, moved: false }); i++; j++; }
    else if (score[i]![j] === score[i + 1]![j]) i++;
    else j++;
  }
  return out;
}

export function alignUnits(a: readonly DiffUnit[], b: readonly DiffUnit[]): Alignment {
  const newIndex = new Map(b.map((u, j) => [u.key, j]));
  // 1. Identities present in both versions.
  const byIdentity: Pair[] = [];
  a.forEach((u, i) => {
    const j = newIndex.get(u.key);
    if (j !== undefined && isIdentity(u.key)) byIdentity.push({ old: i, new: j, moved: false });
  });
  const kept = keptOrder(byIdentity);
  for (const p of byIdentity) p.moved = !kept.has(p);
  const anchors = byIdentity.filter((p) => !p.moved).sort((x, y) => x.new - y.new);
  const pairedOld = new Set(byIdentity.map((p) => p.old));
  const pairedNew = new Set(byIdentity.map((p) => p.new));
  const pairs: Pair[] = [...byIdentity];
  // 2. Between consecutive anchors, the rest by content, in order.
  const bounds = [{ old: -1, new: -1 }, ...anchors, { old: a.length, new: b.length }];
  for (let k = 0; k + 1 < bounds.length; k++) {
    const lo = bounds[k]!;
    const hi = bounds[k + 1]!;
    const olds: number[] = [];
    const news: number[] = [];
    for (let i = lo.old + 1; i < hi.old; i++) if (!pairedOld.has(i)) olds.push(i);
    for (let j = lo.new + 1; j < hi.new; j++) if (!pairedNew.has(j)) news.push(j);
    for (const p of alignGap(olds, news, a, b)) { pairs.push(p); pairedOld.add(p.old); pairedNew.add(p.new); }
  }
  // 3. Units keyed under a parent that moved move with it: paired by their key when still alike.
  const movedParents = new Set(byIdentity.filter((p) => p.moved).map((p) => a[p.old]!.key));
  a.forEach((u, i) => {
    if (pairedOld.has(i)) return;
    const parent = parentKey(u.key);
    const j = newIndex.get(u.key);
    if (parent === undefined || !movedParents.has(parent) || j === undefined || pairedNew.has(j)) return;
    if (similarity(u, b[j]!) < SAME_UNIT) return;
    pairs.push({ old: i, new: j, moved: true });
    pairedOld.add(i);
    pairedNew.add(j);
  });
  // 4. A unit deleted in one place and inserted, word for word, in another was moved.
  const unpairedNew = new Map<string, number[]>();
  b.forEach((u, j) => {
    if (pairedNew.has(j)) return;
    const sig = `${roleClass(u.role)}|${u.text.en}|${u.text.ru}`;
    unpairedNew.set(sig, [...(unpairedNew.get(sig) ?? []), j]);
  });
  a.forEach((u, i) => {
    if (pairedOld.has(i) || (u.text.en === '' && u.text.ru === '')) return;
    const list = unpairedNew.get(`${roleClass(u.role)}|${u.text.en}|${u.text.ru}`);
    const j = list?.shift();
    if (j === undefined) return;
    pairs.push({ old: i, new: j, moved: true });
    pairedOld.add(i);
    pairedNew.add(j);
  });
  pairs.sort((x, y) => x.new - y.new);
  return { pairs, byOld: new Map(pairs.map((p) => [a[p.old]!.key, p])), byNew: new Map(pairs.map((p) => [b[p.new]!.key, p])) };
}
