// Justified text in a measure under RAGGED_MEASURE_EMS (a parallel cell) is set left in Word, as the PDF sets it;
// full-width justified text keeps its style's justification.
import { describe, expect, it } from 'vitest';
import { englishDraft, parallelDraft } from './fixtures.js';
import { all, written } from './read.js';

/** The w:p elements whose text contains `text`, with their direct alignment (w:jc) if any. */
function alignmentOf(xml: string, text: string): (string | undefined)[] {
  return all(xml, /(<w:p\b[\s\S]*?<\/w:p>)/g)
    // A paragraph's text is its w:t contents joined (optional hyphens, w:softHyphen, split a word across them).
    .filter((p) => all(p, /<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g).join('').includes(text))
    .map((p) => /<w:jc w:val="([a-z]+)"\/>/.exec(p)?.[1]);
}

describe('narrow measures', () => {
  it('sets the body paragraphs of parallel cells left-aligned, in both languages', async () => {
    const doc = (await written(parallelDraft)).xml('word/document.xml');
    expect(alignmentOf(doc, 'The Parties shall exchange information.')).toEqual(['left']);
    expect(alignmentOf(doc, 'Стороны обмениваются информацией.')).toEqual(['left']);
  });

  it('leaves full-width justified paragraphs to their style (justified)', async () => {
    const { xml } = await written(englishDraft);
    const body = xml('word/document.xml');
    const justified = all(body, /<w:pStyle w:val="([A-Za-z]+)"\/>/g);
    expect(justified.length).toBeGreaterThan(0);
    expect(body).not.toMatch(/<w:jc w:val="left"\/>/);
    expect(xml('word/styles.xml')).toMatch(/<w:style [^>]*w:styleId="CicaBody"[\s\S]*?<w:jc w:val="both"\/>/);
  });
});
