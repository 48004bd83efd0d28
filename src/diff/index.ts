// cica diff: two versions of one agreement -> a redline per layout and format, and the bilingual check.
// Only wires: align (align.ts), mark (redline.ts, words.ts), check (bilingual.ts), write (the writers).
import { type Diagnostic, type Result, error, fail, hasErrors, ok } from '../diagnostics/index.js';
import type { DocumentTree } from '../document/index.js';
import { baseName, draftTree, loadForDraft, writeTree, type Format, type TreeOptions } from '../draft.js';
import type { Layout } from '../templates/index.js';
import { alignUnits, unitsOf, type Alignment, type DiffUnit } from './align.js';
import { bilingualCheck } from './bilingual.js';
import { keyMap, redlineBlocks } from './redline.js';
import type { Version } from './source.js';

export { openVersion, SourceError, type Version } from './source.js';

export interface DiffOptions extends Omit<TreeOptions, 'enclosure' | 'firstParty'> {
  layouts: readonly Layout[];
  formats: readonly Format[];
  /** Who the tracked changes are by (default "cica"). */
  author: string;
}

export interface RedlineOutput {
  layout: Layout;
  format: Format;
  /** `<new>.<layout>.redline.<format>`. */
  fileName: string;
  bytes: Uint8Array;
}

export interface Compared {
  outputs: RedlineOutput[];
  /** The bilingual check's findings (warnings). */
  findings: Diagnostic[];
  /** How many units were inserted, deleted, moved and changed. */
  summary: { inserted: number; deleted: number; moved: number; changed: number; units: number };
}

async function trees(version: Version, layouts: readonly Layout[], options: TreeOptions): Promise<Result<{ kind: string; trees: Map<Layout, DocumentTree> }>> {
  const loaded = await loadForDraft(version.file);
  const diagnostics = loaded.diagnostics.map(version.rename);
  if (!loaded.ok) return fail(diagnostics);
  const out = new Map<Layout, DocumentTree>();
  for (const layout of layouts) {
    // A note's redline is the note itself: the enclosure has a redline of its own.
    const drafted = await draftTree(loaded.value, layout, { ...options, enclosure: false });
    diagnostics.push(...drafted.diagnostics.map(version.rename));
    if (!drafted.ok) return fail(diagnostics);
    out.set(layout, drafted.value.tree);
  }
  return ok({ kind: loaded.value.agreement.kind, trees: out }, diagnostics);
}

function summarise(alignment: Alignment, a: readonly DiffUnit[], b: readonly DiffUnit[]): Compared['summary'] {
  const moved = alignment.pairs.filter((p) => p.moved).length;
  const changed = alignment.pairs.filter((p) => !p.moved && (a[p.old]!.text.en !== b[p.new]!.text.en || a[p.old]!.text.ru !== b[p.new]!.text.ru)).length;
  return { inserted: b.length - alignment.pairs.length, deleted: a.length - alignment.pairs.length, moved, changed, units: b.length };
}

/** Compares two versions. Fails (with their diagnostics, positions as the user named the files) when either is not a
 *  valid agreement, or when they are not of one kind. */
export async function compareVersions(before: Version, after: Version, options: DiffOptions): Promise<Result<Compared>> {
  const needed: Layout[] = [...new Set<Layout>(['en', 'ru', ...options.layouts])];
  const treeOptions: TreeOptions = { order: options.order, pageSize: options.pageSize, templates: options.templates, creator: options.creator };
  const [old, next] = [await trees(before, needed, treeOptions), await trees(after, needed, treeOptions)];
  const diagnostics = [...old.diagnostics, ...next.diagnostics];
  if (!old.ok || !next.ok || hasErrors(diagnostics)) return fail(diagnostics);
  if (old.value.kind !== next.value.kind) {
    return fail([...diagnostics, error('DIFF_NOT_COMPARABLE', `${before.shown} and ${after.shown} are not versions of one agreement: one is a ${old.value.kind}, the other a ${next.value.kind}.`,
      { hint: 'Compare two versions of the same memorandum, protocol or note.' })]);
  }
  const olds = old.value.trees;
  const news = next.value.trees;
  const a = unitsOf({ en: olds.get('en')!.blocks, ru: olds.get('ru')!.blocks });
  const b = unitsOf({ en: news.get('en')!.blocks, ru: news.get('ru')!.blocks });
  const alignment = alignUnits(a, b);
  const keys = keyMap(alignment, a, b);
  const name = baseName(after.name);
  const outputs: RedlineOutput[] = [];
  for (const layout of options.layouts) {
    const o = olds.get(layout)!;
    const n = news.get(layout)!;
    const tree: DocumentTree = {
      meta: { ...n.meta, revision: { author: options.author, date: n.meta.date } },
      styles: { ...o.styles, ...n.styles },
      blocks: redlineBlocks(o.blocks, n.blocks, keys),
    };
    const written = await writeTree(tree, options.formats, options.pageSize);
    diagnostics.push(...written.diagnostics.map(after.rename));
    if (!written.ok) return fail(diagnostics);
    for (const { format, bytes } of written.value) outputs.push({ layout, format, fileName: `${name}.${layout}.redline.${format}`, bytes });
  }
  const findings = bilingualCheck(a, b, alignment, after.shown).map(after.rename);
  return ok({ outputs, findings, summary: summarise(alignment, a, b) }, diagnostics);
}

/** The redline trees alone (for tests and the benchmark): layout -> tree. */
export { redlineBlocks, keyMap, alignUnits, unitsOf };
