// A paragraph's breaks and how its lines are set: justified within tolerance (emergency passes with a little
// letter spacing before giving up), or ragged-right as a whole. Never a mix: one flush-left line among justified
// ones reads as a mistake.
import { RAGGED_MEASURE_EMS, type Align } from '../document/index.js';
import { growingBlanks, type Items } from './breakItems.js';
import { firstFit } from './firstFit.js';
import { knuthPlass, type Break, type BreakOptions } from './knuthPlass.js';
import { LETTER_STRETCH_EMS, letterSpacingFor } from './letterSpacing.js';

/** Tolerance passes for justified text, as adjustment ratios of the spaces (TeX's glue set ratio: a space
 *  stretches by ratio x half its width). 2 is TeX's \tolerance 800; the second pass allows spaces up to
 *  2.5 times their width (0.6 em at PT Serif's 0.24-em space), which text extractors still read as a space. */
export const JUSTIFY_TOLERANCES: readonly number[] = [2, 3];
export const MAX_JUSTIFY_RATIO = JUSTIFY_TOLERANCES[JUSTIFY_TOLERANCES.length - 1]!;

/** The emergency passes, when no set of breaks keeps the rules at either tolerance (TeX's \emergencystretch:
 *  further passes with more stretchability). Their extra stretch is a little letter spacing (letterSpacing.ts:
 *  spaces take a line's slack up to the first tolerance, then spaces up to the last and letters up to 2, then 3 per
 *  cent of the em share the rest), fill-in blanks may lengthen (a line to write on, as TeX's \hrulefill), and a
 *  hyphen just before the last line, otherwise barred, is allowed at a cost.
 *  The very last lets spaces stretch to ratio 4 (3 times their width), as \emergencystretch lets TeX set lines
 *  beyond its tolerance; past that a paragraph is set ragged. Letter spacing at its most costs a line about what
 *  spaces at ratio 2 cost (TeX's (l + b)^2 at b = 800); a hyphen before the last line twice that. */
const EMERGENCY: readonly { maxRatio: number; letterEms: number }[] = [
  { maxRatio: MAX_JUSTIFY_RATIO, letterEms: LETTER_STRETCH_EMS[0]! },
  { maxRatio: MAX_JUSTIFY_RATIO, letterEms: LETTER_STRETCH_EMS[1]! },
  { maxRatio: 4, letterEms: LETTER_STRETCH_EMS[1]! },
];
export const EMERGENCY_RATIO = EMERGENCY[EMERGENCY.length - 1]!.maxRatio;

function emergency(size: number, pass: (typeof EMERGENCY)[number]): Partial<BreakOptions> {
  const letterSpacing = letterSpacingFor(size, JUSTIFY_TOLERANCES[0]!, pass.maxRatio, pass.letterEms);
  return { maxRatio: pass.maxRatio, letterSpacing, letterDemerits: 7e5, finalHyphenDemerits: 1.5e6 };
}

/** Ragged-right lines may fall short by about 3 em each (TeX's \rightskip 0pt plus 3em, as in ragged2e):
 *  the breaker evens the ragged edge and hyphenates only where a line would otherwise fall very short. */
const RAGGED_STRETCH_EMS = 3;

/** At most two lines in a row end with a hyphen (a common house rule; InDesign's hyphen limit). Only the
 *  last-resort ragged pass, which must set something, may break it. */
export const MAX_HYPHENS_IN_ROW = 2;

/** Ragged passes: within the stretch, then any line short, both keeping the hyphen limit; then without it. */
const RAGGED_PASSES: readonly { maxRatio: number; limit: number }[] = [
  { maxRatio: 2, limit: MAX_HYPHENS_IN_ROW },
  { maxRatio: Infinity, limit: MAX_HYPHENS_IN_ROW },
  { maxRatio: Infinity, limit: Infinity },
];

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
      const breaks = knuthPlass(src.items, { widths, maxRatio, maxHyphensInRow: MAX_HYPHENS_IN_ROW, lateHyphens: false });
      if (breaks) return { src, breaks, justified: true };
    }
    const loose = growingBlanks(src);
    // A hyphen inside a part of a hyphenated compound («госу-/дарств-членов») only after every emergency pass without
    // one: Russian practice carries a compound over at its own hyphen (Мильчин), and readers of the samples marked
    // «Посольствам госу-/дарств-членов» to fix where a line of wider spaces («…чтобы возобновить / Посольствам…»)
    // passed; before giving the paragraph up to ragged-right, the loosest pass may take one.
    const run = (pass: (typeof EMERGENCY)[number], lateHyphens = false) => knuthPlass(loose.items, { widths, maxRatio: pass.maxRatio, maxHyphensInRow: MAX_HYPHENS_IN_ROW, lateHyphens, ...emergency(size, pass) });
    // The first pass, then the last: a paragraph even the last cannot justify (a random token, a narrow
    // measure) goes to ragged without the passes between; otherwise the first pass between that succeeds.
    const last = EMERGENCY.length - 1;
    let breaks = run(EMERGENCY[0]!);
    const loosest = breaks ? null : run(EMERGENCY[last]!);
    for (let k = 1; !breaks && loosest && k < last; k++) breaks = run(EMERGENCY[k]!);
    breaks ??= loosest ?? run(EMERGENCY[last]!, true);
    if (breaks) return { src: loose, breaks, justified: true };
  }
  const src = build(false);
  // A centred line (a title, a heading) that fills its measure to within CENTRED_SLACK_PT is broken before the last
  // word instead: Word and LibreOffice break such a line themselves, and their rounded metrics overflow a line the
  // PDF fills to the last point (the ECO–CIS subtitle's third line, 452.7 of 453.5 pt, took one line more in
  // LibreOffice). Short of the measure, a centred line looks the same.
  const breakWidths = align === 'center' ? widths.map((w) => w - CENTRED_SLACK_PT) : widths;
  return { src, breaks: breakRagged(src, breakWidths, size), justified: false };
}

/** How much of a centred line's measure the breaker leaves free for the word processors' rounding, in points. */
export const CENTRED_SLACK_PT = 2;

function breakRagged(src: Items, widths: readonly number[], size: number): Break[] {
  for (const { maxRatio, limit } of RAGGED_PASSES) {
    const breaks = knuthPlass(src.items, { widths, maxRatio, lineStretch: RAGGED_STRETCH_EMS * size, maxHyphensInRow: limit });
    if (breaks) return breaks;
  }
  // Only a glyph wider than the column gets here: first-fit never fails (the line overflows).
  return firstFit(src.items, widths).map((at) => ({ at, ratio: Infinity, tc: 0 }));
}
