// The title (issue 9 §3): its Russian word drives the words that agree with it, «Настоящий Протокол совершён»,
// «Настоящее Соглашение совершено». A known instrument noun is declined by cica (title-nouns.ts); any other
// Russian title is written as its case forms and gender: ru: { nom: Хартия, gen: Хартии, ..., gender: f }.
import { isMap, isScalar, type Node, type Pair } from 'yaml';
import { type Span, error } from '../diagnostics/index.js';
import { closest, didYouMean } from './suggest.js';
import { KNOWN_TITLE_NOUNS, knownTitleNoun } from './title-nouns.js';
import { CASES, GENDERS, GENDER_NAMES, type Case, type Gender, type RussianNoun } from './types.js';
import { describe, isNull, walkFields } from './walk.js';
import { takeString } from './walk-leaves.js';
import { LANG_NAMES, missingTranslation, notAMap, pairOf, walkText } from './walk-texts.js';
import { type RawUnit, type StringSite, type WalkContext, join } from './walk-context.js';

const KEYS: readonly string[] = [...CASES, 'gender'];
const FORMS_HINT = (nom: string) => `ru: { nom: ${nom}, gen: ..., dat: ..., acc: ..., ins: ..., pre: ..., gender: m | f | n | pl }`;

function unknownNoun(nom: string, span: Span, field: string, ctx: WalkContext): void {
  const near = closest(nom, KNOWN_TITLE_NOUNS);
  ctx.report(error('TITLE_GENDER', `cica does not decline the Russian title «${nom}», so it cannot tell whether the final clause reads «Настоящий», «Настоящая», «Настоящее» or «Настоящие».`, {
    span, field, hint: near ? `Did you mean «${near}»? Otherwise state its forms and gender: ${FORMS_HINT(nom)}.` : `State its forms and gender: ${FORMS_HINT(nom)}.`,
  }));
}

/** `ru:` as a map of case forms and `gender`. */
function russianForms(value: Node, field: string, ctx: WalkContext): { nom?: { text: string; site: StringSite; span: Span }; noun?: RussianNoun } {
  const forms: Partial<Record<Case, string>> = {};
  let gender: Gender | undefined;
  let genderSpan: Span | undefined;
  let badGender = false;
  let nom: { text: string; site: StringSite; span: Span } | undefined;
  for (const pair of (value as unknown as { items: Pair[] }).items) {
    const key = isScalar(pair.key) ? String(pair.key.value) : '';
    const f = join(field, key);
    const v = pair.value;
    if (!KEYS.includes(key)) {
      ctx.report(error('UNKNOWN_KEY', `\`${key}\` is not a case name or \`gender\`; the Russian title takes ${KEYS.join(', ')}.`, {
        span: ctx.locator.nodeSpan(pair.key as Node), field: f, hint: didYouMean(key, KEYS) ?? `Use ${KEYS.join(', ')}.`,
      }));
      continue;
    }
    if (isNull(v)) continue;
    if (!isScalar(v) || typeof v.value !== 'string' || v.value.trim() === '') {
      ctx.report(error('WRONG_TYPE', `\`${f}\` should be text, not ${describe(v)}.`, { span: ctx.locator.nodeSpan(v as Node), field: f }));
      continue;
    }
    const span = ctx.locator.nodeSpan(v);
    ctx.spans.set(f, span);
    if (key === 'gender') {
      if ((GENDERS as readonly string[]).includes(v.value)) { gender = v.value as Gender; genderSpan = span; continue; }
      ctx.report(error('BAD_VALUE', `\`${f}\` cannot be \`${v.value}\`; it is m (masculine), f (feminine), n (neuter) or pl (a plural title).`, {
        span, field: f, hint: didYouMean(v.value, GENDERS) ?? 'Write m for «Настоящий Протокол», f for «Настоящая Декларация», n for «Настоящее Соглашение», pl for «Настоящие Правила».',
      }));
      badGender = true; // reported once; the title is not reported again for its gender
      continue;
    }
    forms[key as Case] = takeString(v, f, ctx, 'plain');
    if (key === 'nom') nom = { text: forms.nom!, site: ctx.strings[ctx.strings.length - 1]!, span };
  }
  const at = ctx.locator.nodeSpan(value);
  if (!nom) {
    ctx.report(error('MISSING_CASE_FORM', `\`${field}\` lacks the nom form, which the title prints.`, { span: at, field, hint: `Give it: ${FORMS_HINT('...')}.` }));
    return {};
  }
  const known = knownTitleNoun(nom.text);
  if (known && gender && gender !== known.gender) {
    ctx.report(error('BAD_VALUE', `«${nom.text}» is ${GENDER_NAMES[known.gender]} (${known.gender}), not ${gender}.`, {
      span: genderSpan!, field: join(field, 'gender'), hint: `Write gender: ${known.gender}, or leave it out: cica knows «${nom.text}».`,
    }));
  }
  if (!known) {
    if (!gender && !badGender) unknownNoun(nom.text, at, field, ctx);
    const missing = CASES.filter((c) => !forms[c]);
    if (missing.length) {
      ctx.report(error('MISSING_CASE_FORM', `\`${field}\` lacks the ${missing.join(', ')} form${missing.length > 1 ? 's' : ''}, which the clauses agreeing with the title use («к настоящему ...»).`, {
        span: at, field, hint: `Give every form: ${FORMS_HINT(nom.text)}.`,
      }));
    }
  }
  const all = Object.fromEntries(CASES.map((c) => [c, forms[c] ?? known?.forms[c] ?? nom.text])) as Record<Case, string>;
  return { nom, noun: { gender: known?.gender ?? gender ?? 'm', forms: all } };
}

export function walkTitle(node: unknown, field: string, at: Span, ctx: WalkContext): RawUnit | undefined {
  if (!isMap(node)) return notAMap(node, field, at, ctx);
  const ruPair = pairOf(node, 'ru');
  if (!ruPair || !isMap(ruPair.value)) {
    const unit = walkText(node, { kind: 'text' }, field, at, ctx);
    const ru = unit?.text.ru;
    if (unit && ru !== undefined) {
      const noun = knownTitleNoun(ru);
      if (noun) unit.fields.noun = noun;
      else unknownNoun(ru, unit.src.ru!, join(field, 'ru'), ctx);
    }
    return unit;
  }
  const unit: RawUnit = { $unit: true, text: {}, inline: {}, src: {}, fields: {}, $span: ctx.locator.nodeSpan(node), $field: field };
  const langs: Partial<Record<'en' | 'ru', StringSite>> = {};
  const enPair = pairOf(node, 'en');
  const en = enPair?.value;
  if (isScalar(en) && typeof en.value === 'string' && en.value.trim() !== '') {
    const f = join(field, 'en');
    unit.text.en = takeString(en, f, ctx, 'plain');
    unit.src.en = ctx.locator.nodeSpan(en);
    ctx.spans.set(f, unit.src.en);
    langs.en = ctx.strings[ctx.strings.length - 1]!;
  } else if (enPair && !isNull(en)) {
    ctx.report(error('WRONG_TYPE', `The ${LANG_NAMES.en} text of \`${field}\` should be text, not ${describe(en)}.`, { span: ctx.locator.nodeSpan(en as Node), field: join(field, 'en') }));
  } else {
    missingTranslation('en', enPair, field, at, ctx);
  }
  const ruField = join(field, 'ru');
  ctx.spans.set(ruField, ctx.locator.nodeSpan(ruPair.value as Node));
  const { nom, noun } = russianForms(ruPair.value as Node, ruField, ctx);
  if (nom) { unit.text.ru = nom.text; unit.src.ru = nom.span; langs.ru = nom.site; }
  if (noun) unit.fields.noun = noun;
  ctx.units.push({ field, langs });
  walkFields(node.items as Pair[], {}, field, at, ctx, { $span: unit.$span, $field: field }, ['en', 'ru']);
  return unit;
}
