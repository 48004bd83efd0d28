// Names of the languages themselves, as the execution clause needs them: "Russian and English languages",
// «на русском и английском языках».
import type { Case, Lang } from './pieces.js';

/** English: the adjective; Russian: the adjective in the case of «язык(ах)» (plural in oblique cases). */
const NAMES: Record<Lang, Record<Lang, Partial<Record<Case, string>> & { nom: string }>> = {
  en: { en: { nom: 'English' }, ru: { nom: 'Russian' } },
  ru: {
    en: { nom: 'английский', gen: 'английского', dat: 'английскому', acc: 'английский', ins: 'английским', pre: 'английском' },
    ru: { nom: 'русский', gen: 'русского', dat: 'русскому', acc: 'русский', ins: 'русским', pre: 'русском' },
  },
};

/** The name of `language` in `lang`, in `kase` (English has no cases). */
export function languageName(language: Lang, lang: Lang, kase: Case = 'nom'): string {
  const forms = NAMES[lang][language];
  return forms[kase] ?? forms.nom;
}
