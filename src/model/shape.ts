// The vocabulary of the agreement schema: one description that both the checker and the JSON Schema read.
import type { Case } from './types.js';

export interface Field {
  shape: Shape;
  description: string;
  required?: boolean;
}

export type Shape =
  | { kind: 'string'; enum?: readonly string[]; /** accept a plain number and keep its digits (reference numbers) */ numberOk?: boolean;
      /** printed as written (a reference number), so checked for markup and placeholders */ printed?: boolean }
  | { kind: 'integer'; minimum?: number; maximum?: number }
  | { kind: 'boolean' }
  /** letters, digits, `-` and `_`, starting with a letter */
  | { kind: 'id' }
  | { kind: 'lang' }
  /** YYYY-MM-DD, or YYYY alone */
  | { kind: 'date' }
  /** a text unit: every language required, plus the extra fields given; `markup`: a running text whose inline
   *  markup is read (model/markup.ts), else printed as written */
  | { kind: 'text'; fields?: Record<string, Field>; markup?: boolean }
  /** a name with Russian case forms; `cases` are the forms the templates need */
  | { kind: 'names'; cases: readonly Case[] }
  /** the title: a text unit whose Russian is a known instrument noun, or its case forms and `gender` */
  | { kind: 'title' }
  | { kind: 'object'; fields: Record<string, Field> }
  | { kind: 'list'; of: Shape; minItems?: number }
  /** an id alone, or a map with that id under `key` and more fields (custody: `csto` or `{ party: csto, keeper }`) */
  | { kind: 'idOrObject'; key: string; object: { kind: 'object'; fields: Record<string, Field> } }
  | { kind: 'ref'; name: string };

export const ID_PATTERN = /^[A-Za-z][A-Za-z0-9_-]*$/;
/** Names used by the markup itself (`[[deadline]]`), so no article may take them. */
export const RESERVED_IDS: readonly string[] = ['deadline'];
export const DATE_PATTERN = /^(\d{4})(?:-(\d{2})-(\d{2}))?$/;
/** Years an agreement's dates may fall in (issue 10 §2: "1 January 0" was printed): from the United Nations
 *  Charter (1945), before which no instrument of today's practice is drafted, to 2100, past which a date is a
 *  typo (20200 -> 2020 is caught by the pattern, 2202 by this). Applies to every date field. */
export const YEARS = { min: 1945, max: 2100 } as const;

export const req = (shape: Shape, description: string): Field => ({ shape, description, required: true });
export const opt = (shape: Shape, description: string): Field => ({ shape, description });
