// A no-break space after a blank is an ordinary space in the DOCX (inlines.ts untiedAfterBlank): Word and LibreOffice
// stretch neither a blank nor U+00A0, so a tied chain of blanks would leave the line before it gaping.
import { describe, expect, it } from 'vitest';
import type { Inline } from '../../src/document/index.js';
import { untiedAfterBlank } from '../../src/writers/docx/inlines.js';

const blank: Inline = { kind: 'blank', width: 5 };
const text = (t: string): Inline => ({ kind: 'text', text: t, lang: 'ru-RU' });

describe('no-break spaces beside blanks', () => {
  it('unties a blank from the text after it, not from the word that introduces it', () => {
    expect(untiedAfterBlank('\u00a02026\u00a0года в\u00a0двух', blank)).toBe(' 2026\u00a0года в\u00a0двух');
    expect(untiedAfterBlank('»\u00a0', blank)).toBe('»\u00a0');
    expect(untiedAfterBlank('в\u00a0г.\u00a0', text('x'))).toBe('в\u00a0г.\u00a0');
    expect(untiedAfterBlank('\u00a0года', undefined)).toBe('\u00a0года');
  });
});
