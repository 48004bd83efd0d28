// The parts of a DOCX that every document written with the same shared options has alike (styles, settings, theme,
// numbering, notes, custom properties, package relationships): docx compiles them for the first such document of the
// process, their zip entries are kept, and for the next ones docx's compile writes a stub in their place.
import type { Document, IContext, IXmlableObject } from 'docx';
import type { ZipEntry } from './zip.js';

/** What docx's compile writes for a stubbed part: its XML declaration and this one element. */
const STUB_ELEMENT = 'cica:shared';
const STUB_XML = `<${STUB_ELEMENT}/>`;

interface Serialisable {
  prepForXml(context: IContext): IXmlableObject | undefined;
}

/**
 * The parts alike in every document of one key, each with the component docx compiles it from. Each depends only on
 * the Document options writeDocx passes alike to every document (styles, hyphenation, compatibility: the key) and on
 * nothing in the sections: the writer adds no footnotes, endnotes, list numbering (lists.ts writes its labels),
 * custom properties or comments.
 */
const SHARED: readonly { path: string; component(doc: Document): Serialisable }[] = [
  { path: 'word/styles.xml', component: (doc) => doc.Styles },
  { path: 'word/settings.xml', component: (doc) => doc.Settings },
  { path: 'word/theme/theme1.xml', component: (doc) => doc.Theme },
  { path: 'word/numbering.xml', component: (doc) => doc.Numbering },
  { path: 'word/footnotes.xml', component: (doc) => doc.FootNotes.View },
  { path: 'word/endnotes.xml', component: (doc) => doc.Endnotes.View },
  { path: 'docProps/custom.xml', component: (doc) => doc.CustomProperties },
  { path: '_rels/.rels', component: (doc) => doc.FileRelationships },
];

/** The parts package.ts writes itself whatever docx made of them: docx's are stubbed in every document. */
const REPLACED: readonly ((doc: Document) => Serialisable)[] = [
  (doc) => doc.CoreProperties,
  (doc) => doc.AppProperties,
  (doc) => doc.FontTable.View,
  (doc) => doc.FontTable.Relationships,
];

/** One key's parts as zip entries, by path; filled from the first document of the key. */
export type SharedParts = Map<string, ZipEntry>;

const BY_KEY = new Map<string, SharedParts>();
/** Keys are stylesheets and languages: a run meets a handful; bounded all the same. */
const MAX_KEYS = 16;

export const SHARED_PATHS: ReadonlySet<string> = new Set(SHARED.map((s) => s.path));

/** The shared parts of `key`, empty until its first document is packed. */
export function sharedParts(key: string): SharedParts {
  let parts = BY_KEY.get(key);
  if (!parts) {
    if (BY_KEY.size >= MAX_KEYS) BY_KEY.clear();
    parts = new Map();
    BY_KEY.set(key, parts);
  }
  return parts;
}

/**
 * Makes docx's compile of `doc` write a stub for every part package.ts writes itself, and for every shared part
 * `parts` already holds. Only the part's own serialisation is stubbed (docx calls it with an empty stack); read from
 * inside another part (as a table of contents reads the styles) a component still serialises as itself.
 */
export function stubParts(doc: Document, parts: SharedParts): void {
  const components = [...REPLACED.map((c) => c(doc)), ...SHARED.filter((s) => parts.has(s.path)).map((s) => s.component(doc))];
  for (const component of components) {
    const own = component.prepForXml.bind(component);
    component.prepForXml = (context) => (context.stack.length === 0 ? { [STUB_ELEMENT]: {} } : own(context));
  }
}

/** Whether docx wrote `xml` as a stub. */
export function isStub(xml: string): boolean {
  return xml.endsWith(STUB_XML);
}
