// Terminal output: colour only on a terminal and never with NO_COLOR (https://no-color.org).
import { Chalk, type ChalkInstance } from 'chalk';

export interface Output {
  out: (text: string) => void;
  err: (text: string) => void;
  color: ChalkInstance;
  isTTY: boolean;
}

export function makeOutput(stream: NodeJS.WriteStream = process.stderr, env = process.env): Output {
  const isTTY = Boolean(stream.isTTY);
  const noColor = env.NO_COLOR !== undefined && env.NO_COLOR !== '';
  const level = isTTY && !noColor ? 1 : 0;
  return {
    out: (text) => void process.stdout.write(text.endsWith('\n') ? text : text + '\n'),
    err: (text) => void process.stderr.write(text.endsWith('\n') ? text : text + '\n'),
    color: new Chalk({ level }),
    isTTY,
  };
}
