// formatDiagnostic: the header line, the hint, and a code frame whose caret stands under the column.
import { describe, expect, it } from 'vitest';
import { error, formatDiagnostic, summaryLine, warning } from '../../src/diagnostics/index.js';

const span = (line: number, col: number, endCol?: number) => ({ file: 'a.yaml', start: { line, col }, ...(endCol ? { end: { line, col: endCol } } : {}) });

describe('formatDiagnostic', () => {
  it('header, hint and a caret with an underline for the span', () => {
    const d = error('UNKNOWN_KEY', '`titel` is not a field.', { span: span(2, 1, 6), hint: 'Did you mean `title`?' });
    expect(formatDiagnostic(d, 'cica: 1\ntitel: x\n')).toBe('a.yaml:2:1  UNKNOWN_KEY  `titel` is not a field.\n  hint: Did you mean `title`?\n 2 | titel: x\n   | ^~~~~');
  });

  it('marks warnings and keeps tabs so the caret lines up', () => {
    const d = warning('NUMBER_MISMATCH', 'Numbers differ.', { span: span(1, 3) });
    expect(formatDiagnostic(d, '\tx 5')).toBe('a.yaml:1:3  NUMBER_MISMATCH (warning)  Numbers differ.\n 1 | \tx 5\n   | \t ^');
  });

  it('cuts a very long line to a window around the column', () => {
    const line = 'a'.repeat(5000) + 'X' + 'b'.repeat(5000);
    const out = formatDiagnostic(error('YAML_SYNTAX', 'Bad.', { span: span(1, 5001) }), line).split('\n');
    expect(out[1]!.length).toBeLessThan(120);
    expect(out[1]!.indexOf('X')).toBe(out[2]!.indexOf('^'));
  });

  it('has no frame without a source or a span', () => {
    expect(formatDiagnostic(error('FILE_NOT_FOUND', 'There is no file a.yaml.', { span: span(1, 1) }))).toBe('a.yaml:1:1  FILE_NOT_FOUND  There is no file a.yaml.');
    expect(formatDiagnostic(error('X', 'Y.'))).toBe('X  Y.');
  });

  it('summary line counts in words', () => {
    expect(summaryLine(3, 2, 1)).toBe('3 files checked: 2 errors, 1 warning');
    expect(summaryLine(1, 0, 0)).toBe('1 file checked: no problems');
  });
});
