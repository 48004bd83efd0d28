// Each shaped glyph carries the text it stands for, from the input, whatever fontkit cached before (issue 10 §2):
// outlines drawn first (the watermark; PT Serif Bold's Cyrillic Р is built from Latin P), and characters sharing one
// glyph (µ U+00B5 and μ U+03BC, ; and the Greek question mark) never change what a later word's glyphs say.
import { describe, expect, it } from 'vitest';
import { FACES, glyphOutline, shape } from '../../src/layout/fonts.js';

const TEXTS = ['PROTOCOL', 'COOPERATION', 'KAZAKHSTAN', 'ПРОЕКТ', 'РЕСПУБЛИКА', 'DRAFT', 'µ-μ;;', 'Kazakhstan-Казахстан'];

describe('glyph text comes from the input', () => {
  it('after the outline of every glyph of every face is drawn, each word still reads back as written', () => {
    for (const face of FACES) {
      // Outlines first, of every glyph these words use (and so of composite glyphs' components, by fontkit).
      for (const t of TEXTS) for (const g of shape(face, `${t}x`).glyphs) glyphOutline(face, g);
      for (let g = 0; g < 400; g++) glyphOutline(face, g);
      for (const t of TEXTS) {
        const s = shape(face, t);
        expect(s.chars.join(''), `${face} ${t}`).toBe(t);
        expect(s.chars.every((c) => c.length > 0), `${face} ${t}`).toBe(true);
      }
    }
  });

  it('two characters that share one glyph each keep their own text in the words they stand in', () => {
    for (const face of FACES) {
      const micro = shape(face, '5µm');
      const mu = shape(face, 'μ-receptor');
      expect(micro.glyphs[1]).toBe(mu.glyphs[0]); // one glyph for both in PT Serif
      expect([micro.chars[1], mu.chars[0]], face).toEqual(['µ', 'μ']);
    }
  });
});
