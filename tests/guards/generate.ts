// Agreements made from the CSTO-CICA memorandum for the layout guards: n parties (each a copy of the CICA Secretariat
// with its own number), a party name of a given length, lists nested to a depth.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseDocument } from 'yaml';

const ROOT = new URL('../../', import.meta.url).pathname;
const SAMPLE = join(ROOT, 'agreements', 'csto-cica-memorandum.yaml');

type Json = Record<string, unknown>;
const CASES = ['nom', 'gen', 'dat', 'acc', 'ins', 'pre'] as const;
const numbered = (v: unknown, n: number): unknown =>
  typeof v === 'string' ? `${v} No. ${n}` : Object.fromEntries(Object.entries(v as Json).map(([k, s]) => [k, `${String(s)} № ${n}`]));

function base(): Json {
  return parseDocument(readFileSync(SAMPLE, 'utf8')).toJS() as Json;
}

export function withParties(n: number, nameOf?: (i: number) => { en: string; ru: string }): Json {
  const a = base();
  const template = (a.parties as Json[])[1]!;
  a.parties = Array.from({ length: n }, (_, k) => {
    const i = k + 1;
    const name = nameOf?.(i);
    const party: Json = { ...template, id: `p${i}`, abbr: { en: `P${i}`, ru: `П${i}` } };
    for (const field of ['name', 'short', 'signatureName']) {
      const v = template[field] as Json;
      party[field] = name && field !== 'short'
        ? { en: name.en, ru: Object.fromEntries(CASES.filter((c) => c in (v.ru as Json)).map((c) => [c, name.ru])) }
        : { en: numbered(v.en, i), ru: numbered(v.ru, i) };
    }
    return party;
  });
  (a.final as Json).custody = a.parties.map((p) => (p as Json).id);
  (a.final as Json).originals = n;
  a.signatories = a.parties.map((p, k) => ({ party: (p as Json).id, name: { en: `Signatory ${k + 1}`, ru: `Подписант ${k + 1}` }, title: { en: 'Secretary General', ru: 'Генеральный секретарь' } }));
  return a;
}

/** A first article whose paragraph holds a list nested `depth` levels deep. */
export function withListDepth(depth: number): Json {
  const a = base();
  let items: Json[] = [{ en: `the deepest item, at level ${depth}`, ru: `самый глубокий пункт, на уровне ${depth}` }];
  for (let level = depth - 1; level >= 1; level--) items = [{ en: `an item at level ${level}:`, ru: `пункт на уровне ${level}:`, items }];
  const articles = a.articles as Json[];
  articles[0] = { ...articles[0], paragraphs: [{ en: 'The Parties shall:', ru: 'Стороны:', items }] };
  return a;
}

export function write(dir: string, name: string, agreement: Json): string {
  const file = join(dir, name);
  writeFileSync(file, JSON.stringify(agreement, null, 1)); // JSON is YAML
  return file;
}
