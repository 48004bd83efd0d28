// writeDocx: a DocumentTree -> the bytes of a Word document (named styles, PT Serif, A4), the same bytes for the same tree.
import { Document, Packer, Table, type IPropertiesOptions } from 'docx';
import { PAGE_SIZES, type DocumentTree, type LangTag, type PageSizeName, type Section } from '../../document/index.js';
import { MARGINS } from '../../layout/page.js';
import { renderBlocks } from './blocks.js';
import { collectBookmarks } from './bookmarks.js';
import type { RenderContext } from './context.js';
import type { Revisions } from './inlines.js';
import { MAX_HYPHENS_IN_ROW } from '../../layout/setting.js';
import { halfPoints, pageGeometry, twips } from './measure.js';
import { normalisePackage } from './package.js';
import { section } from './page.js';
import { boundParts, sharedParts, stubParts } from './shared-parts.js';
import { FONT, indexStyles, paragraphStyles, unhyphenatedStyles, type StyleIndex } from './styles.js';

/**
 * docx's compiler, which Packer zips the output of: its parts as text or bytes. Packer would deflate them and
 * normalisePackage inflate them again (about 2.5 ms of a 13 ms document). It is Packer's private static in the
 * typings, so this reaches past the public API: the version is pinned by package-lock.json, and tests/docx reads every
 * part of the result back.
 */
const compiler = (Packer as unknown as { compiler: { compile(file: Document): Map<string, string | Uint8Array> } }).compiler;

export interface DocxOptions {
  /** The paper (document/page.ts); A4 unless given. */
  pageSize?: PageSizeName;
  /** Pages of each section as the PDF lays them out, written as the results of the SECTIONPAGES fields of a document of
   *  several sections (Word recomputes them; LibreOffice, which does not, shows them as written). */
  sectionPages?: readonly number[];
}

/** Revision ids start here, far above the bookmarks' (docx numbers those from 1): ECMA-376 §17.13 asks ids unique
 *  among a document's annotations. */
const FIRST_REVISION_ID = 1_000_000;

/** The tree's revision (a redline's author and date), else cica's on the document's date; a date at midnight UTC. */
function revisions(tree: DocumentTree): Revisions {
  const author = tree.meta.revision?.author ?? 'cica';
  const date = `${tree.meta.revision?.date ?? tree.meta.date}T00:00:00Z`;
  let id = FIRST_REVISION_ID;
  return { author, date, next: () => id++ };
}

/**
 * The Document options of every document alike but for its stylesheet and primary language: all that docx's shared
 * parts (styles, settings, theme, numbering, notes) are made of, so they are the key under which those parts are kept
 * (shared-parts.ts).
 */
function sharedOptions(styles: StyleIndex, lang: LangTag) {
  return {
    styles: {
      default: {
        document: {
          run: {
            // All four slots, so Cyrillic (hAnsi), complex-script and East Asian runs all stay in PT Serif.
            font: { ascii: FONT, hAnsi: FONT, cs: FONT, eastAsia: FONT },
            size: halfPoints(12),
            sizeComplexScript: halfPoints(12),
            language: { value: lang },
          },
        },
      },
      paragraphStyles: paragraphStyles(styles),
    },
    // Hyphenate by each run's w:lang, as the PDF does, so narrow parallel columns are not stretched by justification
    // (§17.15.1.10): never words in capitals, at most as many hyphens in a row as the PDF allows, and a hyphenation
    // zone of 1.5 em of body text (Word's default, 0.25 in) for ragged lines. The styles the PDF never hyphenates
    // (headings, titles, signature blocks) carry w:suppressAutoHyphens (package.ts).
    hyphenation: { autoHyphenation: true, doNotHyphenateCaps: true, consecutiveHyphenLimit: MAX_HYPHENS_IN_ROW, hyphenationZone: twips(18) },
    // A justified line ending in a line break stays unstretched (w:doNotExpandShiftReturn, §17.15.3.24). The space
    // between two paragraphs is the one's space after plus the next's space before, as the PDF's layout sums them
    // (layout/blocks.ts): ECMA-376 §17.3.1.33 takes only the larger of the two, and LibreOffice 7.4 does, unless the
    // legacy setting w:doNotUseHTMLParagraphAutoSpacing (ISO/IEC 29500-4 §9.7.3.15; Word's "Don't use HTML paragraph
    // auto spacing") is on, when it adds them. Without it LibreOffice set every heading after a paragraph 6 pt higher
    // than the PDF (12 pt of its 6 + 12), and fitted Article 6 of the CSTO-CICA memorandum on page 1 where the PDF
    // sends it to page 2. (Measured in LibreOffice; Word not at hand.)
    compatibility: { doNotExpandShiftReturn: true, doNotUseHTMLParagraphAutoSpacing: true },
  } satisfies Partial<IPropertiesOptions>;
}

export async function writeDocx(tree: DocumentTree, options: DocxOptions = {}): Promise<Uint8Array> {
  boundParts();
  const lang = tree.meta.langs[0] ?? 'en-GB';
  const styles = indexStyles(tree.styles);
  const page = pageGeometry(options.pageSize ?? 'A4');
  const paper = PAGE_SIZES[options.pageSize ?? 'A4'];
  const sections: Section[] = [{ ...tree.meta, blocks: tree.blocks }, ...(tree.sections ?? [])];
  const ctx: RenderContext = {
    styles, sheet: tree.styles, bookmarks: collectBookmarks(sections.flatMap((s) => s.blocks)), lang, placed: new Set(), breakBefore: false, keepNext: false,
    textWidth: page.textWidth, layoutWidth: paper.width - MARGINS.left - MARGINS.right, layoutHeight: paper.height - MARGINS.top - MARGINS.bottom, revisions: revisions(tree),
  };
  // One Word section per tree section (tree.ts Section): a section break starts its new page.
  const bodies = sections.map((s, i) => {
    ctx.breakBefore = false;
    ctx.keepNext = false;
    const body = renderBlocks(s.blocks, ctx, 0);
    // A document of sections whose body ends in a table (a parallel text's signatures) ends in a paragraph 1 pt tall:
    // LibreOffice otherwise drops the section breaks before it (7.4: the enclosure's page numbers did not restart).
    const last = sections.length > 1 && i === sections.length - 1 && body[body.length - 1] instanceof Table;
    if (ctx.breakBefore || last) body.push(...renderBlocks([{ kind: 'spacer', height: 1 }], ctx, 0));
    return section(s, lang, page, body, sections.length > 1 ? { pages: options.sectionPages?.[i] } : undefined);
  });

  const shared = sharedOptions(styles, lang);
  const unhyphenated = unhyphenatedStyles(styles);
  const parts = sharedParts(JSON.stringify([shared, unhyphenated]));
  const doc = new Document({ title: tree.meta.title, subject: tree.meta.subject, creator: tree.meta.author, ...shared, sections: bodies });
  stubParts(doc, parts);
  return normalisePackage(compiler.compile(doc), tree.meta, { unhyphenated, shared: parts });
}
