// An instrument has numbered `articles` or an unnumbered `operative` part: exactly one of them.
import { error } from '../../diagnostics/index.js';
import type { Rule } from './context.js';

export const articlesAndOperative: Rule = (ctx) => {
  if (ctx.agreement.kind === 'note') return;
  const articles = ctx.given('articles');
  const operative = ctx.given('operative');
  if (articles && operative) {
    ctx.report(error('ARTICLES_AND_OPERATIVE', 'The agreement has both `articles` and `operative`; it must have one of them.', {
      span: ctx.walk.keys.get('operative') ?? ctx.at('operative'), field: 'operative',
      hint: 'Use `articles` for numbered articles, or `operative` for an unnumbered operative part, not both.',
    }));
  } else if (!articles && !operative) {
    ctx.report(error('ARTICLES_AND_OPERATIVE', 'The agreement has neither `articles` nor `operative`: it has no operative part.', {
      span: ctx.at(''), field: 'articles', hint: 'Add `articles:` (numbered) or `operative:` (unnumbered paragraphs).',
    }));
  }
};
