// The tree's stylesheet as named Word paragraph styles ("Cica Body"), so an officer can restyle the document in Word.
import { AlignmentType, LineRuleType, type IParagraphStyleOptions } from 'docx';
import type { Align, ParagraphFormat, Stylesheet } from '../../document/index.js';
import { halfPoints, lineSpacing, twips } from './measure.js';

export interface NamedStyle {
  /** w:styleId, e.g. "CicaArticleHeading". */
  id: string;
  /** The name Word shows, e.g. "Cica Article Heading". */
  name: string;
  format: ParagraphFormat;
}

/** Style name in the tree -> its Word style. */
export type StyleIndex = ReadonlyMap<string, NamedStyle>;

export const FONT = 'PT Serif';

export const ALIGNMENT: Record<Align, (typeof AlignmentType)[keyof typeof AlignmentType]> = {
  left: AlignmentType.LEFT,
  center: AlignmentType.CENTER,
  right: AlignmentType.RIGHT,
  justify: AlignmentType.JUSTIFIED,
};

/** "articleHeading" / "article-heading" -> ["Article", "Heading"]. */
function words(styleName: string): string[] {
  return styleName
    .split(/[^A-Za-z0-9]+|(?<=[a-z0-9])(?=[A-Z])/)
    .filter((w) => w.length > 0)
    .map((w) => w[0]!.toUpperCase() + w.slice(1));
}

/** Deterministic, unique, readable ids in the stylesheet's own order. */
export function indexStyles(styles: Stylesheet): StyleIndex {
  const index = new Map<string, NamedStyle>();
  const taken = new Set<string>();
  let n = 0;
  for (const [styleName, format] of Object.entries(styles)) {
    n += 1;
    const parts = words(styleName);
    let base = parts.length > 0 ? parts : ['Style', String(n)];
    let id = `Cica${base.join('')}`;
    for (let k = 2; taken.has(id.toLowerCase()); k += 1) {
      base = [...(parts.length > 0 ? parts : ['Style']), String(k)];
      id = `Cica${base.join('')}`;
    }
    taken.add(id.toLowerCase());
    index.set(styleName, { id, name: `Cica ${base.join(' ')}`, format });
  }
  return index;
}

function paragraphStyle({ id, name, format }: NamedStyle): IParagraphStyleOptions {
  return {
    id,
    name,
    basedOn: 'Normal',
    quickFormat: true,
    run: {
      size: halfPoints(format.fontSize),
      sizeComplexScript: halfPoints(format.fontSize),
      ...(format.bold ? { bold: true, boldComplexScript: true } : {}),
      ...(format.italic ? { italics: true, italicsComplexScript: true } : {}),
      ...(format.caps ? { allCaps: true } : {}),
    },
    paragraph: {
      alignment: ALIGNMENT[format.align],
      spacing: {
        before: twips(format.spaceBefore),
        after: twips(format.spaceAfter),
        line: lineSpacing(format.lineHeight),
        lineRule: LineRuleType.AUTO,
      },
      indent: {
        left: twips(format.leftIndent ?? 0),
        ...((format.firstLineIndent ?? 0) < 0
          ? { hanging: twips(-(format.firstLineIndent ?? 0)) }
          : { firstLine: twips(format.firstLineIndent ?? 0) }),
      },
      ...(format.keepWithNext ? { keepNext: true } : {}),
      ...(format.keepLines ? { keepLines: true } : {}),
    },
  };
}

export function paragraphStyles(index: StyleIndex): IParagraphStyleOptions[] {
  return [...index.values()].map(paragraphStyle);
}

/** Ids of the styles the PDF's layout never hyphenates (layout/paragraph.ts): all but justified running text, and
 *  text in capitals. */
export function unhyphenatedStyles(index: StyleIndex): string[] {
  return [...index.values()].filter(({ format }) => format.align !== 'justify' || format.caps === true).map((s) => s.id);
}
