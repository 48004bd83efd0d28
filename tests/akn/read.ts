// Reading Akoma Ntoso files back for the tests: the trees draft.ts renders for each language, and what a file holds
// (eIds, ref targets, text) found with plain patterns over the XML our serialiser writes.
import { spawnSync } from 'node:child_process';
import { join, resolve } from 'node:path';
import { walkBlocks, type DocumentTree, type Inline } from '../../src/document/index.js';
import { circulate } from '../../src/enclosure.js';
import { loadAgreement } from '../../src/model/index.js';
import type { Lang } from '../../src/model/types.js';
import { loadTemplates, renderDocument } from '../../src/templates/index.js';

export const ROOT = resolve(import.meta.dirname, '../..');
export const XSD = join(ROOT, 'schema/akn/akomantoso30.xsd');

/** The tree a draft renders for one language (a note as circulated, its enclosure a section). */
export async function treeOf(file: string, lang: Lang): Promise<DocumentTree> {
  const templates = await loadTemplates(undefined);
  if (!templates.ok) throw new Error('templates');
  const agreement = await loadAgreement(file);
  if (!agreement.ok) throw new Error(`${file}: ${agreement.diagnostics.map((d) => d.code).join(', ')}`);
  const render = { layout: lang, order: ['en', 'ru'] as Lang[], creator: 'cica test' };
  const a = agreement.value;
  if (a.kind === 'note' && a.enclosure) {
    const enclosure = await loadAgreement(a.enclosure.path);
    if (!enclosure.ok) throw new Error('enclosure');
    const both = await circulate(a, enclosure.value, lang, { templates: templates.value, render, pageSize: 'A4' });
    if (!both.ok) throw new Error('circulate');
    return both.value.combined;
  }
  const tree = renderDocument(a, templates.value, render);
  if (!tree.ok) throw new Error('render');
  return tree.value;
}

const textOf = (inlines: readonly Inline[]): string => inlines.map((i) =>
  i.kind === 'text' ? i.text : i.kind === 'lineBreak' || i.kind === 'blank' ? '' : 'children' in i ? textOf(i.children) : '').join('');

/** Every paragraph's text, at any depth (list items, signature columns, letterhead, sections). */
export function paragraphTexts(tree: DocumentTree): string[] {
  const out: string[] = [];
  for (const blocks of [tree.blocks, ...(tree.sections ?? []).map((s) => s.blocks)]) {
    walkBlocks(blocks, { paragraph: (p) => void out.push(textOf(p.children)) });
  }
  return out.filter((t) => t.trim() !== '');
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
export function unescape(text: string): string {
  return text.replace(/&(amp|lt|gt|quot|apos|#\d+);/g, (_, e: string) => (e.startsWith('#') ? String.fromCodePoint(Number(e.slice(1))) : ENTITIES[e]!));
}

/** The text of the document's content (everything after meta), tags removed. */
export function contentText(xml: string): string {
  const body = xml.slice(xml.indexOf('</meta>'));
  return unescape(body.replace(/<meta>[\s\S]*?<\/meta>/g, '').replace(/<[^>]+>/g, ''));
}

export const eIdsOf = (xml: string): string[] => [...xml.matchAll(/ eId="([^"]*)"/g)].map((m) => unescape(m[1]!));
export const refTargetsOf = (xml: string): string[] => [...xml.matchAll(/<ref [^>]*href="#([^"]*)"/g)].map((m) => unescape(m[1]!));

export function hasXmllint(): boolean {
  const ok = spawnSync('sh', ['-c', 'command -v xmllint']).status === 0;
  if (!ok) console.warn('[skip] xmllint is not installed (Debian libxml2-utils): the Akoma Ntoso schema checks are skipped');
  return ok;
}

/** xmllint --schema over files: status 0 when every one validates. */
export function validate(files: string[]): { status: number | null; stderr: string } {
  const r = spawnSync('xmllint', ['--noout', '--schema', XSD, ...files], { encoding: 'utf8' });
  return { status: r.status, stderr: r.stderr };
}
