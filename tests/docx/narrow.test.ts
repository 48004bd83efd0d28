// Justified text in a measure under RAGGED_MEASURE_EMS (a parallel cell) is set left in Word, as the PDF sets it;
// full-width justified text keeps its style's justification.
import { describe, expect, it } from 'vitest';
import { englishDraft, p, parallelDraft, row, t } from './fixtures.js';
import { all, written } from './read.js';
import { tokenBreaks } from '../../src/layout/hyphenate.js';

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

  // Word and LibreOffice break a ragged line at any optional hyphen the word at the margin offers (Word's hyphen
  // limit and zone bind only its own hyphenation): in a parallel cell only the long words carry them, as the PDF
  // hyphenates a ragged line only where it would otherwise fall far short (RAGGED_HYPHENATED_LENGTH).
  it('puts optional hyphens in the long words of a parallel cell alone, in every word of full-width text, never inside a compound', async () => {
    /** The paragraph's text with each optional hyphen as "|" (a no-break hyphen as "-"). */
    const marked = (xml: string, text: string) => all(xml, /(<w:p\b[\s\S]*?<\/w:p>)/g)
      .map((p) => all(p, /(<w:t(?: [^>]*)?>[^<]*<\/w:t>|<w:softHyphen\/>|<w:noBreakHyphen\/>)/g).map((x) => (x === '<w:softHyphen/>' ? '|' : x === '<w:noBreakHyphen/>' ? '-' : x.replace(/<[^>]+>/g, ''))).join(''))
      .find((t) => t.replaceAll('|', '').includes(text));
    const narrow = (await written(parallelDraft)).xml('word/document.xml');
    const ru = marked(narrow, 'Стороны обмениваются информацией.')!;
    expect(ru).toMatch(/Стороны об\S*\|\S* ин\S*\|/);
    const en = marked(narrow, 'The Parties shall exchange information.')!;
    // "exchange" has a point of its own (full-width text marks it) but is short; "information." is long.
    expect(tokenBreaks('exchange', 'en-GB').hyphen.length).toBeGreaterThan(0);
    expect(en).toMatch(/ exchange in\S*\|/);
    // A compound whose own hyphen is bound ("non-interference") offers no points inside its parts, in a ragged cell
    // or a full-width justified paragraph: it goes over at its own hyphen or not at all.
    const compound = await written({ ...parallelDraft, blocks: [row([p('body', 'en-GB', [t('principles of sovereignty and non-interference in the internal affairs', 'en-GB')])], [p('body', 'ru-RU', [t('принципы', 'ru-RU')], {})])] });
    const cell = marked(compound.xml('word/document.xml'), 'and non')!;
    expect(cell).toContain('non-interference');
    const full = await written({ ...englishDraft, blocks: [p('body', 'en-GB', [t('principles of sovereignty and non-interference in the internal affairs', 'en-GB')])] });
    expect(marked(full.xml('word/document.xml'), 'and non')).toMatch(/sov\S*\|\S* and non-interference in/);
    const wide = (await written(englishDraft)).xml('word/document.xml');
    expect(all(wide, /(<w:softHyphen\/>)/g).length).toBeGreaterThan(0);
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
