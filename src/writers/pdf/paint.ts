// Paints one laid-out page into a content stream (PDF 32000-1 §8, §9.4): text runs as TJ arrays, rules.
// Letter spacing is the layout's decision, carried on each line's items; painting only sets it (Tc, §9.3.2).
// Layout y runs down from the top of the page; PDF y runs up from the bottom, hence `height - y`.
import type { Face, Page, TextItem } from '../../layout/types.js';
import type { GlyphUse } from './embed.js';
import { paintSteps, type PaintStep } from './runs.js';
import { sfntFor } from './fonts.js';
import { shape } from '../../layout/fonts.js';
import { outlineOps } from './outline.js';
import type { PageMarks } from './tagged.js';

/** What painting needs from the document: resource names, and where to record the glyphs used. */
export interface PaintResources {
  fontName(face: Face): string;
  glyphUse(face: Face): GlyphUse;
  opacityState(opacity: number): string;
  /** Present in a tagged document: the marked-content sequence each painted thing opens (tagged.ts). */
  marks?: PageMarks;
}

/**
 * At most 3 decimals, no "-0": the same number always prints the same. k/1000 prints as its shortest
 * round-trip decimal (ECMA-262 Number::toString), so never more than 3 decimals and no exponent for the
 * magnitudes of a page (|v| < 1e21).
 */
export function num(v: number): string {
  // NaN or Infinity (a zero font size, a broken position) would write an unreadable page: a layout bug.
  if (!Number.isFinite(v)) throw new Error(`cannot paint the number ${v}`);
  const r = Math.round(v * 1000) / 1000;
  return r === 0 ? '0' : String(r);
}

const HEX: string[] = [];

function hex4(cid: number): string {
  return (HEX[cid] ??= cid.toString(16).padStart(4, '0'));
}

const WHITESPACE = /\s/u;

/** A visible gap between two items of one run, with no space character of their own: a word space. */
function isWordGap(prev: TextItem, next: TextItem): boolean {
  const gap = next.x - (prev.x + prev.width);
  return gap > 0.05 * next.size && !WHITESPACE.test(prev.text.slice(-1)) && !WHITESPACE.test(next.text.charAt(0));
}

/**
 * The text-showing operators of a run (§9.4.3): one TJ array, glyphs placed by the advances the layout
 * measured with `shape`. Where a shaped advance differs from the glyph's width in the font (kerning), a
 * TJ adjustment corrects it. Between items: a real space glyph (so extraction sees words) and an
 * adjustment to reach the next item's x. A glyph the shaper raised or lowered (mark positioning)
 * needs a text rise (Ts), which cannot live inside TJ, so the array is split around it.
 */
function showRun(items: readonly TextItem[], res: PaintResources, lineEnd = false): string {
  const first = items[0]!;
  const { face, size } = first;
  const font = sfntFor(face);
  const use = res.glyphUse(face);
  const toText = 1000 / font.unitsPerEm;
  const toPoints = size / font.unitsPerEm;
  // Tc is added after every glyph shown (§9.4.4): the pen follows it.
  // The value as written into the stream, so the pen and the viewer agree to the last digit.
  const tc = Number(num(first.letterSpacing ?? 0));
  let out = '[';
  let hex = '';
  let rise = 0;
  const flush = () => {
    if (hex) out += `<${hex}>`;
    hex = '';
  };
  const adjust = (thousandths: number) => {
    const n = num(thousandths);
    if (n === '0') return;
    flush();
    out += `${n} `;
  };
  const setRise = (units: number) => {
    if (units === rise) return;
    flush();
    out = `${out.trimEnd()}] TJ ${num(units * toPoints)} Ts [`;
    rise = units;
  };
  const glyph = (id: number, advance: number, chars: string, dx = 0, dy = 0): number => {
    // .notdef is never shown (ISO 19005-2 §6.2.11.8); the layout refuses it (LAYOUT_NOTDEF_GLYPH), so here it is a bug.
    if (id === 0) throw new Error(`the text "${chars}" would be painted with .notdef; the layout should have refused it`);
    setRise(dy);
    adjust(-dx * toText);
    hex += hex4(use.cid(id, chars));
    adjust((font.advances[id]! - advance + dx) * toText);
    return advance * toPoints + tc;
  };
  let pen = first.x;
  items.forEach((item, i) => {
    if (i > 0) {
      if (isWordGap(items[i - 1]!, item)) {
        const space = shape(face, ' ');
        pen += glyph(space.glyphs[0]!, space.advances[0]!, ' ');
      }
      adjust(((pen - item.x) * 1000) / size);
      pen = item.x;
    }
    const s = shape(face, item.text);
    for (let g = 0; g < s.glyphs.length; g++) {
      pen += glyph(s.glyphs[g]!, s.advances[g]!, s.chars[g]!, s.xOffsets[g], s.yOffsets[g]);
    }
  });
  if (lineEnd) {
    const space = shape(face, ' ');
    glyph(space.glyphs[0]!, space.advances[0]!, ' ');
  }
  setRise(0);
  flush();
  return `${out.trimEnd()}] TJ`.replace(/\[\] TJ ?/g, '');
}

/** A PDF literal string of ASCII text (a language tag), with the escapes §7.3.4.2 asks for. */
export function literal(text: string): string {
  return `(${text.replace(/[\\()]/g, (c) => `\\${c}`)})`;
}

/**
 * Whether a tagged run ends in a space glyph of its own: a marked-content sequence has no line breaks, and the
 * structure's reader meets its text without the page's geometry (§14.7), so a word ending one run must not run
 * into the next. Before a run on the same baseline (a label and its text, a Link in its paragraph, a change of
 * face): when a word gap stands between them. Before the next line of the same element: unless the line ends in a
 * hyphen (a word broken there). As a word processor's tagged PDF has it.
 */
function endsInSpace(items: readonly TextItem[], next: PaintStep | undefined): boolean {
  const last = items[items.length - 1]!;
  if (!last.tag || !next || next.kind !== 'run') return false;
  const after = next.items[0]!;
  if (Math.abs(after.y - last.y) < 1e-3) return isWordGap(last, after);
  return after.tag?.id === last.tag.id && !/[\s\-\u2010]$/u.test(last.text);
}

/** The fill (`g` / `rg`) or stroke (`G` / `RG`) colour operator of an item: its RGB colour, else its grey. */
function colourOp(item: { gray?: number; color?: readonly [number, number, number] }, stroke: boolean): string {
  if (item.color) return `${item.color.map((c) => num(Math.min(1, Math.max(0, c)))).join(' ')} ${stroke ? 'RG' : 'rg'}`;
  return `${num(Math.min(1, Math.max(0, item.gray ?? 0)))} ${stroke ? 'G' : 'g'}`;
}

/**
 * The content stream of `page`. Tagged (`res.marks`): each text run is a marked-content sequence of its structure
 * element, with its own /Lang when it differs from the element's, and everything else an artifact (§14.8.2.2).
 * Untagged: text in another language than the document's (`lang`, the catalog's /Lang) is marked as a Span with its
 * own /Lang (§14.9.2.2), so a screen reader reads Russian as Russian.
 */
export function paintPage(page: Page, res: PaintResources, lang: string): string {
  const ops: string[] = [];
  const marks = res.marks;
  // The open marked-content sequence: consecutive runs of one element and language share one (one MCID an element
  // a page, mostly: fewer bytes, and poppler's struct-text reads each MCID by re-reading the page), as do artifacts.
  let open: string | undefined;
  const sequence = (key: string, begin: () => string): void => {
    if (!marks || open === key) return;
    if (open !== undefined) ops.push('EMC');
    ops.push(begin());
    open = key;
  };
  let fill = '0 g';
  let stroke = '0 G';
  // Tc is graphics state: it outlives BT/ET, so it is set whenever a run needs another value (q/Q restores it).
  let spacing = 0;
  let lineWidth = -1;
  const steps = paintSteps(page.items);
  for (const [index, step] of steps.entries()) {
    if (step.kind === 'rule') {
      const r = step.item;
      if (r.thickness !== lineWidth) ops.push(`${num(r.thickness)} w`);
      lineWidth = r.thickness;
      const rStroke = colourOp(r, true);
      if (rStroke !== stroke) ops.push(rStroke);
      stroke = rStroke;
      const line = `${num(r.x1)} ${num(page.height - r.y1)} m ${num(r.x2)} ${num(page.height - r.y2)} l S`;
      if (marks) sequence('artifact', () => marks.decoration());
      ops.push(line);
      continue;
    }
    const first = step.items[0]!;
    const x = num(first.x);
    const y = num(page.height - first.y);
    const opacity = first.opacity ?? 1;
    const itemFill = colourOp(first, false);
    if (first.outline) {
      // A decoration: filled outlines, never text (outline.ts), in its own graphics state.
      if (marks) sequence(`artifact ${first.artifact ?? ''}`, () => marks.decoration(first));
      ops.push(opacity < 1 ? `q /${res.opacityState(opacity)} gs` : 'q', itemFill, outlineOps(first, page.height, num), 'Q');
      continue;
    }
    if (marks) sequence(first.tag ? `${first.tag.id} ${first.lang}` : `artifact ${first.artifact ?? ''}`, () => marks.text(first));
    const special = opacity < 1 || !!first.rotate;
    if (special) ops.push(opacity < 1 ? `q /${res.opacityState(opacity)} gs` : 'q');
    if (itemFill !== fill) ops.push(itemFill);
    const itemSpacing = first.letterSpacing ?? 0;
    const tc = num(itemSpacing) !== num(spacing) ? ` ${num(itemSpacing)} Tc` : '';
    let matrix = `1 0 0 1 ${x} ${y} Tm`;
    if (first.rotate) {
      const rad = (first.rotate * Math.PI) / 180;
      const c = num(Math.cos(rad));
      const s = num(Math.sin(rad));
      matrix = `${c} ${s} ${num(-Math.sin(rad))} ${c} ${x} ${y} Tm`;
    }
    const text = `BT /${res.fontName(first.face)} ${num(first.size)} Tf${tc} ${matrix} ${showRun(step.items, res, marks !== undefined && endsInSpace(step.items, steps[index + 1]))} ET`;
    if (marks) ops.push(text);
    else ops.push(first.lang === lang ? text : `/Span <</Lang ${literal(first.lang)}>> BDC ${text} EMC`);
    // Q restores the colour saved by q (§8.4.2), so our record of it goes back too.
    if (special) ops.push('Q');
    else (fill = itemFill), (spacing = itemSpacing);
  }
  if (open !== undefined) ops.push('EMC');
  return ops.join('\n');
}
