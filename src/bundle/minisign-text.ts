// Strict reading of minisign's line-based text files: a lenient base64 decoder would let a flipped
// padding bit or a stray character pass unnoticed, so a value is accepted only if it re-encodes exactly.

/** Lines of a text file (a missing final newline is accepted); undefined if it has NUL. Key files may come
 *  from Windows with CRLF, so `crlf` accepts them; a signature cica checks is read with `crlf` false. */
export function splitLines(text: string, crlf = true): string[] | undefined {
  if (text.includes('\0') || (!crlf && text.includes('\r'))) return undefined;
  const lines = text.split('\n').map((line) => (crlf ? line.replace(/\r$/, '') : line));
  if (lines[lines.length - 1] === '') lines.pop();
  return lines;
}

export function decodeBase64Strict(text: string): Buffer | undefined {
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(text) || text.length % 4 !== 0) return undefined;
  const bytes = Buffer.from(text, 'base64');
  return bytes.toString('base64') === text ? bytes : undefined;
}
