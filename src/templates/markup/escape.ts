// Writing our markup safely: every value becomes text, never a tag or an entity of our choosing.

/** Escapes text for our markup. The same characters as Handlebars' own escaping (`&<>"'\`=`), which
 *  plain `{{value}}` output gets; the parser decodes exactly these back (markup/parse.ts). */
export function escapeMarkup(text: string): string {
  return text.replace(/[&<>"'`=]/g, (ch) => `&#x${ch.charCodeAt(0).toString(16).toUpperCase()};`);
}

/** A text run with its source position, as `<t at="file:line:col">`; bare escaped text without one. */
export function textRun(text: string, at?: { file: string; start: { line: number; col: number } }): string {
  if (text === '') return '';
  const body = escapeMarkup(text);
  return at ? `<t at="${escapeMarkup(`${at.file}:${at.start.line}:${at.start.col}`)}">${body}</t>` : body;
}
