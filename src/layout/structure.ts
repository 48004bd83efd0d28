// The document's logical structure, made as the layout goes from the tree's roles: what a tagged PDF's structure
// tree says (ISO 32000-1 §14.8; issue 12 §1). The layout knows roles; the writer turns these elements into StructElems.
import type { Block, LangTag, Paragraph, Role } from '../document/index.js';
import type { LineBox } from './paragraph.js';
import type { LinkItem, StructElement, StructType, Structure } from './types.js';

/**
 * Headings: the title is H1, an article's or annex's number and heading are one H2 ("Article 1 Purpose"), a
 * subtitle joins its title's H1. Two levels, not the `H` scheme: an agreement has no deeper sections than its
 * articles, and a reader's heading list then shows the title and each article once. Every other role is P.
 */
const HEADINGS: Partial<Record<Role, { type: StructType; joins?: Role }>> = {
  title: { type: 'H1' },
  subtitle: { type: 'H1', joins: 'title' },
  articleNumber: { type: 'H2' },
  articleHeading: { type: 'H2', joins: 'articleNumber' },
  annexNumber: { type: 'H2' },
  annexHeading: { type: 'H2', joins: 'annexNumber' },
};

/** What made an element, for joining the next block to it: a paragraph's role, or a table of parallel rows. */
type Origin = { role: Role } | 'rows' | undefined;

export class StructureBuilder {
  readonly elements: StructElement[] = [];
  private readonly origins: Origin[] = [];

  constructor(lang: LangTag) {
    this.open('Document', lang);
  }

  open(type: StructType, lang: LangTag, parent?: number, origin?: Origin): number {
    const id = this.elements.length;
    this.elements.push({ type, lang, ...(parent !== undefined ? { parent } : {}), children: [] });
    this.origins.push(origin);
    if (parent !== undefined) this.elements[parent]!.children.push(id);
    return id;
  }

  lang(id: number): LangTag {
    return this.elements[id]!.lang;
  }

  /** The element a paragraph's content goes in: its own H1, H2 or P, or the heading it continues (the block just
   *  before it in the same parent and language: a subtitle has a unit of its own, an article's heading its number's). */
  paragraph(p: Paragraph, parent: number): number {
    const heading = HEADINGS[p.role];
    const last = this.lastChild(parent);
    if (heading?.joins && last !== undefined) {
      const origin = this.origins[last];
      const el = this.elements[last]!;
      if (origin && origin !== 'rows' && origin.role === heading.joins && el.lang === p.lang) {
        this.origins[last] = { role: p.role };
        return last;
      }
    }
    return this.open(heading?.type ?? 'P', p.lang, parent, { role: p.role });
  }

  /** The table consecutive parallel rows share: the parent's last child when the block before was a row too. */
  rowTable(parent: number): number {
    const last = this.lastChild(parent);
    if (last !== undefined && this.origins[last] === 'rows') return last;
    return this.open('Table', this.lang(parent), parent, 'rows');
  }

  structure(): Structure {
    return { elements: this.elements };
  }

  private lastChild(parent: number): number | undefined {
    const kids = this.elements[parent]!.children;
    return kids[kids.length - 1];
  }
}

/** Where a block's elements go: the builder and the parent element. */
export interface TagPlace {
  builder: StructureBuilder;
  parent: number;
}

const EPS = 0.01;

/**
 * Marks the text of `lines` as content of element `id`; the first text item as `labelId`'s when given (a list label).
 * A cross-reference is a Link element inside it (PDF/UA-1 §7.18.5), holding the text under its link rectangles and
 * the annotations; a reference broken across lines (the same target ending one line and starting the next) is one.
 */
export function tagLines(lines: readonly LineBox[], id: number, builder: StructureBuilder, labelId?: number): void {
  let first = labelId !== undefined;
  let open: { target: string; id: number } | undefined;
  for (const line of lines) {
    const links = line.items.filter((i): i is LinkItem => i.kind === 'link');
    let atStart = true;
    let lastInLink = false;
    for (const item of line.items) {
      if (item.kind !== 'text') continue;
      if (first) {
        item.tag = { id: labelId! };
        first = false;
        continue;
      }
      const link = links.find((l) => item.x >= l.x - EPS && item.x + item.width <= l.x + l.width + EPS);
      if (!link) {
        item.tag = { id };
        lastInLink = false;
        atStart = false;
        continue;
      }
      if (!link.tag) {
        const continues = open && atStart && open.target === link.target;
        if (!continues) open = { target: link.target, id: builder.open('Link', builder.lang(id), id) };
        link.tag = { id: open!.id };
      }
      item.tag = link.tag;
      lastInLink = true;
      atStart = false;
    }
    if (!lastInLink) open = undefined;
  }
}

/** The language of a block's first paragraph (a cell's, a list's), else `fallback`. */
export function firstLang(blocks: readonly Block[], fallback: LangTag): LangTag {
  for (const b of blocks) {
    switch (b.kind) {
      case 'paragraph': return b.lang;
      case 'list': {
        const item = b.items[0];
        if (item) return firstLang(item.blocks, fallback);
        break;
      }
      case 'parallelRow': case 'signatureBlock': case 'letterhead': case 'pageBreak': case 'spacer': break;
    }
  }
  return fallback;
}
