// An annex forms an integral part of the instrument only if the text says so: warn of an annex no text refers to.
import { warning } from '../../diagnostics/index.js';
import { referencesOf } from '../markup.js';
import type { Rule } from './context.js';

export const annexes: Rule = (ctx) => {
  const a = ctx.agreement;
  if (a.kind === 'note' || a.annexes.length === 0) return;
  const refs: { id: string; from: string }[] = [];
  for (const site of ctx.walk.strings) {
    if (site.parsed) for (const ref of referencesOf(site.parsed.inlines)) refs.push({ id: ref.id, from: site.field });
  }
  const title = a.title.en.replace(/\s+/g, ' ').trim() || 'Agreement';
  a.annexes.forEach((annex, i) => {
    const field = ctx.fieldOf(annex);
    // The annex's own text does not make it part of the instrument.
    if (annex.id !== undefined && refs.some((r) => r.id === annex.id && !r.from.startsWith(`${field}.`))) return;
    ctx.report(warning('ANNEX_UNREFERENCED', `Annex ${i + 1} is referred to nowhere in the text, so nothing makes it part of the ${title}.`, {
      span: annex.id !== undefined ? ctx.at(`${field}.id`) : annex.src, field: annex.id !== undefined ? `${field}.id` : field,
      hint: annex.id !== undefined
        ? `Say so in an article, e.g. "[[${annex.id}]] forms an integral part of this ${title}."`
        : `Give the annex an \`id:\` and refer to it in an article: "[[annex-id]] forms an integral part of this ${title}."`,
    }));
  });
};
