// Bidirectional controls can reorder what a reader sees against what is signed ("Trojan Source", CVE-2021-42574).
import { charRule } from './char-rule.js';

const BIDI = (cp: number) => (cp >= 0x202a && cp <= 0x202e) || (cp >= 0x2066 && cp <= 0x2069) || cp === 0x200e || cp === 0x200f || cp === 0x061c;

export const bidiControl = charRule(
  'BIDI_CONTROL',
  BIDI,
  (name) => `The text holds a bidirectional control character (${name}), which can change the order in which text is displayed.`,
  'Delete the character; neither English nor Russian needs it.',
);
