// One agreement -> one bundle on disk: render, collect sources, build the bag, stage it, rename it in.
// Runs in a worker thread (or inline in tests); every failure comes back as diagnostics, never a throw.
import { error, hasErrors, type Diagnostic } from '../diagnostics/index.js';
import { BUNDLE_FORMATS as FORMATS, BUNDLE_LAYOUTS as LAYOUTS, bundleName as baseName } from './paths.js';
import type { Lang } from '../model/types.js';
import type { PageSizeName } from '../layout/types.js';
import type { TemplateSet } from './renderer.js';
import { buildBag } from './bag.js';
import { bagInputFor, sourceDate } from './contents.js';
import type { SecretKey } from './minisign-keys.js';
import { draftOriginals } from './originals.js';
import type { Renderer } from './renderer.js';
import { collectSources } from './sources.js';
import { commitBag, discardStaged, stageBag, stageZip } from './stage.js';
import { zipBag } from './zip.js';

export interface BundleJob {
  file: string;
  outDir: string;
  templatesDir?: string;
  creator: string;
  pageSize: PageSizeName;
  order: Lang[];
  zip: boolean;
  key?: SecretKey;
}

export interface JobResult {
  file: string;
  name: string;
  ok: boolean;
  diagnostics: Diagnostic[];
  bundle?: string;
  zip?: string;
  /** The payload (data/): its files and bytes, as Payload-Oxum and `cica verify` count them. */
  files?: number;
  bytes?: number;
  signed?: boolean;
}

const at = (file: string) => ({ span: { file, start: { line: 1, col: 1 } } });

export async function bundleOne(job: BundleJob, renderer: Renderer, templates: TemplateSet): Promise<JobResult> {
  const name = baseName(job.file);
  const result = (ok: boolean, diagnostics: Diagnostic[], extra: Partial<JobResult> = {}): JobResult => ({ file: job.file, name, ok, diagnostics, ...extra });
  const staged: (string | undefined)[] = [];
  try {
    const options = { layouts: LAYOUTS, formats: FORMATS, order: job.order, pageSize: job.pageSize, templates, creator: job.creator };
    const drafted = await renderer.draftAgreement(job.file, options);
    const diagnostics = [...drafted.diagnostics];
    if (!drafted.ok || hasErrors(diagnostics)) return result(false, diagnostics);
    const missing = (['en', 'ru'] as const).filter((l) => !drafted.value.outputs.some((o) => o.layout === l));
    if (missing.length) {
      return result(false, [...diagnostics, error('BUNDLE_LANGUAGE_MISSING', `The ${missing.join(' and ')} text was not rendered; a bundle needs both languages.`, at(job.file))]);
    }
    const originals = await draftOriginals(renderer, job.file, drafted.value, options);
    diagnostics.push(...originals.diagnostics);
    if (!originals.ok) return result(false, diagnostics);
    const sources = await collectSources(job.file, drafted.value.agreement, job.templatesDir);
    diagnostics.push(...sources.diagnostics);
    if (!sources.ok) return result(false, diagnostics);
    const input = bagInputFor(name, drafted.value, originals.value, sources.value, job, job.key);
    const files = buildBag(input);
    // Staged complete (the bag and its zip), then renamed in together: a failure leaves --out as it was.
    const staging = await stageBag(job.outDir, name, files, staged);
    const zipTmp = job.zip ? await stageZip(job.outDir, name, zipBag(name, files, sourceDate(drafted.value.agreement)), staged) : undefined;
    const { bundle, zip } = await commitBag(job.outDir, name, staging, zipTmp);
    const payload = files.filter((f) => f.path.startsWith('data/'));
    const bytes = payload.reduce((n, f) => n + f.bytes.length, 0);
    return result(true, diagnostics, { bundle, ...(zip ? { zip } : {}), files: payload.length, bytes, signed: Boolean(job.key) });
  } catch (err) {
    // A throw here is a bug or an I/O failure (disk full, permissions): this agreement fails alone, leaving nothing.
    await discardStaged(staged);
    const message = err instanceof Error ? err.message : String(err);
    return result(false, [error('BUNDLE_FAILED', `The bundle could not be written: ${message}`, at(job.file))]);
  }
}
