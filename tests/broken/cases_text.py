"""Broken texts: translations, case forms, numbers, and text hygiene with real invisible characters. (name, base, edits)"""

CASES = [
    ('missing-translation-ru', 'memorandum', [('  - en: based on the intention to develop interaction,\n    ru: исходя из намерения развивать взаимодействие,\n', '  - ⟦MISSING_TRANSLATION⟧en: based on the intention to develop interaction,\n')]),
    ('missing-translation-empty', 'memorandum', [('heading: { en: Exchange of information,', 'heading: { ⟦MISSING_TRANSLATION⟧en: "",')]),
    ('missing-translation-whitespace', 'memorandum', [('heading: { en: Exchange of information,', 'heading: { ⟦MISSING_TRANSLATION⟧en: "   ",')]),
    ('missing-translation-null', 'memorandum', [('title: { en: Memorandum, ru: Меморандум }', 'title: { en: Memorandum, ⟦MISSING_TRANSLATION⟧ru: }')]),
    ('missing-translation-one-string', 'memorandum', [('title: { en: Memorandum, ru: Меморандум }', 'title: ⟦WRONG_TYPE⟧Memorandum')]),
    ('missing-translation-party-name', 'memorandum', [('    name:\n      en: the Secretariat of the Collective Security Treaty Organisation\n', '    ⟦MISSING_TRANSLATION⟧name:\n')]),
    ('missing-case-form-plain-string', 'memorandum', [("""      ru:
        nom: Секретариат Организации Договора о коллективной безопасности
        gen: Секретариата Организации Договора о коллективной безопасности
        ins: Секретариатом Организации Договора о коллективной безопасности
        pre: Секретариате Организации Договора о коллективной безопасности
""", '      ru: ⟦MISSING_CASE_FORM⟧Секретариат Организации Договора о коллективной безопасности\n')]),
    ('missing-case-form-collective', 'memorandum', [('ru: { nom: Стороны, ins: Сторонами }', 'ru: ⟦MISSING_CASE_FORM⟧{ nom: Стороны }')]),
    ('number-mismatch-days', 'memorandum', [('в течение 30 дней', 'в течение ⟦NUMBER_MISMATCH⟧60 дней')]),
    ('number-mismatch-missing-in-russian', 'memorandum', [('within 30 days', 'within ⟦NUMBER_MISMATCH⟧30 days'), ('в течение 30 дней после запроса', 'незамедлительно после запроса')]),
    ('invisible-zero-width-space', 'memorandum', [('ru: Стороны обмениваются', 'ru: Стороны⟦INVISIBLE_CHARACTER⟧\u200b обмениваются')]),
    ('invisible-soft-hyphen', 'memorandum', [('shall exchange information', 'shall ex⟦INVISIBLE_CHARACTER⟧\u00adchange information')]),
    ('invisible-byte-order-mark-in-text', 'memorandum', [('of understanding between', 'of under⟦INVISIBLE_CHARACTER⟧\ufeffstanding between')]),
    ('invisible-word-joiner-in-name', 'memorandum', [('en: the CSTO Secretariat', 'en: the CSTO⟦INVISIBLE_CHARACTER⟧\u2060 Secretariat')]),
    ('invisible-in-id', 'memorandum', [('- id: art-final', '- id: ⟦BAD_ID⟧art⟦INVISIBLE_CHARACTER⟧\u200bfinal')]),
    ('invisible-in-double-quoted-multiline', 'protocol', [('en: "The Parties shall keep confidential the information received under [[exchange]]."', 'en: "The Parties shall keep confidential\n      the information⟦INVISIBLE_CHARACTER⟧\u200b received under [[exchange]]."')]),
    ('invisible-in-literal-block', 'memorandum', [('    ru: исходя из намерения развивать взаимодействие,\n', '    ru: |-\n      исходя из намерения⟦LINE_BREAK_IGNORED⟧\n      развивать⟦INVISIBLE_CHARACTER⟧\u200b взаимодействие,\n')]),
    ('bidi-right-to-left-override', 'memorandum', [('title: { en: Memorandum,', 'title: { en: Memo⟦BIDI_CONTROL⟧\u202erandum,')]),
    ('bidi-left-to-right-mark', 'protocol', [('title: { en: Executive Director,', 'title: { en: Executive Director⟦BIDI_CONTROL⟧\u200e,')]),
    ('bidi-isolate-escaped', 'protocol', [('en: "The Parties will make efforts to:"', 'en: "The Parties ⟦BIDI_CONTROL⟧\\u2066will⟦BIDI_CONTROL⟧\\u2069 make efforts to:"')]),
    ('control-character-escaped-bell', 'protocol', [('en: "The Parties will make efforts to:"', 'en: "The Parties will make⟦CONTROL_CHARACTER⟧\\a efforts to:"')]),
    ('control-character-c1-next-line', 'memorandum', [('hold consultations.', 'hold⟦CONTROL_CHARACTER⟧\u0085consultations.')]),
    ('mixed-script-latin-c-in-russian', 'memorandum', [('ru: Стороны обмениваются', 'ru: ⟦MIXED_SCRIPT⟧Cтороны обмениваются')]),
    ('mixed-script-cyrillic-a-in-english', 'memorandum', [('en: The Parties shall exchange', 'en: The P⟦MIXED_SCRIPT⟧\u0430rties shall exchange')]),
    ('mixed-script-in-folded-block', 'memorandum', [('  ru: о взаимопонимании между Секретариатом СВМДА и Секретариатом ОДКБ', '  ru: >-\n    о взаимопонимании между Секретариатом СВМДА\n    и Секретариатом ⟦MIXED_SCRIPT⟧OДКБ')]),
    ('mixed-script-in-party-abbreviation', 'protocol', [('abbr: { en: SCO RATS, ru: РАТС ШОС }', 'abbr: { en: SCO RATS, ru: РАТС Ш⟦MIXED_SCRIPT⟧OС }')]),
    ('comment-only-file', 'empty', [], ['EMPTY_FILE 1:1']),
]
