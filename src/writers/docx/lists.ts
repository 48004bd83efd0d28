// A tree list -> paragraphs with computed hanging labels, nested by level (no Word auto-numbering: our labels are
// computed and cross-referenced, and Word would renumber them).
import { Bookmark, Paragraph, TabStopType, Tab, TextRun, type Table } from 'docx';
import type { Block, List, ListItem } from '../../document/index.js';
import type { RenderContext } from './context.js';
import { fontSizeOf, labelWidth, renderParagraph } from './paragraphs.js';

export type BlockRenderer = (blocks: readonly Block[], ctx: RenderContext, indent: number) => (Paragraph | Table)[];

function firstStyle(list: List): string | undefined {
  for (const item of list.items) for (const b of item.blocks) if (b.kind === 'paragraph') return b.style;
  return undefined;
}

/** An item whose first block is not a paragraph still shows its label, on a line of its own. */
function labelOnly(item: ListItem, ctx: RenderContext, left: number, width: number): Paragraph {
  const name = item.id !== undefined ? ctx.bookmarks.get(item.id) : undefined;
  const label = new TextRun({ children: [item.label, new Tab()], language: { value: ctx.lang } });
  const placeable = name !== undefined && !ctx.placed.has(name);
  if (placeable) ctx.placed.add(name);
  const breakBefore = ctx.breakBefore;
  ctx.breakBefore = false;
  return new Paragraph({
    children: placeable ? [new Bookmark({ id: name, children: [label] })] : [label],
    indent: { left: left + width, hanging: width },
    tabStops: [{ type: TabStopType.LEFT, position: left + width }],
    ...(breakBefore ? { pageBreakBefore: true } : {}),
  });
}

export function renderList(list: List, ctx: RenderContext, indent: number, renderBlocks: BlockRenderer): (Paragraph | Table)[] {
  const style = firstStyle(list);
  const width = labelWidth(list.items.map((i) => i.label), style !== undefined ? fontSizeOf(ctx, style) : 12);
  const out: (Paragraph | Table)[] = [];
  for (const item of list.items) {
    const left = indent + Math.max(0, item.level) * width;
    const [first, ...rest] = item.blocks;
    if (first?.kind === 'paragraph') {
      out.push(renderParagraph(first, ctx, { indent: left, label: { text: item.label, width }, alsoId: item.id }));
      out.push(...renderBlocks(rest, ctx, left + width));
    } else {
      out.push(labelOnly(item, ctx, left, width));
      out.push(...renderBlocks(item.blocks, ctx, left + width));
    }
  }
  return out;
}
