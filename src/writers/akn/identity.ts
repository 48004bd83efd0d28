// The FRBR identification of one expression (Akoma Ntoso 3.0 `identification`): the work shared by every language,
// the expression in this language (authoritative: the texts are equally authentic), this XML as its manifestation.
import type { LangTag, WorkMeta } from '../../document/index.js';
import { el, type XmlElement } from './xml.js';

/** ISO 639-2 codes, as Akoma Ntoso's naming convention writes FRBRlanguage and the expression URI. */
export const ISO_639_2: Record<LangTag, string> = { 'en-GB': 'eng', 'ru-RU': 'rus' };

/** `component`: '!main' for the document itself, '!annex_1' for an annex that is part of it. */
export interface Identity {
  work: WorkMeta;
  component: string;
  lang: LangTag;
  /** The work's title in each language, in one order whatever the expression's language: FRBRWork is identical in all. */
  names: { lang: LangTag; text: string }[];
  /** eId of the TLCOrganization that authored it. */
  author: string;
}

export function workUri(w: WorkMeta): string {
  return `/akn/${w.country}/doc/${w.kind}/${w.date}/${w.number}`;
}

export function identification(id: Identity): XmlElement {
  const work = workUri(id.work);
  const expr = `${work}/${ISO_639_2[id.lang]}@`;
  const author = el('FRBRauthor', { href: `#${id.author}` });
  return el('identification', { source: `#${id.author}` }, [
    el('FRBRWork', {}, [
      el('FRBRthis', { value: `${work}/${id.component}` }),
      el('FRBRuri', { value: work }),
      el('FRBRdate', { date: id.work.date, name: 'work' }),
      author,
      el('FRBRcountry', { value: id.work.country }),
      el('FRBRsubtype', { value: id.work.kind }),
      el('FRBRnumber', { value: id.work.number }),
      ...id.names.map((n) => el('FRBRname', { value: n.text, 'xml:lang': n.lang })),
    ]),
    el('FRBRExpression', {}, [
      el('FRBRthis', { value: `${expr}/${id.component}` }),
      el('FRBRuri', { value: expr }),
      el('FRBRdate', { date: id.work.date, name: 'expression' }),
      author,
      el('FRBRauthoritative', { value: 'true' }),
      el('FRBRlanguage', { language: ISO_639_2[id.lang] }),
    ]),
    el('FRBRManifestation', {}, [
      el('FRBRthis', { value: `${expr}/${id.component}.xml` }),
      el('FRBRuri', { value: `${expr}.akn` }),
      el('FRBRdate', { date: id.work.date, name: 'manifestation' }),
      author,
      el('FRBRformat', { value: 'application/akn+xml' }),
    ]),
  ]);
}
