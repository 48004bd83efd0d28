// loadTemplates: the built-in templates (the package's templates/ folder), overridden file by file by an
// officer's folder; parsed, checked and compiled once per run.
import { readFileSync } from 'node:fs';
import { readdir, readFile, stat } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { error, type Diagnostic, type Result, fail, ok } from '../diagnostics/index.js';
import type { Stylesheet } from '../document/index.js';
import { checkTemplate } from './check.js';
import { COMPILE_OPTIONS, createEnvironment, HELPER_NAMES } from './env.js';
import { compileTemplate, templateFromSpec, type CompiledTemplate } from './compiled.js';
import { parseStyles } from './styles.js';

/** The package's own templates: resolved from this file, so it works from src/ (vitest) and dist/. */
export const BUILTIN_DIR = fileURLToPath(new URL('../../templates/', import.meta.url));
export const KINDS = ['memorandum', 'protocol', 'note'] as const;
export const STYLES_FILE = 'styles.json';

export interface TemplateSet {
  /** `memorandum.en`, `note.ru`, ...: the main template of each kind and language. */
  main: ReadonlyMap<string, CompiledTemplate>;
  styles: Stylesheet;
  /** Every file used, relative path -> the path it was read from. */
  files: ReadonlyMap<string, string>;
}

/** A template file is small; a larger one is refused before it is read. */
export const MAX_TEMPLATE_BYTES = 1 << 20;

/** Relative paths (with `/`) of the .hbs and .json files under dir, and a diagnostic for every link or special file
 *  in the folder (issue 10 §4): a link could stand for a file outside it, and skipping it would silently put the
 *  built-in template in its place. */
async function listTemplateFiles(dir: string, diagnostics: Diagnostic[] = []): Promise<string[]> {
  const out: string[] = [];
  for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
    const path = join(entry.parentPath, entry.name);
    const rel = relative(dir, path).split(sep).join('/');
    const at = { span: { file: path, start: { line: 1, col: 1 } } };
    if (entry.isSymbolicLink()) {
      diagnostics.push(error('TEMPLATE_SYMLINK', `The templates folder holds ${rel}, a symbolic link; templates are read only from plain files in the folder.`,
        { ...at, hint: 'Copy the file into the folder in place of the link (cp --remove-destination TARGET LINK).' }));
    } else if (!entry.isFile() && /\.(hbs|json)$/.test(entry.name)) {
      // A folder, pipe or device named like a template (the hostile corpus: a folder memorandum.ru.hbs was skipped
      // and the built-in drafted in its place, exit 0).
      diagnostics.push(error('TEMPLATE_NOT_A_FILE', `The templates folder holds ${rel}, which is not a plain file.`, at));
    } else if (entry.isFile() && /\.(hbs|json)$/.test(entry.name)) out.push(rel);
  }
  return out.sort();
}

async function sources(dir?: string): Promise<Result<Map<string, string>>> {
  const files = new Map<string, string>();
  for (const rel of await listTemplateFiles(BUILTIN_DIR)) files.set(rel, join(BUILTIN_DIR, rel));
  if (dir === undefined) return ok(files);
  const info = await stat(dir).catch(() => undefined);
  if (!info?.isDirectory()) {
    return fail([error('TEMPLATE_DIR_MISSING', `The templates folder ${dir} does not exist.`,
      { hint: 'Create it with: cica templates export DIR' })]);
  }
  const problems: Diagnostic[] = [];
  const listed = await listTemplateFiles(dir, problems).catch((e: NodeJS.ErrnoException) => {
    problems.push(error('TEMPLATE_DIR_UNREADABLE', `The templates folder ${dir} cannot be read (${e.code ?? e.message}).`));
    return [];
  });
  for (const rel of listed) {
    const size = (await stat(join(dir, rel)).catch(() => undefined))?.size ?? 0;
    if (size > MAX_TEMPLATE_BYTES) {
      problems.push(error('TEMPLATE_FILE_TOO_LARGE', `${rel} is ${size} bytes; a template file is at most ${MAX_TEMPLATE_BYTES >> 20} MiB.`,
        { span: { file: join(dir, rel), start: { line: 1, col: 1 } } }));
    }
    files.set(rel, join(dir, rel));
  }
  return problems.length ? fail(problems) : ok(files);
}

/** The built-in templates as `npm run build` precompiled them (scripts/precompile-templates.mjs), each with the text
 *  it was made from: relative path -> { text, spec (the source of a Handlebars template specification) }. From
 *  dist/ beside the other build tables, so src/ (vitest) finds it too; absent before a build. */
const PRECOMPILED_FILE = new URL('../../dist/templates/precompiled.json', import.meta.url);

interface Precompiled {
  text: string;
  spec: string;
}

let precompiled: Map<string, { text: string; spec: () => TemplateSpecification }> | undefined;

/** The precompiled built-ins, read once a process; each spec's source evaluated when first used. */
function builtinSpecs(): Map<string, { text: string; spec: () => TemplateSpecification }> {
  if (precompiled) return precompiled;
  precompiled = new Map();
  let read: Record<string, Precompiled>;
  try {
    read = JSON.parse(readFileSync(PRECOMPILED_FILE, 'utf8')) as Record<string, Precompiled>;
  } catch {
    return precompiled; // not built: every template is compiled here
  }
  for (const [rel, { text, spec }] of Object.entries(read)) {
    let evaluated: TemplateSpecification | undefined;
    // The spec is the JavaScript object literal Handlebars.precompile wrote at build time, from the package's own
    // templates (never an officer's: those are compiled at run time, below).
    precompiled.set(rel, { text, spec: () => (evaluated ??= new Function(`return ${spec};`)() as TemplateSpecification) });
  }
  return precompiled;
}

/** The partial name of `partials/x.hbs` is `x`. */
function partialName(rel: string): string | undefined {
  const m = /^partials\/([A-Za-z0-9_-]+)\.hbs$/.exec(rel);
  return m?.[1];
}

/** Loads, checks and compiles every template; all problems at once. A built-in template not overridden, whose text is
 *  the one `npm run build` precompiled and checked, is not parsed, checked and compiled again (`precompiled: false`
 *  does it anyway, for the tests that compare both). */
export async function loadTemplates(dir?: string, { precompiled: usePrecompiled = true } = {}): Promise<Result<TemplateSet>> {
  const found = await sources(dir);
  if (!found.ok) return fail(found.diagnostics);
  const files = found.value;
  const hb = createEnvironment();
  const diagnostics: Diagnostic[] = [];
  const partials = new Set([...files.keys()].map(partialName).filter((n): n is string => n !== undefined));
  const main = new Map<string, CompiledTemplate>();
  let styles: Stylesheet = Object.create(null) as Stylesheet;
  for (const [rel, path] of files) {
    const text = await readFile(path, 'utf8').catch((e: NodeJS.ErrnoException) => e);
    if (text instanceof Error) {
      diagnostics.push(error('TEMPLATE_UNREADABLE', `The template cannot be read (${text.code ?? text.message}).`, { span: { file: path, start: { line: 1, col: 1 } } }));
      continue;
    }
    if (rel === STYLES_FILE) {
      const parsed = parseStyles(text, path);
      diagnostics.push(...parsed.diagnostics);
      if (parsed.ok) styles = parsed.value;
      continue;
    }
    if (!rel.endsWith('.hbs')) continue;
    const partial = partialName(rel);
    const mainKey = /^([a-z]+\.(en|ru))\.hbs$/.exec(rel)?.[1];
    if (partial === undefined && mainKey === undefined) continue;
    const built = usePrecompiled && path === join(BUILTIN_DIR, rel) ? builtinSpecs().get(rel) : undefined;
    if (built && built.text === text) {
      let made: CompiledTemplate | undefined;
      try {
        made = templateFromSpec(hb, built.spec(), path);
      } catch {
        made = undefined; // made by another Handlebars version than this one: compiled below
      }
      if (made) {
        if (partial !== undefined) hb.registerPartial(partial, made.partial as unknown as HandlebarsTemplateDelegate);
        else main.set(mainKey!, made);
        continue;
      }
    }
    let ast: unknown;
    try {
      ast = hb.parse(text);
    } catch (e) {
      const line = Number(/on line (\d+)/.exec((e as Error).message)?.[1] ?? 1);
      diagnostics.push(error('TEMPLATE_SYNTAX', `The template cannot be read: ${(e as Error).message.split('\n')[0]}`,
        { span: { file: path, start: { line, col: 1 } } }));
      continue;
    }
    const problems = checkTemplate(ast, { file: path, helpers: HELPER_NAMES, partials });
    diagnostics.push(...problems);
    if (problems.length) continue;
    const compiled = compileTemplate(hb, ast as hbs.AST.Program, path, COMPILE_OPTIONS);
    if (partial !== undefined) hb.registerPartial(partial, compiled.partial as unknown as HandlebarsTemplateDelegate);
    else main.set(mainKey!, compiled);
  }
  for (const kind of KINDS) {
    for (const lang of ['en', 'ru']) {
      if (!main.has(`${kind}.${lang}`) && !diagnostics.some((d) => d.span?.file.endsWith(`${kind}.${lang}.hbs`))) {
        diagnostics.push(error('TEMPLATE_MISSING', `There is no template for ${kind} in ${lang} (${kind}.${lang}.hbs).`));
      }
    }
  }
  if (diagnostics.length) return fail(diagnostics);
  return ok({ main, styles, files });
}
