// templates/styles.json -> the Stylesheet: how each named paragraph style looks. Checked field by field.
import { error, type Diagnostic, type Result, fail, ok } from '../diagnostics/index.js';
import type { ParagraphFormat, Stylesheet } from '../document/index.js';

const ALIGNS = new Set(['left', 'center', 'right', 'justify']);
const NUMBERS = ['fontSize', 'spaceBefore', 'spaceAfter', 'lineHeight'] as const;
const OPTIONAL_NUMBERS = ['firstLineIndent', 'leftIndent'] as const;
const FLAGS = ['bold', 'italic', 'caps', 'keepWithNext', 'keepLines'] as const;
const KNOWN = new Set<string>(['align', ...NUMBERS, ...OPTIONAL_NUMBERS, ...FLAGS]);
/** The range of each number, in points (lineHeight: a multiple of the font size). Finite is not enough: the hostile
 *  corpus's fontSize 1e308 crashed the DOCX writer (half-points must be an integer) with exit 3. Wide enough for any
 *  document (a 72 pt title, two inches of space), narrow enough that every writer can state it. */
const RANGES: Record<(typeof NUMBERS)[number] | (typeof OPTIONAL_NUMBERS)[number], [min: number, max: number]> = {
  fontSize: [1, 72], lineHeight: [0.5, 5], spaceBefore: [0, 144], spaceAfter: [0, 144],
  firstLineIndent: [-144, 288], leftIndent: [0, 288],
};
const inRange = (key: keyof typeof RANGES, n: unknown): boolean =>
  typeof n === 'number' && Number.isFinite(n) && n >= RANGES[key][0] && n <= RANGES[key][1];

function checkStyle(name: string, value: unknown, file: string, out: Diagnostic[]): ParagraphFormat | undefined {
  const at = (field: string, message: string) =>
    out.push(error('TEMPLATE_STYLES', message, { span: { file, start: { line: 1, col: 1 } }, field: `${name}.${field}` }));
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    at('', `The style "${name}" must be an object of settings.`);
    return undefined;
  }
  const v = value as Record<string, unknown>;
  const before = out.length;
  for (const key of Object.keys(v)) if (!KNOWN.has(key)) at(key, `The style "${name}" has an unknown setting "${key}".`);
  if (typeof v.align !== 'string' || !ALIGNS.has(v.align)) at('align', `The style "${name}" needs align: left, center, right or justify.`);
  for (const key of NUMBERS) {
    if (!inRange(key, v[key])) at(key, `The style "${name}" needs ${key} as a number from ${RANGES[key][0]} to ${RANGES[key][1]}${key === 'lineHeight' ? ' (times the font size)' : ' (points)'}.`);
  }
  for (const key of OPTIONAL_NUMBERS) {
    if (Object.hasOwn(v, key) && !inRange(key, v[key])) at(key, `The style "${name}": ${key} must be a number from ${RANGES[key][0]} to ${RANGES[key][1]} (points).`);
  }
  for (const key of FLAGS) if (Object.hasOwn(v, key) && typeof v[key] !== 'boolean') at(key, `The style "${name}": ${key} must be true or false.`);
  return out.length === before ? (v as unknown as ParagraphFormat) : undefined;
}

/** Parses and checks a stylesheet's JSON text. */
export function parseStyles(text: string, file: string): Result<Stylesheet> {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    return fail([error('TEMPLATE_STYLES', `The stylesheet is not valid JSON: ${(e as Error).message}`, { span: { file, start: { line: 1, col: 1 } } })]);
  }
  if (typeof json !== 'object' || json === null || Array.isArray(json)) {
    return fail([error('TEMPLATE_STYLES', 'The stylesheet must be a JSON object of named styles.', { span: { file, start: { line: 1, col: 1 } } })]);
  }
  const out: Diagnostic[] = [];
  // No prototype: a style named `constructor` or `__proto__` is looked up as any other (issue 10 §1).
  const styles: Stylesheet = Object.create(null) as Stylesheet;
  for (const [name, value] of Object.entries(json)) {
    const style = checkStyle(name, value, file, out);
    if (style) styles[name] = style;
  }
  return out.length ? fail(out) : ok(styles);
}
