// Parts shared by the memorandum and protocol starters: header, parties, final clause, signatories.

export const header = (schema: string, kind: string, what: string) => `# yaml-language-server: $schema=${schema}
# A starter ${what} written by \`cica init\`. Replace every text in [brackets]; the format is described
# in docs/format.md. Check it at any time with: cica validate <this file>
cica: 1                      # format version
kind: ${kind}${' '.repeat(Math.max(1, 21 - kind.length))}# memorandum | protocol | note
status: draft                # draft | final (a draft may leave place, date and signatory names blank)
`;

export const PARTIES = `
# The parties, in the order they are named; two or more. Every text is given in English (en) and
# Russian (ru). Russian names are given in the cases the templates need: nom, gen, ins and pre
# (a protocol also acc, for its «За ...» signature columns).
parties:
  - id: cica                 # a short id, used below by signatories and custody
    name:                    # the full name as it stands in running text
      en: the Secretariat of the Conference on Interaction and Confidence Building Measures in Asia
      ru:
        nom: Секретариат Совещания по взаимодействию и мерам доверия в Азии
        gen: Секретариата Совещания по взаимодействию и мерам доверия в Азии
        acc: Секретариат Совещания по взаимодействию и мерам доверия в Азии
        ins: Секретариатом Совещания по взаимодействию и мерам доверия в Азии
        pre: Секретариате Совещания по взаимодействию и мерам доверия в Азии
    abbr: { en: CICA, ru: СВМДА }          # given in parentheses after the full name; omit for a State
    short:                                 # used after the first mention (omit: the full name is used)
      en: the CICA Secretariat
      ru: { nom: Секретариат СВМДА, gen: Секретариата СВМДА, ins: Секретариатом СВМДА, pre: Секретариате СВМДА }
  - id: partner
    name:
      en: "[the full name of the partner]"
      ru:
        nom: "[полное название партнера, именительный падеж]"
        gen: "[родительный падеж]"
        acc: "[винительный падеж]"
        ins: "[творительный падеж]"
        pre: "[предложный падеж]"
    abbr: { en: "[ABBR]", ru: "[АББР]" }
    short:
      en: "[the short name of the partner]"
      ru: { nom: "[краткое название]", gen: "[родительный]", ins: "[творительный]", pre: "[предложный]" }

collective:                  # how the parties are called together ("hereinafter referred to as the Parties")
  en: the Parties
  ru: { nom: Стороны, ins: Сторонами }

preamble:                    # the recitals, in order
  - en: "[guided by the desire to develop cooperation,]"
    ru: "[руководствуясь стремлением развивать сотрудничество,]"
`;

export const FINAL = (self: { en: string; ru: string }) => `
final:
  # place: { en: "[City]", ru: { nom: "[Город]", pre: "[Городе]" } }   # omitted in a draft: a blank is printed;
  #                          # Russian needs pre: «Совершено в г. Вене» (docs/format.md)
  date: 2026                 # a draft may give the year alone; a final agreement needs YYYY-MM-DD
  originals: 2               # number of original copies
  languages: [en, ru]        # languages of the originals, in the order the clause names them
  equallyAuthentic: true     # state that all texts are equally authentic
  custody: [cica, partner]   # who keeps which original, in order (party ids)
  # alternat: true           # each party's original names it first and has it sign on the left (docs/format.md)
  entryIntoForce:
    en: This ${self.en} shall enter into force on the date of its signature.
    ru: Настоящий ${self.ru} вступает в силу с даты его подписания.

signatories:                 # one per party, in the order of the signature columns
  - party: cica
    # name: { en: "[Name]", ru: "[Имя]" }  # may be omitted in a draft: a blank line is printed
    title: { en: Secretary General, ru: Генеральный секретарь }
  - party: partner
    title: { en: "[Title]", ru: "[Должность]" }
`;
