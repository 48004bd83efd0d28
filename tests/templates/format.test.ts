// What the format can say since issue 9 §6, as the templates print it: titles broken into lines, a draft
// protocol's blank place, references into an unnumbered operative part.
import { describe, expect, it } from 'vitest';
import { item, memorandum, para } from './fixtures.js';
import { printed } from './helpers.js';

const protocol = (over: Parameters<typeof memorandum>[0] = {}) => memorandum({ kind: 'protocol', title: { en: 'Protocol', ru: 'Протокол' }, ...over });

describe('a title broken into lines', () => {
  const broken = { en: 'on cooperation between A\nand\nB', ru: 'о сотрудничестве между А\nи\nБ' };

  it('keeps each line, centred, in every layout', async () => {
    for (const layout of ['en', 'ru', 'parallel'] as const) {
      const text = await printed(protocol({ title: { en: 'Protocol', ru: 'Протокол' }, subtitle: broken }), layout);
      if (layout !== 'ru') expect(text).toContain('p(subtitle en-GB) "ON COOPERATION BETWEEN A" [br] "AND" [br] "B"');
      if (layout !== 'en') expect(text).toContain('p(subtitle ru-RU) "О\\u00a0СОТРУДНИЧЕСТВЕ МЕЖДУ А" [br] "И" [br] "Б"');
    }
  });

  it('ignores the line break that YAML\'s `|` leaves at the end', async () => {
    const text = await printed(memorandum({ title: { en: 'Agreement\n', ru: 'Соглашение\n' } }));
    expect(text).toContain('p(title en-GB) "AGREEMENT"\n');
  });

  it('reads as one line where running text names the title', async () => {
    const text = await printed(protocol({ title: { en: 'Additional\nProtocol', ru: 'Дополнительный\nПротокол' } }));
    expect(text).toContain('p(title en-GB) "ADDITIONAL" [br] "PROTOCOL"');
    expect(text).toContain('"The present Additional Protocol was executed');
    expect(text).not.toMatch(/p\(final[^\n]*\[br\]/);
  });
});

describe('a draft protocol', () => {
  it('leaves the place blank as the memorandum does, and a final one without a place names none', async () => {
    const en = await printed(protocol());
    expect(en).toMatch(/"The present Protocol was executed in " \[blank 5\] " on «" \[blank/);
    const ru = await printed(protocol(), 'ru');
    expect(ru).toMatch(/"Настоящий Протокол совершён в г.\\u00a0" \[blank 5\]/);
    const final = await printed(protocol({ status: 'final', final: { ...memorandum().final, date: { year: 2017, month: 9, day: 20 } } }));
    expect(final).toContain('"The present Protocol was executed on 20\\u00a0September\\u00a02017 in the form');
  });
});

describe('a reference into an unnumbered operative part', () => {
  const operative = [
    para('The Parties may:', 'Стороны могут:', 'p-may', [item('meet;', 'встречаться;', 'it-meet'), item('write.', 'писать.', 'it-write')]),
    para('See [[it-write]], [[p-last]] and [[p-may]].', 'В соответствии с [[it-write:ins]], [[p-last:ins]] и [[p-may:ins]].', 'p-see'),
    para('Last.', 'Последнее.', 'p-last'),
  ];

  it('names an item without a phantom "paragraph 1", and a paragraph by its place', async () => {
    const a = protocol({ articles: [], operative });
    const en = await printed(a);
    expect(en).toContain('[ref it-write "subparagraph\\u00a0(ii)"]');
    expect(en).toContain('[ref p-last "the third paragraph"]');
    expect(en).toContain('[ref p-may "the first paragraph"]');
    const ru = await printed(a, 'ru');
    expect(ru).toContain('[ref it-write "подпунктом\\u00a0«б»"]');
    expect(ru).toContain('[ref p-last "абзацем третьим"]');
    expect(en).not.toMatch(/paragraph\\u00a0\d/);
  });

  it('names the paragraph of an item when two paragraphs have lists', async () => {
    const two = [...operative.slice(0, 2), para('Also:', 'Также:', 'p-also', [item('call.', 'звонить.', 'it-call')])];
    two[1] = para('See [[it-call]].', 'В рамках [[it-call:gen]].');
    const ru = await printed(protocol({ articles: [], operative: two }), 'ru');
    expect(ru).toContain('[ref it-call "подпункта\\u00a0«а» абзаца третьего"]');
  });
});
