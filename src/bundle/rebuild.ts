// `cica verify --rebuild`: re-render the agreement from the bag's own data/source/ with the settings the
// bag records (bag-info.txt Cica-* fields) and compare every payload file byte for byte. The sources are copied
// into a private temporary folder first (a bag may be an archive read in memory; verify has checked every name),
// removed whatever happens. Custom templates stored in a bag are code that the bag's maker wrote: they run only when
// the bag's signature was checked against --pub, or when asked with --trust-templates (issue 10 §3); their rendering
// is bounded in any case (templates/budget.ts).
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, sep } from 'node:path';
import { error, hasErrors, type Diagnostic } from '../diagnostics/index.js';
import { BUNDLE_FORMATS as FORMATS, BUNDLE_LAYOUTS as LAYOUTS, bundleName as baseName, unsafePathReason } from './paths.js';
import type { Lang } from '../model/types.js';
import type { PageSizeName } from '../layout/types.js';
import { buildBag } from './bag.js';
import { bagInputFor } from './contents.js';
import type { Renderer } from './renderer.js';
import { draftOriginals } from './originals.js';
import { collectSources } from './sources.js';
import type { BagView, Rebuild } from './verify.js';

export interface RebuildPolicy {
  /** Run a bag's own templates even when its signature was not checked (`cica verify --trust-templates`). */
  trustTemplates?: boolean;
}

export function rebuildWith(renderer: Renderer, version: string, policy: RebuildPolicy = {}): Rebuild {
  return async (bag, info, trust) => {
    const templates = info.get('Cica-Templates')?.[0];
    if (templates !== undefined && templates !== 'built-in' && !trust.signatureVerified && !policy.trustTemplates) {
      const at = { span: { file: `${bag.label}/bag-info.txt`, start: { line: 1, col: 1 } } };
      return [error('REBUILD_REFUSED', `The bundle carries its own templates (${templates}), and its signature was not checked, so they were not run.`,
        { ...at, hint: 'Give the signer\'s public key with --pub, or, if you trust whoever made this bundle, add --trust-templates.' })];
    }
    const scratch = await mkdtemp(join(tmpdir(), 'cica-rebuild-'));
    // Diagnostics about the sources name them inside the bundle, not in the folder removed below.
    const inBag = (text: string) => text.split(scratch).join(bag.label);
    try {
      try {
        for (const path of [...bag.tree.files].filter((p) => p.startsWith('data/source/'))) {
          const target = join(scratch, ...path.split('/'));
          await mkdir(dirname(target), { recursive: true });
          await writeFile(target, (await bag.read(path))!);
        }
      } catch (err) {
        const at = { span: { file: `${bag.label}/data/source`, start: { line: 1, col: 1 } } };
        return [error('REBUILD_FAILED', `The sources in the bundle cannot be laid out to re-render them: ${inBag((err as Error).message)}.`, at)];
      }
      return (await rebuildIn(renderer, version, bag, scratch, info)).map((d) => ({
        ...d,
        message: inBag(d.message),
        ...(d.hint ? { hint: inBag(d.hint) } : {}),
        ...(d.span ? { span: { ...d.span, file: inBag(d.span.file).split(sep).join('/') } } : {}),
      }));
    } finally {
      await rm(scratch, { recursive: true, force: true });
    }
  };
}

async function rebuildIn(renderer: Renderer, version: string, bag: BagView, scratch: string, info: Map<string, string[]>): Promise<Diagnostic[]> {
  const { label: bundle, tree } = bag;
  const field = (label: string): string | undefined => info.get(label)?.[0];
  const at = { span: { file: `${bundle}/bag-info.txt`, start: { line: 1, col: 1 } } };
  const source = field('Cica-Source');
  const templates = field('Cica-Templates');
  const agent = field('Bag-Software-Agent') ?? '';
  if (!source?.startsWith('data/source/') || !tree.files.has(source) || !templates) {
    return [error('REBUILD_IMPOSSIBLE', 'The bundle does not record its source (Cica-Source, Cica-Templates), so it cannot be re-rendered.', at)];
  }
  // Custom templates are re-read from the bundle itself, never from a path outside it.
  if (templates !== 'built-in' && (!templates.startsWith('data/source/') || unsafePathReason(templates))) {
    return [error('REBUILD_IMPOSSIBLE', `Cica-Templates names ${JSON.stringify(templates)}, which is not a folder inside the bundle's data/source/.`, at)];
  }
  const templatesDir = templates === 'built-in' ? undefined : join(scratch, ...templates.split('/'));
  const loaded = await renderer.loadTemplates(templatesDir);
  if (!loaded.ok) return [error('REBUILD_FAILED', 'The templates in the bundle could not be loaded.', at), ...loaded.diagnostics];
  const file = join(scratch, ...source.split('/'));
  const order = (field('Cica-Column-Order') ?? 'en,ru').split(',') as Lang[];
  const pageSize = (field('Cica-Page-Size') ?? 'A4') as PageSizeName;
  const options = { layouts: LAYOUTS, formats: FORMATS, order, pageSize, templates: loaded.value, creator: agent };
  const drafted = await renderer.draftAgreement(file, options);
  if (!drafted.ok || hasErrors(drafted.diagnostics)) {
    return [error('REBUILD_FAILED', 'The source in the bundle no longer renders:', at), ...drafted.diagnostics];
  }
  const originals = await draftOriginals(renderer, file, drafted.value, options);
  if (!originals.ok) return [error('REBUILD_FAILED', 'The originals in the bundle no longer render:', at), ...originals.diagnostics];
  const sources = await collectSources(file, drafted.value.agreement, templatesDir);
  if (!sources.ok) return [error('REBUILD_FAILED', 'The sources in the bundle could not be collected.', at), ...sources.diagnostics];
  const name = baseName(file);
  const rebuilt = buildBag(bagInputFor(name, drafted.value, originals.value, sources.value, { creator: agent, pageSize, order }));
  const expected = new Map(rebuilt.filter((f) => f.path.startsWith('data/')).map((f) => [f.path, f.bytes]));
  const problems: Diagnostic[] = [];
  const hint = agent === `cica ${version}` ? undefined : `The bundle was made by ${agent}; this is cica ${version}, whose output may differ.`;
  for (const path of [...new Set([...expected.keys(), ...[...tree.files].filter((p) => p.startsWith('data/'))])].sort()) {
    const want = expected.get(path);
    const have = await bag.read(path);
    if (!want || !have || !Buffer.from(want).equals(have)) {
      const why = !want ? 'is not produced by re-rendering' : !have ? 'is produced by re-rendering but missing' : 'differs from a fresh rendering';
      problems.push(error('REBUILD_MISMATCH', `${path} ${why}.`, { span: { file: `${bundle}/${path}`, start: { line: 1, col: 1 } }, ...(hint ? { hint } : {}) }));
    }
  }
  return problems;
}
