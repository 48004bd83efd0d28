// A small XML element tree and its serialiser for the Akoma Ntoso writer: escaped text, attributes in the order given,
// blocks indented two spaces a level, mixed content (text and inlines) on one line, so the bytes depend only on the tree.

export interface XmlElement {
  name: string;
  attrs: [string, string][];
  children: XmlNode[];
}
export type XmlNode = XmlElement | string;

export function el(name: string, attrs: Record<string, string | undefined> = {}, children: XmlNode[] = []): XmlElement {
  const list: [string, string][] = [];
  for (const [k, v] of Object.entries(attrs)) if (v !== undefined) list.push([k, v]);
  return { name, attrs: list, children };
}

/** Characters XML 1.0 cannot carry at all (§2.2 Char): C0 controls but tab, line feed and carriage return, lone
 *  surrogates, U+FFFE and U+FFFF. The model refuses control characters in the agreement (CONTROL_CHARACTER) and the
 *  templates add none, so one here is a bug upstream: it is replaced by U+FFFD rather than written as broken XML. */
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

export function escapeText(text: string): string {
  return text.replace(NOT_XML, '\uFFFD').replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** Attribute values also escape quotes, and tab, line feed and carriage return as references, which attribute-value
 *  normalisation (XML 1.0 §3.3.3) would otherwise turn into spaces. */
export function escapeAttr(text: string): string {
  return escapeText(text).replace(/"/g, '&quot;').replace(/\t/g, '&#9;').replace(/\n/g, '&#10;').replace(/\r/g, '&#13;');
}

function open(e: XmlElement): string {
  return `<${e.name}${e.attrs.map(([k, v]) => ` ${k}="${escapeAttr(v)}"`).join('')}`;
}

function inline(e: XmlElement): string {
  if (e.children.length === 0) return `${open(e)}/>`;
  return `${open(e)}>${e.children.map((c) => (typeof c === 'string' ? escapeText(c) : inline(c))).join('')}</${e.name}>`;
}

/** Mixed content is kept on one line: whitespace added between inlines would change the text. */
function isMixed(e: XmlElement, textElements: ReadonlySet<string>): boolean {
  return textElements.has(e.name) || e.children.some((c) => typeof c === 'string');
}

export function serialise(root: XmlElement, textElements: ReadonlySet<string>): string {
  const lines: string[] = ['<?xml version="1.0" encoding="UTF-8"?>'];
  const visit = (e: XmlElement, depth: number): void => {
    const pad = '  '.repeat(depth);
    if (e.children.length === 0 || isMixed(e, textElements)) {
      lines.push(pad + inline(e));
      return;
    }
    lines.push(`${pad}${open(e)}>`);
    for (const c of e.children) visit(c as XmlElement, depth + 1);
    lines.push(`${pad}</${e.name}>`);
  };
  visit(root, 0);
  return lines.join('\n') + '\n';
}
