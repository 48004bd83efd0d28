// The alternat in the model: final.alternat defaults to false, alternatSubtitle reaches the party, and the
// ALTERNAT_SUBTITLE warnings fall on the parties whose own original would contradict the written subtitle.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkAgreementText, loadAgreement, type Instrument } from '../../src/model/index.js';

const read = (k: string) => readFileSync(new URL(`./fixtures/${k}.yaml`, import.meta.url), 'utf8');
const check = (text: string) => checkAgreementText(text, 'a.yaml');
const found = (text: string) => check(text).diagnostics.map((d) => `${d.code} ${d.severity} ${d.field} ${d.span?.start.line}:${d.span?.start.col}`);

function instrument(text: string): Instrument {
  const r = check(text);
  if (!r.ok || r.value.kind === 'note') throw new Error(JSON.stringify(r.diagnostics));
  return r.value;
}

describe('the alternat in the model', () => {
  it('is off unless asked for, and then every original is as written', () => {
    const m = instrument(read('memorandum'));
    expect(m.final.alternat).toBe(false);
    expect(m.parties.map((p) => p.alternatSubtitle)).toEqual([undefined, undefined]);
  });

  it('loads the alternat fixture with both parties\' subtitles and no diagnostics', async () => {
    const r = await loadAgreement('tests/model/fixtures/alternat.yaml');
    expect(r.diagnostics).toEqual([]);
    if (!r.ok || r.value.kind === 'note') throw new Error('did not load');
    expect(r.value.final.alternat).toBe(true);
    expect(r.value.parties[1]!.alternatSubtitle).toEqual({
      en: 'of understanding between the Secretariat of the CSTO and the Secretariat of CICA',
      ru: 'о взаимопонимании между Секретариатом ОДКБ и Секретариатом СВМДА',
    });
  });

  it('warns at a party named second that has no subtitle of its own; the first named needs none', () => {
    const text = read('memorandum').replace('custody: [cica, csto]\n', 'custody: [cica, csto]\n  alternat: true\n');
    const r = check(text);
    expect(r.ok).toBe(true);
    expect(found(text)).toEqual(['ALTERNAT_SUBTITLE warning parties[1] 22:5']);
    expect(r.diagnostics[0]!.hint).toMatch(/alternatSubtitle/);
  });

  it('needs no subtitle of a party when the agreement has no subtitle', () => {
    const text = read('memorandum').replace('custody: [cica, csto]\n', 'custody: [cica, csto]\n  alternat: true\n')
      .replace(/subtitle:\n {2}en: .*\n {2}ru: .*\n/, '');
    expect(found(text)).toEqual([]);
  });

  it('warns at an alternatSubtitle when the agreement has no subtitle: only that original would carry one', () => {
    const text = read('alternat').replace(/^subtitle:\n {2}en: .*\n {2}ru: .*\n/m, '');
    expect(found(text)).toEqual([
      'ALTERNAT_SUBTITLE warning parties[0].alternatSubtitle 19:5',
      'ALTERNAT_SUBTITLE warning parties[1].alternatSubtitle 34:5',
    ]);
  });

  it('warns that an alternatSubtitle without final.alternat changes nothing', () => {
    const text = read('alternat').replace('  alternat: true\n', '');
    expect(instrument(text).final.alternat).toBe(false);
    expect(found(text)).toEqual([
      'ALTERNAT_SUBTITLE_UNUSED warning parties[0].alternatSubtitle 22:5',
      'ALTERNAT_SUBTITLE_UNUSED warning parties[1].alternatSubtitle 37:5',
    ]);
  });

  it('rejects anything but true or false, and a subtitle missing a language', () => {
    expect(found(read('alternat').replace('alternat: true', 'alternat: "yes"'))).toEqual(['WRONG_TYPE error final.alternat 73:13']);
    const noRussian = read('alternat').replace('      ru: о взаимопонимании между Секретариатом ОДКБ и Секретариатом СВМДА\n', '');
    expect(found(noRussian)).toEqual(['MISSING_TRANSLATION error parties[1].alternatSubtitle.ru 37:5']);
  });

  it('has no place in a note verbale, which has no final clause', () => {
    const text = read('note').replace('date: 2020-03-11\n', 'date: 2020-03-11\nfinal: { alternat: true }\n');
    expect(check(text).ok).toBe(false);
    expect(found(text)).toEqual(['UNKNOWN_KEY error final 34:1']);
  });
});
