// A mistake in a template, thrown by a helper and turned into a TEMPLATE_* diagnostic at the template's line:col.
import type { Code } from '../diagnostics/index.js';

/** Handlebars' `options.loc`: 1-based line, 0-based column. */
export interface HbLoc {
  start: { line: number; column: number };
}

export class TemplateError extends Error {
  constructor(
    readonly code: Code,
    message: string,
    readonly loc?: HbLoc,
    readonly hint?: string,
  ) {
    super(message);
  }
}

/** The template file an error was thrown in, set by the innermost template or partial that saw it. */
export const TEMPLATE_FILE = Symbol('cica.templateFile');
