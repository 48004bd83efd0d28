// Terminal output: colour only on a terminal and never with NO_COLOR (https://no-color.org). chalk is loaded only when
// colour is on: a cold `cica validate` into a pipe or a CI log never pays for it (issue 13 §2).
import { PLAIN, type Paint } from '../diagnostics/index.js';

/** The colours the commands use; a chalk instance fits. */
export interface Colours extends Paint {
  green: (s: string) => string;
}

export interface Output {
  out: (text: string) => void;
  err: (text: string) => void;
  color: Colours;
  isTTY: boolean;
}

const NONE: Colours = { ...PLAIN, green: (s) => s };

export async function makeOutput(stream: NodeJS.WriteStream = process.stderr, env = process.env): Promise<Output> {
  const isTTY = Boolean(stream.isTTY);
  const noColor = env.NO_COLOR !== undefined && env.NO_COLOR !== '';
  const color = isTTY && !noColor ? new (await import('chalk')).Chalk({ level: 1 }) : NONE;
  return {
    out: (text) => void process.stdout.write(text.endsWith('\n') ? text : text + '\n'),
    err: (text) => void process.stderr.write(text.endsWith('\n') ? text : text + '\n'),
    color,
    isTTY,
  };
}
