"""Inline markup and placeholders (issue 9 section 1, issue 10 section 5): whatever validates renders right.
Markup that rendering would print raw is an error at its character; a placeholder "[...]" warns in a draft and is an
error in a final. (name, base, edits) -- memorandum is a draft, protocol and note are final."""

CASES = [
    # --- cross-references ----------------------------------------------------------------------------------------------
    ('markup-reference-spaces', 'memorandum', [('Disputes under [[art-exchange]]', 'Disputes under ⟦BAD_CROSS_REFERENCE⟧[[ art-exchange ]]')]),
    ('markup-reference-no-id', 'memorandum', [('[[art-exchange:gen]]', '⟦BAD_CROSS_REFERENCE⟧[[:gen]]')]),
    ('markup-reference-empty', 'protocol', [('received under [[exchange]]."', 'received under ⟦BAD_CROSS_REFERENCE⟧[[]]."')]),
    ('markup-reference-empty-case', 'memorandum', [('[[liaison:ins]]', '⟦BAD_CROSS_REFERENCE⟧[[liaison:]]')]),
    ('markup-reference-case-in-capitals', 'memorandum', [('[[liaison:ins]]', '⟦BAD_CROSS_REFERENCE⟧[[liaison:INS]]')]),
    ('markup-reference-stray-closing', 'memorandum', [('en: assign liaison officers;', 'en: assign liaison⟦BAD_CROSS_REFERENCE⟧]] officers;')]),
    ('markup-reference-unclosed-in-folded-block', 'memorandum', [('    ru: исходя из намерения развивать взаимодействие,\n',
        '    ru: >-\n      исходя из намерения,\n      указанного в ⟦BAD_CROSS_REFERENCE⟧[[art-exchange:pre, развивать взаимодействие,\n')]),
    ('markup-reference-deadline-spaces', 'note', [('истекает [[deadline]]', 'истекает ⟦BAD_CROSS_REFERENCE⟧[[ deadline ]]')]),
    # --- emphasis and escapes ------------------------------------------------------------------------------------------
    ('markup-emphasis-doubled', 'memorandum', [('The Parties shall exchange information', 'The Parties shall ⟦BAD_EMPHASIS⟧**exchange⟦BAD_EMPHASIS⟧** information')]),
    ('markup-emphasis-unclosed', 'protocol', [('"The Parties will make efforts to:"', '"The Parties will ⟦BAD_EMPHASIS⟧*make efforts to:"')]),
    ('markup-emphasis-closed-after-space', 'memorandum', [('en: hold consultations.', 'en: hold *consultations ⟦BAD_EMPHASIS⟧*.')]),
    ('markup-escape-of-nothing', 'memorandum', [('heading: { en: Exchange of information,', 'heading: { en: Exchange ⟦BAD_ESCAPE⟧\\of information,')]),
    # --- markup where none is read -------------------------------------------------------------------------------------
    ('markup-in-title', 'memorandum', [('title: { en: Memorandum, ru: Меморандум }', 'title: { en: "⟦MARKUP_NOT_READ⟧*Memorandum⟦MARKUP_NOT_READ⟧*", ru: Меморандум }')]),
    ('markup-in-short-name', 'memorandum', [('en: the CSTO Secretariat', 'en: the ⟦MARKUP_NOT_READ⟧[[csto]] Secretariat')]),
    ('markup-in-signatory-title', 'protocol', [('title: { en: Executive Director,', 'title: { en: Executive ⟦MARKUP_NOT_READ⟧\\*Director,')]),
    ('markup-in-note-reference', 'note', [('reference: 18-4/58emb', 'reference: 18-4/⟦MARKUP_NOT_READ⟧*58emb')]),
    ('markup-in-enclosure-description', 'note', [('  after: circulate\n', '  after: circulate\n  description: { en: "the draft ⟦MARKUP_NOT_READ⟧[[art-exchange]]", ru: проект Меморандума }\n')]),
    # --- placeholders --------------------------------------------------------------------------------------------------
    ('placeholder-in-draft-subtitle', 'memorandum', [('Secretariat of CICA and the Secretariat of the CSTO', 'Secretariat of CICA and ⟦PLACEHOLDER⟧[the partner]')]),
    ('placeholder-in-final-abbreviation', 'protocol', [('abbr: { en: SCO RATS, ru: РАТС ШОС }', 'abbr: { en: "⟦PLACEHOLDER⟧[ABBR]", ru: "⟦PLACEHOLDER⟧[АББР]" }')]),
    ('placeholder-in-final-paragraph', 'protocol', [('"The Parties will make efforts to:"', '"The Parties will make efforts ⟦PLACEHOLDER⟧[to be agreed]:"')]),
    ('placeholder-in-final-signatory', 'protocol', [('name: { en: Gong Jianwei, ru: Гун Цзяньвэй }', 'name: { en: "⟦PLACEHOLDER⟧[Name]", ru: "⟦PLACEHOLDER⟧[Имя]" }')]),
    ('placeholder-in-final-keeper', 'protocol', [('ru: { nom: Исполнительный комитет РАТС ШОС,', 'ru: { nom: "⟦PLACEHOLDER⟧[хранитель]",')]),
    ('placeholder-in-final-note-body', 'note', [('The draft Memorandum is circulated', 'The draft ⟦PLACEHOLDER⟧[title of the draft] is circulated')]),
    ('placeholder-in-final-note-place', 'note', [('place: { en: Nur-Sultan, ru: Нур-Султан }', 'place: { en: "⟦PLACEHOLDER⟧[City]", ru: "⟦PLACEHOLDER⟧[Город]" }')]),
    ('placeholder-in-final-note-reference', 'note', [('reference: 18-4/58emb', 'reference: "⟦PLACEHOLDER⟧[18-4/00]"')]),
]
