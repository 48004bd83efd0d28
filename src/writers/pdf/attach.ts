// Associated files (ISO 19005-3 §6.8, ISO 32000-2 §14.13): the agreement's source embedded in the PDF, so a copy
// found alone in an archive still carries what it was drafted from. PDF/A-3 allows embedding any file when each is
// an associated file: listed in the catalog's /AF, with its /AFRelationship, MIME /Subtype and /Params /ModDate.
import { PDFArray, PDFDict, PDFHexString, PDFName, PDFString, type PDFDocument, type PDFRef } from './pdf-lib.js';
import { deflated } from './embed.js';

/** One file to embed beside the pages. */
export interface Attachment {
  /** The file's name, as a reader lists it (`pdfdetach -list`) and saves it. */
  name: string;
  bytes: Uint8Array;
  /** MIME type, written as the EmbeddedFile's /Subtype (a name: `text/yaml` is written `/text#2Fyaml`). */
  mimeType: string;
  description: string;
  /** ISO 32000-2 Table 43: the source the document was made from, data it shows, or an alternative representation of
   *  its content (its Akoma Ntoso XML: the same text with its structure). */
  relationship: 'Source' | 'Data' | 'Alternative';
}

/** A text string (§7.9.2.2): PDFDocEncoding's ASCII part as a literal, anything else as UTF-16BE hex with a BOM. */
function text(value: string): PDFString | PDFHexString {
  return /^[\x20-\x7e]*$/.test(value) ? PDFString.of(value.replace(/[\\()]/g, (c) => `\\${c}`)) : PDFHexString.fromText(value);
}

/**
 * Embeds `files` as associated files of the document: each an EmbeddedFile stream (§7.11.4) in a file
 * specification with /F and /UF, listed in the catalog's /AF and in the /EmbeddedFiles name tree (which readers
 * list), both in the given order. `modDate` (the document's own date, never the clock) dates each file.
 */
export function attachFiles(doc: PDFDocument, files: readonly Attachment[], modDate: Date | undefined): void {
  if (files.length === 0) return;
  const context = doc.context;
  const specs: PDFRef[] = files.map((file) => {
    const params = { Size: file.bytes.length, ...(modDate ? { ModDate: PDFString.fromDate(modDate) } : {}) };
    const stream = deflated(context, file.bytes, { Type: 'EmbeddedFile', Subtype: file.mimeType, Params: params });
    return context.register(
      context.obj({
        Type: 'Filespec',
        F: text(file.name),
        UF: text(file.name),
        Desc: text(file.description),
        AFRelationship: file.relationship,
        EF: { F: stream, UF: stream },
      }),
    );
  });
  doc.catalog.set(PDFName.of('AF'), context.obj(specs));
  // Name tree keys in byte order (§7.9.6); the names are compared as their UTF-8 bytes.
  const ordered = files.map((f, i) => [f.name, specs[i]!] as const).sort(([a], [b]) => Buffer.compare(Buffer.from(a), Buffer.from(b)));
  const names = PDFArray.withContext(context);
  for (const [name, spec] of ordered) names.push(text(name)), names.push(spec);
  const catalogNames = doc.catalog.lookupMaybe(PDFName.of('Names'), PDFDict) ?? context.obj({});
  catalogNames.set(PDFName.of('EmbeddedFiles'), context.register(context.obj({ Names: names })));
  doc.catalog.set(PDFName.of('Names'), catalogNames);
}
