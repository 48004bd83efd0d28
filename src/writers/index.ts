// The writers, one per output format, chosen from one exhaustive map: a format added to `Format` without a writer
// here is a compile error, never a silent fallback to another format. Each is loaded when first used, so a command
// that writes no document loads none of them.
import type { Diagnostic, Result } from '../diagnostics/index.js';
import type { DocumentTree } from '../document/index.js';
import type { LaidOutDocument, PageSizeName } from '../layout/types.js';
import type { Attachment } from './pdf/attach.js';

/** `akn`: Akoma Ntoso 3.0 XML, one file per language (issue 12 §2; src/draft.ts says which languages a run writes). */
export type Format = 'docx' | 'pdf' | 'akn';

/** What a writer is given: the tree, and the laid-out pages (computed once, on first request, and shared by every
 *  writer of one document that needs them). */
export interface WriterInput {
  tree: DocumentTree;
  pageSize: PageSizeName;
  /** The layout of `tree` (the PDF's pages; the DOCX's section page counts when the tree has sections). */
  laidOut(): Promise<Result<LaidOutDocument>>;
  /** The layout when the tree came laid out (a note with its enclosure, whose page counts the DOCX states). */
  laidOutIfKnown(): LaidOutDocument | undefined;
  /** Files a format that can carry them embeds (the agreement's YAML in a PDF/A-3u); others ignore them. */
  attachments?: readonly Attachment[];
}

export type Writer = (input: WriterInput) => Promise<{ bytes?: Uint8Array; diagnostics: Diagnostic[] }>;

export const WRITERS: { readonly [F in Format]: Writer } = {
  docx: async (input) => {
    const { writeDocx } = await import('./docx/index.js');
    const sectionPages = input.laidOutIfKnown()?.sectionPages;
    return { bytes: await writeDocx(input.tree, { pageSize: input.pageSize, ...(sectionPages ? { sectionPages } : {}) }), diagnostics: [] };
  },
  pdf: async (input) => {
    const laid = await input.laidOut();
    if (!laid.ok) return { diagnostics: laid.diagnostics };
    const { writePdf } = await import('./pdf/index.js');
    return { bytes: await writePdf(laid.value, { attachments: input.attachments ?? [] }), diagnostics: laid.diagnostics };
  },
  akn: async (input) => {
    const { writeAkn } = await import('./akn/index.js');
    return { bytes: writeAkn(input.tree), diagnostics: [] };
  },
};

/** Every format, in the order a run writes them. */
export const FORMATS: readonly Format[] = ['docx', 'pdf', 'akn'] satisfies readonly Format[];

/** The file name a format's output takes: `<name>.<layout>.<ext>`. */
export const EXTENSION: { readonly [F in Format]: string } = { docx: 'docx', pdf: 'pdf', akn: 'akn.xml' };
