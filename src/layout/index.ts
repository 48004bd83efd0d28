// Layout stage: document tree -> pages of positioned text, rules and links (plain data the PDF writer paints).
import { error, fail, hasErrors, ok, type Result } from '../diagnostics/index.js';
import { COLUMN_GAP, type DocumentTree, type Section } from '../document/index.js';
import { addBlock, newBuilder, type FlowContext } from './blocks.js';
import type { Flow } from './flow.js';
import { checkGlyphs } from './glyphs.js';
import { checkPages } from './guard.js';
import { decoratePages, MARGINS } from './page.js';
import { paginate } from './paginate.js';
import { StructureBuilder } from './structure.js';
import { PAGE_SIZES, type LaidOutDocument, type Page, type PageSizeName } from './types.js';

export { checkGlyphs } from './glyphs.js';
export { printLayout } from './print.js';
export { FACES, canSet, faceMetrics, fontBytes, hasGlyph, measure, shape, type Shaped } from './fonts.js';
export type * from './types.js';
export { PAGE_SIZES } from './types.js';

/** Space between the columns of a parallel text and of signature blocks (document/page.ts, shared with the DOCX). */
export const GUTTER = COLUMN_GAP;

export interface LayoutOptions {
  pageSize: PageSizeName;
}

export function layoutDocument(tree: DocumentTree, opts: LayoutOptions): Result<LaidOutDocument> {
  const page = PAGE_SIZES[opts.pageSize];
  if (!page) return fail([error('LAYOUT_PAGE_SIZE', `Unknown page size "${String(opts.pageSize)}".`, { hint: 'Use A4 or Letter.' })]);
  const glyphs = checkGlyphs(tree);
  if (hasErrors(glyphs)) return fail(glyphs);
  const area = { x: MARGINS.left, y: MARGINS.top, width: page.width - MARGINS.left - MARGINS.right, height: page.height - MARGINS.top - MARGINS.bottom };
  const { meta } = tree;
  const lang = meta.langs[0] ?? 'en-GB';
  const structure = new StructureBuilder(lang);
  const ctx: FlowContext = { styles: tree.styles, width: area.width, left: 0, listBase: 0, gutter: GUTTER, diagnostics: [...glyphs] };
  const first: Section = { blocks: tree.blocks, pageLabel: meta.pageLabel, ...(meta.watermark !== undefined ? { watermark: meta.watermark } : {}) };
  // Each section is paginated apart and numbered from 1 (tree.ts Section): it starts a new page whatever precedes it.
  const sections = [first, ...(tree.sections ?? [])];
  const flows = sections.map((section, i): Flow[] => {
    const builder = newBuilder();
    // The first section's elements stand in the Document; each further one (an enclosure) is a Sect of its own.
    const parent = i === 0 ? 0 : structure.open('Sect', lang, 0);
    const tagged: FlowContext = { ...ctx, tags: { builder: structure, parent } };
    for (const block of section.blocks) addBlock(block, tagged, builder);
    return builder.lead > 0 ? [{ kind: 'gap', h: builder.lead, keep: false }, ...builder.out] : builder.out;
  });
  if (hasErrors(ctx.diagnostics)) return fail(ctx.diagnostics);
  const pages: Page[] = [];
  const sectionPages: number[] = [];
  sections.forEach((section, i) => {
    const laid = decoratePages(paginate(flows[i]!, area), section, lang, page.width, page.height);
    pages.push(...laid);
    sectionPages.push(laid.length);
  });
  // Nothing lost, nothing off the page (guard.ts): otherwise no document at all rather than a wrong one.
  const guarded = checkPages(tree, pages);
  if (guarded.length) return fail([...ctx.diagnostics, ...guarded]);
  return ok(
    {
      pages,
      sectionPages,
      structure: structure.structure(),
      meta: {
        title: meta.title,
        ...(meta.titles ? { titles: meta.titles } : {}),
        langs: meta.langs,
        subject: meta.subject,
        author: meta.author,
        creator: meta.creator,
        lang,
        date: meta.date,
      },
    },
    ctx.diagnostics,
  );
}
