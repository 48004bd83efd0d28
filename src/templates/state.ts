// Per-render state the helpers share (through Handlebars' @data): cross-reference targets, the note's
// deadline, and the data problems found while rendering.
import type { Diagnostic } from '../diagnostics/index.js';
import type { DateParts, RefPath } from '../i18n/index.js';
import type { RenderBudget } from './budget.js';

export interface RenderState {
  /** Cross-reference targets by id, numbered by position at render time. */
  refs: Map<string, RefPath>;
  /** The silence-procedure deadline of a note, for `[[deadline]]`. */
  deadline?: DateParts;
  /** Problems in the agreement's data (unknown reference ids); rendering goes on, the result fails. */
  diagnostics: Diagnostic[];
  /** The article number of each paragraph and list item (the model's objects): a reference into the article it
   *  stands in reads "this Article" / «настоящей статьи». */
  articleOf?: WeakMap<object, number>;
  /** The annex number of each paragraph and list item standing in an annex («настоящего приложения»). */
  annexOf?: WeakMap<object, number>;
  /** What this rendering may still spend (budget.ts); every block, partial and helper call draws on it. */
  budget?: RenderBudget;
}

/** The budget in Handlebars' data, or none (a template rendered outside renderDocument, in a test). */
export function budgetOf(data: Record<string, unknown> | undefined): RenderBudget | undefined {
  return (data?.[STATE_KEY] as RenderState | undefined)?.budget;
}

/** The key under which helpers find the state in `options.data`. */
export const STATE_KEY = 'cica';

export function stateOf(options: { data?: Record<string, unknown> }): RenderState {
  const state = options.data?.[STATE_KEY] as RenderState | undefined;
  if (!state) throw new Error('cica render state missing from Handlebars data (renderDocument always sets it)');
  return state;
}
