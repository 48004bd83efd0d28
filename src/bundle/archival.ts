// The archival copies in a bag (issue 12 §3): every PDF identifies itself as PDF/A in its XMP metadata, and every
// Akoma Ntoso expression is valid against the OASIS schema shipped in the package (schema/akn, read by xmllint when
// it is installed; without it only the document's root and namespace are checked, and a warning says so).
import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { error, warning, type Diagnostic, type Span } from '../diagnostics/index.js';

const AKN_NS = 'http://docs.oasis-open.org/legaldocml/ns/akn/3.0';
const SCHEMA = join(dirname(fileURLToPath(import.meta.url)), '../../schema/akn/akomantoso30.xsd');
/** At most this much of a PDF is searched for its XMP packet (ours stands near the start; 8 MiB covers any). */
const XMP_WINDOW = 8 * 1024 * 1024;

type At = (path: string) => { span: Span };

/** pdfaid:part and pdfaid:conformance of a PDF's XMP packet (attribute or element form), if it has them. */
export function pdfaIdentification(bytes: Uint8Array): { part: string; conformance: string } | undefined {
  const text = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.length, XMP_WINDOW)).toString('latin1');
  const start = text.indexOf('<x:xmpmeta');
  if (start < 0) return undefined;
  const end = text.indexOf('</x:xmpmeta>', start);
  const xmp = text.slice(start, end < 0 ? undefined : end);
  const field = (name: string) => new RegExp(`pdfaid:${name}(?:="([^"]*)"|>([^<]*)<)`).exec(xmp);
  const part = field('part');
  const conformance = field('conformance');
  if (!part || !conformance) return undefined;
  return { part: (part[1] ?? part[2] ?? '').trim(), conformance: (conformance[1] ?? conformance[2] ?? '').trim() };
}

export function checkPdfA(path: string, bytes: Uint8Array, at: At): Diagnostic[] {
  const id = pdfaIdentification(bytes);
  if (!id) return [error('PDFA_IDENTIFICATION_MISSING', `${path} does not identify itself as PDF/A (no pdfaid:part and pdfaid:conformance in its XMP metadata).`, at(path))];
  if (!/^[1-4]$/.test(id.part) || !/^[ABUF]$/i.test(id.conformance)) {
    return [error('PDFA_IDENTIFICATION_INVALID', `${path} names PDF/A part "${id.part}", conformance "${id.conformance}", which is no PDF/A level.`, at(path))];
  }
  return [];
}

let xmllint: boolean | undefined;

/** One Akoma Ntoso file: its root and namespace, then the schema when xmllint can check it. */
export function checkAkn(path: string, bytes: Uint8Array, at: At): Diagnostic[] {
  const text = Buffer.from(bytes).toString('utf8');
  if (!new RegExp(`^(<\\?xml[^>]*\\?>\\s*)?<akomaNtoso\\s+xmlns="${AKN_NS.replace(/[.]/g, '\\.')}"`).test(text)) {
    return [error('AKN_INVALID', `${path} is not an Akoma Ntoso 3.0 document (its root is not <akomaNtoso xmlns="${AKN_NS}">).`, at(path))];
  }
  xmllint ??= spawnSync('xmllint', ['--version']).status === 0;
  if (!xmllint) return [warning('AKN_SCHEMA_NOT_CHECKED', `${path} was not checked against the Akoma Ntoso schema: xmllint (libxml2-utils) is not installed.`, at(path))];
  const r = spawnSync('xmllint', ['--noout', '--nonet', '--schema', SCHEMA, '-'], { input: bytes, encoding: 'utf8', maxBuffer: 16 * 1024 * 1024 });
  if (r.status === 0) return [];
  const first = r.stderr.split('\n').find((l) => l.includes('error') || l.includes('fails')) ?? r.stderr.trim().split('\n')[0] ?? '';
  return [error('AKN_INVALID', `${path} is not valid against the Akoma Ntoso 3.0 schema: ${first.replace(/^-:/, 'line ')}`, at(path))];
}
