// Test helpers: render an agreement and print its tree, or collect its diagnostics' codes.
import { printDocument, type DocumentTree } from '../../src/document/index.js';
import type { Agreement } from '../../src/model/types.js';
import { loadTemplates, renderDocument, type Layout, type TemplateSet } from '../../src/templates/index.js';

let builtin: Promise<TemplateSet> | undefined;

export function templates(): Promise<TemplateSet> {
  builtin ??= loadTemplates().then((r) => {
    if (!r.ok) throw new Error(JSON.stringify(r.diagnostics));
    return r.value;
  });
  return builtin;
}

export async function render(a: Agreement, layout: Layout = 'en', enclosurePages?: number): Promise<DocumentTree> {
  const r = renderDocument(a, await templates(), { layout, order: ['en', 'ru'], creator: 'cica test', ...(enclosurePages ? { enclosurePages } : {}) });
  if (!r.ok) throw new Error(JSON.stringify(r.diagnostics, null, 1));
  return r.value;
}

export async function printed(a: Agreement, layout: Layout = 'en', enclosurePages?: number): Promise<string> {
  return printDocument(await render(a, layout, enclosurePages), { identity: false });
}
