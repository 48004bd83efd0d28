// A plain-text print of a laid-out document, one item a line, for golden tests a reviewer reads in a diff.
import type { LaidOutDocument, PageItem } from './types.js';

const n = (v: number): string => v.toFixed(2);

function printItem(item: PageItem): string {
  switch (item.kind) {
    case 'text': {
      const extra = [item.gray !== undefined ? `gray=${item.gray}` : '', item.opacity !== undefined ? `opacity=${item.opacity}` : '', item.rotate !== undefined ? `rotate=${item.rotate}` : '']
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

export function printLayout(doc: LaidOutDocument): string {
  const lines: string[] = [`meta ${JSON.stringify(doc.meta)}`];
  doc.pages.forEach((page, i) => {
    lines.push(`page ${i + 1} ${n(page.width)}x${n(page.height)}`);
    for (const item of page.items) lines.push(`  ${printItem(item)}`);
  });
  return `${lines.join('\n')}\n`;
}
