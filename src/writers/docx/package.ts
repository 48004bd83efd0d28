// Turns docx's packed output into reproducible bytes: our own property parts, the font table with embedded PT Serif,
// no clock and no random ids, re-zipped in a fixed order with a fixed entry time.
import { strFromU8, strToU8 } from 'fflate';
import type { DocumentMeta } from '../../document/index.js';
import { fontEntries, fontTableRelsXml, fontTableXml } from './fonts.js';
import { appXml, coreXml } from './properties.js';
import { isStub, partEntry, SHARED_PATHS, type SharedParts } from './shared-parts.js';
import { dosDateTime, writeZip, zipEntry, type ZipEntry } from './zip.js';

/** A patch whose anchor is gone means docx changed its output: a bug to fix here, not a document to ship. */
function replaceOnce(xml: string, part: string, from: string | RegExp, to: string): string {
  const patched = xml.replace(from, to);
  if (patched === xml) throw new Error(`docx writer: cannot patch ${part}: ${String(from)} not found`);
  return patched;
}

/**
 * Widow and orphan control for every paragraph, as Word's own Normal template has it (§17.3.1.44 w:widowControl),
 * and w:suppressAutoHyphens (§17.3.1.34) in the styles that must not be hyphenated; docx has no option for it. Schema
 * order puts it before w:spacing, which docx writes in every style.
 */
function patchStyles(xml: string, unhyphenated: readonly string[]): string {
  let out = replaceOnce(xml, 'styles.xml', '<w:pPrDefault/>', '<w:pPrDefault><w:pPr><w:widowControl/></w:pPr></w:pPrDefault>');
  for (const id of unhyphenated) {
    const style = new RegExp(`(<w:style [^>]*w:styleId="${id}">(?:(?!</w:style>)[\\s\\S])*?<w:pPr>(?:(?!</w:pPr>)[\\s\\S])*?)(<w:spacing )`);
    out = replaceOnce(out, 'styles.xml', style, '$1<w:suppressAutoHyphens/>$2');
  }
  return out;
}

/** Ask Word to keep the embedded fonts when the officer saves (§17.15.1.46); schema order puts it before defaultTabStop. */
function patchSettings(xml: string): string {
  return replaceOnce(xml, 'settings.xml', '<w:defaultTabStop', '<w:embedTrueTypeFonts/><w:defaultTabStop');
}

/**
 * docx numbers bookmarks (w:bookmarkStart/w:bookmarkEnd w:id, §17.13.6.2) from a counter that lives as long as the
 * process, so the second document written gets other ids: renumber them 1, 2, ... in order of appearance.
 */
export function renumberBookmarks(xml: string): string {
  const ids = new Map<string, number>();
  return xml.replace(/(<w:bookmark(?:Start|End)\b[^>]*?\bw:id=")(\d+)(")/g, (_m, head: string, id: string, tail: string) => {
    if (!ids.has(id)) ids.set(id, ids.size + 1);
    return `${head}${ids.get(id)}${tail}`;
  });
}

/**
 * The parts that differ from document to document only now and then (relationships, content types, a watermark's
 * header, footers): deflate each content once. Bounded, so a long run over many documents does not grow it without end.
 */
const deflated = new Map<string, ZipEntry>();

function cachedEntry(name: string, content: string): ZipEntry {
  const key = `${name}\n${content}`;
  const hit = deflated.get(key);
  if (hit) return hit;
  if (deflated.size >= 64) deflated.clear();
  const entry = zipEntry(name, strToU8(content));
  deflated.set(key, entry);
  return entry;
}

const deflateXml = (name: string, xml: string): ZipEntry => zipEntry(name, strToU8(xml));

/** [Content_Types].xml first (ECMA-376 Part 2 §10.1.2 readers look for it), the package relationships next, then by name. */
function entryOrder(a: string, b: string): number {
  const rank = (n: string) => (n === '[Content_Types].xml' ? 0 : n === '_rels/.rels' ? 1 : 2);
  return rank(a) - rank(b) || (a < b ? -1 : a > b ? 1 : 0);
}

/** The parts docx compiled (path -> XML text or bytes) as one reproducible package. */
export interface PackageOptions {
  /** Style ids that get w:suppressAutoHyphens. */
  unhyphenated: readonly string[];
  /** The parts alike in every document of this one's key (shared-parts.ts): those docx wrote as stubs are taken from
   *  here, those it wrote in full are patched and kept here for the next document. */
  shared: SharedParts;
}

/** A shared part as docx wrote it in full, made what this document ships. */
function patchShared(name: string, xml: string, options: PackageOptions): string {
  if (name === 'word/styles.xml') return patchStyles(xml, options.unhyphenated);
  if (name === 'word/settings.xml') return patchSettings(xml);
  return xml;
}

/** The zip entry of a shared part: kept from an earlier document when docx wrote a stub, else made and kept. */
function sharedEntry(name: string, xml: string, options: PackageOptions): ZipEntry {
  const kept = options.shared.get(name);
  if (isStub(xml)) {
    if (!kept) throw new Error(`docx writer: ${name} was stubbed but no document wrote it before`);
    return kept;
  }
  const entry = zipEntry(name, strToU8(patchShared(name, xml, options)));
  options.shared.set(name, entry);
  return entry;
}

export function normalisePackage(compiled: ReadonlyMap<string, string | Uint8Array>, meta: DocumentMeta, options: PackageOptions): Uint8Array {
  const parts: Record<string, Uint8Array> = {};
  const text: Record<string, string> = {};
  for (const [name, data] of compiled) {
    if (name.endsWith('.xml') || name.endsWith('.rels')) text[name] = typeof data === 'string' ? data : strFromU8(data);
    else parts[name] = typeof data === 'string' ? strToU8(data) : data;
  }

  // Written here whatever docx made of them (docx writes them as stubs: shared-parts.ts REPLACED).
  text['docProps/core.xml'] = coreXml(meta);
  text['docProps/app.xml'] = appXml(meta);
  text['word/fontTable.xml'] = fontTableXml();
  text['word/_rels/fontTable.xml.rels'] = fontTableRelsXml();

  const fonts = fontEntries();
  const entries: ZipEntry[] = [];
  const names = new Set([...Object.keys(parts), ...Object.keys(text)].filter((n) => !n.startsWith('word/fonts/')));
  for (const f of fonts) names.add(f.name);
  for (const name of [...names].sort(entryOrder)) {
    const font = fonts.find((f) => f.name === name);
    if (font) entries.push(font);
    else if (!(name in text)) entries.push(zipEntry(name, parts[name]!));
    else if (name === 'word/document.xml') entries.push(zipEntry(name, strToU8(renumberBookmarks(text[name]!))));
    else if (SHARED_PATHS.has(name)) entries.push(sharedEntry(name, text[name]!, options));
    else entries.push(partEntry(name, text[name]!, deflateXml) ?? cachedEntry(name, text[name]!));
  }
  return writeZip(entries, dosDateTime(meta.date));
}
