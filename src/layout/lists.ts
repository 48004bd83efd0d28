// A list -> the vertical flow. Every level indents by one step; a label is set flush right in the step before
// its text, a label separation away (LaTeX's enumerate: \labelsep 0.5em), so every label, "i." or "iii.",
// "(a)" or «а)», stands the same normal gap from its text and the labels of a level align on their right edge.
import { withChange, type List, type ParagraphFormat } from '../document/index.js';
import { addBlock, addParagraph, DEFAULT_FORMAT, under, type FlowBuilder, type FlowContext } from './blocks.js';
import { firstLang } from './structure.js';
import { measure } from './fonts.js';
import { baseFace, displayText } from './inline.js';
import { LABEL_SEP_EMS } from './paragraph.js';

/** The indent step, in ems of the item's font size, unless a label needs more. */
const STEP_EMS = 2;

/** One step for the whole list, wide enough for its widest label and the separation. A step that depends on
 *  the level's labels alone would not do: a parallel text splits a list into one-item lists, one a row, and
 *  their labels and text must still align from row to row. */
export function listStep(list: List, ctx: Pick<FlowContext, 'styles'>): number {
  let step = 0;
  for (const item of list.items) {
    const first = item.blocks[0];
    // Measured without a diagnostic: an unknown style is reported once, when the paragraph is laid out.
    const format: ParagraphFormat = (first && first.kind === 'paragraph' && ctx.styles[first.style]) || DEFAULT_FORMAT;
    const lang = first && first.kind === 'paragraph' ? first.lang : 'en-GB';
    const label = displayText(item.label, lang, format.caps === true);
    step = Math.max(step, STEP_EMS * format.fontSize, measure(baseFace(format), format.fontSize, label) + LABEL_SEP_EMS * format.fontSize);
  }
  return step;
}

export function addList(list: List, ctx: FlowContext, b: FlowBuilder): void {
  const step = listStep(list, ctx);
  // Tagged: L, and for each item LI holding Lbl (its label) and LBody (its blocks), ISO 32000-1 §14.8.4.3.3.
  const tags = ctx.tags;
  const l = tags ? tags.builder.open('L', firstLang([list], tags.builder.lang(tags.parent)), tags.parent) : undefined;
  for (const item of list.items) {
    let inner: FlowContext = { ...ctx, left: ctx.listBase + (item.level + 1) * step };
    let lbl: number | undefined;
    if (tags && l !== undefined) {
      const lang = firstLang(item.blocks, tags.builder.lang(l));
      const li = tags.builder.open('LI', lang, l);
      lbl = tags.builder.open('Lbl', lang, li);
      inner = under(inner, tags.builder.open('LBody', lang, li));
    }
    const before = b.out.length;
    (item.change ? withChange(item.blocks, item.change) : item.blocks).forEach((block, k) => {
      if (k === 0 && block.kind === 'paragraph') addParagraph(block, inner, b, { text: item.label, hang: step, flushRight: true, ...(lbl !== undefined ? { tag: lbl } : {}) });
      else addBlock(block, inner, b);
    });
    const head = b.out.slice(before).find((el) => el.kind === 'box');
    if (item.id && head && head.kind === 'box') head.items.unshift({ kind: 'anchor', id: item.id, y: 0 });
  }
}
