// How a justified line takes up its slack: word spaces first, then (in the emergency pass only) a little letter
// spacing, painted as the PDF's Tc (32000-1 §9.3.2). One function, used by the breaker to judge a line and by the
// line setter to set it, so both always agree.

/** The limits of letter spacing, in points added after every glyph of a line (negative: tightened). */
export interface LetterSpacing {
  /** Most a line's glyphs may be spaced apart, and drawn together. */
  stretch: number;
  shrink: number;
  /** Word spaces alone take a line's slack up to this adjustment ratio (stretching) before letters help, and
   *  down to minus `softShrink` (shrinking); beyond, spaces (up to `hard`, and -1) and letters share the rest in
   *  proportion to what each can still give, so neither is pushed to its limit alone. */
  soft: number;
  softShrink: number;
  hard: number;
}

/** Letter spacing of a few per cent of the em (InDesign's justification settings, microtype's tracking): 2 per
 *  cent first, 3 per cent for the paragraphs that still cannot be justified, never more (spaced-out type shows);
 *  tightening by 1.5 per cent at most. */
export const LETTER_STRETCH_EMS: readonly number[] = [0.02, 0.03];
export const LETTER_SHRINK_EMS = 0.015;

export function letterSpacingFor(size: number, soft: number, hard: number, stretchEms: number): LetterSpacing {
  return { stretch: stretchEms * size, shrink: LETTER_SHRINK_EMS * size, soft, softShrink: 0.5, hard };
}

/** A line's adjustment: the ratio its word spaces are set at (TeX's glue set ratio) and its letter spacing. */
export interface Adjustment {
  ratio: number;
  tc: number;
}

/**
 * `slack` = measure - natural width (negative: the line is too long); `stretch`/`shrink`: of its word spaces;
 * `slots`: the gaps letter spacing would widen (glyphs of the line but the last of each word). Without
 * `spacing`, or with no slot, the spaces take it all (±Infinity when they cannot).
 */
export function adjustLine(slack: number, stretch: number, shrink: number, slots: number, spacing?: LetterSpacing): Adjustment {
  if (slack === 0) return { ratio: 0, tc: 0 };
  const give = slack > 0 ? stretch : shrink;
  const plain = give > 0 ? slack / give : slack > 0 ? Infinity : -Infinity;
  if (!spacing || slots <= 0) return { ratio: plain, tc: 0 };
  const soft = slack > 0 ? spacing.soft : spacing.softShrink;
  if (Math.abs(plain) <= soft) return { ratio: plain, tc: 0 };
  const limit = slack > 0 ? spacing.stretch : spacing.shrink;
  const rest = Math.abs(slack) - soft * give;
  const spaces = ((slack > 0 ? spacing.hard : 1) - soft) * give;
  const share = Math.min(1, rest / (spaces + limit * slots));
  const tc = Math.sign(slack) * share * limit;
  const left = slack - tc * slots;
  if (give > 0) return { ratio: left / give, tc };
  return { ratio: Math.abs(left) < 1e-9 ? 0 : Math.sign(left) * Infinity, tc };
}
