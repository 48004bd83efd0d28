// Document tree -> Akoma Ntoso 3.0 XML (OASIS LegalDocML), one expression of the work in the tree's one language
// (issue 12 §2): the structure comes from the blocks' roles, the eIds from ordinal numbers, so every language's file
// has the same eIds; dates and identifiers come from the tree's meta, never the clock. docs/akn.md describes the mapping.
import type { DocumentTree, LangTag, WorkMeta } from '../../document/index.js';
import { buildDoc, type FileState } from './doc.js';
import { el, serialise } from './xml.js';

export const AKN_NAMESPACE = 'http://docs.oasis-open.org/legaldocml/ns/akn/3.0';

/** Elements whose content is text and inlines, written on one line (whitespace inside them would be text). */
const TEXT_ELEMENTS = new Set(['p', 'num', 'heading', 'subheading', 'docTitle', 'docNumber', 'signature', 'party', 'person', 'role',
  'ref', 'span', 'i', 'b', 'ins', 'del', 'fillIn', 'br']);

export function writeAkn(tree: DocumentTree): Uint8Array {
  if (tree.meta.langs.length !== 1) throw new Error('the Akoma Ntoso writer renders one language: draft.ts gives it the en or ru tree');
  const lang = tree.meta.langs[0]!;
  // A tree made without a work (by hand, in tests) is still a valid expression of a work named after the document.
  const work: WorkMeta = tree.meta.work ?? { kind: 'document', date: tree.meta.date, number: 'document', country: 'int' };
  /** Titles in one order whatever the file's language, so FRBRWork is the same in every expression. */
  const sorted = (titles: readonly { lang: LangTag; text: string }[]) => [...titles].sort((a, b) => (a.lang < b.lang ? -1 : a.lang > b.lang ? 1 : 0));
  const names = sorted(tree.meta.titles ?? [{ lang, text: tree.meta.title }]);
  const file: FileState = { lang, ids: new Map(), refs: [] };
  const doc = buildDoc({
    name: work.kind,
    work,
    component: '!main',
    names,
    author: { eId: 'author', showAs: tree.meta.author },
    prefix: '',
    blocks: tree.blocks,
    attached: (tree.sections ?? []).map((s) => ({
      name: s.work?.kind ?? 'attachment',
      work: s.work ?? work,
      names: sorted(s.titles ?? []),
      blocks: s.blocks,
    })),
  }, file);
  // Cross-references resolve once every eId is known (a reference may point forward, to an annex); one whose target
  // has no eId (a block Akoma Ntoso gives none) keeps its text as a span.
  for (const { node, target } of file.refs) {
    const eId = file.ids.get(target);
    if (eId !== undefined) node.attrs = node.attrs.map(([k, v]) => [k, k === 'href' ? `#${eId}` : v]);
    else {
      node.name = 'span';
      node.attrs = [];
    }
  }
  return new TextEncoder().encode(serialise(el('akomaNtoso', { xmlns: AKN_NAMESPACE }, [doc]), TEXT_ELEMENTS));
}
