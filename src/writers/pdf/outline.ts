// Paints a decoration (the watermark) as filled glyph outlines (PDF 32000-1 §8.5): no text operators, so
// pdftotext, copy-paste and screen readers never read "DRAFT" in the middle of a sentence.
import { glyphOutline, shape } from '../../layout/fonts.js';
import type { TextItem } from '../../layout/types.js';
import { sfntFor } from './fonts.js';

type Num = (v: number) => string;

/** The path of one glyph, scaled to points and moved `pen` along the baseline; quadratic curves raised to cubic. */
function glyphPath(face: TextItem['face'], glyph: number, scale: number, pen: number, num: Num): string {
  const ops: string[] = [];
  let cx = 0;
  let cy = 0;
  const p = (x: number, y: number) => `${num(pen + x * scale)} ${num(y * scale)}`;
  for (const { command, args } of glyphOutline(face, glyph)) {
    switch (command) {
      case 'moveTo':
        ops.push(`${p(args[0]!, args[1]!)} m`);
        [cx, cy] = [args[0]!, args[1]!];
        break;
      case 'lineTo':
        ops.push(`${p(args[0]!, args[1]!)} l`);
        [cx, cy] = [args[0]!, args[1]!];
        break;
      case 'quadraticCurveTo': {
        // A quadratic Bézier (TrueType) as the cubic PDF paints: control points 2/3 of the way to the quadratic's.
        const [qx, qy, x, y] = args as [number, number, number, number];
        ops.push(`${p(cx + (2 / 3) * (qx - cx), cy + (2 / 3) * (qy - cy))} ${p(x + (2 / 3) * (qx - x), y + (2 / 3) * (qy - y))} ${p(x, y)} c`);
        [cx, cy] = [x, y];
        break;
      }
      case 'bezierCurveTo':
        ops.push(`${p(args[0]!, args[1]!)} ${p(args[2]!, args[3]!)} ${p(args[4]!, args[5]!)} c`);
        [cx, cy] = [args[4]!, args[5]!];
        break;
      case 'closePath':
        ops.push('h');
        break;
    }
  }
  return ops.join(' ');
}

/** The operators that fill `item`'s glyphs, in a coordinate system at its baseline origin (rotation included). */
export function outlineOps(item: TextItem, pageHeight: number, num: Num): string {
  const font = sfntFor(item.face);
  const scale = item.size / font.unitsPerEm;
  const rad = ((item.rotate ?? 0) * Math.PI) / 180;
  const [c, s] = [Math.cos(rad), Math.sin(rad)];
  const shaped = shape(item.face, item.text);
  const paths: string[] = [];
  let pen = 0;
  for (let g = 0; g < shaped.glyphs.length; g++) {
    // As for text (paint.ts): the layout refuses .notdef (LAYOUT_NOTDEF_GLYPH), so meeting it here is a bug.
    if (shaped.glyphs[g] === 0) throw new Error(`the decoration "${item.text}" would be painted with .notdef`);
    const path = glyphPath(item.face, shaped.glyphs[g]!, scale, pen + shaped.xOffsets[g]! * scale, num);
    if (path) paths.push(path);
    pen += shaped.advances[g]! * scale;
  }
  return `${num(c)} ${num(s)} ${num(-s)} ${num(c)} ${num(item.x)} ${num(pageHeight - item.y)} cm\n${paths.join('\n')} f`;
}
