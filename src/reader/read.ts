// Reads an agreement file's text: stat first (never read a huge file), strict UTF-8, BOM dropped.
import { open, realpath, stat } from 'node:fs/promises';
import { type Result, error, fail, ok } from '../diagnostics/index.js';

/** Agreements are a few dozen KiB; anything past this is not an agreement (and is never read). */
export const MAX_FILE_BYTES = 2 * 1024 * 1024;
/** Lines a file may have (issue 10 §3: within 2 s and 300 MB). The YAML library's tree costs about 2 KB a key, so
 *  180,000 one-line keys (under the byte cap) took ~394 MB, and 99,990 took 2 s of CPU to validate (the hostile
 *  corpus, tests/hostile); the largest sample has 310 lines, and 20,000 leaves room for 60 times that. */
export const MAX_FILE_LINES = 20_000;

export interface AgreementText {
  file: string;
  text: string;
}

const at = (file: string, line = 1, col = 1) => ({ file, start: { line, col } });

/** The name an agreement read from standard input (`cica validate -`) goes by in positions. */
export const STDIN = '<stdin>';
let stdinEnabled = false;
let stdinRead: Promise<Uint8Array> | undefined;

/** From now on the name STDIN reads standard input (once; later reads, for a code frame, get the same bytes).
 *  Only the CLI turns it on, when `-` was given, so a file that happens to be named `<stdin>` is otherwise a file. */
export function readStdinAs(): string {
  stdinEnabled = true;
  return STDIN;
}

/** Standard input, to its end or one byte past the cap (then refused as too large, as a file would be). */
function stdinBytes(): Promise<Uint8Array> {
  stdinRead ??= (async () => {
    const chunks: Buffer[] = [];
    let total = 0;
    for await (const chunk of process.stdin as AsyncIterable<Buffer>) {
      chunks.push(chunk);
      total += chunk.length;
      if (total > MAX_FILE_BYTES) break;
    }
    return new Uint8Array(Buffer.concat(chunks));
  })();
  return stdinRead;
}

/** Byte offset of the first byte that is not well-formed UTF-8 (RFC 3629 §4), or -1. */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    let need = 0;
    let min = 0;
    if (b < 0x80) { i++; continue; }
    else if (b >= 0xc2 && b <= 0xdf) { need = 1; min = 0x80; }
    else if (b >= 0xe0 && b <= 0xef) { need = 2; min = 0x800; }
    else if (b >= 0xf0 && b <= 0xf4) { need = 3; min = 0x10000; }
    else return i;
    let cp = b & (0x3f >> need);
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return i;
      cp = (cp << 6) | (c & 0x3f);
    }
    // Overlong forms, UTF-16 surrogates and code points past U+10FFFF are ill-formed.
    if (cp < min || (cp >= 0xd800 && cp <= 0xdfff) || cp > 0x10ffff) return i;
    i += need + 1;
  }
  return -1;
}

/** 1-based line and column (in UTF-16 units, as editors count) of a byte offset in valid UTF-8 text before it. */
function positionOfByte(bytes: Uint8Array, offset: number): { line: number; col: number } {
  const before = new TextDecoder('utf-8').decode(bytes.subarray(0, offset));
  const lines = before.split('\n');
  const last = lines[lines.length - 1] ?? '';
  return { line: lines.length, col: last.replace(/^\uFEFF/, '').length + 1 };
}

/** UTF-16 text of mostly Latin or Cyrillic letters has a 0 (Latin) or 0x04 (Cyrillic) high byte in every second
 *  position; UTF-8 holds a NUL byte only by accident. Without a BOM, each NUL is valid UTF-8, so look (issue 10 §5). */
export function utf16WithoutBom(bytes: Uint8Array): 'big-endian' | 'little-endian' | undefined {
  const n = Math.min(bytes.length, 4096) & ~1;
  if (n < 4) return undefined;
  let even = 0;
  let odd = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) even++;
    if (bytes[i + 1] === 0) odd++;
  }
  const pairs = n / 2;
  if (even >= pairs * 0.3 && odd === 0) return 'big-endian';
  if (odd >= pairs * 0.3 && even === 0) return 'little-endian';
  return undefined;
}

function utf16Hint(bytes: Uint8Array): string {
  const bom = bytes.length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff));
  return bom
    ? 'The file is saved as UTF-16; save it again as UTF-8.'
    : 'Save the file as UTF-8 (in most editors: "Save with encoding" > UTF-8); it may have been saved as Windows-1251 or Latin-1.';
}

/** The names of agreement files. */
const AGREEMENT_NAME = /\.ya?ml$/i;

export async function readAgreementText(file: string): Promise<Result<AgreementText>> {
  if (file === STDIN && stdinEnabled) return textOf(file, await stdinBytes());
  let size: number;
  try {
    const info = await stat(file);
    if (!info.isFile()) {
      const what = info.isDirectory() ? 'a folder' : 'not a regular file';
      return fail([error('NOT_A_FILE', `${file} is ${what}, not an agreement file.`, { span: at(file), hint: 'Give the path of a .yaml file.' })]);
    }
    size = info.size;
    // A link named like an agreement to a file that is not one (a key, /proc/self/environ: the hostile corpus) is
    // not read: its values would be quoted in messages (`kind` cannot be `…`) into a log that may be public.
    const real = AGREEMENT_NAME.test(file) ? await realpath(file) : undefined;
    if (real !== undefined && !AGREEMENT_NAME.test(real)) {
      return fail([error('NOT_A_FILE', `${file} is a link to ${real}, which is not an agreement file (.yaml, .yml); it is not read.`, {
        span: at(file), hint: 'Give the path of the agreement itself, or copy it into place of the link.',
      })]);
    }
  } catch (err) {
    return fail([fileError(file, err)]);
  }
  if (size > MAX_FILE_BYTES) return fail([tooLarge(file, size, false)]);
  let bytes: Uint8Array;
  try {
    bytes = await readCapped(file);
  } catch (err) {
    return fail([fileError(file, err)]);
  }
  return textOf(file, bytes);
}

/** The checks on an agreement's bytes, wherever they came from: size, encoding, lines, not empty. */
function textOf(file: string, bytes: Uint8Array): Result<AgreementText> {
  if (bytes.length > MAX_FILE_BYTES) return fail([tooLarge(file, bytes.length, true)]);
  const utf16 = utf16WithoutBom(bytes);
  if (utf16) {
    return fail([error('INVALID_UTF8', `The file is not UTF-8: every second byte is 0, as in UTF-16 (${utf16}) saved without a byte order mark.`, {
      span: at(file), hint: 'The file is saved as UTF-16; save it again as UTF-8.',
    })]);
  }
  const bad = firstInvalidUtf8(bytes);
  if (bad >= 0) {
    const pos = positionOfByte(bytes, bad);
    const hex = bytes[bad]!.toString(16).toUpperCase().padStart(2, '0');
    return fail([error('INVALID_UTF8', `The file is not valid UTF-8: byte 0x${hex} at offset ${bad} is not part of a UTF-8 character.`, {
      span: at(file, pos.line, pos.col), hint: utf16Hint(bytes),
    })]);
  }
  // A byte order mark is legal in UTF-8 and invisible in editors: drop it so columns match.
  const text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  const lineAt = nthLineStart(text, MAX_FILE_LINES);
  if (lineAt >= 0) {
    return fail([error('FILE_TOO_LARGE', `The file has over ${String(MAX_FILE_LINES).replace(/\B(?=(\d{3})+$)/g, ',')} lines; an agreement file may not have more.`, {
      span: at(file, MAX_FILE_LINES + 1, 1), hint: 'Check that this is the right file: an agreement is usually a few hundred lines.',
    })]);
  }
  if (text.trim() === '') {
    return fail([error('EMPTY_FILE', 'The file is empty.', { span: at(file), hint: 'Run `cica init FILE` to write a starter agreement.' })]);
  }
  return ok({ file, text });
}

/** Offset where line `n + 1` starts, or -1 when the text has at most `n` lines (a final newline starts none). */
function nthLineStart(text: string, n: number): number {
  let at = -1;
  for (let k = 0; k < n; k++) {
    at = text.indexOf('\n', at + 1);
    if (at < 0) return -1;
  }
  return at + 1 < text.length ? at + 1 : -1;
}

function tooLarge(file: string, size: number, more: boolean) {
  const mib = more ? 'over ' + (MAX_FILE_BYTES / 1048576).toString() : (size / 1048576).toFixed(1);
  return error('FILE_TOO_LARGE', `The file is ${mib} MiB; an agreement file may not exceed ${MAX_FILE_BYTES / 1048576} MiB.`, {
    span: at(file), hint: 'Check that this is the right file: an agreement is usually a few kilobytes.',
  });
}

/** At most MAX_FILE_BYTES + 1 bytes, whatever stat said: a file can grow after it, and /proc files say 0. */
async function readCapped(file: string): Promise<Uint8Array> {
  const handle = await open(file, 'r');
  try {
    const buffer = Buffer.alloc(MAX_FILE_BYTES + 1);
    let length = 0;
    for (;;) {
      const { bytesRead } = await handle.read(buffer, length, buffer.length - length, null);
      if (bytesRead === 0) break;
      length += bytesRead;
      if (length === buffer.length) break;
    }
    return buffer.subarray(0, length);
  } finally {
    await handle.close();
  }
}

function fileError(file: string, err: unknown) {
  const code = (err as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') {
    return error('FILE_NOT_FOUND', `There is no file ${file}.`, { span: at(file), hint: 'Check the spelling of the path and the current folder.' });
  }
  if (code === 'EACCES' || code === 'EPERM') {
    return error('FILE_UNREADABLE', `${file} cannot be read: permission denied.`, { span: at(file) });
  }
  if (code === 'EISDIR') return error('NOT_A_FILE', `${file} is a folder, not an agreement file.`, { span: at(file) });
  return error('FILE_UNREADABLE', `${file} cannot be read (${code ?? String(err)}).`, { span: at(file) });
}
