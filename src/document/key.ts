// A document tree as one string that differs whenever anything in the tree differs, for a caller that keeps what a
// writer made of a tree and gives it again for an equal one (cica watch: the Russian text of a version whose edit
// was in English). JSON, with what JSON would blur kept apart: a field set to undefined and a field absent, NaN and
// null, -0 and 0. A value that is no plain data (a class instance, a Map, a function) makes no key: the tree is
// then always written anew.
import type { DocumentTree } from './tree.js';

class NotPlainData extends Error {}

const UNDEFINED = '\u0000undefined';

function replacer(this: unknown, key: string, value: unknown): unknown {
  // The value before any toJSON of its own (a Date's would make it a string).
  const raw = key === '' ? value : (this as Record<string, unknown>)[key];
  if (!Object.is(raw, value)) throw new NotPlainData();
  switch (typeof value) {
    case 'undefined':
      return UNDEFINED;
    case 'number':
      return Number.isFinite(value) && !Object.is(value, -0) ? value : `\u0000number:${Object.is(value, -0) ? '-0' : String(value)}`;
    case 'string':
      // A string that looks like one of the markers above stays apart from it.
      return value.startsWith('\u0000') ? `\u0000string:${value}` : value;
    case 'boolean':
      return value;
    case 'object': {
      if (value === null) return value;
      const proto = Object.getPrototypeOf(value) as unknown;
      if (proto === Object.prototype || proto === Array.prototype || proto === null) return value;
      throw new NotPlainData();
    }
    default:
      throw new NotPlainData();
  }
}

/** The tree's key, or undefined when it holds something that is not plain data. */
export function documentKey(tree: DocumentTree): string | undefined {
  try {
    return JSON.stringify(tree, replacer);
  } catch (e) {
    if (e instanceof NotPlainData) return undefined;
    throw e;
  }
}
