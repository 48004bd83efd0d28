// The English of the reference samples is the references' own, word for word and in order (whitespace aside).
import { describe, expect, it } from 'vitest';
import { normalise, noteAndMemorandum, protocol, protocolLines } from './references.js';
import { readSample } from './raw.js';

const capitalise = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);

/** The reference text between two markers (exclusive), or fails the test. */
function between(text: string, start: string, end: string): string {
  const from = text.indexOf(start);
  const to = text.indexOf(end, from + start.length);
  expect(from, `reference contains "${start}"`).toBeGreaterThanOrEqual(0);
  expect(to, `reference contains "${end}" after "${start}"`).toBeGreaterThan(from);
  return text.slice(from + start.length, to).trim();
}

const haveMemorandum = noteAndMemorandum !== undefined;
const haveProtocol = protocol !== undefined;
if (!haveMemorandum || !haveProtocol) console.warn('tests/samples: shared/reference/ (beside the checkout) is missing; word-for-word checks skipped');

describe.skipIf(!haveMemorandum)('csto-cica-memorandum.yaml against the reference', () => {
  const ref = noteAndMemorandum ?? '';
  const m = readSample('csto-cica-memorandum.yaml').data;

  it('names the parties as the reference does', () => {
    const [csto, cica] = m.parties;
    const formula = `${capitalise(csto.name.en)} (${csto.abbr.en}) and ${cica.name.en} (${cica.abbr.en}), hereinafter referred to as ${m.collective.en},`;
    expect(ref).toContain(formula);
    expect(ref).toContain(`## MEMORANDUM ### ${m.subtitle.en}`);
    expect(ref).toContain(`kept by ${csto.short.en} and the other copy is kept by ${cica.short.en}.`);
    expect(ref).toContain(`${csto.signatureName.en} ${cica.signatureName.en}`);
  });

  it('has the recitals of the reference', () => {
    const recitals = between(ref, 'hereinafter referred to as the Parties,', 'have agreed on the following:');
    expect(m.preamble.map((r: { en: string }) => normalise(r.en)).join(' ')).toBe(recitals);
  });

  it('has every article paragraph of the reference, in order', () => {
    const body = between(ref, 'have agreed on the following:', 'Done in').replace(/#### Article \d+ /g, '');
    const ours = m.articles.flatMap((a: { paragraphs: { en: string }[] }) => a.paragraphs.map((p) => normalise(p.en)));
    expect(ours.join(' ')).toBe(body);
  });
});

describe.skipIf(!haveMemorandum)('note-18-4-58emb.yaml against the reference', () => {
  const ref = noteAndMemorandum ?? '';
  const n = readSample('note-18-4-58emb.yaml').data;

  it('has the letterhead, formulas around the body, and address block of the reference', () => {
    expect(ref.startsWith(n.letterhead.map((l: { en: string }) => l.en).join(' '))).toBe(true);
    expect(ref).toContain(n.letterhead.map((l: { ru: string }) => l.ru).join(' '));
    expect(ref).toContain(`${n.sender.name.en} presents its compliments to ${n.addressees.name.en} and has the honour`);
    expect(ref).toContain(`${n.sender.short.en} avails itself of this opportunity to renew to ${n.addressees.short.en} the assurances`);
    expect(ref).toContain(n.addressBlock.map((l: { en: string }) => l.en).join(' '));
    expect(ref).toContain(`№ ${n.reference}`);
  });

  it('has the two body paragraphs of the reference, the deadline as the reference prints it', () => {
    const [circulate, consent] = n.body.map((b: { en: string }) => normalise(b.en.replace('[[deadline]]', '21 March 2020')));
    expect(between(ref, 'has the honour to communicate the following.', '*Enclosure:')).toBe(circulate);
    expect(between(ref, 'on 2 p.*', 'The Secretariat avails itself')).toBe(consent);
  });
});

describe.skipIf(!haveProtocol)('cica-sco-rats-protocol.yaml against the reference', () => {
  const ref = protocol ?? '';
  const p = readSample('cica-sco-rats-protocol.yaml').data;

  it('names the parties and keepers as the reference does', () => {
    const [cica, rats] = p.parties;
    expect(ref).toContain(`${capitalise(cica.name.en)} (${cica.abbr.en}) and ${rats.name.en} (${rats.abbr.en}), hereinafter referred to as ${p.collective.en};`);
    expect(ref).toContain(`kept at ${cica.short.en} with the other being kept at ${p.final.custody[1].keeper.en}.`);
    expect(ref).toContain(`PROTOCOL ${normalise(p.subtitle.en).toUpperCase()}`);
    expect(ref).toContain(`For For ${capitalise(cica.name.en).split(' ').slice(0, 4).join(' ')}`);
    expect(ref).toContain(p.signatories[1].name.en);
  });

  it('breaks the title where the reference does: "AND" on a line of its own between the two names', () => {
    // The extraction ends a line the layout wrapped with a space, a line the title breaks without one.
    const raw = protocolLines ?? [];
    const title = raw.slice(raw.findIndex((l) => l.startsWith('ON COOPERATION')), raw.findIndex((l) => l.startsWith('COOPERATION ORGANIZATION')) + 1);
    const lines = title.filter((l) => l.trim() !== '').join('\n').split(/(?<! )\n/).map((l) => normalise(l));
    expect(p.subtitle.en.split('\n').map((l: string) => l.toUpperCase())).toEqual(lines);
    expect(p.subtitle.ru.split('\n')).toHaveLength(lines.length);
  });

  it('has the recitals of the reference, with the split words joined again', () => {
    const recitals = between(ref, 'hereinafter referred to as the Parties;', 'have agreed on the following:');
    expect(p.preamble.map((r: { en: string }) => normalise(r.en)).join(' ')).toBe(recitals);
  });

  it('has the operative part of the reference: the paragraph, the list i.-iv., the confidentiality clause', () => {
    const body = between(ref, 'have agreed on the following:', 'The present Protocol was executed');
    const labels = ['i.', 'ii.', 'iii.', 'iv.'];
    const ours = p.operative.flatMap((para: { en: string; items?: { en: string }[] }) => [
      normalise(para.en),
      ...(para.items ?? []).map((item, i) => `${labels[i]} ${normalise(item.en)}`),
    ]);
    expect(ours.join(' ')).toBe(body);
  });
});
