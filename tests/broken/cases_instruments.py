"""Broken memorandums and protocols: syntax, structure, ids, parties, references, dates. (name, base, edits[, extra])"""

CASES = [
    # --- YAML syntax -------------------------------------------------------------------------------
    ('yaml-tab-indentation', 'memorandum', [('    abbr: { en: CSTO, ru: ОДКБ }', '⟦YAML_SYNTAX⟧\tabbr: { en: CSTO, ru: ОДКБ }')]),
    ('yaml-unclosed-flow-map', 'memorandum', [('title: { en: Memorandum, ru: Меморандум }', 'title: ⟦YAML_SYNTAX⟧{ en: Memorandum, ru: Меморандум\n')]),
    ('yaml-unclosed-quote', 'protocol', [('en: "The Parties will make efforts to:"', 'en: ⟦YAML_SYNTAX⟧"The Parties will make efforts to:')]),
    ('yaml-bad-indentation', 'memorandum', [('  - id: csto', '   ⟦YAML_SYNTAX⟧- id: csto')]),
    ('yaml-missing-colon', 'memorandum', [('status: draft', '⟦YAML_SYNTAX⟧status draft')]),
    ('yaml-duplicate-key', 'memorandum', [('status: draft\n', 'status: draft\n⟦DUPLICATE_KEY⟧status: final\n')]),
    ('yaml-multiple-documents', 'memorandum', [('status: draft\n', 'status: draft\n⟦MULTIPLE_DOCUMENTS⟧---\ncica: 1\n')]),
    ('yaml-anchor-and-alias', 'memorandum', [
        ('    title: { en: Secretary General, ru: Генеральный секретарь }\n  - party: csto\n    title: { en: Secretary General, ru: Генеральный секретарь }',
         '    title: ⟦YAML_ALIAS⟧&sg { en: Secretary General, ru: Генеральный секретарь }\n  - party: csto\n    title: ⟦YAML_ALIAS⟧*sg')]),
    ('yaml-custom-tag', 'memorandum', [('kind: memorandum', 'kind: ⟦YAML_TAG⟧!kind memorandum')]),
    ('yaml-merge-key', 'memorandum', [('title: { en: Memorandum, ru: Меморандум }', 'title: { ⟦YAML_MERGE⟧<<: { en: Memorandum }, en: Memorandum, ru: Меморандум }')]),
    ('root-is-a-list', 'empty', [('', '⟦WRONG_TYPE⟧- en: Memorandum\n  ru: Меморандум\n')]),
    ('missing-case-form-protocol-signature-acc', 'protocol', [('        acc: Региональную антитеррористическую структуру Шанхайской организации сотрудничества\n', ''), ('        nom: Региональная антитеррористическая структура Шанхайской организации сотрудничества\n', '        ⟦MISSING_CASE_FORM⟧nom: Региональная антитеррористическая структура Шанхайской организации сотрудничества\n')]),
    # --- structure ---------------------------------------------------------------------------------
    ('unknown-key-did-you-mean', 'memorandum', [('cica: 1', '⟦MISSING_FIELD⟧cica: 1'), ('\ntitle:', '\n⟦UNKNOWN_KEY⟧titel:')]),
    ('unknown-key-language-suffix', 'memorandum', [('subtitle:\n', '⟦UNKNOWN_KEY⟧subtitle_en: of understanding\nsubtitle:\n')]),
    ('unknown-key-in-article', 'memorandum', [('    numbered: true', '    ⟦UNKNOWN_KEY⟧numberd: true')]),
    ('unknown-language-in-name', 'memorandum', [('      en: the CSTO Secretariat\n', '      en: the CSTO Secretariat\n      ⟦UNKNOWN_KEY⟧fr: le Secrétariat de l’OTSC\n')]),
    ('missing-field-final', 'memorandum', [('cica: 1', '⟦MISSING_FIELD⟧cica: 1'), ('final:\n  date: 2020\n  originals: 2\n  languages: [ru, en]\n  equallyAuthentic: true\n  custody: [cica, csto]\n', '')]),
    ('missing-field-originals', 'memorandum', [('final:\n  date: 2020\n  originals: 2\n', '⟦MISSING_FIELD⟧final:\n  date: 2020\n')]),
    ('missing-field-empty-value', 'memorandum', [('collective:\n  en: the Parties\n  ru: { nom: Стороны, ins: Сторонами }', '⟦MISSING_FIELD⟧collective:')]),
    ('wrong-type-originals-word', 'memorandum', [('originals: 2', 'originals: ⟦WRONG_TYPE⟧two')]),
    ('wrong-type-numbered-yes', 'memorandum', [('numbered: true', 'numbered: ⟦WRONG_TYPE⟧yes')]),
    ('wrong-type-collective-list', 'protocol', [('collective:\n  en: the Parties\n  ru: { nom: Стороны, ins: Сторонами }', 'collective:\n  ⟦WRONG_TYPE⟧- the Parties\n  - Стороны')]),
    ('wrong-type-custody-map', 'memorandum', [('custody: [cica, csto]', 'custody: ⟦WRONG_TYPE⟧{ cica: 1 }')]),
    ('wrong-type-empty-list-entry', 'memorandum', [('preamble:\n', 'preamble:\n  ⟦WRONG_TYPE⟧-\n')]),
    ('bad-value-kind', 'memorandum', [('kind: memorandum', 'kind: ⟦BAD_VALUE⟧memorandun')]),
    ('bad-value-status', 'memorandum', [('status: draft', 'status: ⟦BAD_VALUE⟧finale')]),
    ('bad-value-format-version', 'memorandum', [('cica: 1', 'cica: ⟦BAD_VALUE⟧2')]),
    ('bad-value-language-code', 'memorandum', [('languages: [ru, en]', 'languages: [ru, ⟦BAD_VALUE⟧eng]')]),
    ('bad-value-language-twice', 'memorandum', [('languages: [ru, en]', 'languages: [ru, en, ⟦BAD_VALUE⟧ru]')]),
    ('bad-value-case-name', 'memorandum', [('ru: { nom: Секретариат ОДКБ, gen: Секретариата ОДКБ,', 'ru: ⟦MISSING_CASE_FORM⟧{ nom: Секретариат ОДКБ, ⟦BAD_VALUE⟧gem: Секретариата ОДКБ,')]),
    ('bad-value-no-originals', 'memorandum', [('originals: 2', 'originals: ⟦BAD_VALUE⟧0')]),
    ('too-few-parties', 'memorandum', [('parties:\n  - id: cica', '⟦TOO_FEW_ITEMS⟧parties:\n  - id: cica'),
        ("""  - id: csto
    name:
      en: the Secretariat of the Collective Security Treaty Organisation
      ru:
        nom: Секретариат Организации Договора о коллективной безопасности
        gen: Секретариата Организации Договора о коллективной безопасности
        ins: Секретариатом Организации Договора о коллективной безопасности
        pre: Секретариате Организации Договора о коллективной безопасности
    abbr: { en: CSTO, ru: ОДКБ }
    short:
      en: the CSTO Secretariat
      ru: { nom: Секретариат ОДКБ, gen: Секретариата ОДКБ, ins: Секретариатом ОДКБ, pre: Секретариате ОДКБ }
""", ''), ('custody: [cica, csto]', 'custody: [cica, ⟦UNKNOWN_PARTY⟧csto]'), ('  - party: csto', '  - party: ⟦UNKNOWN_PARTY⟧csto')]),
    ('articles-and-operative-both', 'memorandum', [('final:\n', '⟦ARTICLES_AND_OPERATIVE⟧operative:\n  - { en: The Parties cooperate., ru: Стороны сотрудничают. }\nfinal:\n')]),
    ('articles-and-operative-neither', 'protocol', [('cica: 1', '⟦ARTICLES_AND_OPERATIVE⟧cica: 1'), ('operative:\n', '⟦UNKNOWN_KEY⟧operativ:\n')]),
    # --- ids ---------------------------------------------------------------------------------------
    ('bad-id-starts-with-digit', 'memorandum', [('- id: liaison', '- id: ⟦BAD_ID⟧1-liaison'), ('[[liaison]]', '[[1-liaison]]'), ('[[liaison:ins]]', '[[1-liaison:ins]]')]),
    ('bad-id-reserved-deadline', 'memorandum', [('- id: art-final', '- id: ⟦BAD_ID⟧deadline')]),
    ('duplicate-id-paragraph-and-article', 'memorandum', [('- id: exchange-open', '- id: ⟦DUPLICATE_ID⟧art-exchange')]),
    ('duplicate-id-party-and-item', 'protocol', [('- id: exchange\n', '- id: ⟦DUPLICATE_ID⟧rats\n'), ('[[exchange]]', '[[rats]]'), ('[[exchange:ins]]', '[[rats:ins]]')]),
    # --- parties, signatories, custody -------------------------------------------------------------
    ('unknown-party-signatory', 'memorandum', [('  - party: csto', '  - party: ⟦UNKNOWN_PARTY⟧ctso'), ('signatories:', '⟦MISSING_SIGNATORY⟧signatories:')]),
    ('unknown-party-custody', 'memorandum', [('custody: [cica, csto]', 'custody: [cica, ⟦UNKNOWN_PARTY⟧osce]')]),
    ('missing-signatory', 'memorandum', [('signatories:', '⟦MISSING_SIGNATORY⟧signatories:'), ('  - party: csto\n    title: { en: Secretary General, ru: Генеральный секретарь }\n', '')]),
    ('duplicate-signatory', 'memorandum', [('signatories:', '⟦MISSING_SIGNATORY⟧signatories:'), ('  - party: csto', '  - party: ⟦DUPLICATE_SIGNATORY⟧cica')]),
    ('custody-more-than-originals', 'memorandum', [('originals: 2', 'originals: 1'), ('custody: [cica, csto]', 'custody: [cica, ⟦CUSTODY⟧csto]')]),
    ('custody-fewer-than-originals', 'memorandum', [('originals: 2', 'originals: 3'), ('custody: [cica, csto]', 'custody: ⟦CUSTODY⟧[cica, csto]')]),
    ('custody-empty', 'memorandum', [('custody: [cica, csto]', 'custody: ⟦CUSTODY⟧[]')]),
    ('equally-authentic-one-language', 'memorandum', [('languages: [ru, en]', 'languages: [ru]'), ('equallyAuthentic: true', 'equallyAuthentic: ⟦BAD_VALUE⟧true')]),
    ('custody-party-twice', 'memorandum', [('custody: [cica, csto]', 'custody: [cica, ⟦CUSTODY⟧cica]')]),
    ('custody-keeper-missing-prepositional', 'protocol', [('ru: { nom: Исполнительный комитет РАТС ШОС, pre: Исполнительном комитете РАТС ШОС }', 'ru: ⟦MISSING_CASE_FORM⟧{ nom: Исполнительный комитет РАТС ШОС }')]),
    # --- cross-references --------------------------------------------------------------------------
    ('cross-reference-unknown-id', 'memorandum', [('Disputes under [[art-exchange]]', 'Disputes under ⟦BAD_CROSS_REFERENCE⟧[[art-exchang]]')]),
    ('cross-reference-bad-case', 'memorandum', [('[[art-exchange:gen]]', '⟦BAD_CROSS_REFERENCE⟧[[art-exchange:gent]]')]),
    ('cross-reference-unclosed', 'protocol', [('under [[exchange]].', 'under ⟦BAD_CROSS_REFERENCE⟧[[exchange.')]),
    ('cross-reference-to-a-party', 'memorandum', [('as [[liaison]] provides', 'as ⟦BAD_CROSS_REFERENCE⟧[[csto]] provides')]),
    ('cross-reference-deadline-in-memorandum', 'memorandum', [('within 30 days of a request.', 'by ⟦BAD_CROSS_REFERENCE⟧[[deadline]].'), ('в течение 30 дней после запроса.', 'до ⟦BAD_CROSS_REFERENCE⟧[[deadline]].')]),
    # --- dates -------------------------------------------------------------------------------------
    ('bad-date-february-30', 'protocol', [('date: 2017-09-20', 'date: ⟦BAD_DATE⟧2020-02-30')]),
    ('bad-date-not-a-leap-year', 'protocol', [('date: 2017-09-20', 'date: ⟦BAD_DATE⟧2019-02-29')]),
    ('bad-date-month-13', 'protocol', [('date: 2017-09-20', 'date: ⟦BAD_DATE⟧2017-13-01')]),
    ('bad-date-dotted-format', 'protocol', [('date: 2017-09-20', 'date: ⟦BAD_DATE⟧20.09.2017')]),
    ('bad-date-month-without-day', 'protocol', [('date: 2017-09-20', 'date: ⟦BAD_DATE⟧2017-09')]),
    ('blank-in-final-year-only', 'protocol', [('date: 2017-09-20', 'date: ⟦BLANK_IN_FINAL⟧2017')]),
    ('blank-in-final-signatory-name', 'protocol', [('  - party: rats\n    name: { en: Yevgeniy Sysoyev, ru: Евгений Сысоев }\n', '  - ⟦BLANK_IN_FINAL⟧party: rats\n')]),
    # --- a specimen: a final text never signed; a draft is refused it ----------------------------------
    ('specimen-in-draft', 'memorandum', [('status: draft\n', 'status: draft\n⟦SPECIMEN_IN_DRAFT⟧specimen: true\n')]),
    ('specimen-in-draft-note', 'note', [('status: final\n', '⟦SPECIMEN_IN_DRAFT⟧specimen: true\nstatus: draft\n')]),
    ('wrong-type-specimen-yes', 'protocol', [('status: final\n', 'status: final\nspecimen: ⟦WRONG_TYPE⟧yes\n')]),
    ('specimen-key-did-you-mean', 'protocol', [('status: final\n', 'status: final\n⟦UNKNOWN_KEY⟧speciman: true\n')]),
    # --- the alternat (issue 5, item 1) -------------------------------------------------------------
    ('alternat-subtitle-missing', 'memorandum', [('custody: [cica, csto]\n', 'custody: [cica, csto]\n  alternat: true\n'), ('  - id: csto', '  - ⟦ALTERNAT_SUBTITLE⟧id: csto')]),
    ('alternat-subtitle-unused', 'memorandum', [('      ru: { nom: Секретариат ОДКБ, gen: Секретариата ОДКБ, ins: Секретариатом ОДКБ, pre: Секретариате ОДКБ }\n',
        '      ru: { nom: Секретариат ОДКБ, gen: Секретариата ОДКБ, ins: Секретариатом ОДКБ, pre: Секретариате ОДКБ }\n    ⟦ALTERNAT_SUBTITLE_UNUSED⟧alternatSubtitle:\n'
        '      en: of understanding between the Secretariat of the CSTO and the Secretariat of CICA\n      ru: о взаимопонимании между Секретариатом ОДКБ и Секретариатом СВМДА\n')]),
    ('alternat-subtitle-missing-russian', 'protocol', [('  custody:\n', '  alternat: true\n  custody:\n'),
        ('      ru: { nom: РАТС ШОС, gen: РАТС ШОС, ins: РАТС ШОС, pre: РАТС ШОС }\n',
         '      ru: { nom: РАТС ШОС, gen: РАТС ШОС, ins: РАТС ШОС, pre: РАТС ШОС }\n    ⟦MISSING_TRANSLATION⟧alternatSubtitle: { en: on cooperation between the SCO RATS and the CICA Secretariat }\n')]),
    ('wrong-type-alternat-yes', 'protocol', [('  custody:\n', '  alternat: ⟦WRONG_TYPE⟧yes\n  custody:\n')]),
    ('wrong-type-alternat-subtitle-string', 'memorandum', [('custody: [cica, csto]\n', 'custody: [cica, csto]\n  alternat: true\n'),
        ('      ru: { nom: Секретариат ОДКБ, gen: Секретариата ОДКБ, ins: Секретариатом ОДКБ, pre: Секретариате ОДКБ }\n',
         '      ru: { nom: Секретариат ОДКБ, gen: Секретариата ОДКБ, ins: Секретариатом ОДКБ, pre: Секретариате ОДКБ }\n    alternatSubtitle: ⟦WRONG_TYPE⟧of understanding between the Secretariat of the CSTO and the Secretariat of CICA\n'),
        ('  - id: csto', '  - ⟦ALTERNAT_SUBTITLE⟧id: csto')]),
]

# harden-input (issue 10 §2): every date field is a date of 1945 to 2100; year 0 is no year.
CASES += [
    ('bad-date-year-zero', 'memorandum', [('date: 2020', 'date: ⟦BAD_DATE⟧0000-01-01')]),
    ('bad-date-year-zero-alone', 'memorandum', [('date: 2020', 'date: ⟦BAD_DATE⟧0000')]),
    ('bad-date-before-1945', 'memorandum', [('date: 2020', 'date: ⟦BAD_DATE⟧1944-12-31')]),
    ('bad-date-after-2100', 'memorandum', [('date: 2020', 'date: ⟦BAD_DATE⟧2101-01-01')]),
    ('bad-date-year-typo-2202', 'protocol', [('date: 2017-09-20', 'date: ⟦BAD_DATE⟧2202-09-20')]),
]

# harden-input (issue 10 §5): a syntax error is reported at its cause, and every one of them in the file.
CASES += [
    ('yaml-colon-in-unquoted-text-in-braces', 'protocol', [('title: { en: Protocol, ru: Протокол }', 'title: { en: Protocol⟦YAML_SYNTAX⟧: on cooperation, ru: Протокол }')]),
    ('yaml-colon-in-unquoted-text', 'memorandum', [('    ru: исходя из намерения развивать взаимодействие,', '    ru: исходя из намерения⟦YAML_SYNTAX⟧: развивать взаимодействие,')]),
    ('yaml-colon-at-end-of-text', 'protocol', [('en: "The Parties will make efforts to:"', 'en: The Parties will make efforts to⟦YAML_SYNTAX⟧:')]),
    ('yaml-quote-opened-early-runs-to-end', 'memorandum', [('        en: The Parties shall exchange information within 30 days of a request.', "        en: ⟦YAML_SYNTAX⟧'The Parties shall exchange information within 30 days of a request.")]),
    ('yaml-quote-in-flow-map', 'memorandum', [('title: { en: Memorandum, ru: Меморандум }', 'title: { en: ⟦YAML_SYNTAX⟧"Memorandum, ru: Меморандум }')]),
    ('yaml-indent-one-more', 'memorandum', [('    abbr: { en: CICA, ru: СВМДА }', '     ⟦YAML_SYNTAX⟧abbr: { en: CICA, ru: СВМДА }')]),
    ('yaml-indent-one-less', 'memorandum', [('  originals: 2', ' ⟦YAML_SYNTAX⟧originals: 2')]),
    ('yaml-indent-one-more-continues-value', 'memorandum', [('  originals: 2', '   ⟦YAML_SYNTAX⟧originals: 2')]),
    ('yaml-tab-no-false-duplicate', 'memorandum', [('title: { en: Memorandum, ru: Меморандум }', 'title:\n⟦YAML_SYNTAX⟧\ten: Memorandum\n\ten: Меморандум')]),
    ('yaml-tab-after-spaces', 'memorandum', [('    abbr: { en: CICA, ru: СВМДА }', '  ⟦YAML_SYNTAX⟧\t  abbr: { en: CICA, ru: СВМДА }')]),
    ('yaml-four-errors-each-at-its-cause', 'memorandum', [
        ('    abbr: { en: CICA, ru: СВМДА }', '⟦YAML_SYNTAX⟧\tabbr: { en: CICA, ru: СВМДА }'),
        ('    ru: исходя из намерения развивать взаимодействие,', '    ru: исходя из намерения⟦YAML_SYNTAX⟧: развивать взаимодействие,'),
        ('        en: The Parties shall exchange information within 30 days of a request.', '        en: ⟦YAML_SYNTAX⟧"The Parties shall exchange information within 30 days of a request.'),
        ('  originals: 2', ' ⟦YAML_SYNTAX⟧originals: 2')]),
    ('yaml-directive-1-1', 'memorandum', [('cica: 1\n', '⟦YAML_DIRECTIVE⟧%YAML 1.1\n---\ncica: 1\n')]),
    ('yaml-directive-1-1-without-marker', 'memorandum', [('cica: 1\n', '⟦YAML_DIRECTIVE⟧%YAML 1.1\ncica: 1\n')]),
    ('yaml-directive-tag', 'memorandum', [('cica: 1\n', '⟦YAML_DIRECTIVE⟧%TAG !cica! tag:cica,2026:\n---\ncica: 1\n')]),
]
