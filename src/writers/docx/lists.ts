// A tree list -> paragraphs with computed hanging labels, nested by level (no Word auto-numbering: our labels are
// computed and cross-referenced, and Word would renumber them). The geometry is the PDF's (layout/lists.ts): one
// indent step for the whole list, an item's text (level + 1) steps from the column's edge, its label flush right
// half an em before the text.
import { Bookmark, Paragraph, TabStopType, Tab, type Table } from 'docx';
import type { Block, List, ListItem } from '../../document/index.js';
import { listIndentStep } from '../../layout/labels.js';
import type { RenderContext } from './context.js';
import { twips } from './measure.js';
import { labelIndent, renderParagraph } from './paragraphs.js';
import { changeAttributes, trackedRun } from './inlines.js';

export type BlockRenderer = (blocks: readonly Block[], ctx: RenderContext, indent: number) => (Paragraph | Table)[];

/** An item whose first block is not a paragraph still shows its label, on a line of its own, kept with its content. */
function labelOnly(item: ListItem, ctx: RenderContext, textLeft: number): Paragraph {
  const name = item.id !== undefined ? ctx.bookmarks.get(item.id) : undefined;
  const label = trackedRun({ children: [item.label, new Tab()], language: { value: ctx.lang } }, ctx.change);
  const placeable = name !== undefined && !ctx.placed.has(name);
  if (placeable) ctx.placed.add(name);
  const breakBefore = ctx.breakBefore;
  ctx.breakBefore = false;
  ctx.keepNext = true;
  const model = { kind: 'paragraph' as const, style: '', role: 'text' as const, lang: ctx.lang, children: [] };
  return new Paragraph({
    children: placeable ? [new Bookmark({ id: name, children: [label] })] : [label],
    indent: labelIndent(item.label, model, ctx, { item: { label: item.label, textLeft } }),
    tabStops: [{ type: TabStopType.LEFT, position: textLeft }],
    keepNext: true,
    ...(breakBefore ? { pageBreakBefore: true } : {}),
    ...(ctx.change ? { run: { [ctx.change.kind === 'inserted' ? 'insertion' : 'deletion']: changeAttributes(ctx.change) } } : {}),
  });
}

/** `indent` is ignored for the items themselves: as in the PDF, list levels count from the column's edge (a nested
 *  list is its own list block with level 1, not a list indented by its parent item). */
export function renderList(list: List, ctx: RenderContext, _indent: number, renderBlocks: BlockRenderer): (Paragraph | Table)[] {
  const step = twips(listIndentStep(list, ctx.sheet));
  const out: (Paragraph | Table)[] = [];
  for (const item of list.items) {
    const textLeft = (Math.max(0, item.level) + 1) * step;
    const [first, ...rest] = item.blocks;
    // An inserted or deleted item: its label and every block in it carry the change.
    const outer = ctx.change;
    if (item.change) ctx.change = { kind: item.change.kind, revisions: ctx.revisions };
    if (first?.kind === 'paragraph') {
      out.push(renderParagraph(first, ctx, { item: { label: item.label, textLeft }, alsoId: item.id }));
      out.push(...renderBlocks(rest, ctx, textLeft));
    } else {
      out.push(labelOnly(item, ctx, textLeft));
      out.push(...renderBlocks(item.blocks, ctx, textLeft));
    }
    ctx.change = outer;
  }
  return out;
}
