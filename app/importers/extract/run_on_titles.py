"""A part's title in capitals with its first item run into the same line, parted.

A scan's OCR text, or a copy that lost a paragraph mark, can print a part's title and its first item as one line
(`II. NHIỆM VỤ VÀ GIẢI PHÁP CHỦ YẾU 1. Đổi mới, tăng cường …`). Read as printed, the title swallows the item: the
outline's heading — printed as it stands in every report — runs on for lines, and the item is no item. A title is
printed in capitals; it ends where an item's number (`1.`, `1.1.`, `1)`, or a `1` whose dot the OCR lost) opens
wording in lower case, and the item starts there. Whether a number without its dot is an item's is the list's to
say (`ocr_labels`): the line is parted, and that line left unlabelled.
"""
from __future__ import annotations

import re

from app.importers.extract.outline import Line, split_label
from app.importers.readers.lines import slipped_number

# a number inside a line, after a space, opening the next word: where an item may start
_NUMBER = re.compile(r"(?<=\s)\d{1,2}(?:\.\d{1,2})*\s*[.)]?\s+\w")
_TITLE_WORDS = 2  # `II. NHIỆM VỤ …`: a title, not an abbreviation (`UBND`) before a count


def _item_start(text: str) -> int | None:
    """Where an item opens after a title in capitals in `text`, None when it does not."""
    for number in _NUMBER.finditer(text):
        title = text[:number.start()]
        if any(c.islower() for c in title):
            return None  # the title ended before this number: it is no title in capitals
        rest = text[number.start():]
        label, style, wording = split_label(rest)
        if label is None:
            if slipped_number(rest) is None:
                continue
            wording = rest.split(None, 1)[1]
        elif not (style or "").startswith("dec"):
            continue
        first = wording.split(None, 1)[0] if wording.split() else ""
        if sum(any(c.isalpha() for c in word) for word in title.split()) >= _TITLE_WORDS and first[:1].isupper() \
                and any(c.islower() for c in first[1:]):
            return number.start()
    return None


def titles_apart(lines: list[Line]) -> list[Line]:
    """`lines` with every labelled title in capitals parted from the item run into it (the module's docstring)."""
    out: list[Line] = []
    for line in lines:
        at = _item_start(line.text) if line.label is not None and not (line.style or "").startswith("bullet") \
            else None
        if at is None:
            out.append(line)
            continue
        rest = line.text[at:]
        label, style, wording = split_label(rest)
        out.append(Line(line.text[:at].rstrip(), line.label, line.style, line.bold))
        out.append(Line(wording, label, style, line.bold) if label is not None else Line(rest, bold=line.bold))
    return out
