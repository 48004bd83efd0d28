// The starter protocol of `cica init --kind protocol`: an unnumbered operative part, as in the 2017 CICA-SCO RATS Protocol.
import { FINAL, PARTIES, header } from './parts.js';

export const protocol = (schema: string) => `${header(schema, 'protocol', 'protocol')}
title:                       # the instrument's own word, printed as the title
  en: Protocol
  ru: Протокол
subtitle:                    # the rest of the title
  en: on cooperation between the Secretariat of CICA and "[the partner]"
  ru: о сотрудничестве между Секретариатом СВМДА и "[партнёром]"
${PARTIES}
operative:                   # unnumbered paragraphs; or \`articles:\` (numbered), not both
  - en: "The Parties will make efforts to:"
    ru: "Стороны прилагают усилия для:"
    items:                   # an enumerated list: i., ii. in English, а), б) in Russian
      - id: exchange         # an id lets other texts refer to this item: [[exchange]]
        en: exchange information of mutual interest;
        ru: обмена информацией, представляющей взаимный интерес;
      - en: hold joint meetings and consultations.
        ru: проведения совместных встреч и консультаций.
  - en: "The information received under [[exchange]] shall not be passed to third parties without consent."
    ru: "Информация, полученная в соответствии с [[exchange:ins]], не передается третьим сторонам без согласия."
${FINAL({ en: 'Protocol', ru: 'Протокол' })}`;
