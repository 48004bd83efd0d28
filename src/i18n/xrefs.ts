// Cross-references in words: "subparagraph (b) of paragraph 2 of Article 3" / «подпункт «б» пункта 2 статьи 3».
import type { Case, Lang } from './pieces.js';
import { listReferenceMark } from './labels.js';
import { ordinalForm, ordinalWord } from './numbers.js';

const NBSP = '\u00a0';

/** Where a target stands, by position (numbers from 1), computed from the ids at render time so a
 *  reference renumbers when articles move. */
export interface RefPath {
  /** Article number; absent in an unnumbered operative part (the protocol) and in an annex. */
  article?: number;
  /** Annex number, for an annex and what stands in it: "Annex 1" / «приложение 1». */
  annex?: number;
  /** Paragraph number within the article or operative part; absent for a reference to the article itself. */
  paragraph?: number;
  /** True when the article has a single paragraph: it is then not named ("subparagraph (b) of Article 3"). */
  soleParagraph?: boolean;
  /** False when the paragraphs print no number (an unnumbered article, the protocol's operative part): a
   *  paragraph is then named by its place, "the second paragraph" / «абзац второй», never by a number it lacks. */
  numbered?: boolean;
  /** True when this paragraph is the only one of its article or operative part with a list: a reference to one
   *  of its items needs no paragraph when the paragraphs are unnumbered ("subparagraph (ii)"). */
  onlyList?: boolean;
  /** List items from the outermost: item number and its list depth. */
  items: { n: number; depth: number }[];
}

type Noun = 'article' | 'annex' | 'paragraph' | 'subparagraph' | 'unnumbered';

const RU_NOUNS: Record<Noun, Record<Case, string>> = {
  article: { nom: 'статья', gen: 'статьи', dat: 'статье', acc: 'статью', ins: 'статьёй', pre: 'статье' },
  annex: { nom: 'приложение', gen: 'приложения', dat: 'приложению', acc: 'приложение', ins: 'приложением', pre: 'приложении' },
  paragraph: { nom: 'пункт', gen: 'пункта', dat: 'пункту', acc: 'пункт', ins: 'пунктом', pre: 'пункте' },
  subparagraph: { nom: 'подпункт', gen: 'подпункта', dat: 'подпункту', acc: 'подпункт', ins: 'подпунктом', pre: 'подпункте' },
  /** An unnumbered paragraph is an «абзац», named by its ordinal after the noun: «абзац второй статьи 3». */
  unnumbered: { nom: 'абзац', gen: 'абзаца', dat: 'абзацу', acc: 'абзац', ins: 'абзацем', pre: 'абзаце' },
};
const EN_NOUNS: Record<Exclude<Noun, 'unnumbered'>, string> = { article: 'Article', annex: 'Annex', paragraph: 'paragraph', subparagraph: 'subparagraph' };

/** The parts of a reference, innermost first: [noun, number-or-mark]. */
function parts(path: RefPath, lang: Lang): [Noun, string][] {
  const out: [Noun, string][] = [];
  for (let i = path.items.length - 1; i >= 0; i--) {
    const item = path.items[i]!;
    out.push(['subparagraph', listReferenceMark(item.n, item.depth, lang)]);
  }
  if (path.paragraph !== undefined) {
    const inArticle = path.soleParagraph === true && (path.article !== undefined || path.annex !== undefined);
    if (path.numbered !== false) {
      if (!(inArticle && path.items.length > 0)) out.push(['paragraph', String(path.paragraph)]);
    } else if (path.items.length > 0 ? !(path.soleParagraph || path.onlyList) : !inArticle) {
      // Unnumbered: named by place only where the items or the article alone would not tell which paragraph.
      out.push(['unnumbered', String(path.paragraph)]);
    }
  }
  if (path.article !== undefined) out.push(['article', String(path.article)]);
  if (path.annex !== undefined) out.push(['annex', String(path.annex)]);
  return out;
}

/** «настоящая статья», «настоящее приложение» by case: the article or annex the reference stands in. */
const RU_THIS: Record<'article' | 'annex', Record<Case, string>> = {
  article: { nom: 'настоящая статья', gen: 'настоящей статьи', dat: 'настоящей статье', acc: 'настоящую статью', ins: 'настоящей статьёй', pre: 'настоящей статье' },
  annex: { nom: 'настоящее приложение', gen: 'настоящего приложения', dat: 'настоящему приложению', acc: 'настоящее приложение', ins: 'настоящим приложением', pre: 'настоящем приложении' },
};
const EN_THIS: Record<'article' | 'annex', string> = { article: 'this Article', annex: 'this Annex' };

/** Where the reference itself stands: an article or an annex, by number. */
export interface RefHere { article?: number; annex?: number }

/** The reference in words. English ignores the case; Russian puts the first noun in `kase` and the rest
 *  in the genitive: «подпунктом «б» пункта 2 статьи 3». A reference into `here`, the article (a number) or annex
 *  it stands in, names it as drafters do: "paragraph 1 of this Article", «пункта 1 настоящей статьи»,
 *  «пункт 2 настоящего приложения». */
export function crossReference(path: RefPath, lang: Lang, kase: Case = 'nom', here?: number | RefHere): string {
  const list = parts(path, lang);
  const at: RefHere = typeof here === 'number' ? { article: here } : here ?? {};
  const self = (noun: Noun): noun is 'article' | 'annex' =>
    (noun === 'article' && at.article !== undefined && path.article === at.article) || (noun === 'annex' && at.annex !== undefined && path.annex === at.annex);
  if (lang === 'en') {
    return list.map(([noun, mark]) => {
      if (noun === 'unnumbered') return `the ${ordinalWord(Number(mark), 'en')} paragraph`;
      return self(noun) ? EN_THIS[noun] : `${EN_NOUNS[noun]}${NBSP}${mark}`;
    }).join(' of ');
  }
  return list.map(([noun, mark], i) => {
    const c = i === 0 ? kase : 'gen';
    if (noun === 'unnumbered') return `${RU_NOUNS.unnumbered[c]} ${ordinalForm(Number(mark), c)}`;
    return self(noun) ? RU_THIS[noun][c] : `${RU_NOUNS[noun][c]}${NBSP}${mark}`;
  }).join(' ');
}
