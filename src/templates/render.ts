// renderDocument: agreement + templates -> the document tree of one layout (en, ru or parallel). Synchronous.
import { error, type Diagnostic, type Result, fail, hasErrors, ok } from '../diagnostics/index.js';
import { walkBlocks, type Block, type DocumentTree } from '../document/index.js';
import type { Agreement, Lang } from '../model/types.js';
import { LANG_TAG } from '../i18n/index.js';
import { asOriginalOf } from './alternat.js';
import { openBudget } from './budget.js';
import { typesetBlocks } from './typeset.js';
import { runFailure } from './failure.js';
import { signatureRows } from './signature-rows.js';
import type { TemplateSet } from './load.js';
import { buildBlocks, type Built } from './markup/build.js';
import { MarkupError, parseMarkup } from './markup/parse.js';
import { documentMeta } from './meta.js';
import { zipParallel } from './parallel.js';
import { STATE_KEY, type RenderState } from './state.js';
import { buildView, unitAnnexes, unitArticles } from './view.js';

export type Layout = 'en' | 'ru' | 'parallel';

export interface RenderOptions {
  layout: Layout;
  /** Column order of the parallel text (default en left, ru right). */
  order: readonly Lang[];
  creator: string;
  /** Pages of a note's enclosure in this layout, as laid out; required when the note has one. */
  enclosurePages?: number;
  /** A party id: render that party's original under the alternat (it is named first and signs on the left).
   *  Absent: the parties stand as written. */
  firstParty?: string;
  /** Bounds on this rendering (default RENDER_LIMITS, budget.ts). */
  limits?: { chars: number; ms: number };
}

function checkInput(agreement: Agreement, opts: RenderOptions): Diagnostic[] {
  const out: Diagnostic[] = [];
  if (opts.layout === 'parallel' && (opts.order.length !== 2 || new Set(opts.order).size !== 2 || !opts.order.every((l) => Object.hasOwn(LANG_TAG, l)))) {
    out.push(error('ORDER_INVALID', `The parallel text needs both languages once each, not "${opts.order.join(',')}".`, { hint: 'Use --order en,ru or --order ru,en.' }));
  }
  if (agreement.kind === 'note' && agreement.enclosure) {
    const e = agreement.enclosure;
    if (opts.enclosurePages === undefined || !Number.isInteger(opts.enclosurePages) || opts.enclosurePages < 1) {
      out.push(error('ENCLOSURE_PAGES_UNKNOWN', `The number of pages of the enclosure ${e.file} is not known, and the note must state it.`,
        { span: e.src, field: 'enclosure', hint: 'Draft the note with cica draft, which lays out the enclosure to count its pages.' }));
    }
    if (e.after !== undefined && !agreement.body.some((u) => u.id === e.after)) {
      out.push(error('ENCLOSURE_AFTER_UNKNOWN', `The enclosure is to follow the body paragraph "${e.after}", which does not exist.`, { span: e.src, field: 'enclosure.after' }));
    }
  }
  return out;
}

/** Renders one language's template into blocks. */
function renderText(agreement: Agreement, lang: Lang, templates: TemplateSet, opts: RenderOptions, state: RenderState): Result<Built> {
  const template = templates.main.get(`${agreement.kind}.${lang}`);
  if (!template) return fail([error('TEMPLATE_MISSING', `There is no template for ${agreement.kind} in ${lang}.`)]);
  const { view } = buildView(agreement, opts.enclosurePages);
  let markup: string;
  try {
    markup = template.render(view, { [STATE_KEY]: state, lang });
  } catch (e) {
    return fail([runFailure(e, template.file)]);
  }
  try {
    return ok(buildBlocks(parseMarkup(markup), LANG_TAG[lang]));
  } catch (e) {
    if (!(e instanceof MarkupError)) throw e;
    const excerpt = markup.slice(Math.max(0, e.at - 40), e.at + 40).replace(/\s+/g, ' ');
    return fail([error('TEMPLATE_MARKUP', `The template ${template.file} produced markup that cannot be read: ${e.message} (near "${excerpt}").`,
      { field: template.file })]);
  }
}

/** Every paragraph style used must be in the stylesheet, or the writers could not format it. */
function unknownStyles(blocks: readonly Block[], templates: TemplateSet): Diagnostic[] {
  const seen = new Set<string>();
  walkBlocks(blocks, { paragraph: (p) => void seen.add(p.style) });
  return [...seen].filter((s) => !Object.hasOwn(templates.styles, s)).sort().map((s) =>
    error('TEMPLATE_UNKNOWN_STYLE', `A template uses the paragraph style "${s}", which styles.json does not define.`, { field: s }));
}

export function renderDocument(written: Agreement, templates: TemplateSet, opts: RenderOptions): Result<DocumentTree> {
  let agreement = written;
  if (opts.firstParty !== undefined) {
    const original = asOriginalOf(written, opts.firstParty);
    if (!original.ok) return fail(original.diagnostics);
    agreement = original.value;
  }
  const input = checkInput(agreement, opts);
  if (input.length) return fail(input);
  const langs: Lang[] = opts.layout === 'parallel' ? [...opts.order] : [opts.layout];
  const { refs } = buildView(agreement, opts.enclosurePages);
  const deadline = agreement.kind === 'note' ? agreement.silence?.deadline : undefined;
  const state: RenderState = { refs, diagnostics: [], articleOf: unitArticles(agreement), annexOf: unitAnnexes(agreement), budget: openBudget(opts.limits), ...(deadline ? { deadline } : {}) };
  const texts: Built[] = [];
  const diagnostics: Diagnostic[] = [];
  for (const lang of langs) {
    const text = renderText(agreement, lang, templates, opts, state);
    diagnostics.push(...text.diagnostics);
    if (text.ok) texts.push(text.value);
  }
  diagnostics.push(...dedupe(state.diagnostics));
  if (hasErrors(diagnostics) || texts.length !== langs.length) return fail(diagnostics);
  let blocks = texts[0]!.blocks;
  if (opts.layout === 'parallel') {
    const files = langs.map((l) => templates.main.get(`${agreement.kind}.${l}`)!.file);
    const zipped = zipParallel(texts, files, templates.styles);
    if (!zipped.ok) return fail([...diagnostics, ...zipped.diagnostics]);
    blocks = zipped.value;
  }
  blocks = signatureRows(blocks);
  const styleProblems = unknownStyles(blocks, templates);
  if (styleProblems.length) return fail([...diagnostics, ...styleProblems]);
  blocks = typesetBlocks(blocks);
  return ok({ meta: documentMeta(agreement, langs, opts.creator, process.env), styles: templates.styles, blocks }, diagnostics);
}

/** The same data problem found in several places of one template is reported once. */
function dedupe(list: readonly Diagnostic[]): Diagnostic[] {
  const seen = new Set<string>();
  return list.filter((d) => {
    const key = `${d.code}|${d.message}|${d.span?.file}:${d.span?.start.line}:${d.span?.start.col}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
