// An isolated Handlebars environment: only our helpers, strict lookups, no prototype access.
import Handlebars from 'handlebars';
import { cicaHelpers, guardBuiltin, GUARDED_BUILTINS } from './helpers/index.js';

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
  for (const [name, fn] of Object.entries(helpers)) hb.registerHelper(name, fn);
  return hb;
}
