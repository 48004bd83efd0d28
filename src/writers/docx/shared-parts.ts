// The parts of a DOCX that every document written with the same shared options has alike (styles, settings, theme,
// numbering, notes, custom properties, package relationships), and the headers and footers of one content: docx
// compiles them for the first such document of the process, their zip entries are kept, and for the next ones docx's
// compile writes a stub or a mark in their place.
import { XmlComponent, type Document, type IContext, type IXmlableObject } from 'docx';
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

/**
 * Headers and footers: the part of one content key (a watermark's text, page and language; a footer's label) is the
 * same XML in every document it comes in. Its children are built for its first document, which keeps the part's zip
 * entry; in the next ones the header or footer holds only a mark, and package.ts ships the kept entry in its place.
 */
const PART_IDS = new Map<string, number>();
const PARTS = new Map<number, Omit<ZipEntry, 'name'>>();
const MAX_PARTS = 64;

/** A mark of the part of key `id`: KEPT when the part's children were left out (ship the kept entry), KEEP when they
 *  are there (ship them, without the mark, and keep the entry). */
const KEPT = 'cica:kept';
const KEEP = 'cica:keep';
const MARK = /<(cica:kept|cica:keep) id="(\d+)"\/>/;

class PartMark extends XmlComponent {
  readonly #element: string;
  readonly #id: number;
  constructor(element: string, id: number) {
    super(element);
    this.#element = element;
    this.#id = id;
  }
  override prepForXml(): IXmlableObject {
    return { [this.#element]: { _attr: { id: this.#id } } };
  }
}

/** Called as a document begins: the kept parts are bounded, and dropped only between documents. */
export function boundParts(): void {
  if (PART_IDS.size < MAX_PARTS) return;
  PART_IDS.clear();
  PARTS.clear();
}

/** The children of a header or footer whose XML `key` determines: `build()` and a mark the first time, the mark alone
 *  once the part is kept. */
export function partChildren<T>(key: string, build: () => readonly T[]): T[] {
  let id = PART_IDS.get(key);
  if (id === undefined) {
    id = PART_IDS.size + 1;
    PART_IDS.set(key, id);
  }
  // docx's header and footer children are its paragraphs and tables; it writes any XmlComponent child as it is.
  if (PARTS.has(id)) return [new PartMark(KEPT, id) as unknown as T];
  return [...build(), new PartMark(KEEP, id) as unknown as T];
}

/** The zip entry of a header or footer part as docx wrote it, or undefined for a part without a mark. */
export function partEntry(name: string, xml: string, deflate: (name: string, xml: string) => ZipEntry): ZipEntry | undefined {
  const mark = MARK.exec(xml);
  if (!mark) return undefined;
  const id = Number(mark[2]);
  if (mark[1] === KEPT) {
    const kept = PARTS.get(id);
    if (!kept) throw new Error(`docx writer: ${name} was left out but no document wrote it before`);
    return { name, ...kept };
  }
  const entry = deflate(name, xml.replace(mark[0], ''));
  PARTS.set(id, { deflated: entry.deflated, crc: entry.crc, size: entry.size });
  return entry;
}
