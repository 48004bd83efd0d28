// An agreement is of a size agreements have (issue 10 §3: every input answered within 2 s and 300 MB). Under the
// reader's caps (2 MiB, 100,000 lines) a file can still hold 20,000 paragraphs (drafted: 17 s of CPU and 869 MB) or
// one paragraph of a megabyte (9 s, 629 MB): no treaty is either. The longest paragraphs of treaty texts run to a
// few thousand characters and the longest charters to some hundreds of articles and paragraphs; the caps leave
// room for several times that, and refuse the rest before a line is laid out.
import { error } from '../../diagnostics/index.js';
import type { Rule } from './context.js';

/** Characters of one text (one language of one field). */
export const MAX_TEXT_LENGTH = 20_000;
/** Text units: preamble and body paragraphs, articles' paragraphs, items, operative paragraphs, annex paragraphs. */
export const MAX_UNITS = 1_000;
/** Characters of all the texts of the file together, both languages. */
export const MAX_TOTAL_LENGTH = 600_000;

export const documentSize: Rule = (ctx) => {
  let total = 0;
  let totalReported = false;
  for (const site of ctx.walk.strings) {
    const length = site.value.length;
    if (length > MAX_TEXT_LENGTH) {
      ctx.report(error('TEXT_TOO_LONG', `This text is ${length.toLocaleString('en-GB')} characters long; one text is at most ${MAX_TEXT_LENGTH.toLocaleString('en-GB')}.`, {
        span: ctx.walk.locator.charSpan(site.node, 0), field: site.field,
        hint: 'Split it into paragraphs or items; check that a file was not pasted into the field by mistake.',
      }));
    }
    total += length;
    if (!totalReported && total > MAX_TOTAL_LENGTH) {
      totalReported = true;
      ctx.report(error('DOCUMENT_TOO_LARGE', `The texts of this file pass ${MAX_TOTAL_LENGTH.toLocaleString('en-GB')} characters here; an agreement is at most that long.`, {
        span: ctx.walk.locator.charSpan(site.node, 0), field: site.field,
        hint: 'Check that this is the right file; a text this long is several agreements, or annexes better kept as documents of their own.',
      }));
    }
  }
  const units = ctx.walk.units;
  if (units.length > MAX_UNITS) {
    const first = units[MAX_UNITS]!;
    ctx.report(error('DOCUMENT_TOO_LARGE', `This file has ${units.length.toLocaleString('en-GB')} paragraphs and items; an agreement has at most ${MAX_UNITS.toLocaleString('en-GB')}. This is the first past that.`, {
      span: ctx.at(first.field), field: first.field,
      hint: 'Check that this is the right file; an agreement this long is better split into the agreement and its annexes as documents of their own.',
    }));
  }
};
