// The ToUnicode CMap of a font: glyph id (= CID) -> Unicode text, so pdftotext and copy-paste work.
// Syntax: PDF 32000-1 §9.10.3 and Adobe Technical Note #5411 (bfchar blocks of at most 100 entries).

const NBSP = 0x00a0;
const SPACE = 0x0020;

function utf16Hex(codePoints: readonly number[]): string {
  let hex = '';
  for (const cp of codePoints) {
    // A no-break space extracts as a plain space: what a reader pasting the text expects (issue 4).
    const c = cp === NBSP ? SPACE : cp;
    if (c > 0xffff) {
      const v = c - 0x10000;
      hex += (0xd800 + (v >> 10)).toString(16).padStart(4, '0');
      hex += (0xdc00 + (v & 0x3ff)).toString(16).padStart(4, '0');
    } else {
      hex += c.toString(16).padStart(4, '0');
    }
  }
  return hex.toUpperCase();
}

/** The CMap program for `glyph id -> code points`, entries sorted by glyph id. */
export function toUnicodeCMap(map: ReadonlyMap<number, readonly number[]>): string {
  const entries = [...map].filter(([, cps]) => cps.length > 0).sort((a, b) => a[0] - b[0]);
  const lines = [
    '/CIDInit /ProcSet findresource begin',
    '12 dict begin',
    'begincmap',
    '/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def',
    '/CMapName /Adobe-Identity-UCS def',
    '/CMapType 2 def',
    '1 begincodespacerange',
    '<0000> <FFFF>',
    'endcodespacerange',
  ];
  for (let i = 0; i < entries.length; i += 100) {
    const block = entries.slice(i, i + 100);
    lines.push(`${block.length} beginbfchar`);
    for (const [gid, cps] of block) {
      lines.push(`<${gid.toString(16).padStart(4, '0').toUpperCase()}> <${utf16Hex(cps)}>`);
    }
    lines.push('endbfchar');
  }
  lines.push('endcmap', 'CMapName currentdict /CMap defineresource pop', 'end', 'end');
  return lines.join('\n');
}
