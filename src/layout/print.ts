// A plain-text print of a laid-out document, one item a line, for golden tests a reviewer reads in a diff.
import type { LaidOutDocument, PageItem, Structure, TextItem } from './types.js';

const n = (v: number): string => v.toFixed(2);

/** The structure element a text item is content of (`#3`), or the artifact it is. */
const mark = (item: TextItem): string => (item.tag ? `#${item.tag.id}` : item.artifact ? `artifact=${item.artifact}` : '');

function printItem(item: PageItem): string {
  switch (item.kind) {
    case 'text': {
      const extra = [item.gray !== undefined ? `gray=${item.gray}` : '', item.opacity !== undefined ? `opacity=${item.opacity}` : '', item.rotate !== undefined ? `rotate=${item.rotate}` : '', item.outline ? 'outline' : '', mark(item)]
        .filter(Boolean)
        .join(' ');
      return `text ${n(item.x)} ${n(item.y)} ${item.face} ${n(item.size)} w=${n(item.width)} ${item.lang}${extra ? ` ${extra}` : ''} ${JSON.stringify(item.text)}`;
    }
    case 'rule':
      return `rule ${n(item.x1)} ${n(item.y1)} -> ${n(item.x2)} ${n(item.y2)} t=${n(item.thickness)}`;
    case 'link':
      return `link ${n(item.x)} ${n(item.y)} ${n(item.width)}x${n(item.height)} -> #${item.target}`;
    case 'anchor':
      return `anchor #${item.id} ${n(item.y)}`;
  }
}

/** Plain text items on one baseline in one face, size, language and letter spacing print as one line of words:
 *  `line <y> <face> <size> <lang> [tc=<letter spacing>] | <x> "<text>" <width> | ...`. */
function isPlain(item: PageItem): item is TextItem {
  return item.kind === 'text' && item.gray === undefined && item.opacity === undefined && item.rotate === undefined;
}

function sameLine(a: TextItem, b: TextItem): boolean {
  return a.y === b.y && a.face === b.face && a.size === b.size && a.lang === b.lang && a.letterSpacing === b.letterSpacing && mark(a) === mark(b);
}

export function printLayout(doc: LaidOutDocument): string {
  const lines: string[] = [`meta ${JSON.stringify(doc.meta)}`];
  if (doc.sectionPages && doc.sectionPages.length > 1) lines.push(`sections of ${doc.sectionPages.join(' + ')} pages`);
  doc.pages.forEach((page, i) => {
    lines.push(`page ${i + 1} ${n(page.width)}x${n(page.height)}`);
    let k = 0;
    while (k < page.items.length) {
      const item = page.items[k]!;
      if (!isPlain(item)) {
        lines.push(`  ${printItem(item)}`);
        k++;
        continue;
      }
      const words: string[] = [];
      let next = page.items[k];
      while (next && isPlain(next) && sameLine(item, next)) {
        words.push(`${n(next.x)} ${JSON.stringify(next.text)} ${n(next.width)}`);
        next = page.items[++k];
      }
      const tc = item.letterSpacing !== undefined ? ` tc=${item.letterSpacing.toFixed(3)}` : '';
      const tag = mark(item) ? ` ${mark(item)}` : '';
      lines.push(`  line ${n(item.y)} ${item.face} ${n(item.size)} ${item.lang}${tc}${tag} | ${words.join(' | ')}`);
    }
  });
  if (doc.structure) lines.push('structure', ...printStructure(doc.structure));
  return `${lines.join('\n')}\n`;
}

/** The structure tree, one element a line, indented by depth: `#3 P ru-RU`. */
function printStructure(structure: Structure): string[] {
  const out: string[] = [];
  const visit = (id: number, depth: number): void => {
    const el = structure.elements[id]!;
    out.push(`${'  '.repeat(depth + 1)}#${id} ${el.type} ${el.lang}`);
    for (const child of el.children) visit(child, depth + 1);
  };
  if (structure.elements.length) visit(0, 0);
  return out;
}
