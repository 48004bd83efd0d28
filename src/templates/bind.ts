// Short Russian words bound to the next word where line ends are free: paragraphs not justified at full measure
// (centred titles, flush-left signature blocks and letterheads, and every cell of a parallel text, set ragged in
// its narrow column by both writers). See i18n/typography.ts for why justified text is left to the breaker.
import type { Block, Paragraph, Stylesheet } from '../document/index.js';
import { bindSpaces } from './markup/inlines.js';

function bindParagraph(p: Paragraph, styles: Stylesheet, narrow: boolean): Paragraph {
  if (p.lang !== 'ru-RU' || (!narrow && styles[p.style]?.align === 'justify')) return p;
  const children = structuredClone(p.children);
  bindSpaces(children, p.lang, true);
  return { ...p, children };
}

/** `blocks` with short words bound in every paragraph whose line ends are free. `narrow`: set in a parallel cell. */
export function bindShortWords(blocks: readonly Block[], styles: Stylesheet, narrow = false): Block[] {
  return blocks.map((b): Block => {
    switch (b.kind) {
      case 'paragraph': return bindParagraph(b, styles, narrow);
      case 'list': return { ...b, items: b.items.map((i) => ({ ...i, blocks: bindShortWords(i.blocks, styles, narrow) })) };
      case 'parallelRow': return { ...b, cells: b.cells.map((c) => bindShortWords(c, styles, true)) };
      case 'signatureBlock':
        return { ...b, columns: b.columns.map((c) => ({ ...c, heading: c.heading.map((p) => bindParagraph(p, styles, narrow)), signatory: c.signatory.map((p) => bindParagraph(p, styles, narrow)) })) };
      case 'letterhead': return { ...b, blocks: b.blocks.map((p) => bindParagraph(p, styles, narrow)) };
      default: return b;
    }
  });
}
