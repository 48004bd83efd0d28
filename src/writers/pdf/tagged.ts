// Tagged PDF (ISO 32000-1 §14.7 marked content, §14.8 tagged PDF; the structure PDF/UA-1 asks for): every text run is
// a marked-content sequence with an MCID, owned by a StructElem of the layout's generic structure tree; the furniture,
// rules and outlines are artifacts. This file knows structure types, never agreements.
import { PDFDict, PDFName, PDFString, type PDFDocument, type PDFObject, type PDFRef } from './pdf-lib.js';
import type { Structure, TextItem } from '../../layout/types.js';
import type { TaggedAnnotation } from './links.js';
import { literal } from './paint.js';

/** The marked-content operators of one page: what opens each sequence; `EMC` closes it. */
export interface PageMarks {
  /** Opens a text run's sequence: its element's tag with an MCID (and a /Lang when the run's language is not the
   *  element's), or an artifact's. */
  text(item: TextItem): string;
  /** Opens a decoration's sequence (a rule, the watermark's outlines): an artifact. */
  decoration(item?: TextItem): string;
}

/** A marked-content reference: the page and the MCID of one sequence. */
interface ContentRef {
  page: number;
  mcid: number;
}

const ARTIFACTS: Record<NonNullable<TextItem['artifact']>, string> = {
  // §14.8.2.2.2, Table 330: pagination artifacts, with the subtypes PDF 1.7 names.
  footer: '/Artifact <</Type /Pagination /Subtype /Footer>> BDC',
  watermark: '/Artifact <</Type /Pagination /Subtype /Watermark>> BDC',
};

export class MarkedContent {
  /** For each page, the element of each MCID (the parent tree's arrays, §14.7.4.4). */
  private readonly owners: number[][] = [];
  /** For each element, its content in painting order, and the child elements whose content first appeared among it. */
  private readonly content = new Map<number, (ContentRef | { child: number })[]>();

  constructor(private readonly structure: Structure) {}

  forPage(page: number): PageMarks {
    const owners: number[] = (this.owners[page] = []);
    const artifact = (item?: TextItem): string => (item?.artifact ? ARTIFACTS[item.artifact] : '/Artifact BMC');
    return {
      text: (item) => {
        const el = item.tag ? this.structure.elements[item.tag.id] : undefined;
        // Text the layout gave no element is not content a reader should meet: an artifact.
        if (!el || !item.tag) return artifact(item);
        const mcid = owners.length;
        owners.push(item.tag.id);
        this.record(item.tag.id, { page, mcid });
        const lang = item.lang === el.lang ? '' : ` /Lang ${literal(item.lang)}`;
        return `/${el.type} <</MCID ${mcid}${lang}>> BDC`;
      },
      decoration: artifact,
    };
  }

  private record(id: number, entry: ContentRef | { child: number }): void {
    let list = this.content.get(id);
    if (!list) {
      this.content.set(id, (list = []));
      // First content of this element: it stands here among its parent's own content, if the parent has any.
      const parent = this.structure.elements[id]!.parent;
      if (parent !== undefined) this.record(parent, { child: id });
    }
    list.push(entry);
  }

  /** Writes the structure tree (§14.7.2), its parent tree (MCIDs of each page, then each tagged annotation), each
   *  page's /StructParents and /Tabs, each annotation's /StructParent, and the catalog's /MarkInfo. */
  write(doc: PDFDocument, pageRefs: readonly PDFRef[], annotations: readonly TaggedAnnotation[] = []): void {
    const { context } = doc;
    const { elements } = this.structure;
    // An element with no content anywhere (a paragraph of a blank alone) is left out, and so is a container of such.
    const own = (id: number) => (this.content.get(id) ?? []).filter((c): c is ContentRef => 'mcid' in c);
    const live = elements.map(() => false);
    for (let id = elements.length - 1; id >= 0; id--) {
      if (own(id).length || elements[id]!.children.some((c) => live[c])) live[id] = true;
    }
    if (!live[0]) return;
    const refs = elements.map((_, id) => (live[id] ? context.nextRef() : undefined));
    const rootRef = context.nextRef();
    elements.forEach((el, id) => {
      const ref = refs[id];
      if (!ref) return;
      const pg = own(id)[0]?.page;
      // An element with content of its own: that content and its children as they were painted (a P's text around
      // its Links); a container: its children in the layout's reading order.
      const kids: PDFObject[] = pg !== undefined
        ? this.content.get(id)!.flatMap((c): PDFObject[] => {
          if ('child' in c) return refs[c.child] ? [refs[c.child]!] : [];
          return [c.page === pg ? context.obj(c.mcid) : context.obj({ Type: 'MCR', Pg: pageRefs[c.page]!, MCID: c.mcid })];
        })
        : el.children.flatMap((c) => (refs[c] ? [refs[c]] : []));
      // A Link's annotations (§14.7.4.3, PDF/UA-1 §7.18.5): object references after its text.
      for (const a of annotations) if (a.element === id) kids.push(context.obj({ Type: 'OBJR', Obj: a.ref, Pg: pageRefs[a.page]! }));
      const dict = context.obj({
        Type: 'StructElem',
        S: el.type,
        P: el.parent === undefined ? rootRef : refs[el.parent]!,
        Lang: PDFString.of(el.lang),
        K: kids,
        ...(pg !== undefined ? { Pg: pageRefs[pg]! } : {}),
      });
      context.assign(ref, dict);
    });
    // The parent tree (§14.7.4.4): a number tree from each page's StructParents to the elements of its MCIDs.
    const nums: PDFObject[] = [];
    this.owners.forEach((owners, page) => {
      if (!owners?.length) return;
      doc.getPage(page).node.set(PDFName.of('StructParents'), context.obj(page));
      nums.push(context.obj(page), context.obj(owners.map((id) => refs[id]!)));
    });
    let key = this.owners.length;
    for (const a of annotations) {
      const ref = refs[a.element];
      if (!ref) continue;
      context.lookup(a.ref, PDFDict).set(PDFName.of('StructParent'), context.obj(key));
      nums.push(context.obj(key++), ref);
    }
    // Tab order follows the structure on every page (PDF/UA-1 §7.18.3, ISO 32000-1 §12.5.1).
    for (const page of doc.getPages()) page.node.set(PDFName.of('Tabs'), PDFName.of('S'));
    const parentTree = context.register(context.obj({ Nums: nums }));
    context.assign(rootRef, context.obj({ Type: 'StructTreeRoot', K: refs[0]!, ParentTree: parentTree, ParentTreeNextKey: key }));
    doc.catalog.set(PDFName.of('StructTreeRoot'), rootRef);
    doc.catalog.set(PDFName.of('MarkInfo'), context.obj({ Marked: true }));
  }
}
