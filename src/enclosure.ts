// Wires a note verbale with its enclosure, per layout: the note, then the enclosure as a section of its own (new page,
// own page numbers and watermark), and the page count the note states read from that combined document as laid out.
import { type Diagnostic, type Result, error, fail, ok } from './diagnostics/index.js';
import { appendSection, type DocumentTree } from './document/index.js';
import type { LaidOutDocument, PageSizeName } from './layout/types.js';
import type { Agreement } from './model/types.js';
import { renderDocument, type Layout, type RenderOptions, type TemplateSet } from './templates/index.js';

export interface Circulated {
  /** The note followed by its enclosure, as circulated. */
  combined: DocumentTree;
  /** The combined document laid out (for the PDF, so it is not laid out twice). */
  laid: LaidOutDocument;
  /** The note alone, stating the same count (for --no-enclosure). */
  note: DocumentTree;
}

interface Settings {
  templates: TemplateSet;
  render: RenderOptions;
  pageSize: PageSizeName;
}

/** Rounds of "state a count, lay out, count the enclosure's pages": the enclosure's section does not depend on the note,
 *  so the second round always agrees; the bound only keeps a bug from looping. */
const ROUNDS = 3;

/** The note and its enclosure (already loaded) in one layout. The enclosure is rendered as written (no alternat). */
export async function circulate(note: Agreement, enclosure: Agreement, layout: Layout, s: Settings): Promise<Result<Circulated>> {
  const { layoutDocument } = await import('./layout/index.js');
  const diagnostics: Diagnostic[] = [];
  const { firstParty: _ignored, ...plain } = s.render;
  const enc = renderDocument(enclosure, s.templates, { ...plain, layout, enclosurePages: undefined });
  diagnostics.push(...enc.diagnostics);
  if (!enc.ok) return fail(diagnostics);
  let stated = 1;
  for (let round = 0; round < ROUNDS; round++) {
    const tree = renderDocument(note, s.templates, { ...s.render, layout, enclosurePages: stated });
    if (!tree.ok) return fail([...diagnostics, ...tree.diagnostics]);
    const combined = appendSection(tree.value, enc.value);
    const laid = layoutDocument(combined, { pageSize: s.pageSize });
    if (!laid.ok) return fail([...diagnostics, ...tree.diagnostics, ...laid.diagnostics]);
    const sections = laid.value.sectionPages ?? [laid.value.pages.length];
    // The enclosure is the combined document's last section; its own sections, if any, count with it.
    const pages = sections.slice(1).reduce((a, b) => a + b, 0);
    if (pages === stated) return ok({ combined, laid: laid.value, note: tree.value }, [...diagnostics, ...tree.diagnostics, ...laid.diagnostics]);
    stated = pages;
  }
  return fail([...diagnostics, error('ENCLOSURE_PAGES_UNSTABLE', 'The number of pages of the enclosure changes each time the note states it.',
    { hint: 'This is a bug in cica: please report it with the input.' })]);
}
