"""Broken inputs of the parts of the format issue 9 §6 added: titles broken into lines, annexes, parties without an
abbreviation, final provisions in the last article. (name, base, edits[, extra])"""

CASES = [
    # --- line breaks: only a title keeps them -------------------------------------------------------
    ('title-empty-line', 'protocol', [(
        'subtitle:\n  en: on cooperation between the CICA Secretariat and the SCO RATS\n',
        'subtitle:\n  en: |-\n    on cooperation between\n⟦TITLE_EMPTY_LINE⟧\n    the CICA Secretariat and the SCO RATS\n'),
        ('  ru: о сотрудничестве между Секретариатом СВМДА и РАТС ШОС\n', '  ru: |-\n    о сотрудничестве между\n    Секретариатом СВМДА и РАТС ШОС\n')]),
    ('title-empty-first-line', 'memorandum', [('title: { en: Memorandum, ru: Меморандум }', 'title: { en: "⟦TITLE_EMPTY_LINE⟧\\nMemorandum", ru: "\\nМеморандум" }'),
        ('ru: "\\nМеморандум"', 'ru: "⟦TITLE_EMPTY_LINE⟧\\nМеморандум"')]),
    ('title-line-breaks-one-language', 'protocol', [(
        '  en: on cooperation between the CICA Secretariat and the SCO RATS\n  ru: о сотрудничестве',
        '  en: |-\n    on cooperation between\n    the CICA Secretariat and the SCO RATS\n  ru: ⟦TITLE_LINE_BREAKS⟧о сотрудничестве')]),
    ('line-break-ignored-in-recital', 'memorandum', [(
        '  - en: based on the intention to develop interaction,\n',
        '  - en: |-\n      based on the intention⟦LINE_BREAK_IGNORED⟧\n      to develop interaction,\n')]),
]

ANNEX = '''annexes:
  - id: annex-plan
    heading: { en: Plan of activities, ru: План мероприятий }
    paragraphs:
      - id: plan-first
        en: The Parties hold consultations twice a year.
        ru: Стороны проводят консультации два раза в год.
'''
REFERS = ('  - id: art-final\n    paragraphs:\n', '  - id: art-final\n    paragraphs:\n      - en: "[[annex-plan]] forms an integral part of this Memorandum."\n        ru: "[[annex-plan]] является неотъемлемой частью настоящего Меморандума."\n')

CASES += [
    # --- annexes ------------------------------------------------------------------------------------
    ('annex-unreferenced', 'memorandum', [('signatories:\n', ANNEX.replace('  - id: annex-plan', '  - id: ⟦ANNEX_UNREFERENCED⟧annex-plan') + 'signatories:\n')]),
    ('annex-unreferenced-without-id', 'memorandum', [('signatories:\n', ANNEX.replace('  - id: annex-plan\n    heading', '  - ⟦ANNEX_UNREFERENCED⟧heading') + 'signatories:\n')]),
    ('annex-referred-only-from-itself', 'memorandum', [('signatories:\n', ANNEX.replace('  - id: annex-plan', '  - id: ⟦ANNEX_UNREFERENCED⟧annex-plan').replace(
        'twice a year.\n', 'twice a year under [[annex-plan]].\n').replace('два раза в год.\n', 'два раза в год согласно [[annex-plan:dat]].\n') + 'signatories:\n')]),
    ('annex-key-did-you-mean', 'memorandum', [REFERS, ('signatories:\n', ANNEX.replace('annexes:', '⟦UNKNOWN_KEY⟧appendix:') + 'signatories:\n'),
        ('"[[annex-plan]] forms', '"⟦BAD_CROSS_REFERENCE⟧[[annex-plan]] forms'), ('"[[annex-plan]] является', '"⟦BAD_CROSS_REFERENCE⟧[[annex-plan]] является')]),
    ('annex-without-paragraphs', 'memorandum', [REFERS, ('signatories:\n', 'annexes:\n  - id: annex-plan\n    ⟦TOO_FEW_ITEMS⟧paragraphs: []\nsignatories:\n')]),
    ('annex-in-a-note', 'note', [('place: {', '⟦UNKNOWN_KEY⟧annexes: []\nplace: {')]),
    ('duplicate-id-annex-and-article', 'memorandum', [REFERS, ('signatories:\n', ANNEX.replace('  - id: annex-plan', '  - id: ⟦DUPLICATE_ID⟧art-exchange') + 'signatories:\n'),
        ('"[[annex-plan]] forms', '"⟦BAD_CROSS_REFERENCE⟧[[annex-plan]] forms'), ('"[[annex-plan]] является', '"⟦BAD_CROSS_REFERENCE⟧[[annex-plan]] является')]),
    # --- a party without an abbreviation ------------------------------------------------------------
    ('abbreviation-did-you-mean', 'memorandum', [('    abbr: { en: CSTO, ru: ОДКБ }', '    ⟦UNKNOWN_KEY⟧abbreviation: { en: CSTO, ru: ОДКБ }')]),
    ('abbr-in-one-language', 'memorandum', [('    abbr: { en: CSTO, ru: ОДКБ }', '    ⟦MISSING_TRANSLATION⟧abbr: { en: CSTO }')]),
    # --- final provisions as the last article -------------------------------------------------------
    ('final-article-without-articles', 'protocol', [('  equallyAuthentic: true\n', '  equallyAuthentic: true\n  entryIntoForce: { en: This Protocol enters into force on signature., ru: Настоящий Протокол вступает в силу с даты подписания. }\n  ⟦FINAL_ARTICLE_WITHOUT_ARTICLES⟧article: { heading: { en: Final provisions, ru: Заключительные положения } }\n')]),
    ('final-article-empty', 'memorandum', [('  equallyAuthentic: true\n', '  equallyAuthentic: true\n  ⟦FINAL_ARTICLE_EMPTY⟧article: { id: art-last }\n')]),
    ('final-article-key-did-you-mean', 'memorandum', [('  equallyAuthentic: true\n', '  equallyAuthentic: true\n  ⟦UNKNOWN_KEY⟧finalProvisions: { id: art-last }\n')]),
    ('final-article-unknown-field', 'memorandum', [('  equallyAuthentic: true\n', '  equallyAuthentic: true\n  extra: [{ en: It may be amended., ru: В него могут вноситься изменения. }]\n  article: { id: art-last, ⟦UNKNOWN_KEY⟧titel: { en: Final, ru: Заключительные } }\n')]),
    # --- polish: unnumbered final provisions after a last article with numbered paragraphs (warning) ---------
    ('final-provisions-unnumbered', 'memorandum', [('  equallyAuthentic: true\n', '  equallyAuthentic: true\n  ⟦FINAL_PROVISIONS_UNNUMBERED⟧entryIntoForce: { en: It enters into force on signature., ru: Он вступает в силу с даты подписания. }\n'),
        ('  - id: art-final\n    paragraphs:', '  - id: art-final\n    numbered: true\n    paragraphs:'), ('final:\n  date: 2020', '      - en: It may be amended.\n        ru: В него могут вноситься изменения.\nfinal:\n  date: 2020')]),
    ('duplicate-id-final-article', 'memorandum', [('  equallyAuthentic: true\n', '  equallyAuthentic: true\n  extra: [{ id: ⟦DUPLICATE_ID⟧liaison, en: It may be amended., ru: В него могут вноситься изменения. }]\n  article: { id: ⟦DUPLICATE_ID⟧art-exchange }\n')]),
]

CASES += [
    ('cross-reference-to-unnumbered-final-provision', 'memorandum', [('  equallyAuthentic: true\n', '  equallyAuthentic: true\n  entryIntoForce: { id: fp-entry, en: It enters into force on signature., ru: Вступает в силу с даты подписания. }\n  extra: [{ en: "Amendments enter into force under ⟦BAD_CROSS_REFERENCE⟧[[fp-entry]].", ru: "Изменения вступают в силу согласно ⟦BAD_CROSS_REFERENCE⟧[[fp-entry:dat]]." }]\n')]),
]
