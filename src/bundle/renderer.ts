// The rendering stages as the bundler sees them: draftAgreement and loadTemplates from src/draft.ts, or a
// module with the same two exports (tests inject a fake one, so bags are tested apart from rendering).
import type { Result } from '../diagnostics/index.js';
import type { DraftOptions, Drafted } from '../draft.js';

/** Whatever loadTemplates gives and draftAgreement takes (see src/templates). */
export type TemplateSet = DraftOptions['templates'];

export interface Renderer {
  draftAgreement(file: string, options: DraftOptions): Promise<Result<Drafted>>;
  loadTemplates(dir?: string): Promise<Result<TemplateSet>>;
}

/** Loads a renderer module by URL; without one, the real stages (dist/draft.js beside dist/bundle/). */
export async function loadRenderer(moduleUrl?: string): Promise<Renderer> {
  const mod = (await import(moduleUrl ?? new URL('../draft.js', import.meta.url).href)) as Renderer;
  return { draftAgreement: mod.draftAgreement, loadTemplates: mod.loadTemplates };
}
