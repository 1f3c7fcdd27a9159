"""Item labels an OCR misread, put back by the list they stand in.

A scanned plan's text (tesseract) misreads the small marks of its labels now and then: the letter `a)` as the digit
`8)` (`8) Xây dựng chương trình …` over `b)`, `c)`), the dot of `9.` as a comma (`9, Ban Tuyên giáo …`). Read as
printed, the first makes a numbered item of the list's first member (its heading's other members nest under it, and
the heading holds none of them), the second leaves the last numbered heading unlabelled (its items go to the heading
above). The list itself says what the label was:
- a number whose next labelled line is the letter `b` and that is printed again as the next number after the
  letters (`7.` / `8)` / `b)` `c)` / `8.`) is the letter `a`;
- an unlabelled line opening with the number after the last number printed at the outline's first level, then a
  comma and a short title (`9, Ban Tuyên giáo và Dân vận Trung ương` after `8.`) is that number's heading;
- an unlabelled line opening with a number that lost its dot (`1 Đổi mới, tăng cường …`) is that number's item
  when the list calls for it on both sides: it is the first number after a part's title (`II.`) or the one after
  the last number, and the next number printed is the one after it (`2.`). Without its label the item is more
  text of the title or of the item above it, and no item of its own;
- an unlabelled line opening with a mark the OCR reads for a digit (`Š.` for `5.`) between the numbers before and
  after that digit (`4.` above, `6.` next) is that number's item.
"""
from __future__ import annotations

import re
from dataclasses import replace

from app.importers.extract.outline import Line
from app.importers.readers.lines import slipped_number

# `9, Ban …`: a number, its dot read as a comma, a capital
_COMMA_NUMBER = re.compile(r"^(\d{1,2}),\s+(?=[A-ZĐÀ-Ỹ])")
_TITLE_WORDS = 12  # a heading's title is short; a sentence opening with `9, 10 …` is not one
_PARTS = ("roman", "part", "ALPHA")  # the levels above the numbered items: each starts their count again
# `Š. Tập trung …`: a mark tesseract reads for a digit, then the label's dot (the letters a label may be stay labels)
_MISREAD_DIGIT = re.compile(r"^(\S)\s*\.\s+(?=\w)")
_LOOKALIKES = {"5": "Š$§", "1": "|]", "6": "б"}


def _misread_a(i: int, lines: list[Line]) -> bool:
    below = (line for line in lines[i + 1:] if line.label is not None)
    first = next(below, None)
    if first is None or first.label != "b" or first.style != "alpha":
        return False
    after = next((line for line in below if line.style == lines[i].style), None)
    return after is not None and after.label == lines[i].label


def put_back_labels(lines: list[Line]) -> list[Line]:
    """`lines` with the labels an OCR misread (the module's docstring says which) read as printed."""
    out = list(lines)
    last = 0  # the last number printed at the outline's first level
    fresh = False  # a part's title printed since that number: its items count from 1
    for i, line in enumerate(lines):
        if line.style in _PARTS:
            fresh = True
        elif line.label is None and (number := slipped_number(line.text)) is not None \
                and (number == last + 1 or (fresh and number == 1)) and _next_number(i, lines) == number + 1:
            out[i] = replace(line, text=line.text.split(None, 1)[1], label=str(number), style="dec1")
            last, fresh = number, False
        elif line.label is None and (mark := _MISREAD_DIGIT.match(line.text)) \
                and mark.group(1) in _LOOKALIKES.get(str(last + 1), "") and _next_number(i, lines) == last + 2:
            out[i] = replace(line, text=line.text[mark.end():], label=str(last + 1), style="dec1")
            last += 1
        elif line.style == "dec1" and line.label and line.label.isdigit():
            fresh = False
            if _misread_a(i, lines):
                out[i] = replace(line, label="a", style="alpha")
                continue
            last = int(line.label)
        elif line.label is None and last and (m := _COMMA_NUMBER.match(line.text)) and int(m.group(1)) == last + 1:
            rest = line.text[m.end():]
            if len(rest.split()) <= _TITLE_WORDS and not rest.rstrip().endswith("."):
                out[i] = replace(line, text=rest, label=m.group(1), style="dec1")
                last += 1
    return out


def _next_number(i: int, lines: list[Line]) -> int | None:
    """The number of the next numbered item below line `i` in its part, None when a part's title comes first."""
    for line in lines[i + 1:]:
        if line.style in _PARTS:
            return None
        if line.style == "dec1" and line.label and line.label.isdigit():
            return int(line.label)
    return None
