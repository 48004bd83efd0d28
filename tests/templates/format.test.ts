// What the format can say since issue 9 §6, as the templates print it: titles broken into lines, a draft
// protocol's blank place, references into an unnumbered operative part, a party without an abbreviation,
// final provisions as the last article, annexes.
import { describe, expect, it } from 'vitest';
import type { Party } from '../../src/model/types.js';
import { at, forms, item, memorandum, para, unit } from './fixtures.js';
import { knownTitleNoun } from '../../src/model/title-nouns.js';
import { printed } from './helpers.js';

// The Russian title's grammar travels with it (titleNoun, issue 9 §3).
const protocol = (over: Parameters<typeof memorandum>[0] = {}) => memorandum({ kind: 'protocol', title: { en: 'Protocol', ru: 'Протокол' }, titleNoun: knownTitleNoun('Протокол')!, ...over });

describe('a title broken into lines', () => {
  const broken = { en: 'on cooperation between A\nand\nB', ru: 'о сотрудничестве между А\nи\nБ' };

  it('keeps each line, centred, in every layout', async () => {
    for (const layout of ['en', 'ru', 'parallel'] as const) {
      const text = await printed(protocol({ title: { en: 'Protocol', ru: 'Протокол' }, subtitle: broken }), layout);
      if (layout !== 'ru') expect(text).toContain('p(subtitle en-GB) "ON\\u00a0COOPERATION BETWEEN A" [br] "AND" [br] "B"');
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
    expect(ru).toMatch(/"Настоящий Протокол совершён в\\u00a0г.\\u00a0" \[blank 5\]/);
    const final = await printed(protocol({ status: 'final', final: { ...memorandum().final, date: { year: 2017, month: 9, day: 20 } } }));
    expect(final).toContain('"The present Protocol was executed on 20\\u00a0September 2017 in the form');
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

describe('a party without an abbreviation (a State)', () => {
  const state: Party = {
    id: 'kz', name: forms('the Republic of Kazakhstan', 'Республика Казахстан'), short: forms('the Republic of Kazakhstan', 'Республика Казахстан'), src: at(10),
  };
  const withState = () => {
    const a = memorandum();
    return { ...a, parties: [state, a.parties[1]!], final: { ...a.final, custody: [{ party: 'kz' }, { party: 'b' }] }, signatories: [{ ...a.signatories[0]!, party: 'kz' }, a.signatories[1]!] };
  };

  it('is named without parentheses in the parties clause, the others keep theirs', async () => {
    const en = await printed(withState());
    expect(en).toContain('p(parties en-GB) "The Republic of Kazakhstan and the Secretariat of BBB (BBB), hereinafter referred to as the Parties,"');
    const ru = await printed(withState(), 'ru');
    expect(ru).toContain('p(parties ru-RU) "Республика Казахстан и\\u00a0Секретариат БББ (БББ), далее именуемые Сторонами,"');
    expect(en).not.toContain('()');
  });

  it('is kept by and signs as its name in every layout', async () => {
    for (const layout of ['en', 'ru', 'parallel'] as const) {
      const text = await printed(withState(), layout);
      if (layout !== 'ru') expect(text).toContain('one of the copies is kept by the Republic of Kazakhstan');
      // A memorandum heads its columns without the article ("Secretariat of …", as the reference memorandum).
      if (layout !== 'ru') expect(text).toContain('heading p(signatureParty en-GB) "Republic of Kazakhstan"');
      if (layout !== 'en') expect(text).toMatch(/один экземпляр хранится в(\\u00a0| )Республика Казахстан-pre/);
      expect(text).not.toContain('undefined');
      expect(text).not.toContain('null');
    }
  });
});

describe('final provisions as the last article', () => {
  const final = () => {
    const a = memorandum();
    return {
      ...a,
      final: {
        ...a.final,
        entryIntoForce: unit('This Memorandum shall enter into force on signature.', 'Настоящий Меморандум вступает в силу с даты подписания.', 'fp-entry'),
        extra: [para('It may be amended under [[fp-entry]].', 'В него могут вноситься изменения согласно [[fp-entry:dat]].', 'fp-amend'),
          para('It may be terminated; [[fp-amend]] applies.', 'Его действие может быть прекращено; применяется [[fp-amend]].')],
        article: { id: 'art-final', heading: unit('Final provisions', 'Заключительные положения'), numbered: true, src: at(60) },
      },
    };
  };

  it('are numbered paragraphs of an article after the officer\'s, the execution clause still last, before the signatures', async () => {
    const en = await printed(final());
    expect(en).toMatch(/p\(heading en-GB #art-final\) "Article\\u00a03"\np\(articleTitle en-GB\) "Final provisions"\np\(body en-GB #fp-entry label="1\."\) "This Memorandum shall enter into force on signature\."\np\(body en-GB #fp-amend label="2\."\) "It may be amended under " \[ref fp-entry "paragraph\\u00a01 of this Article"\] "\."\np\(body en-GB label="3\."\)/);
    expect(en).toMatch(/label="3\."\) "It may be terminated; " \[ref fp-amend "paragraph\\u00a02 of this Article"\] " applies\."\np\(final en-GB\) "Done in/);
    const ru = await printed(final(), 'ru');
    expect(ru).toContain('[ref fp-entry "пункту\\u00a01 настоящей статьи"]');
  });

  it('zip into rows in the parallel text', async () => {
    const par = await printed(final(), 'parallel');
    expect(par).toMatch(/p\(heading en-GB #art-final\) "Article\\u00a03"[\s\S]*p\(heading ru-RU #art-final\) "Статья\\u00a03"/);
    expect(par).toContain('p(body ru-RU #fp-amend label="2.")');
  });

  it('without `article` stay unnumbered paragraphs before the execution clause, as before', async () => {
    const { article: _, ...rest } = final().final;
    const en = await printed({ ...final(), final: rest });
    expect(en).toContain('p(body en-GB #fp-entry) "This Memorandum shall enter into force on signature."');
    expect(en).not.toContain('Article\\u00a03');
  });
});

describe('annexes', () => {
  const annexed = () => memorandum({
    preamble: [unit('noting [[annex-plan]] and [[plan-two:gen]],', 'отмечая [[annex-plan]] и в отношении [[plan-two:gen]],')],
    annexes: [
      { id: 'annex-plan', heading: unit('Plan of activities', 'План мероприятий'), numbered: true, src: at(70), paragraphs: [
        para('First.', 'Первое.'), para('Second, under [[plan-one]].', 'Второе, согласно [[plan-one:dat]].', 'plan-two'), para('Third:', 'Третье:', 'plan-one', [item('x.', 'икс.', 'plan-x')]),
      ] },
      { id: 'annex-list', numbered: false, src: at(80), paragraphs: [para('See [[plan-x]].', 'См. [[plan-x:acc]].')] },
    ],
  });

  it('follow the signatures, each from a new page, labelled "Annex N" / «Приложение N» with their title', async () => {
    const en = await printed(annexed());
    expect(en).toMatch(/signatures[\s\S]*\npage-break\np\(annexLabel en-GB #annex-plan\) "Annex\\u00a01" \[br\] "to this Memorandum"\np\(annexTitle en-GB\) "Plan of activities"\np\(body en-GB label="1\."\) "First\."/);
    expect(en).toMatch(/page-break\np\(annexLabel en-GB #annex-list\) "Annex\\u00a02" \[br\] "to this Memorandum"\np\(body en-GB\) "See "/);
    const ru = await printed(annexed(), 'ru');
    expect(ru).toContain('p(annexLabel ru-RU #annex-plan) "Приложение\\u00a01" [br] "к настоящему Меморандуму"');
  });

  it('are referred to as "Annex 1" / «приложение 1» in the case asked, and from within as "this Annex"', async () => {
    const en = await printed(annexed());
    expect(en).toContain('[ref annex-plan "Annex\\u00a01"]');
    expect(en).toContain('[ref plan-two "paragraph\\u00a02 of Annex\\u00a01"]');
    expect(en).toContain('[ref plan-one "paragraph\\u00a03 of this Annex"]');
    expect(en).toContain('[ref plan-x "subparagraph\\u00a0(i) of paragraph\\u00a03 of Annex\\u00a01"]');
    const ru = await printed(annexed(), 'ru');
    expect(ru).toContain('[ref annex-plan "приложение\\u00a01"]');
    expect(ru).toContain('[ref plan-two "пункта\\u00a02 приложения\\u00a01"]');
    expect(ru).toContain('[ref plan-one "пункту\\u00a03 настоящего приложения"]');
  });

  it('stand in the parallel text after the signatures, rows aligned', async () => {
    const par = await printed(annexed(), 'parallel');
    expect(par).toMatch(/signatures[\s\S]*page-break\nrow[^\n]*\n  cell 1\n    p\(annexLabel en-GB #annex-plan\) "Annex\\u00a01" \[br\] "to this Memorandum"\n    p\(annexTitle en-GB\) "Plan of activities"\n  cell 2\n    p\(annexLabel ru-RU #annex-plan\) "Приложение\\u00a01" \[br\] "к настоящему Меморандуму"/);
    expect(par.match(/^page-break$/gm)).toHaveLength(2);
  });
});

describe('a list ends with a paragraph\'s space', () => {
  // Items stand 3 pt apart (style item); the paragraph after the list stood 3 pt below it too, as if part of the
  // last item (the RATS protocol's confidentiality paragraph): the list's last paragraph now takes itemEnd.
  const operative = [
    para('The Parties may:', 'Стороны могут:', 'p-may', [
      item('meet on:', 'встречаться по вопросам:', 'it-a', [item('one;', 'первому;', 'it-a1'), item('two;', 'второму;', 'it-a2')]),
      item('write on:', 'писать по вопросам:', 'it-b', [item('three;', 'третьему;', 'it-b1'), item('four.', 'четвёртому.', 'it-b2')]),
    ]),
    para('After the list.', 'После перечня.', 'p-after'),
  ];

  it('sets the last paragraph of the whole list, and that one only, in itemEnd, in every layout', async () => {
    for (const layout of ['en', 'ru', 'parallel'] as const) {
      const text = await printed(protocol({ articles: [], operative }), layout);
      const styles = [...text.matchAll(/p\((item|itemEnd) (?:en-GB|ru-RU)\) "([^"]*)"/g)].map((m) => `${m[1]}:${m[2]}`);
      const ends = styles.filter((s) => s.startsWith('itemEnd:'));
      expect(ends, layout).toEqual(layout === 'parallel' ? ['itemEnd:four.', 'itemEnd:четвёртому.'] : [layout === 'en' ? 'itemEnd:four.' : 'itemEnd:четвёртому.']);
      // The last item of the inner list that does not end the whole list stays an item ("two;").
      expect(styles, layout).not.toContain('itemEnd:two;');
      expect(styles.length, layout).toBe(layout === 'parallel' ? 12 : 6);
    }
  });
});
