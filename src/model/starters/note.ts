// The starter note verbale of `cica init --kind note`: letterhead, compliments, body, silence procedure.
import { header } from './parts.js';

export const note = (schema: string) => `${header(schema, 'note', 'note verbale')}
letterhead:                  # lines of the bilingual letterhead
  - en: Secretariat of the Conference on Interaction and Confidence Building Measures in Asia
    ru: Секретариат Совещания по взаимодействию и мерам доверия в Азии

sender:                      # "The Secretariat of ... presents its compliments to ..."
  name:
    en: The Secretariat of the Conference on Interaction and Confidence Building Measures in Asia (CICA)
    ru: Секретариат Совещания по взаимодействию и мерам доверия в Азии (СВМДА)
  short: { en: The Secretariat, ru: Секретариат }

reference: "[18-4/00]"       # printed as "No. ..." / «№ ...»

addressees:                  # Russian needs the dative (dat) as well as the nominative (nom)
  name:                      # in full, for the opening formula
    en: the Embassies of the Member States
    ru: { nom: Посольства государств-членов, dat: Посольствам государств-членов }
  short:                     # in short, for the closing formula
    en: the Embassies
    ru: { nom: Посольства, dat: Посольствам }

body:                        # after "... and has the honour to communicate the following."
  - id: circulate
    en: "[The Secretariat circulates the draft ... through silence procedure expiring on] [[deadline]]."
    ru: "[Секретариат распространяет проект ... по процедуре умолчания, срок которой истекает] [[deadline]]."

silence:
  deadline: 2026-01-31       # [[deadline]] prints this date in each language

# enclosure:                 # the agreement the note circulates (optional)
#   file: memorandum.yaml    # relative to this file; its page count comes from the rendered PDF
#   after: circulate         # the "Enclosure: ..." line follows this body paragraph (default: the last)

place: { en: Astana, ru: Астана }
date: 2026-01-20

addressBlock:                # printed at the foot
  - { en: Embassies of the CICA Member States, ru: Посольствам государств — членов СВМДА }
`;
