// The structural walk: YAML nodes against the schema (schema.ts) -> plain values, every problem reported.
import { isAlias, isMap, isScalar, isSeq, type Node, type Pair } from 'yaml';
import { type Span, error } from '../diagnostics/index.js';
import { DEFINITIONS } from './schema.js';
import type { Field, Shape } from './shape.js';
import { didYouMean, listForHint } from './suggest.js';

/** Unknown keys of one file that get a did-you-mean (each compares the key with every field of its map). */
const MAX_SUGGESTIONS = 1000;
import { synonymOf } from './synonyms.js';
import { walkDate, walkId, walkInteger, walkBoolean, walkLang, walkString } from './walk-leaves.js';
import { walkNames, walkText } from './walk-texts.js';
import { walkTitle } from './walk-title.js';
import { type RawObject, type WalkContext, join } from './walk-context.js';

/** What a node is, in words an officer knows (for WRONG_TYPE). */
export function describe(node: unknown): string {
  if (isMap(node)) return 'a map of keys';
  if (isSeq(node)) return 'a list';
  if (isScalar(node)) {
    const v = node.value;
    if (v === null) return 'empty';
    if (typeof v === 'number') return `the number ${String(node.source ?? v)}`;
    if (typeof v === 'boolean') return `\`${String(v)}\``;
    return 'text';
  }
  return 'something else';
}

export const isNull = (node: unknown): boolean => node == null || (isScalar(node) && node.value === null);

/** Walks one value; `at` is where it is named (its key), for problems about the value as a whole. */
export function walkValue(node: unknown, shape: Shape, field: string, at: Span, ctx: WalkContext): unknown {
  if (isAlias(node)) return undefined; // reported by the reader (YAML_ALIAS); never expanded
  if (node && typeof node === 'object' && (node as Node).range) ctx.spans.set(field, ctx.locator.nodeSpan(node as Node));
  switch (shape.kind) {
    case 'string': return walkString(node, shape, field, ctx);
    case 'integer': return walkInteger(node, shape, field, ctx);
    case 'boolean': return walkBoolean(node, field, ctx);
    case 'id': return walkId(node, field, ctx);
    case 'lang': return walkLang(node, field, ctx);
    case 'date': return walkDate(node, field, ctx);
    case 'text': return walkText(node, shape, field, at, ctx);
    case 'names': return walkNames(node, shape, field, at, ctx);
    case 'title': return walkTitle(node, field, at, ctx);
    case 'object': return walkObject(node, shape.fields, field, at, ctx);
    case 'list': return walkList(node, shape, field, ctx);
    case 'idOrObject':
      if (isScalar(node)) {
        const id = walkId(node, join(field, shape.key), ctx);
        return id === undefined ? undefined : { [shape.key]: id, $span: ctx.locator.nodeSpan(node), $field: field };
      }
      return walkObject(node, shape.object.fields, field, at, ctx);
    case 'ref': return walkValue(node, DEFINITIONS[shape.name]!, field, at, ctx); // names from schema.ts only
  }
}

function walkList(node: unknown, shape: Extract<Shape, { kind: 'list' }>, field: string, ctx: WalkContext): unknown[] | undefined {
  if (!isSeq(node)) {
    ctx.report(error('WRONG_TYPE', `\`${field}\` should be a list (lines starting with "- "), not ${describe(node)}.`, { span: ctx.at(field), field }));
    return undefined;
  }
  const out: unknown[] = [];
  node.items.forEach((item, i) => {
    const f = join(field, i);
    const span = isNull(item) ? dashBefore(item, ctx) : ctx.locator.nodeSpan(item as Node);
    const v = isNull(item)
      ? void ctx.report(error('WRONG_TYPE', `Entry ${i + 1} of \`${field}\` is empty.`, { span, field: f, hint: 'Fill it in or delete the "-" line.' }))
      : walkValue(item, shape.of, f, span, ctx);
    if (v !== undefined) out.push(v);
  });
  if (shape.minItems && node.items.length < shape.minItems) {
    ctx.report(error('TOO_FEW_ITEMS', `\`${field}\` needs at least ${shape.minItems} ${shape.minItems === 1 ? 'entry' : 'entries'}; it has ${node.items.length}.`, {
      span: ctx.keys.get(field) ?? ctx.at(field), field,
    }));
  }
  return out;
}

/** An empty list entry has no text of its own: point at its "-". */
function dashBefore(item: unknown, ctx: WalkContext): Span {
  let i = ((item as Node | null)?.range?.[0] ?? 1) - 1;
  const text = ctx.locator.text;
  while (i > 0 && (text[i] === ' ' || text[i] === '\t')) i--;
  return ctx.locator.span(text[i] === '-' ? i : i + 1);
}

/** A map's known fields, walked; unknown keys and missing required fields reported. */
export function walkFields(pairs: Pair[], fields: Record<string, Field>, field: string, at: Span, ctx: WalkContext, out: RawObject, also: readonly string[] = []): void {
  const known = [...Object.keys(fields), ...also];
  let plain: string | undefined;
  // A did-you-mean for the first keys only: 180,000 unknown keys are not typos, and only 500 problems are shown.
  const hint = (key: string) => (ctx.suggestions++ < MAX_SUGGESTIONS ? unknownKeyHint(key, known) : (plain ??= `Known fields here: ${listForHint(known)}.`));
  const seen = new Set<string>();
  for (const pair of pairs) {
    const keyNode = pair.key as Node | null;
    const key = isScalar(keyNode) ? String(keyNode.value) : '';
    // A second `key:` is reported by the parser (DUPLICATE_KEY); the first one counts.
    if (seen.has(key)) continue;
    seen.add(key);
    const keySpan = ctx.locator.nodeSpan(keyNode);
    const f = join(field, key);
    // Own fields only: `toString:` or `__proto__:` is an unknown key, not Object.prototype's (issue 10 §1).
    const spec = Object.hasOwn(fields, key) ? fields[key] : undefined;
    if (!spec) {
      // `<<` (a merge key) is reported by the reader (YAML_MERGE); once is enough.
      if (also.includes(key) || key === '<<') continue;
      ctx.report(error('UNKNOWN_KEY', `\`${key}\` is not a field of ${field ? `\`${field}\`` : 'an agreement'}.`, {
        span: keySpan, field: f, hint: hint(key),
      }));
      continue;
    }
    ctx.keys.set(f, keySpan);
    if (isNull(pair.value)) {
      if (spec.required) ctx.report(error('MISSING_FIELD', `\`${f}\` is empty; it is required.`, { span: keySpan, field: f, hint: spec.description }));
      continue;
    }
    const v = walkValue(pair.value, spec.shape, f, keySpan, ctx);
    if (v !== undefined) out[key] = v;
  }
  const given = new Set(pairs.map((p) => (isScalar(p.key) ? String(p.key.value) : '')));
  for (const [key, spec] of Object.entries(fields)) {
    if (spec.required && !given.has(key)) {
      ctx.report(error('MISSING_FIELD', `\`${join(field, key)}\` is missing; it is required.`, { span: at, field: join(field, key), hint: spec.description }));
    }
  }
}

function unknownKeyHint(key: string, known: readonly string[]): string {
  const split = /^(.+)_(en|ru)$/.exec(key);
  if (split && known.includes(split[1]!)) return `Give the languages inside \`${split[1]}\`: ${split[1]}: { en: ..., ru: ... }.`;
  const synonym = synonymOf(key, known);
  if (synonym) return `Did you mean \`${synonym}\`?`;
  return didYouMean(key, known) ?? `Known fields here: ${listForHint(known)}.`;
}

export function walkObject(node: unknown, fields: Record<string, Field>, field: string, at: Span, ctx: WalkContext): RawObject | undefined {
  if (!isMap(node)) {
    ctx.report(error('WRONG_TYPE', `\`${field || 'The file'}\` should be a map of keys (\`key: value\` lines), not ${describe(node)}.`, {
      span: isNull(node) ? at : ctx.locator.nodeSpan(node as Node), field,
    }));
    return undefined;
  }
  const out: RawObject = { $span: ctx.locator.nodeSpan(node), $field: field };
  walkFields(node.items as Pair[], fields, field, at, ctx, out);
  return out;
}
