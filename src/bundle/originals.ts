// The originals of a final instrument, one per custody entry: the PDF of each authentic language and the
// parallel text. Under the alternat (final.alternat, issue 5 item 1) each party's original is rendered with that
// party named first and signing on the left; otherwise every original is the rendering the bag already holds.
// job.ts and rebuild.ts both call draftOriginals, so `cica verify --rebuild` renders originals the same way.
import { type Result, fail, hasErrors, ok } from '../diagnostics/index.js';
import type { DraftOptions, DraftOutput, Drafted } from '../draft.js';
import type { BagFile } from './bag.js';
import type { Renderer } from './renderer.js';

/** Paths relative to data/, as bagInputFor takes them. */
export async function draftOriginals(renderer: Renderer, file: string, drafted: Drafted, options: DraftOptions): Promise<Result<BagFile[]>> {
  const a = drafted.agreement;
  // A specimen was never signed: it has no originals to keep.
  if (a.kind === 'note' || a.status !== 'final' || a.specimen) return ok([]);
  const holders = a.final.custody.length > 0 ? a.final.custody.map((c) => c.party) : a.parties.map((p) => p.id);
  const langs = new Set<string>(a.final.languages);
  const layouts = (['en', 'ru', 'parallel'] as const).filter((l) => (l === 'parallel' ? langs.size > 1 : langs.has(l)));
  const own = new Map<string, readonly DraftOutput[]>();
  if (a.final.alternat === true) {
    for (const party of new Set(holders)) {
      const r = await renderer.draftAgreement(file, { ...options, layouts, formats: ['pdf'], firstParty: party });
      // Warnings were already reported by the main rendering of the same file; only failures matter here.
      if (!r.ok || hasErrors(r.diagnostics)) return fail(r.diagnostics.filter((d) => d.severity === 'error'));
      own.set(party, r.value.outputs);
    }
  }
  const count = new Map<string, number>();
  const files: BagFile[] = [];
  for (const party of holders) {
    const k = (count.get(party) ?? 0) + 1;
    count.set(party, k);
    const id = k === 1 ? party : `${party}-${k}`;
    const outputs = own.get(party) ?? drafted.outputs;
    for (const layout of layouts) {
      const pdf = outputs.find((o) => o.layout === layout && o.format === 'pdf');
      if (pdf) files.push({ path: `originals/${id}.${layout}.pdf`, bytes: pdf.bytes });
    }
  }
  return ok(files);
}
