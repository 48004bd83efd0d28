// A letterhead -> centred Word paragraphs, each language's block in turn (English above Russian), a blank line between.
import type { Paragraph } from 'docx';
import { LETTERHEAD_GAP_LINES, type LangTag, type Letterhead } from '../../document/index.js';
import type { RenderContext } from './context.js';
import { renderParagraph } from './paragraphs.js';

/** The same stacking as the PDF's (layout/signature.ts layoutLetterhead): blocks in order of first appearance, the
 *  gap as space before the first line of each block after the first. */
export function renderLetterhead(block: Letterhead, ctx: RenderContext, indent: number): Paragraph[] {
  const langs: LangTag[] = [];
  for (const p of block.blocks) if (!langs.includes(p.lang)) langs.push(p.lang);
  const out: Paragraph[] = [];
  langs.forEach((lang, i) => {
    block.blocks.filter((p) => p.lang === lang).forEach((p, k) => {
      const format = ctx.styles.get(p.style)?.format;
      const gap = i > 0 && k === 0 && format ? LETTERHEAD_GAP_LINES * format.fontSize * format.lineHeight : undefined;
      out.push(renderParagraph(p, ctx, { align: 'center', ...(indent > 0 ? { indent } : {}), ...(gap !== undefined ? { spaceBefore: gap } : {}) }));
    });
  });
  return out;
}
