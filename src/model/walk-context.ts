// What the structural walk collects besides the values: diagnostics, every string and text unit, spans by field.
import type { Scalar } from 'yaml';
import { type Diagnostic, type Span } from '../diagnostics/index.js';
import type { Locator } from '../reader/index.js';
import type { Inline, ParsedText } from './markup.js';
import type { Lang, SourceSpans } from './types.js';

/** How a string is printed: a running text whose markup is read, or as written; absent when it is not printed
 *  as text (ids, codes, file names). */
export type StringRole = 'markup' | 'plain';

/** One string value of the file, for the text-hygiene, markup and placeholder rules. */
export interface StringSite {
  field: string;
  node: Scalar;
  value: string;
  role?: StringRole;
  /** The parse of a printed string (model/markup.ts), made once by the walk; a running text's inlines go to the model. */
  parsed?: ParsedText;
}

/** One text unit (the same sentence in every language), for the markup and number rules. */
export interface UnitSite {
  field: string;
  langs: Partial<Record<Lang, StringSite>>;
}

/** A text unit as walked: the languages found, their spans, and its other fields (id, items). */
export interface RawUnit {
  $unit: true;
  text: Partial<Record<Lang, string>>;
  /** The parsed markup of a running text, per language. */
  inline: Partial<Record<Lang, Inline[]>>;
  src: SourceSpans;
  fields: Record<string, unknown>;
  $span: Span;
  $field: string;
}

/** A map as walked: its known fields, plus where it stands (`$span`) and its path (`$field`). */
export type RawObject = { $span: Span; $field: string; [key: string]: unknown };

/** Problems kept per file (ten times those shown, MAX_DIAGNOSTICS, so the first shown are the file's first). */
export const KEEP_DIAGNOSTICS = 5000;

export class WalkContext {
  readonly diagnostics: Diagnostic[] = [];
  readonly strings: StringSite[] = [];
  readonly units: UnitSite[] = [];
  /** Span of each value by field path (`final.date`, `signatories[1].party`). */
  readonly spans = new Map<string, Span>();
  /** Span of each key by field path, where the field was written as a key. */
  readonly keys = new Map<string, Span>();
  /** Did-you-means computed so far (bounded per file, issue 10 §3). */
  suggestions = 0;

  constructor(readonly locator: Locator) {}

  /** Problems found past KEEP_DIAGNOSTICS, counted only: a file with 180,000 of them would hold 60 MB of them. */
  overflow = 0;

  report(d: Diagnostic): void {
    if (this.diagnostics.length < KEEP_DIAGNOSTICS) this.diagnostics.push(d);
    else this.overflow++;
  }

  /** The span of a field, or of the nearest enclosing field that has one. */
  at(field: string): Span {
    let f = field;
    for (;;) {
      const s = this.spans.get(f) ?? this.keys.get(f);
      if (s) return s;
      const cut = Math.max(f.lastIndexOf('.'), f.lastIndexOf('['));
      if (cut <= 0) return this.spans.get('') ?? this.locator.span(0);
      f = f.slice(0, cut);
    }
  }
}

export const join = (parent: string, key: string | number): string =>
  typeof key === 'number' ? `${parent}[${key}]` : parent ? `${parent}.${key}` : key;
