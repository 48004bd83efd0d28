// Wires the stages for one agreement: load -> render templates -> writers. Only wires.
import { readFile } from 'node:fs/promises';
import { type Diagnostic, type Result, fail, hasErrors, ok } from './diagnostics/index.js';
import { loadAgreement, type CheckOptions } from './model/index.js';
import type { Agreement, Lang } from './model/types.js';
import { loadTemplates, renderDocument, type Layout, type TemplateSet } from './templates/index.js';
import { documentKey, type DocumentTree } from './document/index.js';
import { circulate } from './enclosure.js';
import type { LaidOutDocument, PageSizeName } from './layout/types.js';
import type { Attachment } from './writers/pdf/index.js';

import { EXTENSION, FORMATS, WRITERS, type Format, type WriterInput } from './writers/index.js';

export { FORMATS, type Format };

/** The checks every draft runs: every printed character is one the documents' font can set, reported where it was
 *  written (the layout's own check then covers the words the templates add). */
async function checkOptions(): Promise<CheckOptions> {
  const { canSet } = await import('./layout/fonts.js');
  return { canSet };
}
export const LAYOUTS: readonly Layout[] = ['en', 'ru', 'parallel'];

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
  /** A note with an enclosure: false writes the note alone (still stating the enclosure's page count); default true. */
  enclosure?: boolean;
  /** Embed the agreement's YAML (and a note's enclosure's) in each PDF as its source: PDF/A-3u (issue 12 §1). */
  embedSource?: boolean;
  /** What the writers made of each file's layouts last time (cica watch): a layout whose tree is equal to the one
   *  written then, in the same formats and page size, is not written again. */
  reuse?: WrittenBefore;
}

/** Per agreement file and layout, the last tree written (its documentKey, with the formats and page size) and what
 *  the writers made of it. Holds one version: a new tree replaces the entry. */
export class WrittenBefore {
  readonly #last = new Map<string, { key: string; written: Result<{ format: Format; bytes: Uint8Array }[]> }>();
  get(file: string, layout: Layout, key: string): Result<{ format: Format; bytes: Uint8Array }[]> | undefined {
    const hit = this.#last.get(`${layout}\u0000${file}`);
    return hit && hit.key === key ? hit.written : undefined;
  }
  set(file: string, layout: Layout, key: string, written: Result<{ format: Format; bytes: Uint8Array }[]>): void {
    this.#last.set(`${layout}\u0000${file}`, { key, written });
  }
}

/** The formats one layout's tree is written in as it is: every format but Akoma Ntoso, which is one language a file
 *  (a redline, `cica diff`, offers these). */
export const LAYOUT_FORMATS: readonly Format[] = FORMATS.filter((f) => f !== 'akn');

/** Akoma Ntoso is written per language, whatever the layout (issue 12 §2): a layout asks for the languages it shows,
 *  en -> en, ru -> ru, parallel -> both. Returns each layout to render and the formats to write from it, in order: the
 *  layouts asked for, then a language that only `akn` needs (`--layout parallel --format akn` renders en and ru). */
export function renderPlan(layouts: readonly Layout[], formats: readonly Format[]): { layout: Layout; formats: Format[] }[] {
  const akn = formats.includes('akn');
  const langs = akn ? (['en', 'ru'] as const).filter((l) => layouts.includes(l) || layouts.includes('parallel')) : [];
  const others = formats.filter((f) => f !== 'akn');
  return [...new Set<Layout>([...layouts, ...langs])].map((layout) => ({
    layout,
    formats: [...(layouts.includes(layout) ? others : []), ...((langs as readonly Layout[]).includes(layout) ? ['akn' as const] : [])],
  })).filter((step) => step.formats.length > 0);
}

export interface DraftOutput {
  layout: Layout;
  format: Format;
  /** `<name>.<layout>.<ext>` (ext: docx, pdf, akn.xml), where <name> is the YAML file's name without its extension. */
  fileName: string;
  bytes: Uint8Array;
}

export interface Drafted {
  agreement: Agreement;
  outputs: DraftOutput[];
  /** The document tree of each layout, as written (`cica watch --serve` shows it as text). */
  trees: { layout: Layout; tree: DocumentTree }[];
}

/** `memorandum.yaml` -> `memorandum`. */
export function baseName(file: string): string {
  const name = file.split(/[\\/]/).pop() ?? file;
  return name.replace(/\.(ya?ml)$/i, '');
}

/** The note's enclosure, loaded and checked; undefined when the agreement is not a note with one. */
async function loadEnclosure(agreement: Agreement): Promise<Result<Agreement | undefined>> {
  if (agreement.kind !== 'note' || !agreement.enclosure) return ok(undefined);
  return loadAgreement(agreement.enclosure.path, await checkOptions());
}

/** The YAML files a PDF embeds as its source under `embedSource`: the agreement's, then a circulated enclosure's,
 *  each by its file name (a second file of the same name is named by its place in the list). */
async function sourceAttachments(file: string, enclosure: string | undefined): Promise<Attachment[]> {
  const files = [{ path: file, description: 'The agreement file this document was drafted from (cica YAML)' }];
  if (enclosure) files.push({ path: enclosure, description: 'The enclosed agreement\'s file (cica YAML)' });
  const seen = new Set<string>();
  return Promise.all(files.map(async ({ path, description }, i) => {
    let name = path.split(/[\\/]/).pop() ?? path;
    if (seen.has(name)) name = `${i + 1}-${name}`;
    seen.add(name);
    // application/yaml: the media type RFC 9512 registers for YAML.
    return { name, bytes: new Uint8Array(await readFile(path)), mimeType: 'application/yaml', description, relationship: 'Source' as const };
  }));
}

/** An agreement file loaded for drafting, with a note's enclosure loaded and checked too. */
export interface LoadedForDraft {
  agreement: Agreement;
  enclosure: Agreement | undefined;
}

export async function loadForDraft(file: string): Promise<Result<LoadedForDraft>> {
  const loaded = await loadAgreement(file, await checkOptions());
  if (!loaded.ok) return fail(loaded.diagnostics);
  const diagnostics: Diagnostic[] = [...loaded.diagnostics];
  const enclosure = await loadEnclosure(loaded.value);
  diagnostics.push(...enclosure.diagnostics);
  if (!enclosure.ok) return fail(diagnostics);
  return ok({ agreement: loaded.value, enclosure: enclosure.value }, diagnostics);
}

export type TreeOptions = Pick<DraftOptions, 'order' | 'pageSize' | 'templates' | 'creator' | 'firstParty' | 'enclosure'>;

/** The document tree of one layout, as drafted: a note with an enclosure as circulated (its layout comes with it,
 *  since the note states the enclosure's page count), or alone when `enclosure` is false. */
export async function draftTree(loaded: LoadedForDraft, layout: Layout, options: TreeOptions): Promise<Result<{ tree: DocumentTree; laid?: LaidOutDocument }>> {
  const render = {
    layout,
    order: options.order,
    creator: options.creator,
    ...(options.firstParty !== undefined ? { firstParty: options.firstParty } : {}),
  };
  if (loaded.enclosure) {
    const both = await circulate(loaded.agreement, loaded.enclosure, layout, { templates: options.templates, render, pageSize: options.pageSize });
    if (!both.ok) return fail(both.diagnostics);
    return ok(options.enclosure === false ? { tree: both.value.note } : { tree: both.value.combined, laid: both.value.laid }, both.diagnostics);
  }
  const rendered = renderDocument(loaded.agreement, options.templates, render);
  return rendered.ok ? ok({ tree: rendered.value }, rendered.diagnostics) : fail(rendered.diagnostics);
}

/** One tree in each format, by the writers of WRITERS, in memory. `laid`: the tree's layout when it came laid out. */
export async function writeTree(
  tree: DocumentTree, formats: readonly Format[], pageSize: PageSizeName, laid?: LaidOutDocument, attachments: readonly Attachment[] = [],
): Promise<Result<{ format: Format; bytes: Uint8Array }[]>> {
  const diagnostics: Diagnostic[] = [];
  // Laid out once, when a writer first needs the pages (or already, with the enclosure's page count), and shared.
  let layoutResult: Promise<Result<LaidOutDocument>> | undefined = laid ? Promise.resolve(ok(laid)) : undefined;
  const input: WriterInput = {
    tree,
    pageSize,
    laidOut: () => (layoutResult ??= import('./layout/index.js').then((m) => m.layoutDocument(tree, { pageSize }))),
    laidOutIfKnown: () => laid,
    attachments,
  };
  const out: { format: Format; bytes: Uint8Array }[] = [];
  for (const format of formats) {
    const written = await WRITERS[format](input);
    diagnostics.push(...written.diagnostics);
    if (!written.bytes) return fail(diagnostics);
    out.push({ format, bytes: written.bytes });
  }
  return ok(out, diagnostics);
}

/** The Akoma Ntoso expressions a layout's PDF embeds under `embedSource`: en -> en, ru -> ru, parallel -> both, each
 *  named as `--format akn` names its file. */
async function aknAttachments(
  name: string, layout: Layout, treeOf: (l: Layout) => Promise<Result<{ tree: DocumentTree }>>, pageSize: PageSizeName,
): Promise<Result<Attachment[]>> {
  const diagnostics: Diagnostic[] = [];
  const out: Attachment[] = [];
  for (const { layout: lang } of renderPlan([layout], ['akn'])) {
    const drafted = await treeOf(lang);
    diagnostics.push(...drafted.diagnostics);
    if (!drafted.ok) return fail(diagnostics);
    const written = await writeTree(drafted.value.tree, ['akn'], pageSize);
    diagnostics.push(...written.diagnostics);
    if (!written.ok) return fail(diagnostics);
    out.push({
      name: `${name}.${lang}.${EXTENSION.akn}`,
      bytes: written.value[0]!.bytes,
      mimeType: 'application/akn+xml',
      description: `The ${lang === 'en' ? 'English' : 'Russian'} text as Akoma Ntoso 3.0 XML (OASIS LegalDocML)`,
      relationship: 'Alternative',
    });
  }
  return ok(out, diagnostics);
}

/** Renders one agreement file into every requested layout and format, in memory. Writes nothing. A note with an
 *  enclosure is written as circulated, the enclosure after it (src/enclosure.ts), unless `enclosure` is false. */
export async function draftAgreement(file: string, options: DraftOptions): Promise<Result<Drafted>> {
  const loaded = await loadForDraft(file);
  if (!loaded.ok) return fail(loaded.diagnostics);
  const { agreement } = loaded.value;
  const diagnostics: Diagnostic[] = [...loaded.diagnostics];

  const name = baseName(file);
  const outputs: DraftOutput[] = [];
  const shown: Drafted['trees'] = [];
  const circulated = options.enclosure !== false && agreement.kind === 'note' && loaded.value.enclosure ? agreement.enclosure?.path : undefined;
  const attachments = options.embedSource && options.formats.includes('pdf') ? await sourceAttachments(file, circulated) : [];
  const trees = new Map<Layout, { tree: DocumentTree; laid?: LaidOutDocument }>();
  const treeOf = async (layout: Layout): Promise<Result<{ tree: DocumentTree; laid?: LaidOutDocument }>> => {
    const known = trees.get(layout);
    if (known) return ok(known);
    const drafted = await draftTree(loaded.value, layout, options);
    if (drafted.ok) trees.set(layout, drafted.value);
    return drafted;
  };
  for (const { layout, formats } of renderPlan(options.layouts, options.formats)) {
    const drafted = await treeOf(layout);
    diagnostics.push(...drafted.diagnostics);
    if (!drafted.ok) return fail(diagnostics);
    const { tree, laid } = drafted.value;
    shown.push({ layout, tree });
    // --embed-source: a PDF also carries the Akoma Ntoso expression of each language it shows (issue 12 §1).
    const embedded = attachments.length && formats.includes('pdf') ? await aknAttachments(name, layout, treeOf, options.pageSize) : ok([]);
    diagnostics.push(...embedded.diagnostics);
    if (!embedded.ok) return fail(diagnostics);
    // Reused only without attachments (their bytes are not in the key): the same tree, formats and page size make
    // the same bytes.
    const treeKey = options.reuse && attachments.length === 0 && embedded.value.length === 0 ? documentKey(tree) : undefined;
    const key = treeKey === undefined ? undefined : `${options.pageSize}\u0000${formats.join(',')}\u0000${treeKey}`;
    const before = key === undefined ? undefined : options.reuse!.get(file, layout, key);
    const written = before ?? await writeTree(tree, formats, options.pageSize, laid, [...attachments, ...embedded.value]);
    if (key !== undefined && !before && written.ok) options.reuse!.set(file, layout, key, written);
    diagnostics.push(...written.diagnostics);
    if (!written.ok) return fail(diagnostics);
    for (const { format, bytes } of written.value) outputs.push({ layout, format, fileName: `${name}.${layout}.${EXTENSION[format]}`, bytes });
  }
  if (hasErrors(diagnostics)) return fail(diagnostics);
  return ok({ agreement, outputs, trees: shown }, diagnostics);
}

export { loadTemplates };
