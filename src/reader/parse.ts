// Parses agreement text with eemeli/yaml, keeping node ranges; syntax problems become diagnostics.
import { LineCounter, parseDocument, type Document } from 'yaml';
import { type Diagnostic, type Result, error, fail, ok } from '../diagnostics/index.js';
import { checkDuplicateKeys } from './duplicates.js';
import { checkYamlFeatures } from './features.js';
import { Locator } from './positions.js';
import { blankCause, explainSyntaxError } from './syntax.js';

export interface ParsedAgreement {
  doc: Document.Parsed;
  locator: Locator;
}

/** Syntax errors reported per file: enough to fix a file in one pass, few enough never to be a flood. */
export const MAX_SYNTAX_ERRORS = 10;
/** Past this size a file is re-parsed for further syntax errors only twice (each parse reads it whole). */
const BIG = 256 * 1024;

// uniqueKeys off: the library's check is quadratic; checkDuplicateKeys makes two `title:` keys DUPLICATE_KEY in
// linear time (not "last one wins").
const parse = (text: string, lines?: LineCounter) =>
  parseDocument(text, { ...(lines ? { lineCounter: lines } : {}), uniqueKeys: false, prettyErrors: false, keepSourceTokens: false, strict: true });

/** `%YAML 1.1` would switch the reading to YAML 1.1 (`yes` -> true, `010` -> 8): agreements are YAML 1.2. */
function directives(text: string, locator: Locator): Diagnostic[] {
  const out: Diagnostic[] = [];
  let offset = 0;
  for (const line of text.split('\n')) {
    if (line.startsWith('---')) break;
    if (line.startsWith('%') && !/^%YAML 1\.2\s*(#.*)?$/.test(line.trimEnd())) {
      const what = /^%YAML\b/.test(line) ? `asks for another version of YAML (${line.trim()})` : `holds a directive (${line.trim().slice(0, 40)})`;
      out.push(error('YAML_DIRECTIVE', `The file ${what}; agreements are read as YAML 1.2 only.`, {
        span: locator.span(offset, offset + line.trimEnd().length), hint: 'Delete the line (and a `---` line under it, if any).',
      }));
    } else if (!/^\s*(#.*)?\r?$/.test(line) && !line.startsWith('%')) {
      break;
    }
    offset += line.length + 1;
  }
  return out;
}

/** Every syntax error of the file at its cause: after each, the lines of its cause are blanked and the file read
 *  again, so the next one found is the file's own and not an echo of the first. */
function syntaxErrors(text: string, doc: Document.Parsed, locator: Locator): Diagnostic[] {
  const out: Diagnostic[] = [];
  const rounds = text.length > BIG ? 2 : MAX_SYNTAX_ERRORS;
  let current = text;
  let errors = doc.errors.filter((e) => e.code !== 'MULTIPLE_DOCS');
  for (let round = 0; round < rounds && errors.length > 0; round++) {
    const d = explainSyntaxError(current, errors[0]!, locator);
    if (out.some((o) => o.span?.start.line === d.span?.start.line && o.span?.start.col === d.span?.start.col)) break;
    out.push(d);
    if (round === rounds - 1) break; // no parse whose errors would not be reported
    const next = blankCause(current, d);
    if (next === current) break;
    current = next;
    errors = parse(current).errors.filter((e) => e.code !== 'MULTIPLE_DOCS');
  }
  return out.sort((a, b) => a.span!.start.line - b.span!.start.line || a.span!.start.col - b.span!.start.col);
}

/** Parses one document. Stops at syntax errors (the tree after one is guesswork); otherwise checks that
 *  the file uses none of the YAML features an agreement never needs (anchors, aliases, tags, merge keys). */
export function parseAgreementText(text: string, file: string): Result<ParsedAgreement> {
  const lines = new LineCounter();
  const doc = parse(text, lines);
  const locator = new Locator(file, text, lines);
  const diagnostics: Diagnostic[] = directives(text, locator);
  for (const e of doc.errors) {
    if (e.code !== 'MULTIPLE_DOCS') continue;
    diagnostics.push(error('MULTIPLE_DOCUMENTS', 'The file holds more than one YAML document (a `---` line starts a second one); one agreement a file.', {
      span: locator.span(e.pos[0]), hint: 'Move the second agreement into a file of its own, or delete the `---` line.',
    }));
  }
  // A directive's own complaint ("missing ---") is the directive's: say that once.
  if (diagnostics.length === 0 || doc.errors.some((e) => e.code !== 'MULTIPLE_DOCS' && !/directives-end/.test(e.message))) {
    diagnostics.push(...syntaxErrors(text, doc, locator).filter((d) => !(diagnostics.some((x) => x.code === 'YAML_DIRECTIVE') && /directives-end/.test(d.message))));
  }
  const syntax = diagnostics.some((d) => d.code === 'YAML_SYNTAX' || d.code === 'MULTIPLE_DOCUMENTS' || d.code === 'YAML_DIRECTIVE');
  if (!syntax) diagnostics.push(...checkDuplicateKeys(doc, locator), ...checkYamlFeatures(doc, locator));
  if (syntax || diagnostics.some((d) => d.code === 'ALIAS_LIMIT')) return fail(diagnostics);
  if (doc.contents === null) {
    return fail([error('EMPTY_FILE', 'The file holds only comments, no agreement.', {
      span: locator.span(0), hint: 'Run `cica init FILE` to write a starter agreement.',
    })]);
  }
  return ok({ doc, locator }, diagnostics);
}
