// Source positions: byte-free offsets in the parsed text -> file:line:col, down to one character of a scalar.
import { LineCounter, Scalar, type Node } from 'yaml';
import type { Position, Span } from '../diagnostics/index.js';

export class Locator {
  constructor(
    readonly file: string,
    readonly text: string,
    private readonly lines: LineCounter,
  ) {}

  position(offset: number): Position {
    const { line, col } = this.lines.linePos(Math.max(0, Math.min(offset, this.text.length)));
    return { line, col };
  }

  span(start: number, end?: number): Span {
    return end === undefined ? { file: this.file, start: this.position(start) } : { file: this.file, start: this.position(start), end: this.position(end) };
  }

  /** The whole node, from its first to its last character. */
  nodeSpan(node: Node | null | undefined): Span {
    if (!node?.range) return this.span(0);
    return this.span(node.range[0], node.range[1]);
  }

  /** The position of character `index` (UTF-16 unit) of a scalar's value, where it stands in the source. */
  charSpan(node: Scalar, index: number): Span {
    const offsets = scalarOffsets(this.text, node);
    const offset = offsets[Math.min(index, offsets.length - 1)] ?? node.range?.[0] ?? 0;
    return this.span(offset);
  }
}

const cache = new WeakMap<Scalar, number[]>();

/** For each UTF-16 unit of the scalar's value, the source offset it came from. The value and the source are
 *  walked together: equal characters pair up, source-only characters (indentation, line breaks folded to a
 *  space, quotes) are skipped, and escapes (YAML 1.2 §5.7) map to their backslash. */
export function scalarOffsets(text: string, node: Scalar): number[] {
  const hit = cache.get(node);
  if (hit) return hit;
  const value = String(node.value);
  const [start, end] = node.range ?? [0, 0];
  let j = start;
  if (node.type === Scalar.QUOTE_DOUBLE || node.type === Scalar.QUOTE_SINGLE) j = start + 1;
  if (node.type === Scalar.BLOCK_LITERAL || node.type === Scalar.BLOCK_FOLDED) {
    const nl = text.indexOf('\n', start);
    j = nl < 0 ? end : nl + 1;
  }
  const out: number[] = [];
  for (let i = 0; i < value.length; i++) {
    const c = value[i]!;
    let mapped = false;
    while (j < end && !mapped) {
      const s = text[j]!;
      if (node.type === Scalar.QUOTE_DOUBLE && s === '\\') {
        const esc = text[j + 1];
        if (esc === '\n' || esc === '\r') {
          j += 2; // escaped line break: produces nothing
          continue;
        }
        const len = esc === 'x' ? 4 : esc === 'u' ? 6 : esc === 'U' ? 10 : 2;
        const units = esc === 'U' ? String.fromCodePoint(Number.parseInt(text.slice(j + 2, j + 10), 16) || 0x20).length : 1;
        out.push(j);
        for (let k = 1; k < units && i + 1 < value.length; k++) { out.push(j); i++; }
        j += len;
        mapped = true;
      } else if (node.type === Scalar.QUOTE_SINGLE && s === "'" && text[j + 1] === "'" && c === "'") {
        out.push(j);
        j += 2;
        mapped = true;
      } else if (s === c) {
        out.push(j);
        j++;
        mapped = true;
      } else if (s === ' ' || s === '\t' || s === '\n' || s === '\r') {
        j++;
      } else {
        out.push(j); // a character the source does not hold literally: point at where it would be
        mapped = true;
      }
    }
    if (!mapped) out.push(Math.min(j, end));
  }
  cache.set(node, out);
  return out;
}
