// Reads back what the writer wrote, with pdf-lib's parser: page content streams, annotations, catalog.
import { unzlibSync } from 'fflate';
import { PDFArray, PDFDict, PDFDocument, PDFName, PDFRawStream, PDFRef, PDFHexString, PDFString } from 'pdf-lib';

export async function load(bytes: Uint8Array): Promise<PDFDocument> {
  return PDFDocument.load(bytes, { updateMetadata: false });
}

function decode(stream: PDFRawStream): string {
  const filter = stream.dict.get(PDFName.of('Filter'));
  const raw = filter ? unzlibSync(stream.contents) : stream.contents;
  return new TextDecoder('latin1').decode(raw);
}

/** The decoded content stream of page `index` (0-based). */
export async function pageContent(bytes: Uint8Array, index: number): Promise<string> {
  const doc = await load(bytes);
  const contents = doc.getPage(index).node.Contents();
  if (contents instanceof PDFRawStream) return decode(contents);
  if (contents instanceof PDFArray) {
    return contents.asArray().map((r) => decode(doc.context.lookup(r as PDFRef, PDFRawStream))).join('\n');
  }
  throw new Error('page has no content stream');
}

/** A PDF string or hex string as text (hex read as bytes, the way destination names are written). */
export function stringValue(o: unknown): string {
  if (o instanceof PDFHexString) return Buffer.from(o.asString(), 'hex').toString('utf8');
  if (o instanceof PDFString) return o.asString();
  throw new Error(`not a string: ${String(o)}`);
}

/** The named destinations: name -> [page index, top]. */
export async function destinations(bytes: Uint8Array): Promise<Map<string, [number, number]>> {
  const doc = await load(bytes);
  const out = new Map<string, [number, number]>();
  const names = doc.catalog.lookupMaybe(PDFName.of('Names'), PDFDict);
  const tree = names?.lookupMaybe(PDFName.of('Dests'), PDFDict);
  const kids = tree?.lookupMaybe(PDFName.of('Names'), PDFArray)?.asArray() ?? [];
  const pageRefs = doc.getPages().map((p) => p.ref.toString());
  for (let i = 0; i < kids.length; i += 2) {
    const dest = doc.context.lookup(kids[i + 1], PDFArray);
    const top = Number(dest.get(3).toString());
    out.set(stringValue(kids[i]), [pageRefs.indexOf(dest.get(0).toString()), top]);
  }
  return out;
}

/** Link annotations of page `index`: rectangle and destination name. */
export async function links(bytes: Uint8Array, index: number): Promise<{ rect: number[]; dest: string }[]> {
  const doc = await load(bytes);
  const annots = doc.getPage(index).node.Annots()?.asArray() ?? [];
  return annots.map((ref) => {
    const annot = doc.context.lookup(ref, PDFDict);
    const rect = annot.lookup(PDFName.of('Rect'), PDFArray).asArray().map((n) => Number(n.toString()));
    return { rect, dest: stringValue(annot.get(PDFName.of('Dest'))) };
  });
}
