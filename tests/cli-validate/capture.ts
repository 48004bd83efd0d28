// A captured Output for command tests: what a command printed, in order, with or without colour.
import { Chalk } from 'chalk';
import type { Output } from '../../src/cli/output.js';

export function capture(level: 0 | 1 = 0): Output & { stdout: string[]; stderr: string[] } {
  const stdout: string[] = [];
  const stderr: string[] = [];
  return { stdout, stderr, out: (t) => void stdout.push(t), err: (t) => void stderr.push(t), color: new Chalk({ level }), isTTY: level > 0 };
}
