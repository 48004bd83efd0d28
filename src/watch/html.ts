// documentHtml: a document tree as plain HTML text (no styles of its own), so the live page shows the words of each
// version and a browser test can read them; the PDF beside it shows the pages.
import type { Block, DocumentTree, Inline, Paragraph } from '../document/index.js';

/** Text into HTML element content or a double-quoted attribute value. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

function inlines(list: readonly Inline[]): string {
  return list.map((i) => {
    switch (i.kind) {
      case 'text': return escapeHtml(i.text);
      case 'emphasis': return `<em>${inlines(i.children)}</em>`;
      case 'strong': return `<strong>${inlines(i.children)}</strong>`;
      case 'crossReference': return `<a href="#${escapeHtml(i.target)}">${inlines(i.children)}</a>`;
      case 'blank': return `<span class="blank">${'_'.repeat(Math.max(1, Math.round(i.width)))}</span>`;
      case 'lineBreak': return '<br>';
      case 'inserted': return `<ins>${inlines(i.children)}</ins>`;
      case 'deleted': return `<del>${inlines(i.children)}</del>`;
    }
  }).join('');
}

function paragraph(p: Paragraph): string {
  const id = p.id ? ` id="${escapeHtml(p.id)}"` : '';
  const label = p.label !== undefined ? `<span class="label">${escapeHtml(p.label)}</span> ` : '';
  return `<p class="${escapeHtml(p.role)}" lang="${p.lang}"${id}>${label}${inlines(p.children)}</p>`;
}

function block(b: Block): string {
  switch (b.kind) {
    case 'paragraph': return paragraph(b);
    case 'list':
      return `<ul>${b.items.map((item) => `<li${item.id ? ` id="${escapeHtml(item.id)}"` : ''}><span class="label">${escapeHtml(item.label)}</span>${item.blocks.map(block).join('')}</li>`).join('')}</ul>`;
    case 'parallelRow':
      return `<div class="row">${b.cells.map((cell) => `<div class="cell">${cell.map(block).join('')}</div>`).join('')}</div>`;
    case 'signatureBlock':
      return `<div class="row signatures">${b.columns.map((c) =>
        `<div class="cell" lang="${c.lang}">${c.heading.map(paragraph).join('')}<hr>${c.signatory.map(paragraph).join('')}</div>`).join('')}</div>`;
    case 'letterhead': return `<header>${b.blocks.map(paragraph).join('')}</header>`;
    case 'pageBreak': return '<hr class="page-break">';
    case 'spacer': return '';
  }
}

/** The tree's blocks, its further sections (a note's enclosure) each after a rule. */
export function documentHtml(tree: DocumentTree): string {
  const sections = [tree.blocks, ...(tree.sections ?? []).map((s) => s.blocks)];
  return sections.map((blocks) => blocks.map(block).join('\n')).join('\n<hr class="section">\n');
}
