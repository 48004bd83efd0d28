// The inline markup of a text unit (docs/format.md): `*em*`, `[[id]]`, `[[id:case]]`, `\*`, `\[[`, `\\`.

export type Segment =
  | { kind: 'text'; text: string }
  | { kind: 'em'; children: Segment[] }
  | { kind: 'ref'; id: string; case?: string; raw: string };

const REF = /\[\[([^\]\s:]+)(?::([^\]\s]*))?\]\]/y;

/** Splits a unit's text into segments. Never fails: an unclosed `*` or `[[` stays literal text. */
export function parseInline(source: string): Segment[] {
  return parse(source, 0, source.length);
}

function parse(src: string, from: number, to: number): Segment[] {
  const out: Segment[] = [];
  let text = '';
  const flush = () => {
    if (text) out.push({ kind: 'text', text });
    text = '';
  };
  let i = from;
  while (i < to) {
    const ch = src[i]!;
    if (ch === '\\') {
      const next = src[i + 1];
      if (i + 1 < to && (next === '\\' || next === '*')) {
        text += next;
        i += 2;
      } else if (src.startsWith('[[', i + 1) && i + 2 < to) {
        text += '[[';
        i += 3;
      } else {
        text += ch;
        i += 1;
      }
    } else if (ch === '*') {
      const close = closingStar(src, i + 1, to);
      if (close < 0) {
        text += ch;
        i += 1;
      } else {
        flush();
        out.push({ kind: 'em', children: parse(src, i + 1, close) });
        i = close + 1;
      }
    } else if (ch === '[' && src[i + 1] === '[') {
      REF.lastIndex = i;
      const m = REF.exec(src);
      if (m && i + m[0].length <= to) {
        flush();
        out.push(m[2] === undefined ? { kind: 'ref', id: m[1]!, raw: m[0] } : { kind: 'ref', id: m[1]!, case: m[2], raw: m[0] });
        i += m[0].length;
      } else {
        text += ch;
        i += 1;
      }
    } else {
      text += ch;
      i += 1;
    }
  }
  flush();
  return out;
}

/** Index of the `*` that closes an emphasis opened before `from`, skipping escapes; -1 if none. */
function closingStar(src: string, from: number, to: number): number {
  for (let i = from; i < to; i++) {
    if (src[i] === '\\') i++;
    else if (src[i] === '*') return i === from ? -1 : i;
  }
  return -1;
}
