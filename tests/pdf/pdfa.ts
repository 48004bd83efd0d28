// Reads a file's PDF/A facts back with independent tools: the XMP packet as pdfinfo -meta prints it, parsed by
// xmllint; the Info dictionary as pdfinfo prints it; the output intent's ICC profile by its header (ICC.1 §7.2).
import { unzlibSync } from 'fflate';
import { PDFArray, PDFDict, PDFName, PDFRawStream } from 'pdf-lib';
import { load } from './read.js';
import { run, tempFile } from './tools.js';

const NS = {
  pdfaid: 'http://www.aiim.org/pdfa/ns/id/',
  dc: 'http://purl.org/dc/elements/1.1/',
  xmp: 'http://ns.adobe.com/xap/1.0/',
  pdf: 'http://ns.adobe.com/pdf/1.3/',
} as const;

/** The XMP properties the Info dictionary maps to, and the PDF/A identification, as xmllint reads them. */
export interface XmpFacts {
  part: string;
  conformance: string;
  titles: Record<string, string>;
  description: string;
  creator: string[];
  languages: string[];
  creatorTool: string;
  createDate: string;
  modifyDate: string;
  metadataDate: string;
  producer: string;
}

/** `pdfinfo -meta`: the catalog's XMP stream as poppler finds it. */
export function xmpText(pdf: string): string {
  const r = run('pdfinfo', ['-meta', pdf]);
  if (r.status !== 0) throw new Error(`pdfinfo -meta failed: ${r.stderr}`);
  return r.stdout;
}

function xpath(file: string, expr: string): string {
  const r = run('xmllint', ['--xpath', expr, file]);
  // xmllint exits 10 for an empty node set, 1 for XML that does not parse.
  if (r.status !== 0 && r.status !== 10) throw new Error(`xmllint: ${r.stderr}`);
  // A string result is printed with one newline after it.
  return r.stdout.replace(/\n$/, '');
}

const prop = (ns: keyof typeof NS, name: string): string => `//*[namespace-uri()='${NS[ns]}' and local-name()='${name}']`;
const li = `*[local-name()='li']`;

/** Parses the packet with xmllint (which fails on XML that is not well formed). */
export function parseXmp(xmp: string): XmpFacts {
  const file = tempFile(new TextEncoder().encode(xmp), 'xmp.xml');
  const lint = run('xmllint', ['--noout', file]);
  if (lint.status !== 0) throw new Error(`XMP is not well-formed XML: ${lint.stderr}`);
  const str = (expr: string) => xpath(file, `string(${expr})`);
  const list = (expr: string): string[] => {
    const n = Number(xpath(file, `count(${expr})`));
    return Array.from({ length: n }, (_, i) => str(`(${expr})[${i + 1}]`));
  };
  const titles: Record<string, string> = {};
  const langs = list(`${prop('dc', 'title')}//${li}/@xml:lang`);
  for (const lang of langs) titles[lang] = str(`${prop('dc', 'title')}//${li}[@xml:lang='${lang}']`);
  return {
    part: str(prop('pdfaid', 'part')),
    conformance: str(prop('pdfaid', 'conformance')),
    titles,
    description: str(`${prop('dc', 'description')}//${li}[@xml:lang='x-default']`),
    creator: list(`${prop('dc', 'creator')}//${li}`),
    languages: list(`${prop('dc', 'language')}//${li}`),
    creatorTool: str(prop('xmp', 'CreatorTool')),
    createDate: str(prop('xmp', 'CreateDate')),
    modifyDate: str(prop('xmp', 'ModifyDate')),
    metadataDate: str(prop('xmp', 'MetadataDate')),
    producer: str(prop('pdf', 'Producer')),
  };
}

/** `pdfinfo -isodates`: field -> value. */
export function infoFields(pdf: string): Record<string, string> {
  const r = run('pdfinfo', ['-isodates', pdf]);
  return Object.fromEntries(r.stdout.split('\n').filter(Boolean).map((l) => [l.slice(0, l.indexOf(':')), l.slice(l.indexOf(':') + 1).trim()]));
}

/** The Info -> XMP equivalences ISO 19005-2 §6.6.2.3.1 asks for, as [Info field, Info value, XMP value]. */
export function infoAgainstXmp(info: Record<string, string>, xmp: XmpFacts): [string, string | undefined, string | undefined][] {
  return [
    ['Title', info.Title, xmp.titles['x-default']],
    ['Subject', info.Subject, xmp.description],
    ['Author', info.Author, xmp.creator.join('; ')],
    ['Creator', info.Creator, xmp.creatorTool],
    ['Producer', info.Producer, xmp.producer],
    ['CreationDate', info.CreationDate, xmp.createDate],
    ['ModDate', info.ModDate, xmp.modifyDate],
  ];
}

export interface OutputIntent {
  subtype: string;
  condition: string;
  components: number;
  profile: Uint8Array;
}

/** The catalog's output intents, each with its DestOutputProfile decoded. */
export async function outputIntents(bytes: Uint8Array): Promise<OutputIntent[]> {
  const doc = await load(bytes);
  const intents = doc.catalog.lookupMaybe(PDFName.of('OutputIntents'), PDFArray)?.asArray() ?? [];
  return intents.map((ref) => {
    const intent = doc.context.lookup(ref, PDFDict);
    const stream = intent.lookup(PDFName.of('DestOutputProfile'));
    if (!(stream instanceof PDFRawStream)) throw new Error('DestOutputProfile is not a stream');
    const raw = stream.dict.get(PDFName.of('Filter')) ? unzlibSync(stream.contents) : stream.contents;
    return {
      subtype: intent.get(PDFName.of('S'))!.toString(),
      condition: intent.get(PDFName.of('OutputConditionIdentifier'))!.toString(),
      components: Number(stream.dict.get(PDFName.of('N'))!.toString()),
      profile: raw,
    };
  });
}

/** An ICC profile's header (ICC.1:2010 §7.2): size, version, class, colour space, PCS and the 'acsp' signature. */
export function iccHeader(profile: Uint8Array): { size: number; major: number; minor: number; deviceClass: string; colourSpace: string; pcs: string; signature: string } {
  const b = Buffer.from(profile);
  const ascii = (at: number) => b.subarray(at, at + 4).toString('latin1');
  return { size: b.readUInt32BE(0), major: b[8]!, minor: b[9]! >> 4, deviceClass: ascii(12), colourSpace: ascii(16), pcs: ascii(20), signature: ascii(36) };
}
