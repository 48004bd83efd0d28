// What a semantic rule sees: the built model, the walk's sites and spans, and a place to report.
import type { Diagnostic, Span } from '../../diagnostics/index.js';
import { FIELD_OF } from '../build.js';
import type { Agreement } from '../types.js';
import type { WalkContext } from '../walk-context.js';
import type { CheckOptions } from '../options.js';

export interface RuleContext {
  agreement: Agreement;
  walk: WalkContext;
  /** Fields given in the YAML (even if invalid), so a rule does not repeat what the walk already said. */
  given: (field: string) => boolean;
  /** Whether the walk already reported a problem at this field or inside it (a rule then says nothing more of it). */
  faulty: (field: string) => boolean;
  report: (d: Diagnostic) => void;
  /** The field path of a model object (a party, a signatory, a unit), or '' when it has none. */
  fieldOf: (model: object) => string;
  at: (field: string) => Span;
  options: CheckOptions;
}

export type Rule = (ctx: RuleContext) => void;

export function ruleContext(agreement: Agreement, walk: WalkContext, options: CheckOptions = {}): RuleContext {
  return {
    agreement,
    walk,
    given: (field) => walk.spans.has(field) || walk.keys.has(field),
    faulty: (field) => walk.diagnostics.some((d) => d.field === field || d.field?.startsWith(`${field}[`) || d.field?.startsWith(`${field}.`)),
    report: (d) => walk.report(d),
    fieldOf: (model) => FIELD_OF.get(model) ?? '',
    at: (field) => walk.at(field),
    options,
  };
}
