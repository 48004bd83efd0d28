// The XMP metadata packet of a PDF/A file (ISO 19005-2 §6.6, XMP ISO 16684-1): PDF/A identification, and the
// Info dictionary's facts in the predefined schemas (dc, xmp, pdf) that §6.6.2.3.1 maps them to.
import type { DocumentFacts } from './info.js';

/** The PDF/A part: 2 (ISO 19005-2) by default, 3 (ISO 19005-3) when the file carries associated files. */
export type PdfaPart = 2 | 3;

/** XML text with the five characters markup needs escaped (XML 1.0 §2.4); the facts are plain one-line text. */
function xml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** `2024-05-17T00:00:00Z`: the XMP Date form (ISO 16684-1 §8.2.1.1) of the Info dictionary's D:20240517000000Z. */
export function xmpDate(date: Date): string {
  return date.toISOString().replace(/\.\d{3}Z$/, 'Z');
}

/** A language alternative (rdf:Alt of xml:lang entries): x-default first, as XMP asks, then each language. */
function langAlt(xDefault: string, entries: readonly { lang: string; text: string }[]): string {
  const li = [{ lang: 'x-default', text: xDefault }, ...entries].map((e) => `<rdf:li xml:lang="${xml(e.lang)}">${xml(e.text)}</rdf:li>`);
  return `<rdf:Alt>${li.join('')}</rdf:Alt>`;
}

/**
 * The packet. Info -> XMP (ISO 19005-2 §6.6.2.3.1, Table 3 of ISO 19005-1): Title -> dc:title x-default,
 * Author -> dc:creator, Subject -> dc:description x-default, Creator -> xmp:CreatorTool, Producer -> pdf:Producer,
 * CreationDate -> xmp:CreateDate, ModDate -> xmp:ModifyDate. The header has neither `bytes` nor `encoding`
 * (§6.6.2.1); the packet is UTF-8 with its byte order mark in `begin`. No padding: the file is never edited in place.
 */
export function xmpPacket(facts: DocumentFacts, part: PdfaPart): string {
  const props = [
    `<pdfaid:part>${part}</pdfaid:part>`,
    '<pdfaid:conformance>U</pdfaid:conformance>',
    '<dc:format>application/pdf</dc:format>',
    `<dc:title>${langAlt(facts.title, facts.titles)}</dc:title>`,
    `<dc:description>${langAlt(facts.subject, [])}</dc:description>`,
    `<dc:creator><rdf:Seq><rdf:li>${xml(facts.author)}</rdf:li></rdf:Seq></dc:creator>`,
    `<dc:language><rdf:Bag>${facts.langs.map((l) => `<rdf:li>${xml(l)}</rdf:li>`).join('')}</rdf:Bag></dc:language>`,
    `<xmp:CreatorTool>${xml(facts.creator)}</xmp:CreatorTool>`,
    ...(facts.date
      ? [`<xmp:CreateDate>${xmpDate(facts.date)}</xmp:CreateDate>`, `<xmp:ModifyDate>${xmpDate(facts.date)}</xmp:ModifyDate>`, `<xmp:MetadataDate>${xmpDate(facts.date)}</xmp:MetadataDate>`]
      : []),
    `<pdf:Producer>${xml(facts.producer)}</pdf:Producer>`,
  ];
  return [
    '<?xpacket begin="\uFEFF" id="W5M0MpCehiHzreSzNTczkc9d"?>',
    '<x:xmpmeta xmlns:x="adobe:ns:meta/">',
    '<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">',
    '<rdf:Description rdf:about=""',
    ' xmlns:pdfaid="http://www.aiim.org/pdfa/ns/id/"',
    ' xmlns:dc="http://purl.org/dc/elements/1.1/"',
    ' xmlns:xmp="http://ns.adobe.com/xap/1.0/"',
    ' xmlns:pdf="http://ns.adobe.com/pdf/1.3/">',
    ...props.map((p) => ` ${p}`),
    '</rdf:Description>',
    '</rdf:RDF>',
    '</x:xmpmeta>',
    '<?xpacket end="r"?>',
  ].join('\n');
}
