// Document properties parts: docProps/core.xml (Dublin Core, dates from meta.date, never the clock) and
// docProps/app.xml (Application = the tool), written whole rather than patched (ECMA-376 Part 2 §11, Part 1 §15.2.12.3).
import type { DocumentMeta } from '../../document/index.js';

export function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c]!);
}

/** Keywords: the subject, the languages, and the watermark of a draft or a specimen, as an officer would search for them. */
function keywords(meta: DocumentMeta): string {
  return [meta.subject, ...meta.langs, ...(meta.watermark ? [meta.watermark] : [])].filter((k) => k.length > 0).join('; ');
}

/** What the file is, in one line: its title, and that it is a draft or a specimen when it has a watermark. */
function description(meta: DocumentMeta): string {
  return meta.watermark ? `${meta.title} (${meta.watermark})` : meta.title;
}

export function coreXml(meta: DocumentMeta): string {
  const el = (name: string, value: string) => `<${name}>${escapeXml(value)}</${name}>`;
  const date = /^\d{4}-\d{2}-\d{2}$/.test(meta.date) ? `${meta.date}T00:00:00Z` : undefined;
  const dates =
    date === undefined
      ? ''
      : `<dcterms:created xsi:type="dcterms:W3CDTF">${date}</dcterms:created>` +
        `<dcterms:modified xsi:type="dcterms:W3CDTF">${date}</dcterms:modified>`;
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" ' +
    'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" ' +
    'xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">' +
    el('dc:title', meta.title) +
    el('dc:subject', meta.subject) +
    el('dc:creator', meta.author) +
    el('cp:keywords', keywords(meta)) +
    el('dc:description', description(meta)) +
    el('dc:language', meta.langs[0] ?? 'en-GB') +
    el('cp:lastModifiedBy', meta.author) +
    '<cp:revision>1</cp:revision>' +
    dates +
    '</cp:coreProperties>'
  );
}

export function appXml(meta: DocumentMeta): string {
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" ' +
    'xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">' +
    `<Application>${escapeXml(meta.creator)}</Application><DocSecurity>0</DocSecurity>` +
    '</Properties>'
  );
}
