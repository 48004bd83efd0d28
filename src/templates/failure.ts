// An error thrown while a template ran -> a TEMPLATE_* diagnostic at the template's file:line:col.
import { error, type Diagnostic } from '../diagnostics/index.js';
import { TEMPLATE_FILE, TemplateError } from './errors.js';

interface HandlebarsException {
  message: string;
  lineNumber?: number;
  column?: number;
}

export function runFailure(e: unknown, mainFile: string): Diagnostic {
  const file = (typeof e === 'object' && e !== null && (e as Record<symbol, unknown>)[TEMPLATE_FILE]) as string | undefined ?? mainFile;
  if (e instanceof TemplateError) {
    const span = e.loc ? { file, start: { line: e.loc.start.line, col: e.loc.start.column + 1 } } : { file, start: { line: 1, col: 1 } };
    return error(e.code, e.message, { span, ...(e.hint ? { hint: e.hint } : {}) });
  }
  if (e instanceof Error) {
    const ex = e as HandlebarsException;
    const span = ex.lineNumber !== undefined ? { file, start: { line: ex.lineNumber, col: (ex.column ?? 0) + 1 } } : undefined;
    // Strict mode: `"foo" not defined in [object Object] - 3:4` (handlebars runtime.js, container.strict).
    const missing = /^"([^"]*)" not defined in/.exec(ex.message);
    if (missing) {
      return error('TEMPLATE_MISSING_FIELD', `The template reads a field "${missing[1]}" that does not exist here.`,
        { ...(span ? { span } : {}), hint: 'Check the field name against the built-in templates (cica templates export DIR).' });
    }
    const message = ex.message.replace(/ - \d+:\d+$/, '');
    return error('TEMPLATE_RUNTIME', `The template failed: ${message}`, span ? { span } : {});
  }
  return error('TEMPLATE_RUNTIME', `The template failed: ${String(e)}`, { span: { file, start: { line: 1, col: 1 } } });
}
