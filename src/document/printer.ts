// printDocument: the tree as indented text, one block a line, inline kinds visible — for golden tests.
import type { Block, BlockChange, DocumentTree, Inline, PageLabel, Paragraph } from './tree.js';

/** Text runs are quoted (JSON string syntax: no-break spaces show as \u00a0); other inlines are [kind ...]. */
function inlines(list: readonly Inline[]): string {
  return list.map((i) => {
    switch (i.kind) {
      case 'text': return JSON.stringify(i.text).replace(/\u00a0/g, '\\u00a0');
      case 'emphasis': return `[em ${inlines(i.children)}]`;
      case 'strong': return `[strong ${inlines(i.children)}]`;
      case 'crossReference': return `[ref ${i.target} ${inlines(i.children)}]`;
      case 'blank': return `[blank ${i.width}]`;
      case 'lineBreak': return '[br]';
      case 'inserted': return `[ins ${inlines(i.children)}]`;
      case 'deleted': return `[del ${inlines(i.children)}]`;
    }
  }).join(' ');
}

/** A page label with its fields as {page} and {pages}, each text segment after its language: "Page (en-GB)". */
function label(l: PageLabel): string {
  return l.map((part) => (part.kind === 'text' ? part.text : part.kind === 'pageNumber' ? '{page}' : '{pages}')).join('');
}

/** What a block is and which unit it shows, after its text: " | role unit=KEY [inserted|deleted [moved]]". */
function identity(role: string | undefined, unit: string | undefined, change: BlockChange | undefined): string {
  if (!showIdentity) return '';
  const parts = [role, unit !== undefined ? `unit=${unit}` : '', change ? `${change.kind}${change.moved ? ' moved' : ''}` : ''].filter(Boolean);
  return parts.length ? ` | ${parts.join(' ')}` : '';
}

let showIdentity = true;

function paragraph(p: Paragraph, pad: string): string {
  const attrs = [p.style, p.lang, p.id ? `#${p.id}` : '', p.label !== undefined ? `label=${JSON.stringify(p.label)}` : ''].filter(Boolean).join(' ');
  return `${pad}p(${attrs}) ${inlines(p.children)}${identity(p.role, p.unit, p.change)}`;
}

function block(b: Block, pad: string, out: string[]): void {
  const inner = `${pad}  `;
  switch (b.kind) {
    case 'paragraph':
      out.push(paragraph(b, pad));
      break;
    case 'list':
      out.push(`${pad}list`);
      for (const item of b.items) {
        out.push(`${inner}item ${JSON.stringify(item.label)} level=${item.level}${item.id ? ` #${item.id}` : ''}${identity(undefined, item.unit, item.change)}`);
        for (const child of item.blocks) block(child, `${inner}  `, out);
      }
      break;
    case 'parallelRow':
      out.push(`${pad}row${b.keepWithNext ? ' keep-with-next' : ''}${identity(undefined, b.unit, undefined)}`);
      b.cells.forEach((cell, i) => {
        out.push(`${inner}cell ${i + 1}`);
        for (const child of cell) block(child, `${inner}  `, out);
      });
      break;
    case 'signatureBlock':
      out.push(`${pad}signatures${identity(undefined, b.unit, undefined)}`);
      b.columns.forEach((c, i) => {
        out.push(`${inner}column ${i + 1} ${c.lang}`);
        for (const p of c.heading) out.push(paragraph(p, `${inner}  heading `));
        out.push(`${inner}  ----`);
        for (const p of c.signatory) out.push(paragraph(p, `${inner}  signatory `));
      });
      break;
    case 'letterhead':
      out.push(`${pad}letterhead${identity(undefined, b.unit, undefined)}`);
      for (const p of b.blocks) out.push(paragraph(p, inner));
      break;
    case 'pageBreak':
      out.push(`${pad}page-break`);
      break;
    case 'spacer':
      out.push(`${pad}spacer ${b.height}pt`);
      break;
  }
}

/** Meta first, then the blocks (each with its role, unit key and change unless `identity` is false: tests that read
 *  the text alone), then each further section under its furniture; styles are listed by name only (their settings live in styles.json). */
export function printDocument(tree: DocumentTree, options: { identity?: boolean } = {}): string {
  showIdentity = options.identity ?? true;
  const m = tree.meta;
  const out = [
    `title: ${m.title}`, `subject: ${m.subject}`, `author: ${m.author}`, `langs: ${m.langs.join(' ')}`, `date: ${m.date}`,
    ...(m.watermark ? [`watermark: ${m.watermark}`] : []), `page label: ${label(m.pageLabel)}`, `creator: ${m.creator}`, ...(m.revision ? [`revision: ${m.revision.author} ${m.revision.date}`] : []),
    `styles: ${Object.keys(tree.styles).join(' ')}`, '',
  ];
  for (const b of tree.blocks) block(b, '', out);
  for (const s of tree.sections ?? []) {
    out.push('', `section (new page, pages numbered from 1)${s.watermark ? ` watermark: ${s.watermark}` : ' no watermark'}; page label: ${label(s.pageLabel)}`);
    for (const b of s.blocks) block(b, '', out);
  }
  return `${out.join('\n')}\n`;
}
