// Our markup (what templates output) -> a generic element tree. XML-like: tags, double-quoted attributes, entities.
// Values from the agreement reach the markup escaped (`&lt;` ...), so they can only ever be text here.

export interface Element {
  name: string;
  attrs: Record<string, string>;
  children: Node[];
  /** Offset of the `<` in the markup, for error messages. */
  at: number;
}

export type Node = Element | string;

export class MarkupError extends Error {
  constructor(message: string, readonly at: number) {
    super(message);
  }
}

/** The entities Handlebars' escaping produces (`&<>"'\`=`), plus numeric references. */
const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** Decodes entities. A `&` that starts no entity stays literal (a template's own "R&D"). */
export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-fA-F]{1,6}|#[0-9]{1,7}|[a-z]{2,4});/g, (whole, body: string) => {
    if (body.startsWith('#')) {
      const code = body[1] === 'x' ? Number.parseInt(body.slice(2), 16) : Number.parseInt(body.slice(1), 10);
      // Control characters (other than tab and newline) and surrogates stay as written: no document holds them.
      const usable = code <= 0x10ffff && (code >= 0x20 || code === 9 || code === 10) && (code < 0xd800 || code > 0xdfff);
      return usable ? String.fromCodePoint(code) : whole;
    }
    return Object.hasOwn(NAMED, body) ? NAMED[body]! : whole;
  });
}

const NAME = /[a-z][a-z0-9-]*/y;
const SPACE = /[ \t\r\n]*/y;
const ATTR = /([a-z][a-z0-9-]*)="([^"<]*)"/y;

function match(re: RegExp, src: string, at: number): RegExpExecArray | null {
  re.lastIndex = at;
  return re.exec(src);
}

/** Parses the whole markup into top-level nodes. Throws MarkupError (caught by the caller) on a bad tag. */
export function parseMarkup(src: string): Node[] {
  const root: Element = { name: '#root', attrs: Object.create(null) as Record<string, string>, children: [], at: 0 };
  const stack: Element[] = [root];
  let i = 0;
  while (i < src.length) {
    const lt = src.indexOf('<', i);
    const end = lt < 0 ? src.length : lt;
    if (end > i) stack[stack.length - 1]!.children.push(decodeEntities(src.slice(i, end)));
    if (lt < 0) break;
    i = lt + 1;
    if (src[i] === '/') {
      const name = match(NAME, src, i + 1);
      const top = stack[stack.length - 1]!;
      if (!name || src[i + 1 + name[0].length] !== '>') throw new MarkupError('malformed closing tag', lt);
      if (top.name !== name[0]) throw new MarkupError(`</${name[0]}> closes <${top.name}>`, lt);
      stack.pop();
      i += name[0].length + 2;
      continue;
    }
    const name = match(NAME, src, i);
    if (!name) throw new MarkupError('a "<" that starts no tag', lt);
    i += name[0].length;
    const el: Element = { name: name[0], attrs: Object.create(null) as Record<string, string>, children: [], at: lt };
    for (;;) {
      const space = match(SPACE, src, i)!;
      i += space[0].length;
      const attr = match(ATTR, src, i);
      if (!attr) break;
      if (space[0].length === 0) throw new MarkupError('attributes must be separated by a space', i);
      if (Object.hasOwn(el.attrs, attr[1]!)) throw new MarkupError(`attribute ${attr[1]} given twice`, i);
      el.attrs[attr[1]!] = decodeEntities(attr[2]!);
      i += attr[0].length;
    }
    stack[stack.length - 1]!.children.push(el);
    if (src.startsWith('/>', i)) {
      i += 2;
    } else if (src[i] === '>') {
      i += 1;
      stack.push(el);
    } else {
      throw new MarkupError(`malformed <${el.name}> tag`, lt);
    }
  }
  if (stack.length > 1) {
    const open = stack[stack.length - 1]!;
    throw new MarkupError(`<${open.name}> is never closed`, open.at);
  }
  return root.children;
}
