// One tree paragraph -> one Word paragraph: style, bookmark, hanging label (a tab, not Word numbering).
import { Bookmark, Paragraph, TabStopType, Tab, TextRun, type ParagraphChild } from 'docx';
import { RAGGED_MEASURE_EMS, type Align, type Paragraph as TreeParagraph } from '../../document/index.js';
import type { RenderContext } from './context.js';
import { renderInlines } from './inlines.js';
import { twips } from './measure.js';
import { ALIGNMENT } from './styles.js';

export interface ParagraphOptions {
  /** Extra left indent in twips (list nesting, continuation blocks of a list item). */
  indent?: number;
  /** A label that replaces the paragraph's own (a list item's), with the hanging width for its list. */
  label?: { text: string; width: number };
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

/**
 * Hanging width for labels in twips: wide enough for the longest label ("viii.", "10.") and never under 2.5 em, so
 * the text of "1." and "iv." starts at the same place. Estimated at 0.55 em a character: labels are short and the
 * estimate only needs to err wide.
 */
export function labelWidth(labels: readonly string[], fontSize: number): number {
  const longest = Math.max(0, ...labels.map((l) => [...l].length));
  return twips(Math.max(2.5, longest * 0.55 + 0.75) * fontSize);
}

function labelRun(text: string, p: TreeParagraph): TextRun {
  return new TextRun({ children: [text, new Tab()], language: { value: p.lang } });
}

export function renderParagraph(p: TreeParagraph, ctx: RenderContext, options: ParagraphOptions = {}): Paragraph {
  const style = ctx.styles.get(p.style);
  const format = style?.format;
  const extra = options.indent ?? 0;
  const label = options.label ?? (p.label !== undefined ? { text: p.label, width: labelWidth([p.label], fontSizeOf(ctx, p.style)) } : undefined);

  let children: ParagraphChild[] = renderInlines(p.children, p.lang, ctx.bookmarks);
  if (label !== undefined) children.unshift(labelRun(label.text, p));
  for (const id of [p.id, options.alsoId]) {
    const name = id !== undefined ? ctx.bookmarks.get(id) : undefined;
    if (name === undefined || ctx.placed.has(name)) continue;
    ctx.placed.add(name);
    children = [new Bookmark({ id: name, children })];
  }

  const styleLeft = twips(format?.leftIndent ?? 0);
  let indent: { left: number; hanging?: number; firstLine?: number } | undefined;
  let tabStops: { type: typeof TabStopType.LEFT; position: number }[] | undefined;
  if (label !== undefined) {
    // A list item's label starts at its level; a numbered paragraph's where its first line would start.
    const firstLine = options.label === undefined ? Math.max(0, twips(format?.firstLineIndent ?? 0)) : 0;
    const left = styleLeft + extra + firstLine + label.width;
    indent = { left, hanging: label.width };
    // The explicit stop matches the hanging indent, where LibreOffice would otherwise use its default stops.
    tabStops = [{ type: TabStopType.LEFT, position: left }];
  } else if (extra > 0) {
    indent = { left: styleLeft + extra, firstLine: 0 };
  }

  const breakBefore = ctx.breakBefore;
  ctx.breakBefore = false;
  // Justified text in a narrow measure is set ragged-right, as the PDF sets it (document/tree.ts RAGGED_MEASURE_EMS).
  const narrow = ctx.measure !== undefined && ctx.measure < twips(RAGGED_MEASURE_EMS * fontSizeOf(ctx, p.style));
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
  });
}
