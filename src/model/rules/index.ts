// The semantic rules, one a file, run in this order after the structural walk.
import { alternat } from './alternat.js';
import { annexes } from './annexes.js';
import { articlesAndOperative } from './articles-and-operative.js';
import { bidiControl } from './bidi-control.js';
import { blankInFinal } from './blank-in-final.js';
import type { Rule } from './context.js';
import { controlCharacter } from './control-character.js';
import { crossReferences } from './cross-references.js';
import { custody } from './custody.js';
import { documentSize } from './document-size.js';
import { duplicateIds } from './duplicate-ids.js';
import { enclosureAfter } from './enclosure-after.js';
import { finalArticle } from './final-article.js';
import { finalUnnumbered } from './final-unnumbered.js';
import { finalLanguages } from './final-languages.js';
import { inlineMarkup } from './inline-markup.js';
import { invisibleCharacter } from './invisible-character.js';
import { languageOrder } from './language-order.js';
import { lineBreaks } from './line-breaks.js';
import { listDepth } from './list-depth.js';
import { nameLength } from './name-length.js';
import { missingGlyph } from './missing-glyph.js';
import { mixedScript } from './mixed-script.js';
import { noteDates } from './note-dates.js';
import { numberMismatch } from './number-mismatch.js';
import { partyReferences } from './party-references.js';
import { placeCase } from './place-case.js';
import { placeholders } from './placeholders.js';
import { signatories } from './signatories.js';
import { signatureCase } from './signature-case.js';
import { specimen } from './specimen.js';
import { titleMentions } from './title-mentions.js';

export const RULES: readonly Rule[] = [
  documentSize, articlesAndOperative, duplicateIds, partyReferences, signatories, signatureCase, custody, finalLanguages, languageOrder, placeCase, titleMentions, blankInFinal, specimen, alternat,
  inlineMarkup, crossReferences, placeholders, enclosureAfter, noteDates, numberMismatch, lineBreaks, listDepth, nameLength, finalArticle, finalUnnumbered, annexes,
  controlCharacter, bidiControl, invisibleCharacter, mixedScript, missingGlyph,
];

export { ruleContext, type Rule, type RuleContext } from './context.js';
