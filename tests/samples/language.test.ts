// Each text of every sample is in its own language and script, clean, and says the same numbers and references in both.
import { describe, expect, it } from 'vitest';
import { pairs, readSamples, referencedIds, russianForms, withoutReferences } from './raw.js';

const SAMPLES = readSamples();
const LATIN = /[A-Za-z]/;
const CYRILLIC = /[\u0400-\u04FF]/;
// C0/C1 controls except tab and newline; soft hyphen; zero-width and bidi controls; BOM (as the validator's hygiene rules).
const INVISIBLE = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u00AD\u200B-\u200F\u202A-\u202E\u2060\u2066-\u2069\uFEFF]/;
const digits = (s: string): string[] => [...withoutReferences(s).matchAll(/\d+/g)].map((m) => m[0]).sort();

describe.each(SAMPLES)('$name', ({ source, data }) => {
  const all = pairs(data);

  it('has text units to check', () => {
    expect(all.length).toBeGreaterThan(10);
  });

  it('holds no control, invisible or bidi character anywhere', () => {
    expect([...source].filter((c) => INVISIBLE.test(c))).toEqual([]);
  });

  it('writes English without Cyrillic and Russian without Latin letters (markup aside)', () => {
    expect(all.filter((p) => CYRILLIC.test(p.en)).map((p) => p.path)).toEqual([]);
    const latin = all.filter((p) => russianForms(p).some((ru) => LATIN.test(withoutReferences(ru))));
    expect(latin.map((p) => p.path)).toEqual([]);
  });

  it('uses Russian quotes and dashes in Russian: no straight quotes, no hyphen standing for a dash', () => {
    const bad = all.filter((p) => russianForms(p).some((ru) => /["']| - |--/.test(ru)));
    expect(bad.map((p) => p.path)).toEqual([]);
  });

  it('gives the same numbers in the English and the Russian of every unit', () => {
    const mismatched = all
      .filter((p) => typeof p.ru === 'string')
      .filter((p) => digits(p.en).join(' ') !== digits(p.ru as string).join(' '));
    expect(mismatched.map((p) => `${p.path}: ${p.en}`)).toEqual([]);
  });

  it('refers to the same ids, in the same order, in English and Russian', () => {
    const differing = all
      .filter((p) => typeof p.ru === 'string')
      .filter((p) => referencedIds(p.en).join(' ') !== referencedIds(p.ru as string).join(' '));
    expect(differing.map((p) => p.path)).toEqual([]);
  });

  it('declines every Russian name given by cases: gen, ins and pre differ from nom unless the name is indeclinable', () => {
    const declined = all.filter((p) => typeof p.ru === 'object' && p.ru.gen !== undefined);
    const wrong = declined.filter((p) => {
      const forms = p.ru as Record<string, string>;
      const indeclinable = Object.values(forms).every((f) => f === forms.nom);
      return !indeclinable && ['gen', 'ins', 'pre'].some((c) => forms[c] === forms.nom);
    });
    expect(wrong.map((p) => p.path)).toEqual([]);
  });
});
