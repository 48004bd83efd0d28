// A paragraph's breaks and how its lines are set: justified within tolerance, or ragged-right as a whole.
// Never a mix: one flush-left line among justified ones reads as a mistake.
import { RAGGED_MEASURE_EMS, type Align } from '../document/index.js';
import type { Items } from './breakItems.js';
import { firstFit } from './firstFit.js';
import { knuthPlass, type Break } from './knuthPlass.js';

/** Tolerance passes for justified text, as adjustment ratios of the spaces (TeX's glue set ratio: a space
 *  stretches by ratio x half its width). 2 is TeX's \tolerance 800; the second pass allows spaces up to
 *  2.5 times their width (0.6 em at PT Serif's 0.24-em space), which text extractors still read as a space. */
export const JUSTIFY_TOLERANCES: readonly number[] = [2, 3];
export const MAX_JUSTIFY_RATIO = JUSTIFY_TOLERANCES[JUSTIFY_TOLERANCES.length - 1]!;

/** Ragged-right lines may fall short by about 3 em each (TeX's \rightskip 0pt plus 3em, as in ragged2e):
 *  the breaker evens the ragged edge and hyphenates only where a line would otherwise fall very short. */
const RAGGED_STRETCH_EMS = 3;
const RAGGED_PASSES: readonly number[] = [2, Infinity];

/** At most two lines in a row end with a hyphen (a common house rule; InDesign's hyphen limit). Only the
 *  last-resort ragged pass, which must set something, may break it. */
export const MAX_HYPHENS_IN_ROW = 2;

export interface SetParagraph {
  src: Items;
  breaks: Break[];
  /** Every line but the last (and those ended by a forced break) is justified; otherwise none is. */
  justified: boolean;
}

/** `build` makes the paragraph's items with stretchable spaces (justified) or fixed ones (ragged). */
export function setParagraph(build: (justify: boolean) => Items, widths: readonly number[], size: number, align: Align): SetParagraph {
  const measure = Math.min(...widths);
  if (align === 'justify' && measure >= RAGGED_MEASURE_EMS * size) {
    const src = build(true);
    for (const maxRatio of JUSTIFY_TOLERANCES) {
      const breaks = knuthPlass(src.items, { widths, maxRatio, maxHyphensInRow: MAX_HYPHENS_IN_ROW });
      if (breaks) return { src, breaks, justified: true };
    }
  }
  const src = build(false);
  return { src, breaks: breakRagged(src, widths, size), justified: false };
}

function breakRagged(src: Items, widths: readonly number[], size: number): Break[] {
  for (const maxRatio of RAGGED_PASSES) {
    const limit = Number.isFinite(maxRatio) ? MAX_HYPHENS_IN_ROW : Infinity;
    const breaks = knuthPlass(src.items, { widths, maxRatio, lineStretch: RAGGED_STRETCH_EMS * size, maxHyphensInRow: limit });
    if (breaks) return breaks;
  }
  // Only a glyph wider than the column gets here: first-fit never fails (the line overflows).
  return firstFit(src.items, widths).map((at) => ({ at, ratio: Infinity }));
}
