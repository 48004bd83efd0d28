// The sample agreements rendered to document trees as src/draft.ts does (for golden and geometry tests).
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { DocumentTree } from '../../src/document/index.js';
import { circulate } from '../../src/enclosure.js';
import { loadAgreement } from '../../src/model/index.js';
import { loadTemplates, renderDocument, type Layout } from '../../src/templates/index.js';

export const AGREEMENTS = join(import.meta.dirname, '../../agreements');
const LAYOUTS: Layout[] = ['en', 'ru', 'parallel'];

export interface SampleTree {
  name: string;
  tree: DocumentTree;
}

/** Every agreements/*.yaml in every layout, as `<file>.<layout>`. Throws when a sample does not render:
 *  the samples are known good, so that is a failure of the test setup, not a layout result. */
export async function sampleTrees(): Promise<SampleTree[]> {
  const templates = await loadTemplates();
  if (!templates.ok) throw new Error(`templates: ${JSON.stringify(templates.diagnostics)}`);
  const out: SampleTree[] = [];
  const files = readdirSync(AGREEMENTS).filter((f) => f.endsWith('.yaml')).sort();
  for (const file of files) {
    const loaded = await loadAgreement(join(AGREEMENTS, file));
    if (!loaded.ok) throw new Error(`${file}: ${JSON.stringify(loaded.diagnostics)}`);
    const agreement = loaded.value;
    for (const layout of LAYOUTS) {
      const render = { layout, order: ['en', 'ru'] as const, creator: 'cica test' };
      let tree: DocumentTree;
      if (agreement.kind === 'note' && agreement.enclosure) {
        // As circulated: the note, then its enclosure as a section of its own, the count read from that document.
        const enclosure = await loadAgreement(agreement.enclosure.path);
        if (!enclosure.ok) throw new Error(`${file} enclosure: ${JSON.stringify(enclosure.diagnostics)}`);
        const both = await circulate(agreement, enclosure.value, layout, { templates: templates.value, render, pageSize: 'A4' });
        if (!both.ok) throw new Error(`${file} ${layout}: ${JSON.stringify(both.diagnostics)}`);
        tree = both.value.combined;
      } else {
        const rendered = renderDocument(agreement, templates.value, render);
        if (!rendered.ok) throw new Error(`${file} ${layout}: ${JSON.stringify(rendered.diagnostics)}`);
        tree = rendered.value;
      }
      out.push({ name: `${file.replace(/\.yaml$/, '')}.${layout}`, tree });
    }
  }
  return out;
}
