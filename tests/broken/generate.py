#!/usr/bin/env python3
"""Writes the broken-input corpus: each case is a valid fixture (tests/model/fixtures) with small edits.

An edit's replacement text marks where a diagnostic must point with ⟦CODE⟧ placed just before that
character; the marker is removed and its line:col written into the case's first line, `# expect: ...`.
The markers are set by hand from the format's rules, not copied from the checker's output.
Run: python3 tests/broken/generate.py (rewrites tests/broken/cases/*.yaml).
"""
import os, re, sys
from cases_instruments import CASES as INSTRUMENT_CASES
from cases_notes import CASES as NOTE_CASES, ENCLOSURES
from cases_text import CASES as TEXT_CASES
from cases_format import CASES as FORMAT_CASES
from cases_russian import CASES as RUSSIAN_CASES
from cases_markup import CASES as MARKUP_CASES

HERE = os.path.dirname(os.path.abspath(__file__))
FIX = os.path.join(HERE, '..', 'model', 'fixtures')
BASES = {b: open(os.path.join(FIX, b + '.yaml'), encoding='utf-8').read() for b in ('memorandum', 'protocol', 'note')}
# An enclosure lies in the note's folder tree (issue 10 §1): the cases' enclosures are in cases/enclosures/,
# copies of the fixtures beside the broken ones of ENCLOSURES.
BASES['empty'] = ''
BASES['note'] = BASES['note'].replace('file: memorandum.yaml', 'file: enclosures/memorandum.yaml')
MARK = re.compile(r'⟦([A-Z_0-9]+)⟧')

def build(name, base, edits, extra):
    text = BASES[base]
    for old, new in edits:
        if text.count(old) != 1:
            sys.exit(f'{name}: {old!r} occurs {text.count(old)} times in {base}')
        text = text.replace(old, new)
    text = '# expect: PLACEHOLDER\n' + text
    expects = []
    while True:
        m = MARK.search(text)
        if not m:
            break
        before = text[:m.start()]
        line = before.count('\n') + 1
        # columns count UTF-16 units, as editors and JavaScript do
        col = len(before[before.rfind('\n') + 1:].encode('utf-16-le')) // 2 + 1
        expects.append(f'{m.group(1)} {line}:{col}')
        text = text[:m.start()] + text[m.end():]
    expects += extra
    if not expects:
        sys.exit(f'{name}: no expectation')
    return text.replace('PLACEHOLDER', ', '.join(expects), 1)

def main():
    out = os.path.join(HERE, 'cases')
    enclosures = os.path.join(out, 'enclosures')
    os.makedirs(enclosures, exist_ok=True)
    for base in ('memorandum', 'note'):
        with open(os.path.join(enclosures, base + '.yaml'), 'w', encoding='utf-8', newline='') as f:
            f.write(open(os.path.join(FIX, base + '.yaml'), encoding='utf-8').read())
    enclosed = {}
    for name, base, edits in ENCLOSURES:
        text = build(name, base, edits, [])
        first, _, _ = text.partition('\n')
        enclosed[name] = [f'{e.split(" ")[0]} enclosures/{name}.yaml:{e.split(" ")[1]}' for e in first[len('# expect: '):].split(', ')]
        with open(os.path.join(enclosures, name + '.yaml'), 'w', encoding='utf-8', newline='') as f:
            f.write(text)
    names = set()
    for name, base, edits, *rest in INSTRUMENT_CASES + NOTE_CASES + TEXT_CASES + FORMAT_CASES + RUSSIAN_CASES + MARKUP_CASES:
        extra = [x for e in (rest[0] if rest else []) for x in (enclosed[e[1:]] if e.startswith('@') else [e])]
        if name in names:
            sys.exit(f'duplicate case {name}')
        names.add(name)
        text = build(name, base, edits, extra)
        with open(os.path.join(out, name + '.yaml'), 'w', encoding='utf-8', newline='') as f:
            f.write(text)
    print(f'{len(names)} cases')

main()
