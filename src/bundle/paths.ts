// Path rules for bags: which bundle names and payload paths are safe to write and to accept when verifying.
// A manifest line is "<hex>  <path>" (sha256sum's text form), so a path must not hold a newline, and
// RFC 8493 section 2.1.3 percent-encodes "%" — names that need escaping are refused instead.

/** A bundle (directory) name: the YAML's base name. Letters, digits, space, '.', '_', '-'; no leading dot. */
export function isSafeBundleName(name: string): boolean {
  return /^[\p{L}\p{N}][\p{L}\p{N}\p{M} ._-]*$/u.test(name) && !name.includes('..') && name.length <= 200;
}

/** Why a path inside a bag is unsafe, or undefined when it is a plain relative path. */
export function unsafePathReason(path: string): string | undefined {
  if (path.length === 0) return 'empty path';
  if (path.includes('\0')) return 'NUL byte';
  if (path.includes('\\')) return 'backslash';
  if (/[\r\n%]/.test(path)) return 'newline or percent sign';
  if (path.startsWith('/') || /^[A-Za-z]:/.test(path)) return 'absolute path';
  const parts = path.split('/');
  if (parts.some((p) => p === '..')) return "'..' component";
  if (parts.some((p) => p === '' || p === '.')) return 'empty or "." component';
  return undefined;
}

/** Byte order of the UTF-8 encodings (what `LC_ALL=C sort` gives), so listings never depend on locale. */
export function compareBytes(a: string, b: string): number {
  return Buffer.compare(Buffer.from(a, 'utf8'), Buffer.from(b, 'utf8'));
}

/** Every layout and format a bundle holds. Mirrors LAYOUTS and FORMATS in src/draft.ts, kept here so that
 *  verifying a bundle never loads the renderer (tests/bundle/contract.test.ts checks they agree). */
export const BUNDLE_LAYOUTS = ['en', 'ru', 'parallel'] as const;
export const BUNDLE_FORMATS = ['docx', 'pdf', 'akn'] as const;

/** `memorandum.yaml` -> `memorandum`, as draft.ts's baseName names the documents. */
export function bundleName(file: string): string {
  const name = file.split(/[\\/]/).pop() ?? file;
  return name.replace(/\.(ya?ml)$/i, '');
}
