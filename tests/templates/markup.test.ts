import { describe, expect, it } from 'vitest';
import { buildBlocks } from '../../src/templates/markup/build.js';
import { MarkupError, parseMarkup } from '../../src/templates/markup/parse.js';
import { printDocument } from '../../src/document/index.js';
import { pageLabelOf } from '../../src/document/index.js';

const build = (src: string) => buildBlocks(parseMarkup(src), 'en-GB');
const print = (src: string) => printDocument({ meta: { title: '', subject: '', author: '', langs: [], date: '', pageLabel: pageLabelOf('', 'en-GB'), creator: '' }, styles: {}, blocks: build(src).blocks }, { identity: false }).split('\n').slice(9).join('\n');

describe('our markup', () => {
  it('builds paragraphs with inlines, collapsing whitespace but not no-break spaces', () => {
    expect(print('<p style="body" id="x" label="1.">  Done  in\n <blank width="5"/> on <em>a <strong>b</strong></em> <ref to="art-3">Article&#xA0;3</ref><br/> end </p>'))
      .toBe('p(body en-GB #x label="1.") "Done in " [blank 5] " on " [em "a " [strong "b"]] " " [ref art-3 "Article\\u00a03"] [br] "end"\n');
  });

  it('nests lists with levels, each block and item with its unit key and role', () => {
    const built = build('<list unit="l"><item label="i." unit="k1"><p style="item">a</p><list><item label="(a)" unit="k2"><p style="item">b</p></item></list></item></list>');
    const list = built.blocks[0]!;
    expect(list.kind === 'list' && list.items[0]!.level).toBe(0);
    const inner = list.kind === 'list' && list.items[0]!.blocks[1];
    expect(inner && inner.kind === 'list' && inner.items[0]!.level).toBe(1);
    expect(list.kind === 'list' && list.items.map((i) => i.unit)).toEqual(['k1']);
    expect(inner && inner.kind === 'list' && inner.items.map((i) => i.unit)).toEqual(['k2']);
    const p = build('<p style="body" role="recital" unit="@preamble1">x</p><p style="body">y</p>').blocks;
    expect(p.map((b) => b.kind === 'paragraph' && [b.role, b.unit])).toEqual([['recital', '@preamble1'], ['text', undefined]]);
    const sig = build('<signatures unit="@signatures"><column><heading><p style="h">For</p></heading><signatory><p style="n">X</p></signatory></column></signatures>').blocks[0]!;
    expect(sig.kind === 'signatureBlock' && [sig.unit, sig.columns[0]!.heading[0]!.role, sig.columns[0]!.signatory[0]!.role]).toEqual(['@signatures', 'signatureParty', 'signatory']);
  });

  it('refuses a role it does not know', () => {
    expect(() => build('<p style="body" role="preambel">x</p>')).toThrow(/unknown role "preambel"/);
  });

  it('reads source positions of text runs', () => {
    const built = build('<p style="b"><t at="C:\\dir\\a.yaml:12:9">x &lt;y&gt;</t></p>');
    expect(built.blocks[0]).toMatchObject({ children: [{ kind: 'text', text: 'x <y>', src: { file: 'C:\\dir\\a.yaml', start: { line: 12, col: 9 } } }] });
  });

  it('builds signatures, letterheads, spacers and page breaks', () => {
    expect(print('<letterhead><p style="l" lang="ru">Х</p></letterhead><spacer height="12"/><pagebreak/><signatures><column><heading><p style="h">For</p></heading><signatory><p style="n"><blank width="12"/></p></signatory></column></signatures>'))
      .toBe('letterhead\n  p(l ru-RU) "Х"\nspacer 12pt\npage-break\nsignatures\n  column 1 en-GB\n    heading p(h en-GB) "For"\n    ----\n    signatory p(n en-GB) [blank 12]\n');
  });

  it('rejects malformed markup with its offset', () => {
    const bad = ['<p style="b">x', '<p style="b">x</em>', 'text outside', '<p>no style</p>', '<p style="b"><list></list></p>', '< p>', '<p style="b" style="c">x</p>',
      '<spacer/>', '<blank width="x"/>', '<p style="b"><ref>x</ref></p>', '<p style="b" lang="fr">x</p>', '<list><p style="b">x</p></list>'];
    for (const src of bad) expect(() => build(src), src).toThrow(MarkupError);
  });

  it('keeps a bare ampersand of a template literal', () => {
    expect(print('<p style="b">R&D &amp; &bogus; &#0;</p>')).toBe('p(b en-GB) "R&D & &bogus; &#0;"\n');
  });
});
