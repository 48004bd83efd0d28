// The starter memorandum of `cica init --kind memorandum`: numbered articles, a list, a cross-reference.
import { FINAL, PARTIES, header } from './parts.js';

export const memorandum = (schema: string) => `${header(schema, 'memorandum', 'memorandum of understanding')}
title:                       # the instrument's own word, printed as the title
  en: Memorandum
  ru: Меморандум
subtitle:                    # the rest of the title
  en: of understanding between the Secretariat of CICA and "[the partner]"
  ru: о взаимопонимании между Секретариатом СВМДА и "[партнёром]"
${PARTIES}
# agreed: { en: have agreed on the following, ru: договорились о нижеследующем }   # the default formula

articles:                    # numbered "Article 1" / «Статья 1»; or \`operative:\` (unnumbered), not both
  - id: art-purpose          # an id lets other texts refer to the article: [[art-purpose]]
    heading: { en: Purpose, ru: Цель }
    paragraphs:
      - en: "[The purpose of this Memorandum is ...]"
        ru: "[Целью настоящего Меморандума является ...]"
  - id: art-cooperation
    heading: { en: Forms of cooperation, ru: Формы сотрудничества }
    numbered: true           # number the paragraphs "1.", "2." (default false)
    paragraphs:
      - en: "To achieve the purpose set out in [[art-purpose]], the Parties may:"
        ru: "Для достижения цели, указанной в [[art-purpose:pre]], Стороны могут:"
        items:               # an enumerated list: i., ii. in English, а), б) in Russian
          - en: exchange information;
            ru: обмениваться информацией;
          - en: hold consultations.
            ru: проводить консультации.
${FINAL({ en: 'Memorandum', ru: 'Меморандум' })}`;
