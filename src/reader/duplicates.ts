// Duplicate keys in linear time (issue 10 §3): eemeli/yaml's own `uniqueKeys` check compares every key of a map
// with every other (20,000 keys: 25 s), so it is off and each map's keys go through one Set here.
import { isMap, isScalar, visit, type Document, type Node } from 'yaml';
import { type Diagnostic, error } from '../diagnostics/index.js';
import type { Locator } from './positions.js';

/** A scalar key's identity as YAML compares keys: `en` and "en" are one key, `1` and "1" two. */
const identity = (value: unknown): string => `${value === null ? 'null' : typeof value}:${String(value)}`;

export function checkDuplicateKeys(doc: Document.Parsed, locator: Locator): Diagnostic[] {
  const out: { at: number; d: Diagnostic }[] = [];
  visit(doc, {
    Map(_key, map) {
      if (!isMap(map)) return;
      const seen = new Set<string>();
      for (const pair of map.items) {
        const key = pair.key as Node | null;
        if (!isScalar(key)) continue; // a map or list as a key: the walk reports it as an unknown key
        const id = identity(key.value);
        if (!seen.has(id)) { seen.add(id); continue; }
        const [start, end] = key.range ?? [0, 0];
        const name = String(key.value) || 'this key';
        out.push({ at: start, d: error('DUPLICATE_KEY', `The key \`${name}\` is given twice in the same map; only one is allowed.`, {
          span: end > start ? locator.span(start, end) : locator.span(start), hint: 'Delete or merge one of the two entries.',
        }) });
      }
    },
  });
  // In the order of the file (the visit meets an outer map's keys before an inner map's).
  return out.sort((a, b) => a.at - b.at).map((x) => x.d);
}
