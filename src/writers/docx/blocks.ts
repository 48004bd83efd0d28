// Tree blocks -> Word body content (paragraphs and tables), in order, dispatching on every block kind.
import { LineRuleType, Paragraph, type Table } from 'docx';
import type { Block, ParallelRow, SignatureBlock, Spacer } from '../../document/index.js';
import type { RenderContext } from './context.js';
import { renderLetterhead } from './letterhead.js';
import { renderList } from './lists.js';
import { twips } from './measure.js';
import { renderParagraph } from './paragraphs.js';
import { keepTogether, renderParallel, renderSignatures } from './tables.js';

/**
 * An empty paragraph exactly `height` points tall (w:spacing w:lineRule="exact", ECMA-376 §17.3.1.33). It is a link of
 * the keep chain it stands in (w:keepNext, §17.3.1.15): the PDF's layout adds a spacer to the gap between two blocks
 * and keeps the gap with the next block when the one before asks it, so the execution clause, the space and the
 * signatures go to a page together (issue 9 §2).
 */
function spacer(height: number, ctx: RenderContext): Paragraph {
  const breakBefore = ctx.breakBefore;
  ctx.breakBefore = false;
  return new Paragraph({
    spacing: { before: 0, after: 0, line: Math.max(1, twips(height)), lineRule: LineRuleType.EXACT },
    ...(ctx.keepNext ? { keepNext: true } : {}),
    ...(breakBefore ? { pageBreakBefore: true } : {}),
  });
}

/**
 * A page break that no following paragraph could take (before a table, or at the end): a paragraph 1 pt tall
 * that starts the new page, rather than a w:br that leaves a full empty line there.
 */
function flushBreak(ctx: RenderContext, out: (Paragraph | Table)[]): void {
  if (!ctx.breakBefore) return;
  out.push(spacer(1, ctx));
}

/** The index of the signature block that follows `from` across spacers only, if one does. */
function signaturesAfter(blocks: readonly Block[], from: number): number | undefined {
  let j = from;
  while (blocks[j]?.kind === 'spacer') j += 1;
  return blocks[j]?.kind === 'signatureBlock' ? j : undefined;
}

export function renderBlocks(blocks: readonly Block[], ctx: RenderContext, indent: number): (Paragraph | Table)[] {
  const out: (Paragraph | Table)[] = [];
  for (let i = 0; i < blocks.length; i += 1) {
    const block = blocks[i]!;
    switch (block.kind) {
      case 'paragraph':
        out.push(renderParagraph(block, ctx, indent > 0 ? { indent } : {}));
        break;
      case 'list':
        out.push(...renderList(block, ctx, indent, renderBlocks));
        break;
      case 'parallelRow': {
        const rows: ParallelRow[] = [block];
        while (blocks[i + 1]?.kind === 'parallelRow') rows.push(blocks[++i] as ParallelRow);
        flushBreak(ctx, out);
        // Rows kept with the signatures that follow (the execution clause) go to their page with them.
        const signatures = signaturesAfter(blocks, i + 1);
        let tail = rows.length;
        if (signatures !== undefined) while (tail > 0 && rows[tail - 1]!.keepWithNext === true) tail -= 1;
        if (tail > 0) out.push(renderParallel(rows.slice(0, tail), ctx, indent, renderBlocks));
        if (signatures === undefined || tail === rows.length) break;
        const group: (Paragraph | Table)[] = [renderParallel(rows.slice(tail), ctx, indent, renderBlocks)];
        for (i += 1; i < signatures; i += 1) group.push(spacer((blocks[i] as Spacer).height, ctx));
        group.push(renderSignatures(blocks[signatures] as SignatureBlock, ctx, indent));
        out.push(keepTogether(group, ctx, indent));
        ctx.keepNext = false;
        break;
      }
      case 'signatureBlock':
        flushBreak(ctx, out);
        out.push(keepTogether([renderSignatures(block, ctx, indent)], ctx, indent));
        ctx.keepNext = false;
        break;
      case 'letterhead':
        out.push(...renderLetterhead(block, ctx, indent));
        break;
      case 'pageBreak':
        // Two breaks in a row make an empty page: the first one gets its own paragraph.
        flushBreak(ctx, out);
        ctx.breakBefore = true;
        ctx.keepNext = false;
        break;
      case 'spacer':
        out.push(spacer(block.height, ctx));
        break;
    }
  }
  return out;
}
