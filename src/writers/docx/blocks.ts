// Tree blocks -> Word body content (paragraphs and tables), in order, dispatching on every block kind.
import { LineRuleType, Paragraph, type Table } from 'docx';
import type { Block, ParallelRow } from '../../document/index.js';
import type { RenderContext } from './context.js';
import { renderLetterhead } from './letterhead.js';
import { renderList } from './lists.js';
import { twips } from './measure.js';
import { renderParagraph } from './paragraphs.js';
import { renderParallel, renderSignatures } from './tables.js';

/** An empty paragraph exactly `height` points tall (w:spacing w:lineRule="exact", ECMA-376 §17.3.1.33). */
function spacer(height: number, ctx: RenderContext): Paragraph {
  const breakBefore = ctx.breakBefore;
  ctx.breakBefore = false;
  return new Paragraph({
    spacing: { before: 0, after: 0, line: Math.max(1, twips(height)), lineRule: LineRuleType.EXACT },
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
        out.push(renderParallel(rows, ctx, indent, renderBlocks));
        break;
      }
      case 'signatureBlock':
        flushBreak(ctx, out);
        out.push(renderSignatures(block, ctx, indent));
        break;
      case 'letterhead':
        out.push(...renderLetterhead(block, ctx, indent));
        break;
      case 'pageBreak':
        // Two breaks in a row make an empty page: the first one gets its own paragraph.
        flushBreak(ctx, out);
        ctx.breakBefore = true;
        break;
      case 'spacer':
        out.push(spacer(block.height, ctx));
        break;
    }
  }
  return out;
}
