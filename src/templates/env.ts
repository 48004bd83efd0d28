// An isolated Handlebars environment: only our helpers, strict lookups, no prototype access.
import Handlebars from 'handlebars';
import { CALL_COST, spend } from './budget.js';
import { TemplateError } from './errors.js';
import { budgetOf } from './state.js';
import { cicaHelpers, guardBuiltin, GUARDED_BUILTINS } from './helpers/index.js';
import type { Options } from './helpers/args.js';

export type Environment = typeof Handlebars;

/** Names a template may call as helpers (everything else is rejected when the templates load). */
export const HELPER_NAMES: ReadonlySet<string> = new Set([...GUARDED_BUILTINS, ...Object.keys(cicaHelpers((m) => m))]);

/** `strict`: a missing field throws (with line:col) instead of printing nothing; `knownHelpersOnly`:
 *  no helper outside HELPER_NAMES can be called (handlebars docs, "compile" options). */
export const COMPILE_OPTIONS: CompileOptions = {
  strict: true,
  knownHelpersOnly: true,
  // `lookup` resolves property names computed at run time, `log` prints to the console: neither is ours.
  knownHelpers: { ...Object.fromEntries([...HELPER_NAMES].map((n) => [n, true])), lookup: false, log: false },
};

/** Prototype properties and methods are never resolved (handlebars 4.6.0, CVE-2019-19919 mitigation). */
export const RUNTIME_OPTIONS: RuntimeOptions = {
  allowProtoPropertiesByDefault: false,
  allowProtoMethodsByDefault: false,
  allowedProtoProperties: {},
  allowedProtoMethods: {},
};

/** A fresh environment (`Handlebars.create()`): nothing registered on the global instance leaks in. */
export function createEnvironment(): Environment {
  const hb = Handlebars.create();
  hb.unregisterHelper('lookup');
  hb.unregisterHelper('log');
  for (const name of GUARDED_BUILTINS) hb.registerHelper(name, guardBuiltin(name, hb.helpers[name]!));
  const helpers = cicaHelpers((markup) => new hb.SafeString(markup));
  for (const [name, fn] of Object.entries(helpers)) hb.registerHelper(name, withArity(name, fn));
  return hb;
}

/** `{{label}}` with no arguments calls the helper, not a field of that name: say so at its line:col
 *  instead of letting the helper mistake Handlebars' options for its first argument. */
function withArity(name: string, fn: (...args: unknown[]) => unknown): (...args: unknown[]) => unknown {
  const wanted = fn.length - 1;
  return function (this: unknown, ...args: unknown[]) {
    const options = args[args.length - 1] as Options | undefined;
    spend(budgetOf(options?.data), CALL_COST, options?.loc);
    if (args.length - 1 < wanted) {
      throw new TemplateError('TEMPLATE_HELPER_ARGUMENT', `"${name}" is a helper and needs ${wanted} argument${wanted === 1 ? '' : 's'}.`,
        options?.loc, `To print a field called ${name}, write {{./${name}}}.`);
    }
    return fn.apply(this, args);
  };
}
