// One compiled template or partial, whose errors remember the file they were thrown in.
import { TEMPLATE_FILE } from './errors.js';
import { CALL_COST, spend } from './budget.js';
import { RUNTIME_OPTIONS, type Environment } from './env.js';
import { budgetOf } from './state.js';

export interface CompiledTemplate {
  file: string;
  /** Renders with `data` as Handlebars' @data (our render state and @lang). */
  render: (context: unknown, data: Record<string, unknown>) => string;
  /** The same template as a partial: Handlebars calls it with the caller's options. */
  partial: (context: unknown, options: RuntimeOptions) => string;
}

function mark(e: unknown, file: string): unknown {
  if (typeof e === 'object' && e !== null && !(TEMPLATE_FILE in e)) {
    (e as Record<symbol, unknown>)[TEMPLATE_FILE] = file;
  }
  return e;
}

export function compileTemplate(hb: Environment, ast: hbs.AST.Program, file: string, options: CompileOptions): CompiledTemplate {
  return wrap(hb.compile(ast, options), file);
}

/** A template precompiled at build time (scripts/precompile-templates.mjs: Handlebars.precompile of the same syntax
 *  tree with the same options), made a template of this environment: the same functions hb.compile would make. */
export function templateFromSpec(hb: Environment, spec: TemplateSpecification, file: string): CompiledTemplate {
  return wrap(hb.template(spec), file);
}

function wrap(fn: HandlebarsTemplateDelegate, file: string): CompiledTemplate {
  return {
    file,
    render: (context, data) => {
      try {
        return fn(context, { ...RUNTIME_OPTIONS, data });
      } catch (e) {
        throw mark(e, file);
      }
    },
    partial: (context, runtime) => {
      // A partial's output spends from the render's budget like a block's (budget.ts).
      const budget = budgetOf(runtime.data);
      spend(budget, CALL_COST, undefined);
      try {
        const out = fn(context, runtime);
        spend(budget, out.length, undefined);
        return out;
      } catch (e) {
        throw mark(e, file);
      }
    },
  };
}
