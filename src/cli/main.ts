// argv -> command options -> one command module (loaded lazily, so `cica --help` loads no writer).
import { Argument, Command, CommanderError, Option } from 'commander';
import { EXIT } from './exit.js';
import { VERSION as version } from './version.js';

function list(value: string): string[] {
  return value.split(',').map((s) => s.trim()).filter(Boolean);
}

/** A comma-separated option whose default shows in --help as it would be typed (en,ru), not as JSON. */
function listOption(flags: string, description: string, fallback: string[]): Option {
  return new Option(flags, description).argParser(list).default(fallback, fallback.join(','));
}

// The options every command that renders documents shares (draft, diff).
const LAYOUT = () => listOption('--layout <list>', 'layouts to write, comma-separated: en, ru, parallel', ['en', 'ru', 'parallel']);
const FORMAT = () => listOption('--format <list>', 'formats to write, comma-separated: docx, pdf', ['docx', 'pdf']);
const DRAFT_FORMAT = () => listOption('--format <list>', 'formats to write, comma-separated: docx, pdf, akn (Akoma Ntoso XML, one file per language)', ['docx', 'pdf']);
const ORDER = () => listOption('--order <list>', 'column order of the parallel text', ['en', 'ru']);
const PAGE_SIZE = () => new Option('--page-size <size>', 'paper of the PDF and DOCX pages').choices(['A4', 'Letter']).default('A4');

/** The options of `cica draft`, which `cica watch` takes too. */
function addDraftOptions(command: Command): Command {
  return command
    .addOption(LAYOUT()).addOption(DRAFT_FORMAT()).option('--out <dir>', 'output directory', 'out')
    .option('--templates <dir>', 'use the templates in DIR instead of the built-in ones').addOption(ORDER()).addOption(PAGE_SIZE())
    .option('--no-enclosure', 'write a note verbale without its enclosure (the note still states its page count)')
    .option('--embed-source', 'embed the agreement\'s YAML in each PDF as its source (PDF/A-3u instead of PDF/A-2u)');
}

/** Commands that render documents (verify only with --rebuild). */
const RENDERING = new Set(['draft', 'watch', 'diff', 'bundle', 'verify']);

export async function main(argv: string[]): Promise<number> {
  let code: number = EXIT.OK;
  const program = new Command('cica')
    .description('Draft bilingual (English/Russian) international agreements from YAML: validate, render DOCX and PDF, bundle signed copies.')
    .version(version, '-V, --version', 'print the version')
    .helpOption('-h, --help', 'show help')
    .showSuggestionAfterError(true)
    .exitOverride()
    .configureOutput({
      writeOut: (s) => process.stdout.write(s),
      writeErr: (s) => process.stderr.write(s),
    });

  program
    .command('validate')
    .description('check agreement files and report every problem at once')
    .argument('<path...>', "agreement YAML files, folders of them (their *.yaml, *.yml), or '-' for standard input")
    .option('--json', 'print the diagnostics as JSON (for CI)')
    .option('--quiet', 'print only the errors, no summary')
    .option('--strict', 'warnings fail too: exit 1 (for CI)')
    .action(async (files: string[], opts: { json?: boolean; quiet?: boolean; strict?: boolean }) => {
      code = await (await import('./validate.js')).runValidate(files, opts);
    });

  const draft = program
    .command('draft')
    .description('render agreements as DOCX and PDF: English, Russian and parallel texts')
    .argument('<path...>', "agreement YAML files, folders of them (their *.yaml, *.yml), or '-' for standard input");
  addDraftOptions(draft)
    .option('--name <name>', "with '-': the name of the documents drafted from standard input (default: stdin)")
    .option('--json', 'print what was written (path, bytes, sha256) and the diagnostics as JSON (for CI)')
    .option('--quiet', 'print only the errors')
    .option('--strict', 'warnings fail too: exit 1, nothing written (for CI)')
    .action(async (files: string[], opts) => {
      code = await (await import('./draft.js')).runDraft(files, opts);
    });

  const watch = program
    .command('watch')
    .description('draft agreements again on every save, printing each version\'s diagnostics; --serve shows them in a browser')
    .argument('<file...>', 'agreement YAML files (and a note\'s enclosure, and --templates, are watched)');
  addDraftOptions(watch)
    .option('--serve [port]', 'serve a page of the documents and diagnostics on 127.0.0.1 that reloads on each change (default port 4510; 0: any free port)')
    .action(async (files: string[], opts) => {
      code = await (await import('./watch.js')).runWatch(files, opts);
    });

  program
    .command('diff')
    .description('compare two versions of an agreement: redlines with tracked changes, and the changes made in one language only')
    .argument('<old>', 'the earlier version: a YAML file, or REV:PATH read from git (HEAD~1:agreements/x.yaml)')
    .argument('<new>', 'the later version (a file or REV:PATH)')
    .addOption(LAYOUT()).addOption(FORMAT()).option('--out <dir>', 'output directory', 'out')
    .option('--templates <dir>', 'use the templates in DIR instead of the built-in ones').addOption(ORDER()).addOption(PAGE_SIZE())
    .option('--author <name>', 'the author of the tracked changes (default: cica)')
    .option('--json', 'print the findings and the files written as JSON (for CI)')
    .option('--strict', 'a change made in one language only is an error: exit 1 (for CI)')
    .action(async (before: string, after: string, opts) => {
      code = await (await import('./diff.js')).runDiff(before, after, opts);
    });

  program
    .command('schema')
    .description('print the JSON Schema of the agreement format (for editors and the YAML language server)')
    .option('--write <dir>', 'write it as DIR/agreement.schema.json instead, beside the agreements (the copy `cica init` names)')
    .action(async (opts: { write?: string }) => {
      code = await (await import('./schema.js')).runSchema(undefined, opts);
    });

  program
    .command('init')
    .description('write a commented starter agreement that validates')
    .argument('<file>', 'the YAML file to create')
    .addOption(new Option('--kind <kind>', 'kind of agreement').choices(['memorandum', 'protocol', 'note']).default('memorandum'))
    .option('--force', 'overwrite FILE if it exists')
    .action(async (file: string, opts) => {
      code = await (await import('./init.js')).runInit(file, opts);
    });

  const templates = program.command('templates').description('work with the Handlebars templates');
  templates
    .command('export')
    .description('copy the built-in templates into DIR, to edit and use with --templates')
    .argument('<dir>', 'target directory')
    .option('--force', 'overwrite files that exist')
    .action(async (dir: string, opts) => {
      code = await (await import('./templates.js')).runTemplatesExport(dir, opts);
    });

  program
    .command('bundle')
    .description('render agreements into signed BagIt bundles for archiving and exchange')
    .argument('<path...>', 'agreement YAML files or directories of them')
    .requiredOption('--out <dir>', 'directory for the bundles')
    .option('--key <file>', 'minisign secret key to sign each bundle')
    .option('--jobs <n>', 'agreements rendered in parallel (default and most: the number of cores)')
    .option('--zip', 'also write a deterministic .zip of each bundle')
    .option('--templates <dir>', 'use the templates in DIR (they are stored in each bundle, for --rebuild)')
    .option('--quiet', 'print only the agreements that failed and their errors')
    .option('--shard <k/n>', 'bundle only the K-th of N stable slices of the agreements (a CI matrix: one slice a machine)')
    .option('--json', 'print a JSON summary (for pipelines)')
    .action(async (paths: string[], opts) => {
      code = await (await import('./bundle.js')).runBundle(paths, opts);
    });

  program
    .command('verify')
    .description('verify bundles: signature, checksums, completeness, safe paths')
    .argument('<bundle...>', 'bundle folders, their .zip archives, or folders of them (an --out folder)')
    .option('--pub <file>', 'minisign public key; the bundle must be signed with it')
    .option('--rebuild', 're-render from data/source/ and compare the bytes')
    .option('--trust-templates', 'with --rebuild: run the templates a bundle carries even when its signature was not checked with --pub')
    .option('--json', 'print the result as JSON')
    .action(async (bundles: string[], opts) => {
      code = await (await import('./verify.js')).runVerify(bundles, opts);
    });

  program
    .command('keygen')
    .description('write a minisign-compatible key pair (cica.key mode 0600, cica.pub)')
    .requiredOption('--out <dir>', 'directory for the key files')
    .option('--force', 'overwrite existing key files')
    .action(async (opts) => {
      code = await (await import('./keygen.js')).runKeygen(opts);
    });

  program
    .command('completion')
    .description('print a shell completion script, made from this list of commands and options')
    .addArgument(new Argument('<shell>', 'the shell').choices(['bash', 'zsh', 'fish']))
    .action(async (shell: string) => {
      code = await (await import('./completion.js')).runCompletion(shell, program);
    });

  // The commands that render read SOURCE_DATE_EPOCH: a malformed one is a bad invocation (exit 2), never ignored.
  program.hook('preAction', async (_program, action) => {
    if (!RENDERING.has(action.name()) || (action.name() === 'verify' && !action.opts().rebuild)) return;
    const epoch = (await import('../templates/meta.js')).readSourceDateEpoch(process.env);
    if (!epoch.ok) {
      process.stderr.write(`cica ${action.name()}: ${epoch.message}\n`);
      throw new CommanderError(EXIT.USAGE, 'cica.sourceDateEpoch', epoch.message);
    }
  });

  try {
    await program.parseAsync(argv);
  } catch (err) {
    if (err instanceof CommanderError) {
      // --help and --version exit 0; no command at all (help shown on stderr) and any parse problem are usage errors.
      // Commander gives exit code 0 to help and version that were asked for, 1 to help shown for want of a command.
      return err.exitCode === 0 ? EXIT.OK : EXIT.USAGE;
    }
    throw err;
  }
  return code;
}
