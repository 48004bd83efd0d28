// `final.article` sets entry into force and the further provisions as the last article: so the instrument must
// have articles for it to follow, and provisions to put in it.
import { error } from '../../diagnostics/index.js';
import type { Rule } from './context.js';

export const finalArticle: Rule = (ctx) => {
  const a = ctx.agreement;
  if (a.kind === 'note' || !a.final.article || ctx.faulty('final.article')) return;
  const span = ctx.walk.keys.get('final.article') ?? ctx.at('final.article');
  if (a.articles.length === 0) {
    ctx.report(error('FINAL_ARTICLE_WITHOUT_ARTICLES', 'The final provisions cannot be set as the last article: the operative part has no articles.', {
      span, field: 'final.article',
      hint: a.operative.length ? 'Remove `final.article` (the provisions then follow the operative part as paragraphs), or write the operative part as `articles:`.' : 'Give the instrument `articles:`.',
    }));
  }
  if (!a.final.entryIntoForce && a.final.extra.length === 0) {
    ctx.report(error('FINAL_ARTICLE_EMPTY', 'The article of final provisions would be empty: `final` gives no `entryIntoForce` and no `extra`.', {
      span, field: 'final.article', hint: 'Give its paragraphs as `final.entryIntoForce` and `final.extra`, or remove `final.article`.',
    }));
  }
};
