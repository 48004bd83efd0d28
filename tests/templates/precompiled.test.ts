// The built-in templates precompiled at build time (scripts/precompile-templates.mjs -> dist/templates/precompiled.json)
// render every sample exactly as the same templates compiled at run time; a built-in whose text changed since the
// build, and an officer's copy of one, are compiled at run time (issue 13 §2).
import { cpSync, existsSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { printDocument } from '../../src/document/index.js';
import { loadAgreement } from '../../src/model/index.js';
import { BUILTIN_DIR, loadTemplates, renderDocument, type TemplateSet } from '../../src/templates/index.js';
import { tempDir } from '../e2e/tools.js';

const JSON_FILE = join(import.meta.dirname, '../../dist/templates/precompiled.json');
const BUILT = existsSync(JSON_FILE);
if (!BUILT) console.warn('[skip] dist/templates/precompiled.json is absent (run `npm run build`): the precompiled-template tests are skipped');

const samples = readdirSync('agreements').filter((f) => f.endsWith('.yaml')).sort();

async function set(dir?: string, precompiled = true): Promise<TemplateSet> {
  const r = await loadTemplates(dir, { precompiled });
  if (!r.ok) throw new Error(JSON.stringify(r.diagnostics));
  return r.value;
}

async function trees(templates: TemplateSet): Promise<string[]> {
  const out: string[] = [];
  for (const sample of samples) {
    const loaded = await loadAgreement(join('agreements', sample));
    if (!loaded.ok) throw new Error(JSON.stringify(loaded.diagnostics));
    for (const layout of ['en', 'ru', 'parallel'] as const) {
      for (const order of [['en', 'ru'], ['ru', 'en']] as const) {
        const r = renderDocument(loaded.value, templates, { layout, order, creator: 'cica test', enclosurePages: 2 });
        out.push(r.ok ? printDocument(r.value) : `${sample} ${layout}: ${JSON.stringify(r.diagnostics)}`);
      }
    }
  }
  return out;
}

describe.skipIf(!BUILT)('precompiled built-in templates', () => {
  it('hold every built-in main template and partial, each with the text it was made from', () => {
    const json = JSON.parse(readFileSync(JSON_FILE, 'utf8')) as Record<string, { text: string; spec: string }>;
    const hbs = readdirSync(BUILTIN_DIR, { recursive: true }).map(String).filter((f) => f.endsWith('.hbs')).map((f) => f.split('\\').join('/')).sort();
    expect(Object.keys(json).sort()).toEqual(hbs);
    for (const [rel, { text, spec }] of Object.entries(json)) {
      expect(text, rel).toBe(readFileSync(join(BUILTIN_DIR, rel), 'utf8'));
      expect(spec, rel).toMatch(/"compiler":\[\d+,/);
    }
  });

  it('render every sample, layout and order exactly as the templates compiled at run time', async () => {
    const a = await trees(await set());
    expect(a.length).toBe(samples.length * 6);
    expect(a).toEqual(await trees(await set(undefined, false)));
  });

  it('an officer\'s folder: its files compiled at run time, the built-ins it leaves precompiled, all as before', async () => {
    const dir = tempDir('precompiled');
    try {
      // An edited copy of one main template and one partial.
      const main = readFileSync(join(BUILTIN_DIR, 'memorandum.en.hbs'), 'utf8');
      writeFileSync(join(dir, 'memorandum.en.hbs'), main.replace(/$/, '\n'));
      cpSync(join(BUILTIN_DIR, 'partials'), join(dir, 'partials'), { recursive: true });
      const a = await trees(await set(dir));
      expect(a).toEqual(await trees(await set(dir, false)));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
