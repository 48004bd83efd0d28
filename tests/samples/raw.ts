// The sample agreements as plain parsed YAML (no validator involved), and a walk over their text units.
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { parse } from 'yaml';

export const SAMPLES_DIR = fileURLToPath(new URL('../../agreements/', import.meta.url));

export interface Sample {
  name: string;
  source: string;
  /** Plain YAML: its shape is what the tests that read it assert. */
  data: any;
}

export function readSamples(): Sample[] {
  return readdirSync(SAMPLES_DIR)
    .filter((f) => f.endsWith('.yaml'))
    .sort()
    .map((name) => {
      const source = readFileSync(join(SAMPLES_DIR, name), 'utf8');
      return { name, source, data: parse(source) as unknown };
    });
}

export function readSample(name: string): Sample {
  const found = readSamples().find((s) => s.name === name);
  if (!found) throw new Error(`agreements/${name} is missing`);
  return found;
}

/** One bilingual pair: a map with `en` and `ru` where `en` is a string (`ru` a string or a map of cases). */
export interface Pair {
  path: string;
  en: string;
  ru: string | Record<string, string>;
}

export function pairs(node: unknown, path = ''): Pair[] {
  if (Array.isArray(node)) return node.flatMap((n, i) => pairs(n, `${path}[${i}]`));
  if (node === null || typeof node !== 'object') return [];
  const map = node as Record<string, unknown>;
  const own: Pair[] = typeof map.en === 'string' && map.ru !== undefined
    ? [{ path, en: map.en, ru: map.ru as Pair['ru'] }]
    : [];
  const nested = Object.entries(map)
    .filter(([key]) => key !== 'en' && key !== 'ru')
    .flatMap(([key, value]) => pairs(value, path ? `${path}.${key}` : key));
  return [...own, ...nested];
}

/** Every Russian string of a pair: the string itself or each case form. */
export function russianForms(pair: Pair): string[] {
  return typeof pair.ru === 'string' ? [pair.ru] : Object.values(pair.ru);
}

/** Text with `[[id]]` / `[[id:case]]` markup removed. */
export function withoutReferences(text: string): string {
  return text.replace(/\[\[[^\]]*\]\]/g, '');
}

/** The ids a text refers to, in order (the case suffix dropped). */
export function referencedIds(text: string): string[] {
  return [...text.matchAll(/\[\[([A-Za-z][\w-]*)(?::[a-z]+)?\]\]/g)].map((m) => m[1] as string);
}
