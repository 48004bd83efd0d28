// One tree paragraph -> one Word paragraph: style, bookmark, hanging label (a tab, not Word numbering).
import { Bookmark, Paragraph, TabStopType, Tab, type ParagraphChild } from 'docx';
import { RAGGED_MEASURE_EMS, type Align, type ParagraphFormat, type Paragraph as TreeParagraph } from '../../document/index.js';
import { formatOrDefault, labelHang, labelSep, labelWidth } from '../../layout/labels.js';
import type { RenderContext } from './context.js';
import { changeAttributes, renderInlines, trackedRun, type TrackedChange } from './inlines.js';
import { twips } from './measure.js';
import { ALIGNMENT } from './styles.js';

/** In a ragged column, the shortest word (in characters, its punctuation included) that carries optional hyphens:
 *  the long words whose carry-over would leave a line far short, where the PDF's ragged breaker hyphenates. Measured
 *  on the seven parallel samples through LibreOffice 7.4: every word's points gave 1.5 to 2.7 times the PDF's
 *  hyphenated line ends (ECO–CIS 103 to the PDF's 57, five in a row); none, no hyphen at all and three samples'
 *  pages holding other rows than the PDF's; 10 characters 80; 11, 59 (CSTO–CICA 21 to 24, RATS 24 to 24), with
 *  the ECO–CIS parallel's pages now holding the PDF's rows; 12 and more moved the CSTO–CICA parallel's rows. */
export const RAGGED_HYPHENATED_LENGTH = 11;

export interface ParagraphOptions {
  /** Extra left indent in twips (list nesting, continuation blocks of a list item). */
  indent?: number;
  /** A list item's label, set flush right before the item's text, which starts `textLeft` twips from the column's edge. */
  item?: { label: string; textLeft: number };
  align?: Align;
  keepNext?: boolean;
  /** Override the style's space before, in points. */
  spaceBefore?: number;
  /** Another block id anchored on this paragraph (a list item's id on its first paragraph). */
  alsoId?: string;
}

/** Font size of a style, 12 pt when the tree names a style its stylesheet lacks. */
export function fontSizeOf(ctx: RenderContext, style: string): number {
  return ctx.styles.get(style)?.format.fontSize ?? 12;
}

/** The format the PDF's layout sets a style in (its default for a style the stylesheet lacks). */
export function formatOf(ctx: RenderContext, style: string): ParagraphFormat {
  return ctx.styles.get(style)?.format ?? formatOrDefault({}, style);
}

/**
 * Where a paragraph's label and text stand, in twips, as the PDF's layout sets them (layout/paragraph.ts,
 * layout/lists.ts): a list item's label flush right, half an em before the item's text; a numbered paragraph's label
 * at the paragraph's left edge and its text the label's width and half an em further. `left` is the text's edge,
 * `hanging` how far left of it the label starts.
 */
export function labelIndent(text: string, p: TreeParagraph, ctx: RenderContext, options: ParagraphOptions): { left: number; hanging: number } {
  const format = formatOf(ctx, p.style);
  if (options.item !== undefined) {
    return { left: options.item.textLeft + twips(format.leftIndent ?? 0), hanging: twips(labelWidth(text, format, p.lang) + labelSep(format)) };
  }
  const hang = twips(labelHang(text, format, p.lang));
  return { left: Math.max(twips(format.leftIndent ?? 0) + (options.indent ?? 0), hang), hanging: hang };
}

/** A first-line indent as OOXML writes it: a negative one is a hanging indent (§17.3.1.12 w:ind). */
function firstLineOf(format: ParagraphFormat | undefined): { hanging: number } | { firstLine: number } {
  const first = format?.firstLineIndent ?? 0;
  return first < 0 ? { hanging: twips(-first) } : { firstLine: twips(first) };
}

function labelRun(text: string, p: TreeParagraph, change: TrackedChange | undefined): ParagraphChild {
  return trackedRun({ children: [text, new Tab()], language: { value: p.lang } }, change);
}

/** The change a paragraph is written with: its own (an inserted or deleted paragraph), else its block's. */
export function changeOf(p: TreeParagraph, ctx: RenderContext): TrackedChange | undefined {
  return p.change ? { kind: p.change.kind, revisions: ctx.revisions } : ctx.change;
}

export function renderParagraph(p: TreeParagraph, ctx: RenderContext, options: ParagraphOptions = {}): Paragraph {
  const style = ctx.styles.get(p.style);
  const format = style?.format;
  const extra = options.indent ?? 0;
  const label = options.item?.label ?? p.label;

  // Justified text in a narrow measure is set ragged-right, as the PDF sets it (document/tree.ts RAGGED_MEASURE_EMS).
  const narrow = ctx.measure !== undefined && ctx.measure < twips(RAGGED_MEASURE_EMS * fontSizeOf(ctx, p.style));
  // The PDF hyphenates running text only (layout/paragraph.ts): a justified style, not in capitals. In a ragged
  // column only long words carry optional hyphens: Word and LibreOffice break at every optional hyphen a word
  // offers when it reaches the margin (Word's limit of hyphens in a row and its hyphenation zone bind only its own
  // automatic hyphenation), where the PDF hyphenates only a line that would otherwise fall far short.
  const hyphenate = format?.align === 'justify' && format.caps !== true ? (narrow ? RAGGED_HYPHENATED_LENGTH : 0) : undefined;
  const measure = (ctx.measure ?? ctx.textWidth) - (options.indent ?? 0);
  const maxBlankEms = measure / 20 / fontSizeOf(ctx, p.style);
  const change = changeOf(p, ctx);
  let children: ParagraphChild[] = renderInlines(p.children, p.lang, ctx.bookmarks, { hyphenate, maxBlankEms, revisions: ctx.revisions, ...(change ? { change } : {}) });
  if (label !== undefined) children.unshift(labelRun(label, p, change));
  for (const id of [p.id, options.alsoId]) {
    const name = id !== undefined ? ctx.bookmarks.get(id) : undefined;
    if (name === undefined || ctx.placed.has(name)) continue;
    ctx.placed.add(name);
    children = [new Bookmark({ id: name, children })];
  }

  let indent: { left: number; hanging?: number; firstLine?: number } | undefined;
  let tabStops: { type: typeof TabStopType.LEFT; position: number }[] | undefined;
  if (label !== undefined) {
    indent = labelIndent(label, p, ctx, options);
    // The explicit stop matches the hanging indent, where LibreOffice would otherwise use its default stops.
    tabStops = [{ type: TabStopType.LEFT, position: indent.left }];
  } else if (extra > 0) {
    // A continuation block of a list item keeps its style's first-line indent, as in the PDF.
    indent = { left: twips(format?.leftIndent ?? 0) + extra, ...firstLineOf(format) };
  }

  const breakBefore = ctx.breakBefore;
  ctx.breakBefore = false;
  ctx.keepNext = options.keepNext === true || format?.keepWithNext === true;
  const align = options.align ?? (narrow && format?.align === 'justify' ? 'left' : undefined);
  return new Paragraph({
    ...(style !== undefined ? { style: style.id } : {}),
    children,
    ...(indent !== undefined ? { indent } : {}),
    ...(tabStops !== undefined ? { tabStops } : {}),
    ...(align !== undefined ? { alignment: ALIGNMENT[align] } : {}),
    ...(options.keepNext ? { keepNext: true } : {}),
    ...(options.spaceBefore !== undefined ? { spacing: { before: twips(options.spaceBefore) } } : {}),
    ...(breakBefore ? { pageBreakBefore: true } : {}),
    // An inserted or deleted paragraph's mark is tracked too (§17.13.5.15, .13): accepting a deletion removes the
    // paragraph, rejecting an insertion removes the new one, and no empty paragraph is left behind.
    ...(change ? { run: { [change.kind === 'inserted' ? 'insertion' : 'deletion']: changeAttributes(change) } } : {}),
  });
}
