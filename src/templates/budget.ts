// Bounds on one rendering (issue 10 §3): a custom template can nest blocks or partials so that its output grows
// exponentially (26 nested {{#each}}: 4.4 GB, 58 s). Every block, partial and helper call spends from one budget per
// renderDocument: the characters its output adds up to (counted at every level, so it bounds the work, not only the
// result) and the time since rendering began. Past either bound the render stops with a diagnostic at that call.
import { TemplateError, type HbLoc } from './errors.js';

export const RENDER_LIMITS = {
  /** Characters of block and partial output, summed over every nesting level. With call costs, the built-in templates
   *  spend 283,136 on the longest sample's parallel text (0.4 %; tests/templates/budget.test.ts holds them to 1 %); an
   *  agreement at the reader's 2 MiB cap, five levels deep in two languages, stays under a third of it. */
  chars: 64 << 20,
  /** Wall time of one document's rendering, in milliseconds: a backstop (the characters stop a runaway template
   *  first); the built-in templates take under 10 ms on every sample. */
  ms: 5000,
};

/** What one block, partial or helper call costs beyond the text it produces, in characters: a call's overhead,
 *  so that loops producing nothing are bounded too (262,144 calls at most). */
export const CALL_COST = 256;

export interface RenderBudget {
  chars: number;
  deadline: number;
  /** Calls since the clock was last read: reading it on every call cost a third of the rendering time. */
  ticks: number;
  /** The bounds this budget was opened with (for the message). */
  limits: { chars: number; ms: number };
}

export function openBudget(limits: { chars: number; ms: number } = RENDER_LIMITS, now = performance.now()): RenderBudget {
  return { chars: limits.chars, deadline: now + limits.ms, limits, ticks: 0 };
}

/** Spends `chars` (and checks the clock); throws a TemplateError at `loc` once either bound is passed. */
export function spend(budget: RenderBudget | undefined, chars: number, loc: HbLoc | undefined): void {
  if (!budget) return;
  budget.chars -= chars;
  if (budget.chars < 0) {
    throw new TemplateError('TEMPLATE_TOO_LARGE', `The templates produce more than ${budget.limits.chars >> 20} MiB of text for one document; rendering was stopped here.`,
      loc, 'A block or partial repeats inside itself (nested {{#each}} over the same list, a partial calling itself twice): render each list once.');
  }
  if ((++budget.ticks & 255) === 0 && performance.now() > budget.deadline) {
    budget.chars = -1; // every later call fails at once too
    throw new TemplateError('TEMPLATE_TOO_SLOW', `The templates ran for more than ${budget.limits.ms / 1000} s on one document; rendering was stopped here.`,
      loc, 'A block or partial repeats inside itself (nested {{#each}} over the same list, a partial calling itself): render each list once.');
  }
}
