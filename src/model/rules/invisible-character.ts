// Zero-width characters and soft hyphens are invisible in an editor but break search, hyphenation and comparison.
import { charRule } from './char-rule.js';

const INVISIBLE = (cp: number) => (cp >= 0x200b && cp <= 0x200d) || (cp >= 0x2060 && cp <= 0x2064) || cp === 0xfeff || cp === 0x00ad;

export const invisibleCharacter = charRule(
  'INVISIBLE_CHARACTER',
  INVISIBLE,
  (name) => `The text holds an invisible character (${name}).`,
  'Delete it: place the cursor here and delete until the neighbouring letters touch (hyphenation is automatic).',
);
