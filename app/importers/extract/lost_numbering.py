"""Labels that survived a list numbering lost in extraction.

A Word file numbers its lists automatically; a text export (and many copies of a .docx) drops those numbers and
keeps only the labels a clerk typed by hand. A guidance document whose items were numbered `a)`–`k)` then prints
most of them as bare paragraphs and a few as `đ)`, `g)`, `k)`, `2.5.1`. Such a lone label is no level of the
outline: read as one, it opens a child level and every bare paragraph after it — whole parts of the document —
nests under it as its continuation. Its list shows no other member (neither the label before it in that list nor
the one after it is printed), and the paragraph before it is bare (its lost predecessor), so it is read as a bare
paragraph like its siblings.

Only lists whose first members are missing are judged: a lone `a)` / `1.1` may open a list whose later labels
were lost as well, but then nothing nests wrongly under a sibling. A multi-level number (`2.5.1`) is lone when its
parent number (`2.5`, or `II` for `2.1`) is printed nowhere above it.
"""
from __future__ import annotations

from app.importers.extract.outline import Line
from app.importers.readers.numbering import VIETNAMESE_LETTERS

# the Vietnamese alphabet of list letters (no f, j, w, z), and the Latin one some offices type
_LATIN = "abcdefghijklmnopqrstuvwxyz"
_ROMAN_VALUES = {"I": 1, "II": 2, "III": 3, "IV": 4, "V": 5, "VI": 6, "VII": 7, "VIII": 8, "IX": 9, "X": 10}
# the fewest missing members before a lone letter (`c)` and on): a lone `b)` may be a typed list of two
_MIN_LETTER_POSITION = 3


def _letter_position(label: str) -> int | None:
    low = label.lower()
    return VIETNAMESE_LETTERS.index(low) + 1 if low in VIETNAMESE_LETTERS else None


def _adjacent_letters(a: str, b: str) -> bool:
    """`d` → `đ`, `e` → `g` (Vietnamese), `e` → `f` (Latin): consecutive members of one list."""
    a, b = a.lower(), b.lower()
    return any(x in alphabet and y in alphabet and alphabet.index(y) == alphabet.index(x) + 1
               for alphabet in (VIETNAMESE_LETTERS, _LATIN) for x, y in ((a, b),))


def _lone_letter(i: int, lines: list[Line]) -> bool:
    line = lines[i]
    position = _letter_position(line.label or "")
    if position is None or position < _MIN_LETTER_POSITION:
        return False
    same = [j for j, ln in enumerate(lines) if ln.style == line.style and ln.label]
    at = same.index(i)
    before = lines[same[at - 1]].label if at > 0 else None
    after = lines[same[at + 1]].label if at + 1 < len(same) else None
    return not (before and _adjacent_letters(before, line.label or "")) \
        and not (after and _adjacent_letters(line.label or "", after))


def _lone_number(i: int, lines: list[Line]) -> bool:
    """`2.5.1` with no `2.5` printed above it and no `2.5.2` after it."""
    label = lines[i].label or ""
    parent, _, last = label.rpartition(".")
    if not parent or not last.isdigit():
        return False
    above = {ln.label for ln in lines[:i] if ln.label}
    top = parent.split(".")[0]
    if parent in above or (parent == top and any(_ROMAN_VALUES.get(lab or "") == int(top) for lab in above)):
        return False
    sibling = f"{parent}.{int(last) + 1}"
    return not any(ln.label == sibling for ln in lines[i + 1:])


def unlabel_lone_labels(lines: list[Line]) -> list[Line]:
    """The body's lines with each lone surviving label (after a bare paragraph) read as a bare paragraph."""
    out = list(lines)
    for i, line in enumerate(lines):
        if not line.label or i == 0 or lines[i - 1].label is not None:
            continue
        style = line.style or ""
        lone = (_lone_letter(i, lines) if style in ("alpha", "paren_alpha")
                else _lone_number(i, lines) if style.startswith("dec") else False)
        if lone:
            out[i] = Line(line.text, None, None, line.bold)
    return out
