// Progress of a bundle run on stderr: a redrawn bar on a terminal, one plain line per agreement otherwise
// (CI logs), nothing at all when --json owns stdout and stderr is not a terminal.
import { formatDiagnostic, sortDiagnostics, type Diagnostic } from '../diagnostics/index.js';
import type { JobResult } from './job.js';

export interface Progress {
  done(result: JobResult): void;
  finish(): void;
}

/** `file:line:col  CODE  message` and the hint, as every cica command prints them (no code frame in a progress log). */
export function formatDiagnostics(list: readonly Diagnostic[]): string[] {
  return sortDiagnostics(list).map((d) => formatDiagnostic(d));
}

export function makeProgress(total: number, stream: NodeJS.WriteStream, quiet: boolean): Progress {
  let count = 0;
  const tty = Boolean(stream.isTTY);
  const width = 30;
  const bar = (): string => {
    const filled = total === 0 ? width : Math.round((count / total) * width);
    return `\r[${'#'.repeat(filled)}${' '.repeat(width - filled)}] ${count}/${total}`;
  };
  if (tty) stream.write(bar());
  return {
    done(result) {
      count++;
      const lines = formatDiagnostics(result.diagnostics);
      const counts = result.files === undefined ? '' : `: ${plural(result.files, 'file')}, ${plural(result.bytes ?? 0, 'byte')}`;
      const status = result.ok ? `bundled ${result.bundle}${counts}` : `FAILED ${result.file}`;
      if (tty) {
        if (lines.length || !result.ok) stream.write(`\r\x1b[K${[...lines, ...(result.ok ? [] : [status])].join('\n')}\n`);
        stream.write(bar());
      } else if (!quiet) {
        stream.write([...lines, `${status} (${count}/${total})`].join('\n') + '\n');
      }
    },
    finish() {
      if (tty) stream.write('\n');
    },
  };
}

/** As `cica verify` says it, so the two lines can be compared by eye. */
const plural = (n: number, what: string): string => `${n} ${what}${n === 1 ? '' : 's'}`;

/** `--quiet`: only the failures, each agreement's errors and a `FAILED` line; no bar, no line per bundle. */
export function makeQuietProgress(stream: NodeJS.WriteStream): Progress {
  return {
    done(result) {
      if (result.ok) return;
      const errors = formatDiagnostics(result.diagnostics.filter((d) => d.severity === 'error'));
      stream.write([...errors, `FAILED ${result.file}`].join('\n') + '\n');
    },
    finish() {},
  };
}
