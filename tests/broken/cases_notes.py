"""Broken notes verbales: dative forms, silence deadline, enclosure. (name, base, edits[, extra])
An extra entry '@name' stands for the expectations of cases/enclosures/name.yaml (written by generate.py)."""

CASES = [
    # A note has no final clause, so no alternat: `final` is not one of its fields.
    ('note-alternat', 'note', [('date: 2020-03-11\n', 'date: 2020-03-11\n⟦UNKNOWN_KEY⟧final: { alternat: true }\n')]),
    ('note-missing-dative', 'note', [('ru: { nom: Посольства государств-членов, dat: Посольствам государств-членов }', 'ru: ⟦MISSING_CASE_FORM⟧Посольства государств-членов')]),
    ('note-deadline-without-silence', 'note', [('silence:\n  deadline: 2020-03-21\n', ''),
        ('expiring on [[deadline]]', 'expiring on ⟦BAD_CROSS_REFERENCE⟧[[deadline]]'), ('истекает [[deadline]]', 'истекает ⟦BAD_CROSS_REFERENCE⟧[[deadline]]')]),
    ('note-deadline-with-case', 'note', [('истекает [[deadline]]', 'истекает ⟦BAD_CROSS_REFERENCE⟧[[deadline:gen]]')]),
    ('note-deadline-before-date', 'note', [('deadline: 2020-03-21', 'deadline: ⟦BAD_DATE⟧2020-03-01')]),
    ('note-cross-reference-to-body', 'note', [('In absence of objection', 'Under ⟦BAD_CROSS_REFERENCE⟧[[circulate]], in absence of objection')]),
    ('note-enclosure-after-unknown', 'note', [('after: circulate', 'after: ⟦BAD_CROSS_REFERENCE⟧circulat')]),
    ('note-enclosure-missing-file', 'note', [('file: enclosures/memorandum.yaml', 'file: ⟦ENCLOSURE⟧enclosures/memorandom.yaml')]),
    ('note-enclosure-invalid', 'note', [('file: enclosures/memorandum.yaml', 'file: ⟦ENCLOSURE⟧enclosures/bad-memorandum.yaml')], ['@bad-memorandum']),
    ('note-enclosure-is-a-note', 'note', [('file: enclosures/memorandum.yaml', 'file: ⟦ENCLOSURE⟧enclosures/note.yaml'), ('  after: circulate\n', '')]),
    ('note-blank-in-final-year-only', 'note', [('date: 2020-03-11', 'date: ⟦BLANK_IN_FINAL⟧2020')]),
    ('note-empty-letterhead', 'note', [("""letterhead:
  - en: Secretariat of the Conference on Interaction and Confidence Building Measures in Asia
    ru: Секретариат Совещания по взаимодействию и мерам доверия в Азии
""", '⟦TOO_FEW_ITEMS⟧letterhead: []\n')]),
    ('note-reference-missing', 'note', [('cica: 1', '⟦MISSING_FIELD⟧cica: 1'), ('reference: 18-4/58emb\n', '')]),
    # harden-input (issue 10 §1): an enclosure is an agreement file in the note's folder tree, refused unread otherwise.
    ('note-enclosure-absolute-path', 'note', [('file: enclosures/memorandum.yaml', 'file: ⟦ENCLOSURE_PATH⟧/etc/passwd')]),
    ('note-enclosure-proc-environ', 'note', [('file: enclosures/memorandum.yaml', 'file: ⟦ENCLOSURE_PATH⟧"/proc/self/environ"')]),
    ('note-enclosure-windows-drive', 'note', [('file: enclosures/memorandum.yaml', "file: ⟦ENCLOSURE_PATH⟧'C:\\Users\\officer\\memo.yaml'")]),
    ('note-enclosure-dot-dot-out', 'note', [('file: enclosures/memorandum.yaml', 'file: ⟦ENCLOSURE_PATH⟧../../model/fixtures/memorandum.yaml')]),
    ('note-enclosure-dot-dot-out-and-back', 'note', [('file: enclosures/memorandum.yaml', 'file: ⟦ENCLOSURE_PATH⟧enclosures/../../memorandum.yaml')]),
    ('note-enclosure-not-yaml', 'note', [('file: enclosures/memorandum.yaml', 'file: ⟦ENCLOSURE_PATH⟧../generate.py')]),
    ('note-enclosure-secret-key-name', 'note', [('file: enclosures/memorandum.yaml', 'file: ⟦ENCLOSURE_PATH⟧enclosures/cica.key')]),
    ('note-kind-missing', 'note', [('cica: 1', '⟦MISSING_FIELD⟧cica: 1'), ('kind: note\n', '')]),
]

ENCLOSURES = [
    ('bad-memorandum', 'memorandum', [('    numbered: true', '    ⟦UNKNOWN_KEY⟧numbred: true'), ('date: 2020', 'date: ⟦BAD_DATE⟧2020-02-30')]),
]

# harden-input (issue 10 §2): the note's date and its silence deadline are dates of 1945 to 2100.
CASES += [
    ('note-date-year-zero', 'note', [('date: 2020-03-11', 'date: ⟦BAD_DATE⟧0000-03-11')]),
    ('note-deadline-after-2100', 'note', [('deadline: 2020-03-21', 'deadline: ⟦BAD_DATE⟧2120-03-21')]),
]
