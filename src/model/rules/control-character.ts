// C0 and C1 control characters (other than tab and line feed) have no place in a signed text.
import { charRule } from './char-rule.js';

export const controlCharacter = charRule(
  'CONTROL_CHARACTER',
  (cp) => (cp < 0x20 && cp !== 0x09 && cp !== 0x0a) || (cp >= 0x7f && cp <= 0x9f),
  (name) => `The text holds an invisible control character (${name}), usually pasted from another program.`,
  'Delete the character: retype the word around this position.',
);
