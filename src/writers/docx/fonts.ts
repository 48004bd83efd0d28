// PT Serif for the DOCX: the font table (w:altName, panose, family for substitution) and the four faces embedded as
// obfuscated fonts (ECMA-376 Part 1 §17.8.1 and §17.8.3.3 w:embedRegular), read once per process, deflated once (font-cache.ts).
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { ZipEntry } from './zip.js';
import { cachedZipEntry } from './font-cache.js';
import { FONT } from './styles.js';

const FACES = [
  { element: 'w:embedRegular', file: '400Regular/PTSerif_400Regular.ttf' },
  { element: 'w:embedBold', file: '700Bold/PTSerif_700Bold.ttf' },
  { element: 'w:embedItalic', file: '400Regular_Italic/PTSerif_400Regular_Italic.ttf' },
  { element: 'w:embedBoldItalic', file: '700Bold_Italic/PTSerif_700Bold_Italic.ttf' },
] as const;

interface EmbeddedFace {
  element: string;
  /** "{XXXXXXXX-XXXX-XXXX-XXXX-XXXXXXXXXXXX}", from the face's own bytes: a fixed key, so fixed bytes. */
  key: string;
  entry: ZipEntry;
}

/** §17.8.1: XOR the first 32 bytes with the key's 16 bytes, read from the key's last hex pair to its first. */
function obfuscate(font: Uint8Array, key: string): Uint8Array {
  const hex = key.replace(/[{}-]/g, '');
  const bytes = Array.from({ length: 16 }, (_, i) => parseInt(hex.slice(30 - 2 * i, 32 - 2 * i), 16));
  const out = new Uint8Array(font);
  for (let i = 0; i < 32; i += 1) out[i] = out[i]! ^ bytes[i % 16]!;
  return out;
}

function guidOf(data: Uint8Array): string {
  const h = createHash('sha1').update(data).digest('hex').toUpperCase();
  return `{${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20, 32)}}`;
}

let faces: EmbeddedFace[] | undefined;

function embeddedFaces(): EmbeddedFace[] {
  if (faces) return faces;
  const root = dirname(createRequire(import.meta.url).resolve('@expo-google-fonts/pt-serif/package.json'));
  faces = FACES.map(({ element, file }, i) => {
    const font = new Uint8Array(readFileSync(join(root, file)));
    const key = guidOf(font);
    return { element, key, entry: cachedZipEntry(`word/fonts/font${i + 1}.odttf`, obfuscate(font, key), key.replace(/[{}]/g, '')) };
  });
  return faces;
}

/**
 * PT Serif as Word and LibreOffice need it to substitute when the embedded faces are refused: Times New Roman as
 * the alternative name, the roman family and PT Serif's own PANOSE and Unicode/code page ranges (OS/2 table of
 * PTSerif_400Regular.ttf), so a missing font falls back to a serif with Cyrillic.
 */
export function fontTableXml(): string {
  const embeds = embeddedFaces().map((f, i) => `<${f.element} r:id="rId${i + 1}" w:fontKey="${f.key}"/>`).join('');
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    '<w:fonts xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" ' +
    'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">' +
    `<w:font w:name="${FONT}"><w:altName w:val="Times New Roman"/><w:panose1 w:val="020A0603040505020204"/>` +
    '<w:charset w:val="00"/><w:family w:val="roman"/><w:pitch w:val="variable"/>' +
    '<w:sig w:usb0="A00002EF" w:usb1="5000204B" w:usb2="00000000" w:usb3="00000000" w:csb0="20000097" w:csb1="00000000"/>' +
    `${embeds}</w:font>` +
    '<w:font w:name="Times New Roman"><w:panose1 w:val="02020603050405020304"/><w:charset w:val="00"/>' +
    '<w:family w:val="roman"/><w:pitch w:val="variable"/></w:font>' +
    '</w:fonts>'
  );
}

export function fontTableRelsXml(): string {
  const rels = embeddedFaces()
    .map((_f, i) => `<Relationship Id="rId${i + 1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/font" Target="fonts/font${i + 1}.odttf"/>`)
    .join('');
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${rels}</Relationships>`;
}

/** The four obfuscated faces, deflated once per process. */
export function fontEntries(): ZipEntry[] {
  return embeddedFaces().map((f) => f.entry);
}
