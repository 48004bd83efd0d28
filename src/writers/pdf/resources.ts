// The fonts and graphics states of one document, named once and listed on each page that uses them.
import { PDFName, type PDFContext, type PDFPage, type PDFRef } from './pdf-lib.js';
import type { Face } from '../../layout/types.js';
import { GlyphUse } from './embed.js';
import { FACES, sfntFor } from './fonts.js';
import type { PaintResources } from './paint.js';

export class DocumentResources {
  /** Font dictionaries are assigned after painting, once each face's glyph set is known. */
  readonly fonts = new Map<Face, { ref: PDFRef; use: GlyphUse }>();
  private readonly states = new Map<number, { name: string; ref: PDFRef }>();

  constructor(private readonly context: PDFContext) {}

  /** Resources for painting one page; `attach` then lists on the page exactly what it used. */
  forPage(): PaintResources & { attach(page: PDFPage): void } {
    const faces = new Set<Face>();
    const opacities = new Set<number>();
    return {
      fontName: (face) => {
        faces.add(face);
        return `F${FACES.indexOf(face) + 1}`;
      },
      glyphUse: (face) => this.font(face).use,
      opacityState: (opacity) => {
        opacities.add(opacity);
        return this.state(opacity).name;
      },
      attach: (page) => {
        for (const face of faces) page.node.setFontDictionary(PDFName.of(`F${FACES.indexOf(face) + 1}`), this.font(face).ref);
        for (const o of opacities) page.node.setExtGState(PDFName.of(this.state(o).name), this.state(o).ref);
        // A page with transparency names its blending colour space (ISO 19005-2 §6.2.10): the page group, in the
        // output intent's RGB, so no viewer blends the watermark in a device space of its own choosing.
        if (opacities.size) page.node.set(PDFName.of('Group'), this.context.obj({ Type: 'Group', S: 'Transparency', CS: 'DeviceRGB' }));
      },
    };
  }

  private font(face: Face): { ref: PDFRef; use: GlyphUse } {
    let f = this.fonts.get(face);
    if (!f) {
      f = { ref: this.context.nextRef(), use: new GlyphUse(sfntFor(face).numGlyphs) };
      this.fonts.set(face, f);
    }
    return f;
  }

  /** ExtGState with /ca (fill) and /CA (stroke) opacity, PDF 32000-1 §11.6.4.4; one per level. */
  private state(opacity: number): { name: string; ref: PDFRef } {
    let s = this.states.get(opacity);
    if (!s) {
      const ref = this.context.register(this.context.obj({ Type: 'ExtGState', ca: opacity, CA: opacity }));
      s = { name: `GS${this.states.size + 1}`, ref };
      this.states.set(opacity, s);
    }
    return s;
  }
}
