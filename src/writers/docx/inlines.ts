// Inlines -> Word runs. Every run carries w:lang (en-GB / ru-RU) so Word checks each language with its dictionary.
import { InternalHyperlink, TextRun, type ParagraphChild } from 'docx';
import type { Inline, LangTag } from '../../document/index.js';
import type { Bookmarks } from './bookmarks.js';
import { UNDERSCORE_EM } from './measure.js';

interface RunFormat {
  bold?: boolean;
  italics?: boolean;
  /** Inside a hyperlink already: Word does not nest w:hyperlink (ECMA-376 §17.16.22). */
  linked?: boolean;
}

/** A run of the given language; formatting only where set, so the paragraph style decides the rest. */
export function run(lang: LangTag, options: { text?: string; break?: number; bold?: boolean; italics?: boolean }): TextRun {
  return new TextRun({
    ...(options.text !== undefined ? { text: options.text } : {}),
    ...(options.break !== undefined ? { break: options.break } : {}),
    ...(options.bold ? { bold: true } : {}),
    ...(options.italics ? { italics: true } : {}),
    language: { value: lang },
  });
}

/** A blank `width` ems long as underscores: they survive copy, plain text and every reader, unlike a drawn line. */
export function blankText(width: number): string {
  return '_'.repeat(Math.max(1, Math.round(width / UNDERSCORE_EM)));
}

/**
 * Runs for a list of inlines. `lang` is the paragraph's language, used for runs that have none of their own
 * (blanks, line breaks).
 */
export function renderInlines(
  inlines: readonly Inline[],
  lang: LangTag,
  bookmarks: Bookmarks,
  format: RunFormat = {},
): ParagraphChild[] {
  const out: ParagraphChild[] = [];
  for (const inline of inlines) {
    switch (inline.kind) {
      case 'text':
        out.push(run(inline.lang, { text: inline.text, bold: format.bold, italics: format.italics }));
        break;
      case 'emphasis':
        out.push(...renderInlines(inline.children, lang, bookmarks, { ...format, italics: true }));
        break;
      case 'strong':
        out.push(...renderInlines(inline.children, lang, bookmarks, { ...format, bold: true }));
        break;
      case 'crossReference': {
        const anchor = bookmarks.get(inline.target);
        if (anchor === undefined || format.linked) {
          out.push(...renderInlines(inline.children, lang, bookmarks, format));
        } else {
          const children = renderInlines(inline.children, lang, bookmarks, { ...format, linked: true });
          out.push(new InternalHyperlink({ anchor, children }));
        }
        break;
      }
      case 'blank':
        out.push(run(lang, { text: blankText(inline.width), bold: format.bold, italics: format.italics }));
        break;
      case 'lineBreak':
        out.push(run(lang, { break: 1 }));
        break;
    }
  }
  return out;
}
