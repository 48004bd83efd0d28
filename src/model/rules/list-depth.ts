// Lists nest at most MAX_LIST_DEPTH levels (issue 10 §2): each level indents by its label's hang, so ten levels left
// the parallel text's half-page column no room and drew text past its edge. Treaty texts nest three levels at most
// (1. / (a) / (i)); a fourth is allowed, a fifth is refused at the item that opens it.
import { error } from '../../diagnostics/index.js';
import type { Rule } from './context.js';

export const MAX_LIST_DEPTH = 4;

export const listDepth: Rule = (ctx) => {
  for (const unit of ctx.walk.units) {
    const depth = unit.field.split('.items[').length - 1;
    if (depth !== MAX_LIST_DEPTH + 1) continue; // the first item too deep; the ones below it are its own
    ctx.report(error('LIST_TOO_DEEP', `This item is at list level ${depth}; lists nest at most ${MAX_LIST_DEPTH} levels.`, {
      span: ctx.at(unit.field), field: unit.field,
      hint: 'Move the item up a level, or make the deep part a paragraph of its own (treaty texts nest three levels: 1. (a) (i)).',
    }));
  }
};
