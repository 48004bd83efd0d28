// Markup element tree -> typed document blocks, each with its unit key and role (the parallel layout zips by key).
import { ROLES, type Block, type LangTag, type List, type ListItem, type Paragraph, type Role, type SignatureColumn } from '../../document/index.js';
import { buildInlines } from './inlines.js';
import { MarkupError, type Element, type Node } from './parse.js';

const LANG_TAGS: Record<string, LangTag> = { en: 'en-GB', ru: 'ru-RU', 'en-GB': 'en-GB', 'ru-RU': 'ru-RU' };

/** Blocks of one rendered template. */
export interface Built {
  blocks: Block[];
}

const ROLE_SET: ReadonlySet<string> = new Set(ROLES);

function roleOf(el: Element, fallback: Role): Role {
  const value = el.attrs.role;
  if (value === undefined) return fallback;
  if (!ROLE_SET.has(value)) throw new MarkupError(`unknown role "${value}" (one of: ${ROLES.join(', ')})`, el.at);
  return value as Role;
}

/** The unit="..." key of an element, when it has one. */
function unitOf(el: Element): { unit?: string } {
  return el.attrs.unit !== undefined ? { unit: el.attrs.unit } : {};
}

function elementsOf(nodes: readonly Node[], where: string): Element[] {
  const out: Element[] = [];
  for (const node of nodes) {
    if (typeof node !== 'string') out.push(node);
    else if (node.trim() !== '') throw new MarkupError(`text "${node.trim().slice(0, 40)}" outside a paragraph (in ${where})`, 0);
  }
  return out;
}

function langOf(el: Element, inherited: LangTag): LangTag {
  const value = el.attrs.lang;
  if (value === undefined) return inherited;
  const tag = Object.hasOwn(LANG_TAGS, value) ? LANG_TAGS[value] : undefined;
  if (!tag) throw new MarkupError(`unknown language "${value}"`, el.at);
  return tag;
}

class Builder {
  constructor(private readonly lang: LangTag) {}

  /** A <p>: its role is the role="..." given, else `fallback` (a signature column's lines have theirs by place). */
  paragraph(el: Element, lang: LangTag, fallback: Role = 'text'): Paragraph {
    if (el.name !== 'p') throw new MarkupError(`expected <p>, found <${el.name}>`, el.at);
    const style = el.attrs.style;
    if (!style) throw new MarkupError('<p> needs a style="..."', el.at);
    const own = langOf(el, lang);
    const p: Paragraph = { kind: 'paragraph', style, role: roleOf(el, fallback), ...unitOf(el), children: buildInlines(el.children, own), lang: own };
    if (el.attrs.id) p.id = el.attrs.id;
    if (el.attrs.label !== undefined) p.label = el.attrs.label;
    return p;
  }

  private list(el: Element, level: number, lang: LangTag): List {
    const items = elementsOf(el.children, '<list>').map((child): ListItem => {
      if (child.name !== 'item') throw new MarkupError(`<list> holds <item>s, not <${child.name}>`, child.at);
      if (child.attrs.label === undefined) throw new MarkupError('<item> needs a label="..."', child.at);
      const item: ListItem = { ...unitOf(child), label: child.attrs.label, level, blocks: this.blocks(child.children, level + 1, langOf(child, lang)) };
      if (child.attrs.id) item.id = child.attrs.id;
      return item;
    });
    const list: List = { kind: 'list', items };
    return list;
  }

  private column(el: Element, lang: LangTag): SignatureColumn {
    if (el.name !== 'column') throw new MarkupError(`<signatures> holds <column>s, not <${el.name}>`, el.at);
    const own = langOf(el, lang);
    const column: SignatureColumn = { heading: [], signatory: [], lang: own };
    for (const part of elementsOf(el.children, '<column>')) {
      if (part.name !== 'heading' && part.name !== 'signatory') {
        throw new MarkupError(`<column> holds <heading> and <signatory>, not <${part.name}>`, part.at);
      }
      const role: Role = part.name === 'heading' ? 'signatureParty' : 'signatory';
      column[part.name].push(...elementsOf(part.children, `<${part.name}>`).map((p) => this.paragraph(p, own, role)));
    }
    return column;
  }

  block(el: Element, level: number, lang: LangTag): Block {
    let block: Block;
    switch (el.name) {
      case 'p': return this.paragraph(el, lang);
      case 'list': return this.list(el, level, lang);
      case 'signatures': {
        const columns = elementsOf(el.children, '<signatures>').map((c) => this.column(c, lang));
        block = { kind: 'signatureBlock', ...unitOf(el), columns };
        break;
      }
      case 'letterhead':
        block = { kind: 'letterhead', ...unitOf(el), blocks: elementsOf(el.children, '<letterhead>').map((p) => this.paragraph(p, lang, 'letterhead')) };
        break;
      case 'spacer': {
        const height = Number(el.attrs.height);
        if (!Number.isFinite(height) || height < 0) throw new MarkupError('<spacer/> needs height="points"', el.at);
        block = { kind: 'spacer', height };
        break;
      }
      case 'pagebreak':
        block = { kind: 'pageBreak' };
        break;
      default:
        throw new MarkupError(`<${el.name}> is not a block (expected <p>, <list>, <signatures>, <letterhead>, <spacer/>, <pagebreak/>)`, el.at);
    }
    return block;
  }

  blocks(nodes: readonly Node[], level = 0, lang: LangTag = this.lang): Block[] {
    return elementsOf(nodes, 'the document').map((el) => this.block(el, level, lang));
  }
}

/** Builds the blocks of a template's markup in language `lang` (paragraphs may override it with lang="..."). */
export function buildBlocks(nodes: readonly Node[], lang: LangTag): Built {
  return { blocks: new Builder(lang).blocks(nodes) };
}
