// One document tree's blocks -> one Akoma Ntoso `doc`: preface, preamble, mainBody, conclusions and attachments, chosen
// by each block's role (never by the agreement's kind), with eIds made from the structure's ordinal numbers.
import type { Block, Inline, LangTag, List, ListItem, Paragraph, Role, SignatureBlock, WorkMeta } from '../../document/index.js';
import { identification } from './identity.js';
import { el, type XmlElement, type XmlNode } from './xml.js';

type Area = 'preface' | 'preamble' | 'body' | 'conclusions';

/** Where each role's text belongs in a `doc` (Akoma Ntoso 3.0 openStructure). */
const AREA: Record<Role, Area> = {
  title: 'preface', subtitle: 'preface', letterhead: 'preface', reference: 'preface',
  parties: 'preamble', recital: 'preamble', agreed: 'preamble',
  articleNumber: 'body', articleHeading: 'body', paragraph: 'body', itemText: 'body',
  opening: 'body', body: 'body', enclosure: 'body', closing: 'body', text: 'body',
  annexNumber: 'body', annexHeading: 'body',
  final: 'conclusions', signatureParty: 'conclusions', signatory: 'conclusions', placeDate: 'conclusions', address: 'conclusions',
};

/** State shared by every doc of one file: the eIds given to the tree's block ids (cross-references resolve to them once
 *  the whole file is built) and every ref made, to resolve then. */
export interface FileState {
  lang: LangTag;
  ids: Map<string, string>;
  refs: { node: XmlElement; target: string }[];
}

export interface DocInput {
  name: string;
  work: WorkMeta;
  component: string;
  names: { lang: LangTag; text: string }[];
  author: { eId: string; showAs: string };
  /** Prefix of every eId in this doc ('' for the main doc, 'att_1__' in its first attachment): eIds are unique per file. */
  prefix: string;
  blocks: readonly Block[];
  /** Further documents attached after this one's own annexes (a note's enclosure). */
  attached?: { name: string; work: WorkMeta; names: DocInput['names']; blocks: readonly Block[] }[];
}

const plain = (inlines: readonly Inline[]): string => inlines.map((i) =>
  i.kind === 'text' ? i.text : i.kind === 'lineBreak' ? ' ' : i.kind === 'blank' ? '' : 'children' in i ? plain(i.children) : '').join('').replace(/\s+/g, ' ').trim();

export function buildDoc(input: DocInput, file: FileState): XmlElement {
  const p = input.prefix;
  const preface: XmlElement[] = [];
  const preamble: XmlElement[] = [];
  const body: XmlElement[] = [];
  const conclusions: XmlElement[] = [];
  const tlcs: XmlElement[] = [el(tlcName('org'), { eId: `${p}${input.author.eId}`, href: `/akn/ontology/organization/${input.work.country}/${input.author.eId}`, showAs: input.author.showAs })];
  const attachments: XmlElement[] = [];

  const lang = file.lang;
  const bind = (id: string | undefined, eId: string): void => void (id !== undefined && !file.ids.has(id) && file.ids.set(id, eId));
  /** Inlines -> AKN inlines; a cross-reference is a `ref` whose href is set once every eId is known. */
  // `around`: the language of the enclosing element; a run in another language is a span that says so.
  const inlines = (list: readonly Inline[], owner: string, counter: { n: number }, around: LangTag = lang): XmlNode[] => list.flatMap((i): XmlNode[] => {
    const inner = (children: readonly Inline[]) => inlines(children, owner, counter, around);
    switch (i.kind) {
      case 'text': return i.lang === around ? [i.text] : [el('span', { 'xml:lang': i.lang }, [i.text])];
      case 'emphasis': return [el('i', {}, inner(i.children))];
      case 'strong': return [el('b', {}, inner(i.children))];
      case 'crossReference': {
        const node = el('ref', { eId: `${owner}__ref_${++counter.n}`, href: '#' }, inner(i.children));
        file.refs.push({ node, target: i.target });
        return [node];
      }
      case 'blank': return [el('fillIn', { width: `${i.width}em` })];
      case 'lineBreak': return [el('br')];
      case 'inserted': return [el('ins', {}, inner(i.children))];
      case 'deleted': return [el('del', {}, inner(i.children))];
    }
  });
  const para = (b: Paragraph, owner: string, counter = { n: 0 }, attrs: Record<string, string | undefined> = {}): XmlElement =>
    el('p', { ...attrs, ...(b.lang !== lang ? { 'xml:lang': b.lang } : {}) }, inlines(b.children, owner, counter, b.lang));

  // --- the body: articles, paragraphs, lists ---
  let article: XmlElement | undefined;
  let articles = 0;
  let loose = 0;
  /** The last paragraph element and its unit, to hang a list under it and to know its own text's continuation. */
  let last: { node: XmlElement; eId: string; unit: string | undefined; lists: number; counter: { n: number } } | undefined;
  const container = (): XmlElement[] => (article ? article.children as XmlElement[] : body);

  const paragraphOf = (b: Paragraph): void => {
    if (last && b.unit !== undefined && b.unit === last.unit && last.lists > 0) {
      // The paragraph's own text after its list: Akoma Ntoso's wrapUp.
      last.node.children.push(el('wrapUp', {}, [para(b, last.eId, last.counter)]));
      return;
    }
    const owner = article ? `${article.attrs.find(([k]) => k === 'eId')![1]}__` : p;
    const n = article ? article.children.filter((c) => typeof c !== 'string' && c.name === 'paragraph').length + 1 : ++loose;
    const eId = `${owner}para_${n}`;
    bind(b.id, eId);
    const counter = { n: 0 };
    const node = el('paragraph', { eId, class: b.role === 'paragraph' ? undefined : b.role }, [
      ...(b.label ? [el('num', {}, [b.label])] : []),
      el('content', {}, [para(b, eId, counter)]),
    ]);
    container().push(node);
    last = { node, eId, unit: b.unit, lists: 0, counter };
  };

  /** A list under `owner` (a paragraph or a point): the owner's content becomes its intro. */
  const listUnder = (owner: { node: XmlElement; eId: string; lists: number }, list: List): void => {
    const content = owner.node.children.findIndex((c) => typeof c !== 'string' && c.name === 'content');
    if (content >= 0) {
      const intro = owner.node.children[content] as XmlElement;
      owner.node.children[content] = el('intro', {}, intro.children);
    }
    const eId = `${owner.eId}__list_${++owner.lists}`;
    owner.node.children.push(el('list', { eId }, list.items.map((item, k) => point(item, `${eId}__point_${k + 1}`))));
  };
  const point = (item: ListItem, eId: string): XmlElement => {
    bind(item.id, eId);
    const node = el('point', { eId }, [el('num', {}, [item.label])]);
    const self = { node, eId, lists: 0 };
    const counter = { n: 0 };
    const texts: XmlElement[] = [];
    for (const b of item.blocks) {
      if (b.kind === 'paragraph') {
        const p1 = para(b, eId, counter);
        if (self.lists > 0) node.children.push(el('wrapUp', {}, [p1]));
        else texts.push(p1);
      } else if (b.kind === 'list') {
        if (texts.length) node.children.push(el('content', {}, texts.splice(0)));
        listUnder(self, b);
      }
    }
    if (texts.length || node.children.length === 1) node.children.push(el('content', {}, texts.length ? texts : [el('p')]));
    return node;
  };

  // --- the conclusions: execution clause, signatures, place and date, address ---
  const named = (area: XmlElement[], areaName: string, name: string): XmlElement => {
    const eId = `${p}${areaName}__${name}`;
    let node = area.find((c) => c.attrs.some(([k, v]) => k === 'eId' && v === eId));
    if (!node) area.push((node = el('container', { eId, name }, [])));
    return node;
  };
  let signatures = 0;
  const signatureBlock = (b: SignatureBlock): void => {
    const box = named(conclusions, 'conclusions', 'signatures');
    for (const column of b.columns) {
      const n = ++signatures;
      const sig = `${p}conclusions__signatures__sig_${n}`;
      const counter = { n: 0 };
      const party = column.heading.at(-1);
      const [person, ...roles] = column.signatory;
      const ids = { party: `${p}party_${n}`, person: `${p}signatory_${n}`, role: `${p}role_${n}` };
      const children: XmlNode[] = [];
      for (const h of column.heading.slice(0, -1)) children.push(...inlines(h.children, sig, counter, column.lang), el('br'));
      if (party) children.push(el('party', { refersTo: `#${ids.party}` }, inlines(party.children, sig, counter, column.lang)));
      if (person) children.push(el('br'), el('person', { refersTo: `#${ids.person}`, ...(roles.length ? { as: `#${ids.role}` } : {}) }, inlines(person.children, sig, counter, column.lang)));
      if (roles.length) children.push(el('br'), el('role', { refersTo: `#${ids.role}` }, roles.flatMap((r, k) => [...(k ? [el('br')] : []), ...inlines(r.children, sig, counter, column.lang)])));
      box.children.push(el('p', column.lang !== lang ? { 'xml:lang': column.lang } : {}, [el('signature', { eId: sig }, children)]));
      if (party) tlcs.push(el(tlcName('org'), { eId: ids.party, href: `/akn/ontology/organization/${input.work.country}/${ids.party}`, showAs: plain(party.children) }));
      if (person) tlcs.push(el(tlcName('person'), { eId: ids.person, href: `/akn/ontology/person/${input.work.country}/${ids.person}`, showAs: plain(person.children) }));
      if (roles.length) tlcs.push(el(tlcName('role'), { eId: ids.role, href: `/akn/ontology/role/${input.work.country}/${ids.role}`, showAs: roles.map((r) => plain(r.children)).join(', ') }));
    }
  };

  // --- annexes: each a doc of its own in an attachment ---
  const groups: Block[][] = [[]];
  for (const b of input.blocks) {
    if (b.kind === 'paragraph' && b.role === 'annexNumber') groups.push([]);
    groups.at(-1)!.push(b);
  }
  const [own, ...annexes] = groups as [Block[], ...Block[][]];

  let recitals: XmlElement | undefined;
  let formulas = 0;
  for (const b of own) {
    switch (b.kind) {
      case 'pageBreak': case 'spacer': break;
      case 'parallelRow': throw new Error('the Akoma Ntoso writer renders one language: draft.ts gives it the en or ru tree, never the parallel one');
      case 'letterhead': {
        const box = named(preface, 'preface', 'letterhead');
        for (const line of b.blocks) box.children.push(para(line, box.attrs[0]![1]));
        break;
      }
      case 'signatureBlock': signatureBlock(b); break;
      case 'list': {
        if (!last) throw new Error('a list before any paragraph');
        listUnder(last, b);
        break;
      }
      case 'paragraph': {
        switch (b.role) {
          case 'title': preface.push(el('p', { class: 'title' }, [el('docTitle', {}, inlines(b.children, `${p}preface`, { n: 0 }))])); break;
          case 'reference': preface.push(el('p', { class: 'reference' }, [el('docNumber', {}, inlines(b.children, `${p}preface`, { n: 0 }))])); break;
          case 'subtitle': case 'letterhead': preface.push(para(b, `${p}preface`, { n: 0 }, { class: b.role })); break;
          case 'parties': { const box = named(preamble, 'preamble', 'parties'); bind(b.id, box.attrs[0]![1]); box.children.push(para(b, box.attrs[0]![1])); break; }
          case 'recital': {
            if (!recitals) preamble.push((recitals = el('recitals', { eId: `${p}recs_1` }, [])));
            const eId = `${p}recs_1__rec_${recitals.children.length + 1}`;
            bind(b.id, eId);
            recitals.children.push(el('recital', { eId }, [para(b, eId)]));
            break;
          }
          case 'agreed': {
            const eId = `${p}preamble__formula_${++formulas}`;
            bind(b.id, eId);
            preamble.push(el('formula', { eId, name: 'agreed' }, [para(b, eId)]));
            break;
          }
          case 'articleNumber': {
            const eId = `${p}art_${++articles}`;
            bind(b.id, eId);
            body.push((article = el('article', { eId }, [el('num', {}, inlines(b.children, eId, { n: 0 }))])));
            last = undefined;
            break;
          }
          case 'articleHeading': {
            if (!article) { paragraphOf(b); break; }
            const eId = article.attrs[0]![1];
            article.children.push(el('heading', {}, inlines(b.children, `${eId}__heading`, { n: 0 })));
            break;
          }
          case 'final': { const box = named(conclusions, 'conclusions', 'execution'); bind(b.id, box.attrs[0]![1]); box.children.push(para(b, box.attrs[0]![1])); break; }
          case 'placeDate': case 'address': { const box = named(conclusions, 'conclusions', b.role); bind(b.id, box.attrs[0]![1]); box.children.push(para(b, box.attrs[0]![1])); break; }
          case 'signatureParty': case 'signatory': { const box = named(conclusions, 'conclusions', 'signatures'); box.children.push(para(b, box.attrs[0]![1])); break; }
          case 'annexNumber': case 'annexHeading': case 'paragraph': case 'itemText': case 'opening': case 'body': case 'enclosure': case 'closing': case 'text':
            if (AREA[b.role] === 'body') paragraphOf(b);
            break;
        }
        break;
      }
    }
  }

  let att = 0;
  for (const blocks of annexes) {
    const eId = `${p}att_${++att}`;
    const [label, ...rest] = blocks as [Paragraph, ...Block[]];
    bind(label.id, eId);
    const heading = rest[0]?.kind === 'paragraph' && rest[0].role === 'annexHeading' ? rest.shift() as Paragraph : undefined;
    const doc = buildAnnex(input, file, `${eId}__`, `!annex_${att}`, label, heading, rest);
    attachments.push(el('attachment', { eId }, [doc]));
  }
  for (const more of input.attached ?? []) {
    const eId = `${p}att_${++att}`;
    const doc = buildDoc({ ...input, ...more, component: '!main', prefix: `${eId}__`, attached: [] }, file);
    attachments.push(el('attachment', { eId }, [doc]));
  }

  const xmlLang = { 'xml:lang': lang };
  const meta = el('meta', {}, [
    identification({ work: input.work, component: input.component, lang, names: input.names, author: `${p}${input.author.eId}` }),
    el('references', { source: `#${p}${input.author.eId}` }, tlcs),
  ]);
  return el('doc', { name: input.name }, [
    meta,
    ...(preface.length ? [el('preface', xmlLang, preface)] : []),
    ...(preamble.length ? [el('preamble', xmlLang, preamble)] : []),
    el('mainBody', xmlLang, body.length ? body : [el('p')]),
    ...(conclusions.length ? [el('conclusions', xmlLang, conclusions)] : []),
    ...(attachments.length ? [el('attachments', {}, attachments)] : []),
  ]);
}

/** An annex: its label and heading as its preface, its paragraphs as its body; the same work, component '!annex_N'. */
function buildAnnex(input: DocInput, file: FileState, prefix: string, component: string, label: Paragraph, heading: Paragraph | undefined, blocks: Block[]): XmlElement {
  const doc = buildDoc({ ...input, name: 'annex', component, prefix, blocks, attached: [] }, file);
  const inl = (b: Paragraph): XmlNode[] => b.children.flatMap((i) => (i.kind === 'text' ? [i.text] : []));
  // The label's first line is the annex's number ("Annex 1"); a line after it ("to this Agreement") follows it.
  const cut = label.children.findIndex((i) => i.kind === 'lineBreak');
  const number = cut < 0 ? label : { ...label, children: label.children.slice(0, cut) };
  const rest = cut < 0 ? [] : inl({ ...label, children: label.children.slice(cut + 1) });
  const preface = el('preface', { 'xml:lang': file.lang }, [
    el('p', { class: 'annexNumber' }, [el('docNumber', {}, inl(number)), ...(rest.length ? [el('br'), ...rest] : [])]),
    ...(heading ? [el('p', { class: 'annexHeading' }, [el('docTitle', {}, inl(heading))])] : []),
  ]);
  doc.children.splice(1, 0, preface);
  return doc;
}

function tlcName(kind: 'org' | 'person' | 'role'): string {
  return kind === 'org' ? 'TLCOrganization' : kind === 'person' ? 'TLCPerson' : 'TLCRole';
}
