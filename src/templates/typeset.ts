// Typography over each paragraph's whole text, once the blocks are final: quotes and apostrophes as the language
// prints them (i18n typographicQuotes), and in Russian the short words bound to the next word, justified text
// included (i18n bindingSpaces says which; the justified breaker keeps such a paragraph justified with its
// emergency pass, layout/setting.ts). Both writers then print the same typographic text.
import { inlineChildren, mapBlocks, type Block, type Inline, type Paragraph } from '../document/index.js';
import { typographicQuotes } from '../i18n/index.js';
import { bindSpaces } from './markup/inlines.js';

type Run = Extract<Inline, { kind: 'text' }>;
const OBJECT = '\uFFFC';

/** Rewrites the text runs of `inlines` (in place) with `rewrite` applied to their joined text (a blank or a line
 *  break stands there as U+FFFC), which must keep its length: a rule sees across runs (a quote in a template, the
 *  word after it from the YAML). */
function rewriteRuns(inlines: Inline[], rewrite: (text: string) => string): void {
  const runs: { list: Inline[]; index: number; run?: Run }[] = [];
  const walk = (list: Inline[]): void => list.forEach((inline, index) => {
    if (inline.kind === 'text') runs.push({ list, index, run: inline });
    else {
      const children = inlineChildren(inline);
      if (children) walk(children as Inline[]);
      else runs.push({ list, index });
    }
  });
  walk(inlines);
  const text = runs.map((r) => r.run?.text ?? OBJECT).join('');
  const changed = rewrite(text);
  if (changed === text || changed.length !== text.length) return;
  let start = 0;
  for (const r of runs) {
    const length = r.run?.text.length ?? OBJECT.length;
    const next = changed.slice(start, start + length);
    if (r.run && next !== r.run.text) r.list[r.index] = { ...r.run, text: next };
    start += length;
  }
}

/** The roles whose English lines bind their short words: never justified, in either writer, so no bound space has to
 *  stretch (LibreOffice does not stretch a no-break space). */
const ENGLISH_BOUND: ReadonlySet<Paragraph['role']> = new Set(['title', 'subtitle', 'signatory']);

function typesetParagraph(p: Paragraph): Paragraph {
  const lang = p.lang === 'ru-RU' ? 'ru' : 'en';
  const children = structuredClone(p.children);
  rewriteRuns(children, (text) => typographicQuotes(text, lang));
  // Russian binds its short words everywhere; English in a title and a signatory's lines alone, lines set ragged
  // that may end short but not on "of the" or "on": "… OF THE CONFERENCE / ON INTERACTION …", as the RATS
  // reference breaks its title; "Executive Secretary / of the CIS", not "… of the / CIS" in a signature column.
  if (lang === 'ru' || ENGLISH_BOUND.has(p.role)) bindSpaces(children, p.lang, true);
  return { ...p, children };
}

/** `blocks` with every paragraph typeset, wherever it stands. */
export function typesetBlocks(blocks: readonly Block[]): Block[] {
  return mapBlocks(blocks, { paragraph: typesetParagraph });
}
