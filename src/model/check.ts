// Parsed YAML -> the validated Agreement: structural walk against the schema, then every semantic rule.
import { isMap, isScalar, type Pair } from 'yaml';
import { type Diagnostic, type Result, type Span, capDiagnostics, fail, hasErrors, ok, sortDiagnostics } from '../diagnostics/index.js';
import { parseAgreementText, type ParsedAgreement } from '../reader/index.js';
import { buildInstrument, buildNote } from './build.js';
import { RULES, ruleContext } from './rules/index.js';
import { INSTRUMENT, NOTE } from './schema.js';
import type { Agreement } from './types.js';
import type { CheckOptions } from './options.js';
import { walkObject } from './walk.js';
import { WalkContext } from './walk-context.js';

const NOTE_ONLY = ['letterhead', 'sender', 'addressees', 'body', 'silence', 'enclosure'];

/** Which shape to check against: the `kind`, or (when it is missing or wrong) the keys the file uses. */
function kindOf(root: unknown): 'note' | 'instrument' {
  if (!isMap(root)) return 'instrument';
  const keys = (root.items as Pair[]).map((p) => (isScalar(p.key) ? String(p.key.value) : ''));
  const kind = (root.items as Pair[]).find((p) => isScalar(p.key) && p.key.value === 'kind')?.value;
  if (isScalar(kind) && kind.value === 'note') return 'note';
  if (isScalar(kind) && (kind.value === 'memorandum' || kind.value === 'protocol')) return 'instrument';
  return keys.some((k) => NOTE_ONLY.includes(k)) ? 'note' : 'instrument';
}

export interface Inspection {
  /** The model, built even when there are errors (for checks that reach further, like the enclosure). */
  agreement?: Agreement;
  diagnostics: Diagnostic[];
  /** Problems found past those kept (WalkContext.overflow): counted in TOO_MANY_PROBLEMS. */
  overflow: number;
  /** The source span of a field path. */
  at: (field: string) => Span;
}

export function inspectAgreement(parsed: ParsedAgreement, file: string = parsed.locator.file, options: CheckOptions = {}): Inspection {
  const ctx = new WalkContext(parsed.locator);
  const root = parsed.doc.contents;
  const rootSpan = parsed.locator.nodeSpan(root);
  ctx.spans.set('', rootSpan);
  const kind = kindOf(root);
  const shape = kind === 'note' ? NOTE : INSTRUMENT;
  if (shape.kind !== 'object') throw new Error('schema: the root shapes are objects');
  const raw = walkObject(root, shape.fields, '', rootSpan, ctx);
  const at = (field: string) => ctx.at(field);
  if (!raw) return { diagnostics: sortDiagnostics(ctx.diagnostics), overflow: ctx.overflow, at };
  const agreement = kind === 'note' ? buildNote(raw, file) : buildInstrument(raw, file);
  const rules = ruleContext(agreement, ctx, options);
  for (const rule of RULES) rule(rules);
  return { agreement, diagnostics: sortDiagnostics(ctx.diagnostics), overflow: ctx.overflow, at };
}

export function checkAgreement(parsed: ParsedAgreement, file: string = parsed.locator.file, options: CheckOptions = {}): Result<Agreement> {
  const { agreement, diagnostics, overflow } = inspectAgreement(parsed, file, options);
  const shown = capDiagnostics(diagnostics, undefined, overflow);
  return agreement && !hasErrors(shown) ? ok(agreement, shown) : fail(shown);
}

/** Parses and checks agreement text (for tests and editors: no file system). */
export function checkAgreementText(text: string, file = 'agreement.yaml', options: CheckOptions = {}): Result<Agreement> {
  const parsed = parseAgreementText(text, file);
  if (!parsed.ok) return fail(capDiagnostics(sortDiagnostics(parsed.diagnostics)));
  const { agreement, diagnostics: found, overflow } = inspectAgreement(parsed.value, file, options);
  const diagnostics = capDiagnostics(sortDiagnostics([...parsed.diagnostics, ...found]), undefined, overflow);
  return agreement && !hasErrors(diagnostics) ? ok(agreement, diagnostics) : fail(diagnostics);
}
