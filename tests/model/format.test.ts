// The parts of the format issue 9 §6 added, as the model holds them: a party without an abbreviation (its
// short name falls back to the full name), annexes, final provisions as the last article.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { checkAgreementText } from '../../src/model/check.js';
import type { Instrument } from '../../src/model/types.js';

const here = dirname(fileURLToPath(import.meta.url));
const memorandum = readFileSync(join(here, 'fixtures', 'memorandum.yaml'), 'utf8');

function load(text: string): Instrument {
  const r = checkAgreementText(text);
  expect(r.diagnostics.map((d) => `${d.code} ${d.span?.start.line}:${d.span?.start.col}`)).toEqual([]);
  if (!r.ok || r.value.kind === 'note') throw new Error('did not load');
  return r.value;
}

const STATE = `  - id: kz
    name:
      en: the Republic of Kazakhstan
      ru: { nom: Республика Казахстан, gen: Республики Казахстан, ins: Республикой Казахстан, pre: Республике Казахстан }
`;

describe('a party without an abbreviation', () => {
  it('has no abbr, and its short name is its full name in every case', () => {
    const text = memorandum.replace(/ {2}- id: csto\n[\s\S]*?(?=collective:)/, STATE).replace('custody: [cica, csto]', 'custody: [cica, kz]').replace('- party: csto', '- party: kz');
    const m = load(text);
    const kz = m.parties[1]!;
    expect(kz.abbr).toBeUndefined();
    expect(kz.short).toEqual(kz.name);
    expect(kz.short.ru.pre).toBe('Республике Казахстан');
    expect(m.parties[0]!.abbr).toEqual({ en: 'CICA', ru: 'СВМДА' });
  });
});

describe('annexes and the article of final provisions', () => {
  const text = memorandum
    .replace('  equallyAuthentic: true\n', `  equallyAuthentic: true
  entryIntoForce: { id: fp-entry, en: It enters into force on signature., ru: Вступает в силу с даты подписания. }
  extra:
    - id: fp-terms
      en: "It may be terminated:"
      ru: "Его действие может быть прекращено:"
      items: [{ en: by consent., ru: по согласию. }]
  article: { id: art-last, heading: { en: Final provisions, ru: Заключительные положения } }
`)
    .replace('signatories:\n', `annexes:
  - id: annex-plan
    numbered: true
    heading: { en: Plan, ru: План }
    paragraphs: [{ id: plan-one, en: One., ru: Один. }, { en: Two., ru: Два. }]
signatories:
`)
    .replace('are settled by consultations,', 'are settled by consultations under [[annex-plan]],')
    .replace('решаются путем консультаций,', 'решаются путем консультаций согласно [[annex-plan:dat]],');

  it('loads them with their ids, numbering (the final article numbered by default) and lists', () => {
    const m = load(text);
    expect(m.final.article).toMatchObject({ id: 'art-last', heading: { text: { en: 'Final provisions' } }, numbered: true });
    expect(m.final.entryIntoForce?.id).toBe('fp-entry');
    expect(m.final.extra.map((p) => [p.id, p.items.length])).toEqual([['fp-terms', 1]]);
    expect(m.annexes).toHaveLength(1);
    expect(m.annexes[0]).toMatchObject({ id: 'annex-plan', numbered: true, heading: { text: { ru: 'План' } } });
    expect(m.annexes[0]!.paragraphs.map((p) => p.id)).toEqual(['plan-one', undefined]);
  });

  it('has none where the file gives none', () => {
    const m = load(memorandum);
    expect(m.annexes).toEqual([]);
    expect(m.final.article).toBeUndefined();
  });
});
