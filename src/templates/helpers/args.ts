// Checking a helper's arguments: a missing field or a wrong language is a template mistake at the helper's line:col.
import type { HelperOptions } from 'handlebars';
import type { Case, Lang } from '../../i18n/index.js';
import { CASES as MODEL_CASES, LANGS as MODEL_LANGS } from '../../model/types.js';
import { isCount, MAX_COUNT } from '../../i18n/index.js';
import { TemplateError, type HbLoc } from '../errors.js';

export type Options = HelperOptions & { loc?: HbLoc; name?: string };

const LANGS = new Set<string>(MODEL_LANGS);
const CASES = new Set<string>(MODEL_CASES);

/** Every argument must be given: `undefined` means the template named a field the data does not have
 *  (the view model says "absent" with null, never undefined). */
export function present(helper: string, args: readonly unknown[], options: Options): void {
  args.forEach((arg, i) => {
    if (arg === undefined) {
      throw new TemplateError('TEMPLATE_MISSING_FIELD', `The template gives "${helper}" a field that does not exist (argument ${i + 1}).`,
        options.loc, 'Check the spelling of the field name against the built-in templates (cica templates export DIR).');
    }
  });
}

export function langArg(helper: string, value: unknown, options: Options): Lang {
  if (typeof value !== 'string' || !LANGS.has(value)) {
    throw new TemplateError('TEMPLATE_HELPER_ARGUMENT', `"${helper}" needs a language "en" or "ru", not ${JSON.stringify(value) ?? String(value)}.`, options.loc);
  }
  return value as Lang;
}

export function caseArg(helper: string, value: unknown, options: Options): Case {
  if (value === undefined) return 'nom';
  if (typeof value !== 'string' || !CASES.has(value)) {
    throw new TemplateError('TEMPLATE_HELPER_ARGUMENT', `"${helper}" needs case= one of nom gen dat acc ins pre, not ${JSON.stringify(value)}.`, options.loc);
  }
  return value as Case;
}

export function numberArg(helper: string, value: unknown, options: Options): number {
  if (typeof value !== 'number' || !Number.isFinite(value)) {
    throw new TemplateError('TEMPLATE_HELPER_ARGUMENT', `"${helper}" needs a number, not ${typeof value}.`, options.loc);
  }
  return value;
}

/** A whole number from `min` to MAX_COUNT (i18n): never "1.2e+29", "0th" or "Article -1" in a document. */
export function countArg(helper: string, value: unknown, options: Options, min = 0): number {
  const n = numberArg(helper, value, options);
  if (!isCount(n, min)) {
    throw new TemplateError('TEMPLATE_HELPER_ARGUMENT', `"${helper}" needs a whole number from ${min} to ${MAX_COUNT}, not ${n}.`, options.loc,
      'Give it a count from the agreement (final.originals, an article or item number), not a literal.');
  }
  return n;
}

export function objectArg<T>(helper: string, value: unknown, test: (v: Record<string, unknown>) => boolean, what: string, options: Options): T {
  if (typeof value !== 'object' || value === null || !test(value as Record<string, unknown>)) {
    throw new TemplateError('TEMPLATE_HELPER_ARGUMENT', `"${helper}" needs ${what}.`, options.loc);
  }
  return value as T;
}

export function hashFlag(options: Options, key: string): boolean {
  return options.hash?.[key] === true;
}
