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
