// Scalar fields: strings, enums, numbers, booleans, ids, language codes and dates.
import { isScalar, type Node, type Scalar } from 'yaml';
import { error } from '../diagnostics/index.js';
import { DATE_PATTERN, ID_PATTERN, RESERVED_IDS, YEARS, type Shape } from './shape.js';
import { didYouMean } from './suggest.js';
import { LANGS, type PartialDate } from './types.js';
import { describe } from './walk.js';
import { parseInline, parsePlain } from './markup.js';
import type { StringRole, StringSite, WalkContext } from './walk-context.js';

const span = (ctx: WalkContext, node: unknown) => ctx.locator.nodeSpan(node as Node);

function wrongType(ctx: WalkContext, node: unknown, field: string, want: string, hint?: string): undefined {
  ctx.report(error('WRONG_TYPE', `\`${field}\` should be ${want}, not ${describe(node)}.`, { span: span(ctx, node), field, ...(hint ? { hint } : {}) }));
  return undefined;
}

/** A string scalar, recorded for the hygiene rules; a printed one is parsed here, once (a running text for its markup). */
export function takeString(node: Scalar, field: string, ctx: WalkContext, role?: StringRole): string {
  const value = String(node.value);
  const site: StringSite = { field, node, value, ...(role ? { role } : {}) };
  if (role) site.parsed = role === 'markup' ? parseInline(value) : parsePlain(value, field);
  ctx.strings.push(site);
  return value;
}

export function walkString(node: unknown, shape: Extract<Shape, { kind: 'string' }>, field: string, ctx: WalkContext): string | undefined {
  if (!isScalar(node)) return wrongType(ctx, node, field, 'text');
  if (typeof node.value === 'number' && shape.numberOk) return String(node.source ?? node.value);
  if (typeof node.value !== 'string') return wrongType(ctx, node, field, 'text', 'Put the value in quotes to make it text.');
  const value = takeString(node, field, ctx, shape.printed ? 'plain' : undefined);
  if (shape.enum && !shape.enum.includes(value)) {
    ctx.report(error('BAD_VALUE', `\`${field}\` cannot be \`${value}\`; it is one of: ${shape.enum.join(', ')}.`, {
      span: span(ctx, node), field, hint: didYouMean(value, shape.enum) ?? `Write one of: ${shape.enum.join(', ')}.`,
    }));
  }
  if (!shape.enum && value.trim() === '') {
    ctx.report(error('MISSING_FIELD', `\`${field}\` is blank.`, { span: span(ctx, node), field }));
    return undefined;
  }
  return value;
}

export function walkInteger(node: unknown, shape: Extract<Shape, { kind: 'integer' }>, field: string, ctx: WalkContext): number | undefined {
  if (!isScalar(node) || typeof node.value !== 'number' || !Number.isInteger(node.value)) {
    return wrongType(ctx, node, field, 'a whole number', 'Write digits only, without quotes: 2.');
  }
  const v = node.value;
  if ((shape.minimum !== undefined && v < shape.minimum) || (shape.maximum !== undefined && v > shape.maximum)) {
    const range = shape.minimum === shape.maximum ? `${shape.minimum}` : `from ${shape.minimum ?? '-'} to ${shape.maximum ?? '-'}`;
    ctx.report(error('BAD_VALUE', `\`${field}\` cannot be ${v}; it must be ${range}.`, { span: span(ctx, node), field }));
  }
  return v;
}

export function walkBoolean(node: unknown, field: string, ctx: WalkContext): boolean | undefined {
  if (!isScalar(node) || typeof node.value !== 'boolean') {
    return wrongType(ctx, node, field, '`true` or `false`', 'YAML 1.2 reads only true and false as yes/no; write one of them.');
  }
  return node.value;
}

export function walkId(node: unknown, field: string, ctx: WalkContext): string | undefined {
  if (!isScalar(node) || (typeof node.value !== 'string' && typeof node.value !== 'number')) return wrongType(ctx, node, field, 'an id');
  const value = typeof node.value === 'string' ? takeString(node, field, ctx) : String(node.source ?? node.value);
  if (!ID_PATTERN.test(value) || RESERVED_IDS.includes(value)) {
    const reserved = RESERVED_IDS.includes(value);
    ctx.report(error('BAD_ID', reserved ? `\`${value}\` is reserved for [[${value}]] and cannot be an id.` : `\`${value}\` is not a valid id.`, {
      span: span(ctx, node), field, hint: 'An id has letters, digits, - and _ only, and starts with a letter: art-exchange.',
    }));
    return typeof node.value === 'string' ? value : undefined;
  }
  return value;
}

export function walkLang(node: unknown, field: string, ctx: WalkContext): string | undefined {
  if (!isScalar(node) || typeof node.value !== 'string') return wrongType(ctx, node, field, 'a language code');
  const value = takeString(node, field, ctx);
  if (!(LANGS as readonly string[]).includes(value)) {
    ctx.report(error('BAD_VALUE', `\`${value}\` is not a language of this format; the languages are ${LANGS.join(', ')}.`, {
      span: span(ctx, node), field, hint: didYouMean(value, LANGS) ?? `Write one of: ${LANGS.join(', ')}.`,
    }));
    return undefined;
  }
  return value;
}

const DAYS = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
const leap = (y: number) => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;

export function walkDate(node: unknown, field: string, ctx: WalkContext): PartialDate | undefined {
  const bad = (why: string): undefined => {
    ctx.report(error('BAD_DATE', `\`${field}\`: ${why}`, { span: span(ctx, node), field, hint: 'Write the date as YYYY-MM-DD, e.g. 2020-03-11 (a draft may give the year alone: 2020).' }));
    return undefined;
  };
  if (!isScalar(node) || (typeof node.value !== 'string' && typeof node.value !== 'number')) return bad(`a date is expected, not ${describe(node)}.`);
  const text = String(node.source ?? node.value);
  const m = DATE_PATTERN.exec(text);
  if (!m) return bad(`\`${text}\` is not a date in the form YYYY-MM-DD.`);
  const year = Number(m[1]);
  if (year < YEARS.min || year > YEARS.max) return bad(`the year ${m[1]} is outside the years an agreement is dated in (${YEARS.min} to ${YEARS.max}).`);
  const src = span(ctx, node);
  if (m[2] === undefined) return { year, src };
  const month = Number(m[2]);
  const day = Number(m[3]);
  if (month < 1 || month > 12) return bad(`\`${text}\` has no month ${month}.`);
  const last = month === 2 && !leap(year) ? 28 : DAYS[month - 1]!;
  if (day < 1 || day > last) return bad(`\`${text}\` does not exist: month ${month} of ${year} has ${last} days.`);
  return { year, month, day, src };
}
