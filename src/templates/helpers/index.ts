// The only helpers a template may call: ours, plus Handlebars' if/unless/each/with guarded against missing fields.
import type { Lang, Texts, Unit } from '../../model/types.js';
import { TemplateError } from '../errors.js';
import { CALL_COST, spend } from '../budget.js';
import { budgetOf, stateOf } from '../state.js';
import { hashFlag, langArg, present, type Options } from './args.js';
import { plainMarkup, unitMarkup } from './text.js';
import { wordHelpers } from './words.js';

// Handlebars calls helpers with positional arguments then its options object.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Helper = (...args: any[]) => unknown;

/** Handlebars built-ins kept; `lookup` (dynamic property access) and `log` (console output) are removed. */
export const GUARDED_BUILTINS = ['if', 'unless', 'each', 'with'] as const;

function isUnit(v: unknown): v is Unit {
  return typeof v === 'object' && v !== null && typeof (v as Unit).inline === 'object' && (v as Unit).inline !== null;
}

function isTexts(v: unknown): v is Texts {
  return typeof v === 'object' && v !== null && typeof (v as Texts).en === 'string' && typeof (v as Texts).ru === 'string';
}

/** Our helpers, keyed by name; `safe` wraps markup the helper built itself so Handlebars does not escape it. */
export function cicaHelpers(safe: (markup: string) => unknown): Record<string, Helper> {
  const text = (value: unknown, lang: unknown, options: Options) => {
    present('text', [value, lang], options);
    const l: Lang = langArg('text', lang, options);
    const opts = { cap: hashFlag(options, 'cap'), upper: hashFlag(options, 'upper'), lines: hashFlag(options, 'lines') };
    if (isUnit(value)) {
      const state = stateOf(options);
      const article = state.articleOf?.get(value);
      const annex = state.annexOf?.get(value);
      const here = { ...opts, ...(article === undefined ? {} : { article }), ...(annex === undefined ? {} : { annex }) };
      return safe(unitMarkup(value.inline[l], l, value.src?.[l], state, here));
    }
    if (isTexts(value)) return safe(plainMarkup(value[l], l, stateOf(options), opts));
    throw new TemplateError('TEMPLATE_HELPER_ARGUMENT',
      value === null ? '"text" was given a field that is absent in this agreement.' : '"text" needs a text unit (a map of en and ru).',
      options.loc, value === null ? 'Wrap the part in {{#if field}} ... {{/if}}.' : undefined);
  };
  return { text: text as Helper, ...wordHelpers(safe) };
}

/** Wraps a built-in block helper so `{{#each misspelt}}` fails instead of rendering nothing. */
export function guardBuiltin(name: string, original: Helper): Helper {
  return function (this: unknown, ...args: unknown[]) {
    const options = args[args.length - 1] as Options;
    present(name, args.slice(0, -1), options);
    // Each run of the block's body spends what it produced (budget.ts), so nesting cannot grow without bound.
    const budget = budgetOf(options.data);
    if (budget) {
      spend(budget, CALL_COST, options.loc);
      const metered = (body: Options['fn']): Options['fn'] => (context, opts) => {
        const out = body(context, opts);
        spend(budget, out.length + CALL_COST, options.loc);
        return out;
      };
      // Handlebars builds a fresh options object for every call: metering its bodies in place is safe, and cheaper.
      options.fn = metered(options.fn);
      options.inverse = metered(options.inverse);
    }
    return original.apply(this, args);
  };
}
