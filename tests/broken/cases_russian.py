"""Broken Russian grammar of the final clause (issue 9 §3): the place in its case, the title's gender and
forms, the order of the languages. (name, base, edits)"""

PLACE = '  date: 2017-09-20\n'
CASES = [
    # --- the place after «в г.» needs its prepositional ------------------------------------------------
    ('place-plain-string-final', 'protocol', [(PLACE, '  place: { en: Vienna, ru: ⟦PLACE_CASE_FORM⟧Вена }\n' + PLACE)]),
    ('place-forms-without-pre-final', 'protocol', [(PLACE, '  place:\n    en: Astana\n    ru: ⟦PLACE_CASE_FORM⟧{ nom: Астана, gen: Астаны }\n' + PLACE)]),
    # a draft is warned only: it still validates and prints the nominative until the form is given
    ('place-plain-string-draft', 'memorandum', [('  date: 2020\n', '  place: { en: Astana, ru: ⟦PLACE_CASE_FORM⟧Астана }\n  date: 2020\n')]),
    # a misspelt case is reported by the walk, and the rule then says nothing more of the place
    ('place-bad-case-name', 'protocol', [(PLACE, '  place: { en: Vienna, ru: { nom: Вена, ⟦BAD_VALUE⟧prep: Вене } }\n' + PLACE)]),
    ('place-without-nominative', 'protocol', [(PLACE, '  place: { en: Vienna, ru: ⟦MISSING_CASE_FORM⟧{ pre: Вене } }\n' + PLACE)]),
    # --- the title's gender and forms --------------------------------------------------------------------
    ('title-unknown-noun', 'protocol', [('title: { en: Protocol, ru: Протокол }', 'title: { en: Charter, ru: ⟦TITLE_GENDER⟧Хартия ЮНЕСКО }')]),
    ('title-misspelt-noun', 'protocol', [('title: { en: Protocol, ru: Протокол }', 'title: { en: Protocol, ru: ⟦TITLE_GENDER⟧Протакол }')]),
    ('title-forms-without-gender', 'protocol', [('title: { en: Protocol, ru: Протокол }', 'title:\n  en: Roadmap\n  ru: ⟦TITLE_GENDER⟧{ nom: Дорожная карта, gen: Дорожной карты, dat: Дорожной карте, acc: Дорожную карту, ins: Дорожной картой, pre: Дорожной карте }')]),
    ('title-forms-missing-cases', 'protocol', [('title: { en: Protocol, ru: Протокол }', 'title:\n  en: Roadmap\n  ru: ⟦MISSING_CASE_FORM⟧{ nom: Дорожная карта, gen: Дорожной карты, gender: f }')]),
    ('title-bad-gender', 'protocol', [('title: { en: Protocol, ru: Протокол }', 'title: { en: Charter, ru: { nom: Хартия, gen: Хартии, dat: Хартии, acc: Хартию, ins: Хартией, pre: Хартии, gender: ⟦BAD_VALUE⟧feminine } }')]),
    ('title-gender-contradicts-known-noun', 'protocol', [('title: { en: Protocol, ru: Протокол }', 'title: { en: Protocol, ru: { nom: Протокол, gender: ⟦BAD_VALUE⟧n } }')]),
    ('title-plural-gender-contradicts', 'protocol', [('title: { en: Protocol, ru: Протокол }', 'title: { en: Rules, ru: { nom: Правила, gender: ⟦BAD_VALUE⟧n } }')]),
    ('title-plural-unknown-noun', 'protocol', [('title: { en: Protocol, ru: Протокол }', 'title: { en: Provisions, ru: ⟦TITLE_GENDER⟧Положения }')]),
    ('title-unknown-key-in-forms', 'protocol', [('title: { en: Protocol, ru: Протокол }', 'title: { en: Agreement, ru: { nom: Соглашение, ⟦UNKNOWN_KEY⟧gendre: n } }')]),
    ('title-english-missing-with-forms', 'protocol', [('title: { en: Protocol, ru: Протокол }', '⟦MISSING_TRANSLATION⟧title: { ru: { nom: Соглашение } }')]),
    # --- the order in which each text names the languages ------------------------------------------------
    ('language-order-other-languages', 'protocol', [('  equallyAuthentic: true\n', '  languageOrder: { ru: ⟦BAD_VALUE⟧[ru] }\n  equallyAuthentic: true\n')]),
    ('language-order-misspelt-key', 'protocol', [('  equallyAuthentic: true\n', '  ⟦UNKNOWN_KEY⟧languageOrdre: { ru: [ru, en] }\n  equallyAuthentic: true\n')]),
    ('language-order-unknown-language', 'protocol', [('  equallyAuthentic: true\n', '  languageOrder: { ⟦UNKNOWN_KEY⟧fr: [en, ru] }\n  equallyAuthentic: true\n')]),
    ('language-order-bad-code', 'protocol', [('  equallyAuthentic: true\n', '  languageOrder: { ru: [ru, ⟦BAD_VALUE⟧english] }\n  equallyAuthentic: true\n')]),
    # --- the officer's text names the instrument as its title does (warnings) -----------------------------
    ('title-text-names-another-instrument', 'protocol', [('title: { en: Protocol, ru: Протокол }', 'title: { en: Agreement, ru: Соглашение }'),
        ('ru: "Стороны обеспечивают конфиденциальность информации, полученной в соответствии с [[exchange:ins]]."',
         'ru: "Стороны в рамках ⟦TITLE_MISMATCH⟧настоящего Протокола обеспечивают конфиденциальность информации, полученной в соответствии с [[exchange:ins]]."')]),
    ('title-text-adjective-disagrees', 'protocol', [('title: { en: Protocol, ru: Протокол }', 'title: { en: Declaration, ru: Декларация }'),
        ('ru: "Стороны обеспечивают конфиденциальность информации, полученной в соответствии с [[exchange:ins]]."',
         'ru: "Стороны в рамках ⟦TITLE_MISMATCH⟧настоящего Декларации обеспечивают конфиденциальность информации, полученной в соответствии с [[exchange:ins]]."')]),
    ('title-text-plural-adjective-disagrees', 'protocol', [('title: { en: Protocol, ru: Протокол }', 'title: { en: Rules, ru: Правила }'),
        ('ru: "Стороны обеспечивают конфиденциальность информации, полученной в соответствии с [[exchange:ins]]."',
         'ru: "Стороны в рамках ⟦TITLE_MISMATCH⟧настоящего Правил обеспечивают конфиденциальность информации, полученной в соответствии с [[exchange:ins]]."')]),
]
