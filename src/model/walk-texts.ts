// Text units ({ en, ru } plus id/items) and names with Russian case forms (docs/format.md, "Building blocks").
import { isMap, isScalar, type Node, type Pair, type Scalar } from 'yaml';
import { type Span, error } from '../diagnostics/index.js';
import type { Shape } from './shape.js';
import { didYouMean } from './suggest.js';
import { CASES, LANGS, type Case, type Lang, type NameForms } from './types.js';
import { describe, isNull, walkFields } from './walk.js';
import { takeString } from './walk-leaves.js';
import { type RawObject, type RawUnit, type StringSite, type WalkContext, join } from './walk-context.js';

export const LANG_NAMES: Record<Lang, string> = { en: 'English', ru: 'Russian' };

export function pairOf(node: { items: unknown[] }, key: string): Pair | undefined {
  return (node.items as Pair[]).find((p) => isScalar(p.key) && p.key.value === key);
}

export function notAMap(node: unknown, field: string, at: Span, ctx: WalkContext): undefined {
  ctx.report(error('WRONG_TYPE', `\`${field}\` should give the text in every language (en:, ru:), not ${describe(node)}.`, {
    span: isNull(node) ? at : ctx.locator.nodeSpan(node as Node), field, hint: `Write it as a map: ${field.split('.').pop()}: { en: ..., ru: ... }.`,
  }));
  return undefined;
}

/** A translation that is missing, empty or not text. */
export function missingTranslation(lang: Lang, pair: Pair | undefined, field: string, at: Span, ctx: WalkContext): void {
  const f = join(field, lang);
  const where = pair ? ctx.locator.nodeSpan(pair.key as Node) : at;
  const what = pair ? 'is empty' : 'is missing';
  ctx.report(error('MISSING_TRANSLATION', `The ${LANG_NAMES[lang]} text of \`${field}\` ${what}.`, { span: where, field: f, hint: `Add \`${lang}: ...\` with the ${LANG_NAMES[lang]} text.` }));
}

export function walkText(node: unknown, shape: Extract<Shape, { kind: 'text' }>, field: string, at: Span, ctx: WalkContext): RawUnit | undefined {
  if (!isMap(node)) return notAMap(node, field, at, ctx);
  const unit: RawUnit = { $unit: true, text: {}, inline: {}, src: {}, fields: {}, $span: ctx.locator.nodeSpan(node), $field: field };
  const langs: Partial<Record<Lang, StringSite>> = {};
  for (const lang of LANGS) {
    const pair = pairOf(node, lang);
    const value = pair?.value;
    if (isScalar(value) && typeof value.value === 'string' && value.value.trim() !== '') {
      const f = join(field, lang);
      unit.text[lang] = takeString(value, f, ctx, shape.markup ? 'markup' : 'plain');
      unit.src[lang] = ctx.locator.nodeSpan(value);
      ctx.spans.set(f, unit.src[lang]!);
      const site = ctx.strings[ctx.strings.length - 1]!;
      langs[lang] = site;
      if (site.parsed) unit.inline[lang] = site.parsed.inlines;
    } else if (pair && !isNull(value) && !(isScalar(value) && typeof value.value === 'string')) {
      ctx.report(error('WRONG_TYPE', `The ${LANG_NAMES[lang]} text of \`${field}\` should be text, not ${describe(value)}.`, {
        span: ctx.locator.nodeSpan(value as Node), field: join(field, lang), hint: 'Put the text in quotes.',
      }));
    } else {
      missingTranslation(lang, pair, field, at, ctx);
    }
  }
  ctx.units.push({ field, langs });
  const rest: RawObject = { $span: unit.$span, $field: field };
  walkFields(node.items as Pair[], shape.fields ?? {}, field, at, ctx, rest, LANGS);
  const { $span: _s, $field: _f, ...fields } = rest;
  unit.fields = fields;
  return unit;
}

/** Case forms of one language: a plain string is the nominative alone. */
function caseForms(value: unknown, lang: Lang, field: string, ctx: WalkContext): Partial<Record<Case, string>> | undefined {
  if (isScalar(value) && typeof value.value === 'string') {
    if (value.value.trim() === '') return undefined;
    return { nom: takeString(value, field, ctx, 'plain') };
  }
  if (!isMap(value)) {
    ctx.report(error('WRONG_TYPE', `\`${field}\` should be text or a map of case forms, not ${describe(value)}.`, { span: ctx.locator.nodeSpan(value as Node), field }));
    return {};
  }
  const forms: Partial<Record<Case, string>> = {};
  for (const pair of value.items as Pair[]) {
    const key = isScalar(pair.key) ? String(pair.key.value) : '';
    const f = join(field, key);
    if (!(CASES as readonly string[]).includes(key)) {
      ctx.report(error('BAD_VALUE', `\`${key}\` is not a case name; the cases are ${CASES.join(', ')}.`, {
        span: ctx.locator.nodeSpan(pair.key as Node), field: f, hint: didYouMean(key, CASES) ?? `Use one of: ${CASES.join(', ')}.`,
      }));
      continue;
    }
    const v = pair.value as Scalar | null;
    if (isScalar(v) && typeof v.value === 'string' && v.value.trim() !== '') forms[key as Case] = takeString(v, f, ctx, 'plain');
    else if (!isNull(v)) ctx.report(error('WRONG_TYPE', `\`${f}\` should be text, not ${describe(v)}.`, { span: ctx.locator.nodeSpan(v as Node), field: f }));
  }
  void lang;
  return forms;
}

export function walkNames(node: unknown, shape: Extract<Shape, { kind: 'names' }>, field: string, at: Span, ctx: WalkContext): NameForms | undefined {
  if (!isMap(node)) return notAMap(node, field, at, ctx);
  const out: Partial<NameForms> = {};
  for (const pair of node.items as Pair[]) {
    const key = isScalar(pair.key) ? String(pair.key.value) : '';
    if (!(LANGS as readonly string[]).includes(key)) {
      ctx.report(error('UNKNOWN_KEY', `\`${key}\` is not a language of \`${field}\`; the languages are ${LANGS.join(', ')}.`, {
        span: ctx.locator.nodeSpan(pair.key as Node), field: join(field, key), hint: didYouMean(key, LANGS) ?? `Use ${LANGS.join(' and ')}.`,
      }));
    }
  }
  for (const lang of LANGS) {
    const pair = pairOf(node, lang);
    const f = join(field, lang);
    const forms = pair && !isNull(pair.value) ? caseForms(pair.value, lang, f, ctx) : undefined;
    if (!forms) { missingTranslation(lang, pair, field, at, ctx); continue; }
    const valueSpan = ctx.locator.nodeSpan(pair!.value as Node);
    ctx.spans.set(f, valueSpan);
    // English does not decline: only its nominative is needed. Russian needs the forms the templates use.
    const needed = lang === 'ru' ? shape.cases : (['nom'] as const);
    const missing = needed.filter((c) => !forms[c]);
    if (missing.length > 0) {
      const plain = isScalar(pair!.value);
      ctx.report(error('MISSING_CASE_FORM', `\`${f}\` lacks the ${missing.join(', ')} form${missing.length > 1 ? 's' : ''}${plain ? ' (a plain string gives the nominative only)' : ''}.`, {
        span: valueSpan, field: f, hint: `Give the forms as a map: { ${needed.map((c) => `${c}: ...`).join(', ')} }.`,
      }));
    }
    if (forms.nom || Object.keys(forms).length > 0) out[lang] = { ...forms, nom: forms.nom ?? '' };
  }
  return out as NameForms;
}
