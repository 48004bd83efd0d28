// The templates print the model's parse of a running text (src/model/markup.ts) and typeset it whole: quotes pair up
// across emphasis and references, as when the text was one string; a text printed as written is never parsed.
import { describe, expect, it } from 'vitest';
import { parseInline } from '../../src/model/markup.js';
import { typesetInlines } from '../../src/templates/helpers/text.js';
import { bare, memorandum } from './fixtures.js';
import { printed } from './helpers.js';

const typesetRu = (s: string) => typesetInlines(parseInline(s).inlines, 'ru');

describe('typography over the parse', () => {
  it('pairs Russian quotes around emphasis and across it', () => {
    expect(typesetRu('"*слово*"')).toEqual([{ kind: 'text', text: '«' }, { kind: 'emphasis', children: [{ kind: 'text', text: 'слово' }] }, { kind: 'text', text: '»' }]);
    expect(typesetRu('"а *б* "в" г"')).toEqual([
      { kind: 'text', text: '«а ' }, { kind: 'emphasis', children: [{ kind: 'text', text: 'б' }] }, { kind: 'text', text: ' „в“ г»' },
    ]);
  });

  it('keeps references in place and binds what the rules bind around them', () => {
    const out = typesetRu('см. "[[art-1]]" и № 5');
    expect(out.map((i) => (i.kind === 'text' ? i.text : i.kind))).toEqual(['см. «', 'reference', '» и №\u00a05']);
  });

  it('typesets run by run a text that holds the mark characters itself', () => {
    expect(typesetRu('"a\uFFFCb"')).toEqual([{ kind: 'text', text: '«a\uFFFCb»' }]);
  });
});

describe('texts printed as written', () => {
  it('print a star or brackets as they stand (the model refuses them: MARKUP_NOT_READ)', async () => {
    const a = memorandum({ title: { en: '*Memo*', ru: 'Меморандум' }, preamble: [bare({ en: 'noting *this*,', ru: 'отмечая,' })] });
    const en = await printed(a);
    expect(en).toContain('p(title en-GB) "*MEMO*"');
    expect(en).toContain('[em "this"]');
  });
});
