// Static checks of a template's syntax tree, before it ever runs: unknown helpers and partials, prototype
// paths, raw (unescaped) output and decorators are rejected with the template's file:line:col.
import { error, type Code, type Diagnostic } from '../diagnostics/index.js';

/** Property names that reach into prototypes. Handlebars already denies them at run time (4.6.0); we reject
 *  them at load so the officer learns of it at once, with a position. */
const FORBIDDEN = new Set([
  ...Object.getOwnPropertyNames(Object.prototype),
  // Function.prototype's callers; not its `length` and `name`, which are ordinary field names here.
  'call', 'apply', 'bind', 'arguments', 'caller',
  '__proto__', 'prototype', 'constructor',
]);

interface Loc {
  start: { line: number; column: number };
}

interface AstNode {
  type: string;
  loc?: Loc;
  [key: string]: unknown;
}

export interface CheckContext {
  file: string;
  helpers: ReadonlySet<string>;
  partials: ReadonlySet<string>;
}

function diag(code: Code, message: string, ctx: CheckContext, node: AstNode, hint?: string): Diagnostic {
  const start = node.loc ? { line: node.loc.start.line, col: node.loc.start.column + 1 } : { line: 1, col: 1 };
  return error(code, message, { span: { file: ctx.file, start }, ...(hint ? { hint } : {}) });
}

function isNode(v: unknown): v is AstNode {
  return typeof v === 'object' && v !== null && typeof (v as AstNode).type === 'string';
}

function pathName(node: unknown): string | undefined {
  return isNode(node) && node.type === 'PathExpression' ? String(node.original) : undefined;
}

function callsHelper(node: AstNode): boolean {
  const params = node.params as unknown[] | undefined;
  const pairs = (node.hash as { pairs?: unknown[] } | undefined)?.pairs;
  return node.type === 'SubExpression' || (params?.length ?? 0) > 0 || (pairs?.length ?? 0) > 0;
}

function visit(node: AstNode, ctx: CheckContext, out: Diagnostic[]): void {
  switch (node.type) {
    case 'MustacheStatement':
      if (node.escaped === false) {
        out.push(diag('TEMPLATE_RAW_OUTPUT', 'The template prints a value unescaped ({{{...}}} or {{&...}}); a value could then become markup.',
          ctx, node, 'Use {{...}} (two braces); helpers such as {{text ...}} already produce formatted text.'));
      }
      break;
    case 'PathExpression': {
      const parts = (node.parts as unknown[]).map(String);
      const bad = parts.find((p) => FORBIDDEN.has(p));
      if (bad !== undefined) {
        out.push(diag('TEMPLATE_PROTOTYPE_ACCESS', `The template reads "${bad}", a property of the JavaScript machinery, not of the agreement.`, ctx, node));
      }
      break;
    }
    case 'PartialStatement': case 'PartialBlockStatement': {
      const name = pathName(node.name);
      if (name === undefined) {
        out.push(diag('TEMPLATE_DYNAMIC_PARTIAL', 'The template chooses a partial at run time; name it directly: {{> name}}.', ctx, node));
      } else if (!ctx.partials.has(name)) {
        out.push(diag('TEMPLATE_UNKNOWN_PARTIAL', `The template uses a partial "${name}" that does not exist.`, ctx, node,
          `Known partials: ${[...ctx.partials].sort().join(', ')}.`));
      }
      break;
    }
    // handlebars' parser names them Decorator and DecoratorBlock (compiler/helpers.js prepareMustache/prepareBlock).
    case 'Decorator': case 'DecoratorStatement': case 'DecoratorBlock':
      out.push(diag('TEMPLATE_DECORATOR', 'Decorators ({{* ...}}) are not supported in templates.', ctx, node));
      return;
  }
  if ((node.type === 'MustacheStatement' || node.type === 'BlockStatement' || node.type === 'SubExpression') && callsHelper(node)) {
    const name = pathName(node.path);
    if (name === undefined || !ctx.helpers.has(name)) {
      out.push(diag('TEMPLATE_UNKNOWN_HELPER', `The template calls a helper "${name ?? '(expression)'}" that does not exist.`, ctx, node,
        `Known helpers: ${[...ctx.helpers].sort().join(', ')}.`));
    }
  }
  for (const [key, value] of Object.entries(node)) {
    if (key === 'loc') continue;
    if (Array.isArray(value)) value.forEach((v) => isNode(v) && visit(v, ctx, out));
    else if (isNode(value)) visit(value, ctx, out);
  }
}

/** All problems of one parsed template. */
export function checkTemplate(ast: unknown, ctx: CheckContext): Diagnostic[] {
  const out: Diagnostic[] = [];
  if (isNode(ast)) visit(ast, ctx, out);
  return out;
}
