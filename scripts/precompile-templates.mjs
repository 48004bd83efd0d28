// Precompiles the built-in templates (issue 13 §2: compiling them was ~80 ms of every cold draft): each main template
// and partial of templates/ that passes the load-time checks (src/templates/check.ts) is written, with its text, as
// the source of its Handlebars template specification (Handlebars.precompile with the options of the run-time
// compile, src/templates/env.ts) into dist/templates/precompiled.json. loadTemplates uses a spec only for a built-in
// file whose text is still that text; an officer's --templates are compiled at run time as before. Run by
// `npm run build` after tsc.
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const { COMPILE_OPTIONS, createEnvironment, HELPER_NAMES } = await import(join(ROOT, 'dist/templates/env.js'));
const { checkTemplate } = await import(join(ROOT, 'dist/templates/check.js'));
const { BUILTIN_DIR } = await import(join(ROOT, 'dist/templates/load.js'));

const files = readdirSync(BUILTIN_DIR, { recursive: true })
  .map((f) => String(f).split(sep).join('/'))
  .filter((rel) => /^partials\/[A-Za-z0-9_-]+\.hbs$/.test(rel) || /^[a-z]+\.(en|ru)\.hbs$/.test(rel))
  .sort();
const partials = new Set(files.map((rel) => /^partials\/(.+)\.hbs$/.exec(rel)?.[1]).filter(Boolean));
const hb = createEnvironment();
const out = {};
const skipped = [];
for (const rel of files) {
  const path = join(BUILTIN_DIR, rel);
  const text = readFileSync(path, 'utf8');
  let ast;
  try {
    ast = hb.parse(text);
  } catch {
    skipped.push(rel); // the run-time load reports it
    continue;
  }
  if (checkTemplate(ast, { file: path, helpers: HELPER_NAMES, partials }).length) {
    skipped.push(rel);
    continue;
  }
  out[rel] = { text, spec: hb.precompile(ast, { ...COMPILE_OPTIONS }) };
}
const target = join(ROOT, 'dist/templates/precompiled.json');
writeFileSync(target, JSON.stringify(out) + '\n');
console.log(`precompile-templates: ${Object.keys(out).length} templates into ${relative(ROOT, target)}${skipped.length ? `; not precompiled (they have problems): ${skipped.join(', ')}` : ''}`);
