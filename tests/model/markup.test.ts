// The one parser of the officer's inline markup (src/model/markup.ts): what it reads, what it refuses, and where.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkAgreementText } from '../../src/model/index.js';
import { parseInline, parsePlain } from '../../src/model/markup.js';

const problems = (s: string) => parseInline(s).problems.map((p) => `${p.code} ${p.index}`);

describe('running text', () => {
  it('reads emphasis and cross-references, with their case and where they stand', () => {
    expect(parseInline('See [[art-1]] and *the [[p-2:gen]]*.')).toEqual({
      inlines: [
        { kind: 'text', text: 'See ' },
        { kind: 'reference', id: 'art-1', written: '[[art-1]]', at: 4 },
        { kind: 'text', text: ' and ' },
        { kind: 'emphasis', children: [{ kind: 'text', text: 'the ' }, { kind: 'reference', id: 'p-2', case: 'gen', written: '[[p-2:gen]]', at: 23 }] },
        { kind: 'text', text: '.' },
      ],
      problems: [],
      placeholders: [],
    });
  });

  it('reads the escapes, a literal `[[` taking its `]]` with it', () => {
    const r = parseInline('a \\*b\\* \\[[art-1]] \\]] \\[sic\\] \\\\');
    expect(r.problems).toEqual([]);
    expect(r.placeholders).toEqual([]);
    expect(r.inlines).toEqual([{ kind: 'text', text: 'a *b* [[art-1]] ]] [sic] \\' }]);
  });

  it('refuses every cross-reference that rendering would print as written, at its first bracket', () => {
    const cases: [string, number, RegExp][] = [
      ['See [[ art-purpose ]] here', 4, /Write it without spaces: `\[\[art-purpose\]\]`/],
      ['See [[art-purpose', 4, /\]\]/],
      ['See art]] here', 7, /\\\]\]/],
      ['See [[]] here', 4, /id/],
      ['See [[:gen]] here', 4, /gen/],
      ['See [[art:]] here', 4, /remove the `:`/],
      ['See [[art:Gen]] here', 4, /Did you mean `gen`/],
      ['See [[art:gen:pre]] here', 4, /gen/],
      ['See [[art*1]] here', 4, /id/],
    ];
    for (const [text, index, hint] of cases) {
      const r = parseInline(text);
      expect(r.problems.map((p) => [p.code, p.index]), text).toEqual([['BAD_CROSS_REFERENCE', index]]);
      expect(r.problems[0]!.hint, text).toMatch(hint);
      expect(r.inlines.some((i) => i.kind === 'reference'), text).toBe(false);
    }
  });

  it('reports `[[:gen]]` as it was written', () => {
    expect(parseInline('as [[:gen]] says').problems[0]!.message).toContain('`[[:gen]]`');
    expect(parseInline('as [[ a b ]] says').problems[0]!.message).toContain('`[[ a b ]]`');
  });

  it('finds the unclosed `[[` before the next reference, and still reads that reference', () => {
    const r = parseInline('[[a and [[b]]');
    expect(problems('[[a and [[b]]')).toEqual(['BAD_CROSS_REFERENCE 0']);
    expect(r.inlines.at(-1)).toMatchObject({ kind: 'reference', id: 'b', at: 8 });
  });

  it('refuses doubled, unbalanced and loose stars instead of pairing them anew', () => {
    expect(problems('**bold** text')).toEqual(['BAD_EMPHASIS 0', 'BAD_EMPHASIS 6']);
    expect(parseInline('**bold** text').inlines).toEqual([{ kind: 'text', text: '**bold** text' }]);
    expect(problems('an *open text')).toEqual(['BAD_EMPHASIS 3']);
    expect(problems('5 * 3 equals 15')).toEqual(['BAD_EMPHASIS 2']);
    expect(problems('the *word *here')).toEqual(['BAD_EMPHASIS 10']);
    expect(problems('*a* and *b* and **c')).toEqual(['BAD_EMPHASIS 16']);
    expect(problems('*a* and *b*')).toEqual([]);
  });

  it('refuses a backslash that escapes nothing', () => {
    expect(problems('C:\\dir')).toEqual(['BAD_ESCAPE 2']);
    expect(problems('ends with \\')).toEqual(['BAD_ESCAPE 10']);
  });

  it('finds placeholders, around a reference too, but not escaped brackets or references', () => {
    const at = (s: string) => parseInline(s).placeholders.map((p) => `${p.index} ${p.text}`);
    expect(at('"[the partner]" in [City]')).toEqual(['1 [the partner]', '19 [City]']);
    expect(at('[circulates ... expiring on] [[deadline]].')).toEqual(['0 [circulates ... expiring on]']);
    expect(at('[before [[deadline]] after]')).toEqual(['0 [before [[deadline]] after]']);
    expect(at('\\[sic] and [[art-1]] and [a [b] c]')).toEqual(['28 [b]']);
    expect(at('[]')).toEqual(['0 []']);
  });

  it('parses long hostile texts in linear time', () => {
    for (const unit of ['[[ [', '[ [[x]] ', '*[', ']] [[', '\\[[ ']) {
      const text = unit.repeat(50_000);
      const start = performance.now();
      parseInline(text);
      parsePlain(text, 'title.en');
      expect(performance.now() - start, unit).toBeLessThan(1500);
    }
  });
});

describe('text printed as written', () => {
  it('refuses any markup, since none is read there', () => {
    const at = (s: string) => parsePlain(s, 'title.en').problems.map((p) => `${p.code} ${p.index}`);
    expect(at('*Memo*randum')).toEqual(['MARKUP_NOT_READ 0', 'MARKUP_NOT_READ 5']);
    expect(at('Protocol [[art-1]] and ]]')).toEqual(['MARKUP_NOT_READ 9', 'MARKUP_NOT_READ 23']);
    expect(at('a \\* b')).toEqual(['MARKUP_NOT_READ 2']);
    expect(at('R&D <b> "quoted" C:\\dir (CSTO)')).toEqual([]);
  });

  it('finds placeholders and keeps the text whole', () => {
    const r = parsePlain('[ABBR] of [City]', 'parties[1].abbr.en');
    expect(r.placeholders).toEqual([{ index: 0, text: '[ABBR]' }, { index: 10, text: '[City]' }]);
    expect(r.inlines).toEqual([{ kind: 'text', text: '[ABBR] of [City]' }]);
  });
});

describe('placeholders in an agreement', () => {
  const protocol = readFileSync(new URL('./fixtures/protocol.yaml', import.meta.url), 'utf8');
  const withText = (en: string) => protocol.replace('en: "The Parties will make efforts to:"', `en: "${en}"`);

  it('are errors in a final, each at its bracket; an escaped bracket is the text\'s own', () => {
    const bad = checkAgreementText(withText('The Parties [will] make efforts [to]:'), 'p.yaml');
    expect(bad.ok).toBe(false);
    expect(bad.diagnostics.map((d) => `${d.code} ${d.severity} ${d.span?.start.line}:${d.span?.start.col}`)).toEqual(['PLACEHOLDER error 35:22', 'PLACEHOLDER error 35:42']);
    const good = checkAgreementText(withText('The Parties \\\\[will] make efforts to:'), 'p.yaml');
    expect(good.diagnostics).toEqual([]);
    expect(good.ok && good.value.kind !== 'note' && good.value.operative[0]!.inline.en).toEqual([{ kind: 'text', text: 'The Parties [will] make efforts to:' }]);
  });

  it('are warnings in a draft', () => {
    const draft = checkAgreementText(withText('The Parties [will] make efforts to:').replace('status: final', 'status: draft'), 'p.yaml');
    expect(draft.ok).toBe(true);
    expect(draft.diagnostics.map((d) => [d.code, d.severity])).toEqual([['PLACEHOLDER', 'warning']]);
  });
});
