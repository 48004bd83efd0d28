// Builds a hygiene rule that reports each unwanted character of every string value, at the character itself.
import { type Code, error } from '../../diagnostics/index.js';
import type { Rule } from './context.js';

const NAMES: Record<number, string> = {
  0x00ad: 'SOFT HYPHEN', 0x200b: 'ZERO WIDTH SPACE', 0x200c: 'ZERO WIDTH NON-JOINER', 0x200d: 'ZERO WIDTH JOINER',
  0x200e: 'LEFT-TO-RIGHT MARK', 0x200f: 'RIGHT-TO-LEFT MARK', 0x202a: 'LEFT-TO-RIGHT EMBEDDING', 0x202b: 'RIGHT-TO-LEFT EMBEDDING',
  0x202c: 'POP DIRECTIONAL FORMATTING', 0x202d: 'LEFT-TO-RIGHT OVERRIDE', 0x202e: 'RIGHT-TO-LEFT OVERRIDE',
  0x2060: 'WORD JOINER', 0x2066: 'LEFT-TO-RIGHT ISOLATE', 0x2067: 'RIGHT-TO-LEFT ISOLATE', 0x2068: 'FIRST STRONG ISOLATE',
  0x2069: 'POP DIRECTIONAL ISOLATE', 0xfeff: 'ZERO WIDTH NO-BREAK SPACE (byte order mark)', 0x0d: 'CARRIAGE RETURN', 0x7f: 'DELETE',
};

export function charName(cp: number): string {
  const hex = `U+${cp.toString(16).toUpperCase().padStart(4, '0')}`;
  return NAMES[cp] ? `${hex} ${NAMES[cp]}` : hex;
}

export function charRule(code: Code, test: (cp: number) => boolean, message: (name: string) => string, hint: string): Rule {
  return (ctx) => {
    for (const site of ctx.walk.strings) {
      for (let i = 0; i < site.value.length; i++) {
        const cp = site.value.charCodeAt(i);
        if (!test(cp)) continue;
        ctx.report(error(code, message(charName(cp)), { span: ctx.walk.locator.charSpan(site.node, i), field: site.field, hint }));
      }
    }
  };
}
