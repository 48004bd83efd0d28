// Wires the stages for one agreement: load -> render templates -> writers. Only wires.
import { type Diagnostic, type Result, fail, hasErrors, ok } from './diagnostics/index.js';
import { loadAgreement, type CheckOptions } from './model/index.js';
import type { Agreement, Lang } from './model/types.js';
import { loadTemplates, renderDocument, type Layout, type TemplateSet } from './templates/index.js';
import type { PageSizeName } from './layout/types.js';

export type Format = 'docx' | 'pdf';

/** The checks every draft runs: every printed character is one the documents' font can set, reported where it was
 *  written (the layout's own check then covers the words the templates add). */
async function checkOptions(): Promise<CheckOptions> {
  const { canSet } = await import('./layout/fonts.js');
  return { canSet };
}
export const LAYOUTS: readonly Layout[] = ['en', 'ru', 'parallel'];
export const FORMATS: readonly Format[] = ['docx', 'pdf'];

export interface DraftOptions {
  layouts: readonly Layout[];
  formats: readonly Format[];
  /** Column order of the parallel text. */
  order: readonly Lang[];
  pageSize: PageSizeName;
  /** Templates to use (load once per run with `loadTemplates`). */
  templates: TemplateSet;
  /** "cica <version>", written into the files' Creator/Application fields. */
  creator: string;
  /** A party id: draft that party's original under the alternat (named first, signing on the left). A note's
   *  enclosure is always laid out as written. */
  firstParty?: string;
}

export interface DraftOutput {
  layout: Layout;
  format: Format;
  /** `<name>.<layout>.<format>`, where <name> is the YAML file's name without its extension. */
  fileName: string;
  bytes: Uint8Array;
}

export interface Drafted {
  agreement: Agreement;
  outputs: DraftOutput[];
}

/** `memorandum.yaml` -> `memorandum`. */
export function baseName(file: string): string {
  const name = file.split(/[\\/]/).pop() ?? file;
  return name.replace(/\.(ya?ml)$/i, '');
}

/** Page counts of a note's enclosure, per layout, from the enclosure as actually laid out in PDF. */
async function enclosurePages(
  agreement: Agreement,
  options: DraftOptions,
): Promise<Result<Partial<Record<Layout, number>>>> {
  if (agreement.kind !== 'note' || !agreement.enclosure) return ok({});
  const loaded = await loadAgreement(agreement.enclosure.path, await checkOptions());
  if (!loaded.ok) return fail(loaded.diagnostics);
  const { layoutDocument } = await import('./layout/index.js');
  const pages: Partial<Record<Layout, number>> = {};
  const diagnostics: Diagnostic[] = [...loaded.diagnostics];
  for (const layout of options.layouts) {
    const tree = renderDocument(loaded.value, options.templates, { layout, order: options.order, creator: options.creator });
    diagnostics.push(...tree.diagnostics);
    if (!tree.ok) return fail(diagnostics);
    const laid = layoutDocument(tree.value, { pageSize: options.pageSize });
    diagnostics.push(...laid.diagnostics);
    if (!laid.ok) return fail(diagnostics);
    pages[layout] = laid.value.pages.length;
  }
  return ok(pages, diagnostics);
}

/** Renders one agreement file into every requested layout and format, in memory. Writes nothing. */
export async function draftAgreement(file: string, options: DraftOptions): Promise<Result<Drafted>> {
  const loaded = await loadAgreement(file, await checkOptions());
  if (!loaded.ok) return fail(loaded.diagnostics);
  const agreement = loaded.value;
  const diagnostics: Diagnostic[] = [...loaded.diagnostics];

  const enclosure = await enclosurePages(agreement, options);
  diagnostics.push(...enclosure.diagnostics);
  if (!enclosure.ok) return fail(diagnostics);

  const name = baseName(file);
  const outputs: DraftOutput[] = [];
  for (const layout of options.layouts) {
    const tree = renderDocument(agreement, options.templates, {
      layout,
      order: options.order,
      creator: options.creator,
      enclosurePages: enclosure.value[layout],
      ...(options.firstParty !== undefined ? { firstParty: options.firstParty } : {}),
    });
    diagnostics.push(...tree.diagnostics);
    if (!tree.ok) return fail(diagnostics);
    for (const format of options.formats) {
      let bytes: Uint8Array;
      if (format === 'docx') {
        const { writeDocx } = await import('./writers/docx/index.js');
        bytes = await writeDocx(tree.value, { pageSize: options.pageSize });
      } else {
        const { layoutDocument } = await import('./layout/index.js');
        const { writePdf } = await import('./writers/pdf/index.js');
        const laid = layoutDocument(tree.value, { pageSize: options.pageSize });
        diagnostics.push(...laid.diagnostics);
        if (!laid.ok) return fail(diagnostics);
        bytes = await writePdf(laid.value);
      }
      outputs.push({ layout, format, fileName: `${name}.${layout}.${format}`, bytes });
    }
  }
  if (hasErrors(diagnostics)) return fail(diagnostics);
  return ok({ agreement, outputs }, diagnostics);
}

export { loadTemplates };
