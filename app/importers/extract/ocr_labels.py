"""Item labels an OCR misread, put back by the list they stand in.

A scanned plan's text (tesseract) misreads the small marks of its labels now and then: the letter `a)` as the digit
`8)` (`8) Xây dựng chương trình …` over `b)`, `c)`), the dot of `9.` as a comma (`9, Ban Tuyên giáo …`). Read as
printed, the first makes a numbered item of the list's first member (its heading's other members nest under it, and
the heading holds none of them), the second leaves the last numbered heading unlabelled (its items go to the heading
above). The list itself says what the label was:
- a number whose next labelled line is the letter `b` and that is printed again as the next number after the
  letters (`7.` / `8)` / `b)` `c)` / `8.`) is the letter `a`;
- an unlabelled line opening with the number after the last number printed at the outline's first level, then a
  comma and a short title (`9, Ban Tuyên giáo và Dân vận Trung ương` after `8.`) is that number's heading.
"""
from __future__ import annotations

import re
from dataclasses import replace

from app.importers.extract.outline import Line

# `9, Ban …`: a number, its dot read as a comma, a capital
_COMMA_NUMBER = re.compile(r"^(\d{1,2}),\s+(?=[A-ZĐÀ-Ỹ])")
_TITLE_WORDS = 12  # a heading's title is short; a sentence opening with `9, 10 …` is not one


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
    for i, line in enumerate(lines):
        if line.style == "dec1" and line.label and line.label.isdigit():
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
