// Parses agreement text with eemeli/yaml, keeping node ranges; syntax problems become diagnostics.
import { LineCounter, parseDocument, type Document } from 'yaml';
import { type Diagnostic, type Result, error, fail, ok } from '../diagnostics/index.js';
import { checkDuplicateKeys } from './duplicates.js';
import { checkYamlFeatures } from './features.js';
import { Locator } from './positions.js';

export interface ParsedAgreement {
  doc: Document.Parsed;
  locator: Locator;
}

const MESSAGES: Record<string, string> = {
  TAB_AS_INDENT: 'A tab is used for indentation; YAML allows only spaces.',
  BAD_INDENT: 'The indentation here does not line up with the lines above.',
  MISSING_CHAR: 'A closing quote or bracket is missing.',
  BLOCK_AS_IMPLICIT_KEY: 'A key is followed by something that cannot be a key; a colon or indentation may be wrong.',
  UNEXPECTED_TOKEN: 'This character is not expected here.',
  MULTILINE_IMPLICIT_KEY: 'A key may not run over several lines; a colon may be missing on the line above.',
};

/** eemeli/yaml notices an unclosed `{` or `[` only where the next key starts; point at the bracket itself. */
function unclosedFlow(text: string, offset: number, message: string, locator: Locator) {
  const kind = /^Flow (map|sequence) in block collection/.exec(message)?.[1];
  if (!kind) return undefined;
  const [open, close] = kind === 'map' ? ['{', '}'] : ['[', ']'];
  const at = text.lastIndexOf(open, offset);
  if (at < 0) return undefined;
  return error('YAML_SYNTAX', `This \`${open}\` is not closed with \`${close}\`.`, {
    span: locator.span(at), hint: `Add the closing \`${close}\` at the end of the entry (or write the entry as indented lines).`,
  });
}

/** Parses one document. Stops at syntax errors (the tree after one is guesswork); otherwise checks that
 *  the file uses none of the YAML features an agreement never needs (anchors, aliases, tags, merge keys). */
export function parseAgreementText(text: string, file: string): Result<ParsedAgreement> {
  const lines = new LineCounter();
  // uniqueKeys off: the library's check is quadratic; checkDuplicateKeys makes two `title:` keys DUPLICATE_KEY in
  // linear time (not "last one wins").
  const doc = parseDocument(text, { lineCounter: lines, uniqueKeys: false, prettyErrors: false, keepSourceTokens: false, strict: true });
  const locator = new Locator(file, text, lines);
  const diagnostics: Diagnostic[] = [];
  for (const e of doc.errors) {
    const span = locator.span(e.pos[0]);
    if (e.code === 'MULTIPLE_DOCS') {
      diagnostics.push(error('MULTIPLE_DOCUMENTS', 'The file holds more than one YAML document (a `---` line starts a second one); one agreement a file.', {
        span, hint: 'Move the second agreement into a file of its own, or delete the `---` line.',
      }));
    } else if (!diagnostics.some((d) => d.code === 'YAML_SYNTAX')) {
      // Only the first: after one syntax error the parser's further complaints are mostly echoes of it.
      const deep = /Maximum call stack/.test(e.message) ? 'The file nests lists or maps far too deeply to be an agreement.' : undefined;
      diagnostics.push(unclosedFlow(text, e.pos[0], e.message, locator) ?? error('YAML_SYNTAX', deep ?? MESSAGES[e.code] ?? `The YAML cannot be read here: ${e.message.split('\n')[0]}`, {
        span, hint: deep ? 'An agreement nests lists a few levels deep at most: check that this is the right file.' : 'Check the indentation, colons and quotes on this line and the one above.',
      }));
    }
  }
  const syntax = diagnostics.some((d) => d.code === 'YAML_SYNTAX' || d.code === 'MULTIPLE_DOCUMENTS');
  if (!syntax) diagnostics.push(...checkDuplicateKeys(doc, locator), ...checkYamlFeatures(doc, locator));
  if (syntax || diagnostics.some((d) => d.code === 'ALIAS_LIMIT')) return fail(diagnostics);
  if (doc.contents === null) {
    return fail([error('EMPTY_FILE', 'The file holds only comments, no agreement.', {
      span: locator.span(0), hint: 'Run `cica init FILE` to write a starter agreement.',
    })]);
  }
  return ok({ doc, locator }, diagnostics);
}
