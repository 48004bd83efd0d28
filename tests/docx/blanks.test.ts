// A no-break space beside a blank is an ordinary space in the DOCX (inlines.ts untiedBesideBlanks): Word and LibreOffice
// stretch neither a blank nor U+00A0, so a tied chain of blanks would leave the line before it gaping.
import { describe, expect, it } from 'vitest';
import type { Inline } from '../../src/document/index.js';
import { untiedBesideBlanks } from '../../src/writers/docx/inlines.js';

const blank: Inline = { kind: 'blank', width: 5 };
const text = (t: string): Inline => ({ kind: 'text', text: t, lang: 'ru-RU' });

describe('no-break spaces beside blanks', () => {
  it('unties a blank from the text on either side, and nothing else', () => {
    expect(untiedBesideBlanks('в\u00a0г.\u00a0', text('x'), blank)).toBe('в\u00a0г. ');
    expect(untiedBesideBlanks('»\u00a0', blank, blank)).toBe('» ');
    expect(untiedBesideBlanks('\u00a02026\u00a0года в\u00a0двух', blank, undefined)).toBe(' 2026\u00a0года в\u00a0двух');
    expect(untiedBesideBlanks('в\u00a0г.\u00a0', undefined, text('Вене'))).toBe('в\u00a0г.\u00a0');
  });
});
