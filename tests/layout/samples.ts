// The sample agreements rendered to document trees as src/draft.ts does (for golden and geometry tests).
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { DocumentTree } from '../../src/document/index.js';
import { layoutDocument } from '../../src/layout/index.js';
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
      let enclosurePages: number | undefined;
      if (agreement.kind === 'note' && agreement.enclosure) {
        const enclosure = await loadAgreement(agreement.enclosure.path);
        if (!enclosure.ok) throw new Error(`${file} enclosure: ${JSON.stringify(enclosure.diagnostics)}`);
        const tree = renderDocument(enclosure.value, templates.value, { layout, order: ['en', 'ru'], creator: 'cica test' });
        if (!tree.ok) throw new Error(`${file} enclosure: ${JSON.stringify(tree.diagnostics)}`);
        const laid = layoutDocument(tree.value, { pageSize: 'A4' });
        if (!laid.ok) throw new Error(`${file} enclosure layout: ${JSON.stringify(laid.diagnostics)}`);
        enclosurePages = laid.value.pages.length;
      }
      const tree = renderDocument(agreement, templates.value, { layout, order: ['en', 'ru'], creator: 'cica test', ...(enclosurePages ? { enclosurePages } : {}) });
      if (!tree.ok) throw new Error(`${file} ${layout}: ${JSON.stringify(tree.diagnostics)}`);
      out.push({ name: `${file.replace(/\.yaml$/, '')}.${layout}`, tree: tree.value });
    }
  }
  return out;
}
