// The document tree: what templates produce and writers render. Knows nothing of agreements.
import type { Span } from '../diagnostics/index.js';

/** BCP 47 tag of a run of text; DOCX writes it as w:lang, PDF as /Lang and hyphenation picks patterns by it. */
export type LangTag = 'en-GB' | 'ru-RU';

export type Inline =
  | { kind: 'text'; text: string; lang: LangTag; src?: Span }
  | { kind: 'emphasis'; children: Inline[] }
  | { kind: 'strong'; children: Inline[] }
  /** A reference to a block id, already rendered as text in the run's language ("Article 3", «статьи 3»). */
  | { kind: 'crossReference'; target: string; children: Inline[] }
  /** A fill-in blank, drawn as a line `width` ems long (underscores in plain-text output). */
  | { kind: 'blank'; width: number }
  | { kind: 'lineBreak' }
  /** Text a revision added or removed (a redline, src/diff/): every writer shows it as a tracked change. */
  | { kind: 'inserted'; children: Inline[] }
  | { kind: 'deleted'; children: Inline[] };

/** What a block is in the agreement, whatever its style: the diff aligns by it, the tagged PDF and Akoma Ntoso
 *  map it to their own elements. A template says it with role="..."; a paragraph without one is 'text'. */
export const ROLES = [
  'title', 'subtitle', 'parties', 'recital', 'agreed',
  'articleNumber', 'articleHeading', 'paragraph', 'itemText',
  'final', 'signatureParty', 'signatory',
  'annexNumber', 'annexHeading',
  'letterhead', 'reference', 'opening', 'body', 'enclosure', 'closing', 'placeDate', 'address',
  'text',
] as const;
export type Role = (typeof ROLES)[number];

/** A block or list item a revision added or removed as a whole (`moved`: it stands elsewhere in the other
 *  version, where it is marked the other way). */
export interface BlockChange {
  kind: 'inserted' | 'deleted';
  moved?: boolean;
}

/** The identity of the unit of the agreement a block shows, the same in every language and layout: the unit's YAML
 *  id where the officer gave one, else a key that contains "@" or "." (never in an id) — see docs/format.md, "Unit
 *  keys". Blocks of one unit (an article's number and heading) share it. */
export type UnitKey = string;

export type Align = 'left' | 'center' | 'right' | 'justify';

/** Justified text narrower than this many ems (of its font size) is set ragged-right by every writer: at 14-18 em (a
 *  parallel cell and the lists in it) most paragraphs of the samples cannot be justified without gaps over 2.5 spaces
 *  wide (measured in src/layout/setting.ts), and the PDF and the DOCX must look alike. */
export const RAGGED_MEASURE_EMS = 24;

/** How a named paragraph style looks. Sizes in points. */
export interface ParagraphFormat {
  align: Align;
  fontSize: number;
  bold?: boolean;
  italic?: boolean;
  /** Render in capitals (display only: the text itself keeps its case). */
  caps?: boolean;
  firstLineIndent?: number;
  leftIndent?: number;
  spaceBefore: number;
  spaceAfter: number;
  /** Line height as a multiple of the font size. */
  lineHeight: number;
  keepWithNext?: boolean;
  /** Keep all lines of the paragraph on one page. */
  keepLines?: boolean;
}

/** Style names are the template's choice; the stylesheet says how each looks. DOCX writes them as named styles. */
export type Stylesheet = Record<string, ParagraphFormat>;

export interface Paragraph {
  kind: 'paragraph';
  style: string;
  role: Role;
  unit?: UnitKey;
  change?: BlockChange;
  /** Anchor for cross-references (DOCX bookmark, PDF destination). */
  id?: string;
  /** A hanging label before the text: "1.", "i.", "а)". */
  label?: string;
  children: Inline[];
  /** Language of the paragraph as a whole (for hyphenation and w:lang of labels). */
  lang: LangTag;
}

export interface List {
  kind: 'list';
  items: ListItem[];
}

export interface ListItem {
  unit?: UnitKey;
  change?: BlockChange;
  id?: string;
  label: string;
  /** Nesting depth from 0, for indentation. */
  level: number;
  blocks: Block[];
}

/** One unit of a parallel text: its versions side by side, each cell starting on the same row. */
export interface ParallelRow {
  kind: 'parallelRow';
  /** The unit whose versions the row holds. */
  unit?: UnitKey;
  cells: Block[][];
  /** Keep this row with the next one (a heading row). */
  keepWithNext?: boolean;
}

/** Signature columns side by side, one per party. */
export interface SignatureBlock {
  kind: 'signatureBlock';
  unit?: UnitKey;
  columns: SignatureColumn[];
}

export interface SignatureColumn {
  /** Lines above the signature line: "For", the party's name. */
  heading: Paragraph[];
  /** Lines below the signature line: the signatory's name and title. A blank Inline where not yet known. */
  signatory: Paragraph[];
  lang: LangTag;
}

/** The bilingual letterhead of a note verbale, as the reference sets it: each language's lines form a block, centred, the
 *  blocks stacked in order of first appearance (English above Russian), LETTERHEAD_GAP_LINES blank lines between them. */
export interface Letterhead {
  kind: 'letterhead';
  unit?: UnitKey;
  blocks: Paragraph[];
}

/** Blank lines (of the letterhead style's line height) between the language blocks of a letterhead. */
export const LETTERHEAD_GAP_LINES = 1;

export interface PageBreak {
  kind: 'pageBreak';
}

/** Vertical space in points. */
export interface Spacer {
  kind: 'spacer';
  height: number;
}

export type Block = Paragraph | List | ParallelRow | SignatureBlock | Letterhead | PageBreak | Spacer;

/** The work a document is one expression of, as an archive identifies it (Akoma Ntoso's FRBRWork, issue 12 §2): the
 *  same in every language and layout, so the English and Russian texts are known as two expressions of one work. */
export interface WorkMeta {
  /** What the document is, in one word: 'memorandum', 'protocol', 'noteVerbale' (Akoma Ntoso's doc name and subtype). */
  kind: string;
  /** ISO date (YYYY-MM-DD) of the work: its signature date, else the document date; never the clock. */
  date: string;
  /** A short name of the work, the same in every language, of [a-z0-9-] only: its parties' ids, a note's reference. */
  number: string;
  /** The jurisdiction part of the work's URI. */
  country: string;
}

export interface DocumentMeta {
  /** The work this document expresses (absent in trees made by hand for tests: writers that need it say so). */
  work?: WorkMeta;
  /** The titles of `titles`, joined: one line for the files' single-valued title fields. */
  title: string;
  /** The title in each language of the agreement, those of `langs` first (the PDF's XMP dc:title, one per xml:lang). */
  titles?: { lang: LangTag; text: string }[];
  subject: string;
  author: string;
  /** Languages used, primary first. */
  langs: LangTag[];
  /** ISO date (YYYY-MM-DD) used for document dates in the files; never the clock. */
  date: string;
  /** Diagonal watermark text on every page ("DRAFT" / "DRAFT · ПРОЕКТ", a specimen's "SPECIMEN · ОБРАЗЕЦ"); absent when final. */
  watermark?: string;
  /** Footer page label: "Page 3 of 5", "Page 3 of 5 / Стр. 3 из 5". */
  pageLabel: PageLabel;
  /** Tool name and version for Creator/Application fields. */
  creator: string;
  /** A redline's revision (src/diff/): who made the changes its inserted and deleted marks show, and when (ISO date). */
  revision?: { author: string; date: string };
}

/** A segment of a page label: text in its language, the page's number, or the number of pages (of its section).
 *  Numbers are digits in every language. */
export type PageLabelPart = { kind: 'text'; text: string; lang: LangTag } | { kind: 'pageNumber' } | { kind: 'pageCount' };
export type PageLabel = PageLabelPart[];

/** Furniture of a section's pages: each section numbers its own pages (page numbers restart at 1 and count the
 *  section alone) and has its own watermark. */
export interface PageFurniture {
  /** As DocumentMeta.watermark, for this section's pages only; absent: none, whatever other sections have. */
  watermark?: string;
  /** As DocumentMeta.pageLabel; its page count counts this section's pages. */
  pageLabel: PageLabel;
}

/** A part of the document that starts on a new page with its own furniture (a note verbale's enclosure). The
 *  document's metadata (title, author, date) stays the tree's. */
export interface Section extends PageFurniture {
  blocks: Block[];
  /** The work the section's blocks are (a note's enclosure is an agreement of its own), when known. */
  work?: WorkMeta;
  /** That work's title in each language (as DocumentMeta.titles). */
  titles?: { lang: LangTag; text: string }[];
}

export interface DocumentTree {
  meta: DocumentMeta;
  styles: Stylesheet;
  /** The first section, whose furniture is meta's watermark and pageLabel. */
  blocks: Block[];
  /** Further sections, in order, each starting on a new page and numbering its pages from 1. */
  sections?: Section[];
}
