// The view model templates see: the agreement's data with positions, numbers and unit keys worked out,
// and every optional field present as null (strict templates then tell a typo from an absent value).
import { LANGS, type Annex, type Article, type Instrument, type Item, type Lang, type NameForms, type Note, type Paragraph, type Party, type RussianNoun, type Texts, type Unit } from '../model/types.js';
import { paragraphLabel, type RefPath } from '../i18n/index.js';

/** `ends`: the item whose text is the list's last paragraph (the last item at every level, without sub-items); it
 *  takes the style `itemEnd`, which leaves a paragraph's space after the list rather than the items' closer one. */
export interface ItemView { key: string; id: string | null; n: number; depth: number; ends: boolean; unit: Unit; items: ItemView[] }
export interface ParagraphView { key: string; id: string | null; number: number; label: string | null; unit: Unit; items: ItemView[] }
export interface ArticleView { key: string; id: string | null; number: number; heading: Unit | null; numbered: boolean; paragraphs: ParagraphView[] }
/** An annex: "Annex 1" / «Приложение 1», its title and paragraphs. */
export interface AnnexView { key: string; id: string | null; number: number; heading: Unit | null; numbered: boolean; paragraphs: ParagraphView[] }
export interface PartyView { id: string; name: NameForms; abbr: Texts | null; short: NameForms; signatureName: NameForms | null }
export interface Keyed<T> { key: string; value: T }

export interface InstrumentView {
  kind: Instrument['kind'];
  draft: boolean;
  title: Texts;
  /** The Russian title's gender and forms, for `thisTitle` and `agree`. */
  titleNoun: RussianNoun;
  subtitle: Texts | null;
  parties: PartyView[];
  collective: NameForms;
  /** The mark that closes the parties clause in each language: the one the recitals close with. */
  partiesMark: Texts;
  preamble: Keyed<Unit>[];
  agreed: Texts | null;
  articles: ArticleView[];
  operative: ParagraphView[];
  final: {
    place: NameForms | null;
    date: Instrument['final']['date'];
    originals: number;
    languages: Lang[];
    /** The languages as each language's text names them: `final.languageOrder`, else `languages`. */
    languagesIn: Record<Lang, Lang[]>;
    equallyAuthentic: boolean;
    custody: { party: PartyView; keeper: NameForms; n: number }[];
    entryIntoForce: Unit | null;
    extra: Keyed<Unit>[];
    /** Entry into force and the further provisions as paragraphs, in order: the last article's when `article`
     *  is set (numbered as it says), else unnumbered paragraphs before the execution clause. */
    provisions: ParagraphView[];
    /** The last article that carries the provisions (`final.article`), numbered after the officer's articles. */
    article: ArticleView | null;
  };
  signatories: { key: string; party: PartyView; name: Texts | null; title: Texts | null }[];
  annexes: AnnexView[];
}

export interface NoteView {
  kind: 'note';
  draft: boolean;
  letterhead: Texts[];
  sender: Note['sender'];
  reference: string;
  addressees: Note['addressees'];
  body: { key: string; unit: Unit; enclosure: boolean }[];
  /** The "Enclosure:" line: its page count, and how it names the enclosure (null: "as stated"). */
  enclosure: { pages: number; description: Texts | null } | null;
  place: Texts;
  date: Note['date'];
  addressBlock: Keyed<Texts>[];
}

export interface Views {
  view: InstrumentView | NoteView;
  refs: Map<string, RefPath>;
}

/** `closing`: this list ends its outermost list (it is the top list, or stands in the last item of one that does). */
function items(list: readonly Item[], parentKey: string, depth: number, path: RefPath, refs: Map<string, RefPath>, closing = true): ItemView[] {
  return list.map((item, i) => {
    const key = item.id ?? `${parentKey}.i${i + 1}`;
    const here: RefPath = { ...path, items: [...path.items, { n: i + 1, depth }] };
    if (item.id) refs.set(item.id, here);
    const last = closing && i === list.length - 1;
    return { key, id: item.id ?? null, n: i + 1, depth, ends: last && item.items.length === 0, unit: item, items: items(item.items, key, depth + 1, here, refs, last) };
  });
}

/** Where a paragraph list stands: in an article, an annex, or the operative part (neither). */
type Container = Pick<RefPath, 'article' | 'annex'>;

function paragraphs(list: readonly Paragraph[], keys: readonly string[], numbered: boolean, container: Container, refs: Map<string, RefPath>): ParagraphView[] {
  const onlyList = list.filter((p) => p.items.length > 0).length === 1;
  return list.map((p, i) => {
    const key = p.id ?? keys[i]!;
    const path: RefPath = { ...container, paragraph: i + 1, soleParagraph: list.length === 1, numbered, onlyList: onlyList && p.items.length > 0, items: [] };
    if (p.id) refs.set(p.id, path);
    return { key, id: p.id ?? null, number: i + 1, label: numbered ? paragraphLabel(i + 1) : null, unit: p, items: items(p.items, key, 0, path, refs) };
  });
}

const numberedKeys = (parentKey: string, n: number): string[] => Array.from({ length: n }, (_, i) => `${parentKey}.p${i + 1}`);

/** The final provisions in order, and their unit keys (kept from the days they were only sentences of the tail). */
function provisionUnits(f: Instrument['final']): { list: Paragraph[]; keys: string[] } {
  const list: Paragraph[] = [];
  const keys: string[] = [];
  if (f.entryIntoForce) { list.push({ ...f.entryIntoForce, items: [] }); keys.push('@final.entry'); }
  f.extra.forEach((p, i) => { list.push(p); keys.push(`@final.extra${i + 1}`); });
  return { list, keys };
}

/**
 * Unit keys (docs/format.md, "Unit keys"): the unit's YAML id where the officer gave one; else its heading, for an
 * article or annex whose English heading is unique ("@art:purpose-and-scope"); else its place ("@art3", "@preamble2").
 * A paragraph or item without an id is keyed under its parent ("art-scope.p2.i1"), so inserting an article moves no
 * key of an article that has an id or a heading. Generated keys hold "@" or "." and ids never do: they cannot clash.
 */
export function containerKeys(list: readonly { id?: string; heading?: Unit }[], prefix: 'art' | 'annex'): string[] {
  const slugs = list.map((x) => (x.heading ? headingSlug(x.heading.text.en) : ''));
  const count = new Map<string, number>();
  for (const s of slugs) if (s) count.set(s, (count.get(s) ?? 0) + 1);
  return list.map((x, i) => x.id ?? (slugs[i] && count.get(slugs[i]!) === 1 ? `@${prefix}:${slugs[i]}` : `@${prefix}${i + 1}`));
}

/** "Purpose and *Scope*" -> "purpose-and-scope": letters and digits of the heading as written, lower case. */
function headingSlug(text: string): string {
  return text.normalize('NFKD').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-+|-+$/g, '').slice(0, 60);
}

function article(a: Article, i: number, key: string, refs: Map<string, RefPath>): ArticleView {
  if (a.id) refs.set(a.id, { article: i + 1, items: [] });
  return { key, id: a.id ?? null, number: i + 1, heading: a.heading ?? null, numbered: a.numbered, paragraphs: paragraphs(a.paragraphs, numberedKeys(key, a.paragraphs.length), a.numbered, { article: i + 1 }, refs) };
}

function annex(a: Annex, i: number, key: string, refs: Map<string, RefPath>): AnnexView {
  if (a.id) refs.set(a.id, { annex: i + 1, items: [] });
  return { key, id: a.id ?? null, number: i + 1, heading: a.heading ?? null, numbered: a.numbered, paragraphs: paragraphs(a.paragraphs, numberedKeys(key, a.paragraphs.length), a.numbered, { annex: i + 1 }, refs) };
}

/** The final provisions: the paragraphs of a last article numbered after the officer's, or the tail's paragraphs. */
function finalProvisions(a: Instrument, refs: Map<string, RefPath>): { provisions: ParagraphView[]; article: ArticleView | null } {
  const { list, keys } = provisionUnits(a.final);
  const fa = a.final.article;
  if (!fa) return { provisions: paragraphs(list, keys, false, {}, refs), article: null };
  const n = a.articles.length + 1;
  if (fa.id) refs.set(fa.id, { article: n, items: [] });
  const provisions = paragraphs(list, keys, fa.numbered, { article: n }, refs);
  return { provisions, article: { key: fa.id ?? '@art:final', id: fa.id ?? null, number: n, heading: fa.heading ?? null, numbered: fa.numbered, paragraphs: provisions } };
}

function party(p: Party): PartyView {
  return { id: p.id, name: p.name, abbr: p.abbr ?? null, short: p.short, signatureName: p.signatureName ?? null };
}

/** The parties clause is the first of the recitals' series and closes as they do (issue 9 §3): «…, далее
 *  именуемые Сторонами;» before recitals that close with «;», a comma before recitals closing with «,» (the
 *  reference memorandum) or when none follows. The first recital ending in «,» or «;» decides, per language. */
function partiesMark(preamble: readonly Unit[]): Texts {
  const mark = (lang: Lang): string => {
    for (const u of preamble) {
      const end = u.text[lang].trimEnd().slice(-1);
      if (end === ',' || end === ';') return end;
    }
    return ',';
  };
  return Object.fromEntries(LANGS.map((l) => [l, mark(l)])) as Texts;
}

/** A draft's place without its prepositional was warned about (PLACE_CASE_FORM): the nominative stands in
 *  until the officer gives it, so the draft still renders. A final never gets here without it (an error). */
function placeForms(place: NameForms, status: Instrument['status']): NameForms {
  if (place.ru.pre || status === 'final') return place;
  return { ...place, ru: { ...place.ru, pre: place.ru.nom } };
}

function instrumentView(a: Instrument, refs: Map<string, RefPath>): InstrumentView {
  const parties = new Map(a.parties.map((p) => [p.id, party(p)]));
  // The validator guarantees ids resolve; a stray one still renders (its own id as the name) rather than throwing.
  const byId = (id: string): PartyView => parties.get(id) ?? party({ id, name: { en: { nom: id }, ru: { nom: id } }, abbr: { en: id, ru: id }, short: { en: { nom: id }, ru: { nom: id } }, src: { file: a.src.file, start: { line: 1, col: 1 } } });
  const f = a.final;
  return {
    kind: a.kind,
    draft: a.status === 'draft',
    title: a.title,
    titleNoun: a.titleNoun,
    subtitle: a.subtitle ?? null,
    parties: [...parties.values()],
    collective: a.collective,
    partiesMark: partiesMark(a.preamble),
    preamble: a.preamble.map((u, i) => ({ key: u.id ?? `@preamble${i + 1}`, value: u })),
    agreed: a.agreed ?? null,
    articles: ((keys) => a.articles.map((art, i) => article(art, i, keys[i]!, refs)))(containerKeys(a.articles, 'art')),
    operative: paragraphs(a.operative, numberedKeys('@op', a.operative.length), false, {}, refs),
    final: {
      place: f.place ? placeForms(f.place, a.status) : null,
      date: f.date,
      originals: f.originals,
      languages: f.languages,
      languagesIn: Object.fromEntries(LANGS.map((l) => [l, f.languageOrder[l] ?? f.languages])) as Record<Lang, Lang[]>,
      equallyAuthentic: f.equallyAuthentic,
      custody: f.custody.map((c, i) => ({ party: byId(c.party), keeper: c.keeper ?? byId(c.party).short, n: i + 1 })),
      entryIntoForce: f.entryIntoForce ?? null,
      extra: f.extra.map((u, i) => ({ key: u.id ?? `@final.extra${i + 1}`, value: u })),
      ...finalProvisions(a, refs),
    },
    signatories: a.signatories.map((s, i) => ({ key: `@signatory${i + 1}`, party: byId(s.party), name: s.name ?? null, title: s.title ?? null })),
    annexes: ((keys) => a.annexes.map((x, i) => annex(x, i, keys[i]!, refs)))(containerKeys(a.annexes, 'annex')),
  };
}

function noteView(n: Note, enclosurePages: number | undefined): NoteView {
  const afterIndex = n.enclosure ? (n.enclosure.after ? n.body.findIndex((u) => u.id === n.enclosure!.after) : n.body.length - 1) : -1;
  return {
    kind: 'note',
    draft: n.status === 'draft',
    letterhead: n.letterhead,
    sender: n.sender,
    reference: n.reference,
    addressees: n.addressees,
    body: n.body.map((u, i) => ({ key: u.id ?? `@body${i + 1}`, unit: u, enclosure: i === afterIndex })),
    enclosure: n.enclosure && enclosurePages !== undefined ? { pages: enclosurePages, description: n.enclosure.description ?? null } : null,
    place: n.place,
    date: n.date,
    addressBlock: n.addressBlock.map((t, i) => ({ key: `@address${i + 1}`, value: t })),
  };
}

/** Which article each paragraph and list item of an instrument stands in (see RenderState.articleOf). */
export function unitArticles(agreement: Instrument | Note): WeakMap<object, number> {
  const out = new WeakMap<object, number>();
  if (agreement.kind === 'note') return out;
  const mark = (list: readonly Item[], n: number): void => list.forEach((item) => { out.set(item, n); mark(item.items, n); });
  agreement.articles.forEach((a, i) => a.paragraphs.forEach((p) => { out.set(p, i + 1); mark(p.items, i + 1); }));
  if (agreement.final.article) {
    const n = agreement.articles.length + 1;
    if (agreement.final.entryIntoForce) out.set(agreement.final.entryIntoForce, n);
    agreement.final.extra.forEach((p) => { out.set(p, n); mark(p.items, n); });
  }
  return out;
}

/** Which annex each paragraph and list item stands in: a reference into it reads "this Annex" / «настоящего приложения». */
export function unitAnnexes(agreement: Instrument | Note): WeakMap<object, number> {
  const out = new WeakMap<object, number>();
  if (agreement.kind === 'note') return out;
  const mark = (list: readonly Item[], n: number): void => list.forEach((item) => { out.set(item, n); mark(item.items, n); });
  agreement.annexes.forEach((a, i) => a.paragraphs.forEach((p) => { out.set(p, i + 1); mark(p.items, i + 1); }));
  return out;
}

/** The view model and the cross-reference targets, numbered by position now. */
export function buildView(agreement: Instrument | Note, enclosurePages?: number): Views {
  const refs = new Map<string, RefPath>();
  if (agreement.kind === 'note') return { view: noteView(agreement, enclosurePages), refs };
  return { view: instrumentView(agreement, refs), refs };
}
