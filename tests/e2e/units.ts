// Every text unit of an agreement in document order, and a check that read-back text holds them in order.
import type { Agreement, Item, Lang, NameForms, Paragraph, Texts } from '../../src/model/types.js';

export interface UnitText {
  where: string;
  text: Texts;
  /** Units whose place on the page is beside others (signature columns): checked for presence, not order. */
  unordered?: boolean;
}

function items(list: Item[], where: string, out: UnitText[]): void {
  list.forEach((item, i) => {
    out.push({ where: `${where}.items[${i}]`, text: item.text });
    items(item.items, `${where}.items[${i}]`, out);
  });
}

function paragraphs(list: Paragraph[], where: string, out: UnitText[]): void {
  list.forEach((p, i) => {
    out.push({ where: `${where}[${i}]`, text: p.text });
    items(p.items, `${where}[${i}]`, out);
  });
}

const nominative = (forms: NameForms): Texts => ({ en: forms.en.nom, ru: forms.ru.nom });

/** The officer's texts as they must appear, in the order a reader meets them. */
export function unitsInOrder(a: Agreement): UnitText[] {
  const out: UnitText[] = [];
  if (a.kind === 'note') {
    a.letterhead.forEach((t, i) => out.push({ where: `letterhead[${i}]`, text: t, unordered: true }));
    a.body.forEach((u, i) => out.push({ where: `body[${i}]`, text: u.text }));
    out.push({ where: 'place', text: a.place });
    a.addressBlock.forEach((t, i) => out.push({ where: `addressBlock[${i}]`, text: t }));
    return out;
  }
  out.push({ where: 'title', text: a.title });
  if (a.subtitle) out.push({ where: 'subtitle', text: a.subtitle });
  a.preamble.forEach((u, i) => out.push({ where: `preamble[${i}]`, text: u.text }));
  if (a.agreed) out.push({ where: 'agreed', text: a.agreed });
  a.articles.forEach((art, i) => {
    if (art.heading) out.push({ where: `articles[${i}].heading`, text: art.heading.text });
    paragraphs(art.paragraphs, `articles[${i}].paragraphs`, out);
  });
  paragraphs(a.operative, 'operative', out);
  // Entry into force and further sentences, then the execution clause (with the place) last, before the signatures.
  if (a.final.entryIntoForce) out.push({ where: 'final.entryIntoForce', text: a.final.entryIntoForce.text });
  a.final.extra.forEach((u, i) => out.push({ where: `final.extra[${i}]`, text: u.text }));
  if (a.final.place) out.push({ where: 'final.place', text: { en: a.final.place.en.nom, ru: a.final.place.ru.pre ?? a.final.place.ru.nom } });
  for (const s of a.signatories) {
    const party = a.parties.find((p) => p.id === s.party);
    if (party) out.push({ where: `signatory ${s.party} party`, text: nominative(party.signatureName ?? party.name), unordered: true });
    if (s.name) out.push({ where: `signatory ${s.party} name`, text: s.name, unordered: true });
    if (s.title) out.push({ where: `signatory ${s.party} title`, text: s.title, unordered: true });
  }
  return out;
}

/** Letters and digits only, lower case, ё as е: what survives every writer, typography and line breaking. */
export function letters(text: string): string {
  return text.normalize('NFC').toLowerCase().replace(/ё/g, 'е').replace(/[^\p{L}\p{N}]+/gu, '');
}

/** The fixed pieces of a unit's text: its inline markup removed, split where a cross-reference renders. */
export function fragments(text: string): string[] {
  return text
    .replace(/\\(.)/g, '$1')
    .split(/\[\[[^\]]*\]\]/)
    .map((piece) => letters(piece.replace(/\*/g, '')))
    .filter((piece) => piece.length > 0);
}

export interface Miss {
  where: string;
  lang: Lang;
  fragment: string;
  reason: 'missing' | 'out of order';
}

/** Checks that every unit's `lang` text is in `haystack` (already passed through `letters`), ordered units in order. */
export function findUnits(haystack: string, units: UnitText[], lang: Lang): Miss[] {
  const misses: Miss[] = [];
  let cursor = 0;
  for (const unit of units) {
    for (const fragment of fragments(unit.text[lang])) {
      if (unit.unordered) {
        if (!haystack.includes(fragment)) misses.push({ where: unit.where, lang, fragment, reason: 'missing' });
        continue;
      }
      const at = haystack.indexOf(fragment, cursor);
      if (at >= 0) {
        cursor = at + fragment.length;
      } else {
        misses.push({ where: unit.where, lang, fragment, reason: haystack.includes(fragment) ? 'out of order' : 'missing' });
      }
    }
  }
  return misses;
}

/** True when no Cyrillic letter appears: an English-only text. */
export function hasCyrillic(text: string): boolean {
  return /[\u0400-\u04FF]/.test(text);
}
