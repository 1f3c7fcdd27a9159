"""A document's two-column header exported without its line breaks, cut back into the lines of its cells.

An official header is a two-column table (Nghị định 30, Hướng dẫn 36): the issuing body over the number on
the left, the motto over the place and date on the right, then the type word, the title and the preamble. A
web page copied as plain text, or an export that drops the table, prints the cells one after the other on one
line, sometimes glued without a space (`BAN CHẤP HÀNH TRUNG ƯƠNG*Số: 367 - QĐ/TWĐTN-VPĐOÀN TNCS HỒ CHÍ MINH
Hà Nội, ngày 29 tháng 10 năm 2013 QUYẾT ĐỊNHVề việc … --------- BAN BÍ THƯ …- Căn cứ …`). Read as one line,
nothing of it starts with `Số`, a place-date or a type word, and the whole header is lost.

Each cell has a form of its own whatever the line breaks: the number follows `Số` and ends at its last word
holding a digit, a slash or a dash; the place-date is `Place, ngày d tháng m năm yyyy`, the place written in
ordinary case after the capitals of the body's cell; the type word in capitals opens what follows the date and
the title follows it; a rule of dashes closes the title; the preamble opens with `Căn cứ` / `Thực hiện`. The
line is cut at each of these, and the reader of the header (`header_lines.read_header`) reads the lines as it
reads any header. The same habit prints the issuing body and the motto of one row on one line
(`CHÍNH PHỦ CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM`): the motto is cut off, the body's name is what stays.
"""
from __future__ import annotations

import re

from app.importers.extract.header import DOC_TYPES
from app.importers.extract.outline import Line
from app.importers.extract.textutil import is_upper_line

# `Số: 367`, `Số 57-NQ`: the number cell, not at the start of the line
_NUMBER_MARK = re.compile(r"(?<!\w)Số\s*[:.]?\s*(?=\d)")
# `, ngày 29 tháng 10 năm 2013` / `, ngày 29/10/2013`: the date of the place-date cell, after its place
_DATE = re.compile(r",\s*ngày\s*\d{1,2}\s*(?:/|-|\.)?\s*(?:tháng)?\s*\d{1,2}\s*(?:/|-|\.)?\s*(?:năm)?\s*\d{4}",
                   re.IGNORECASE)
# a rule of dashes, stars or underscores drawn under a cell or the title
_RULE = re.compile(r"\s*[-–_*=]{3,}\s*")
# the preamble's first clause
_PREAMBLE = re.compile(r"(?:-\s*)?(?:Căn cứ|Thực hiện|Xét|Theo đề nghị)\b")
# the type word in capitals opening what follows the date, the title glued to it or after a space
_TYPE_FIRST = re.compile(r"\s*(?:" + "|".join(sorted((re.escape(w) for w, _ in DOC_TYPES), key=len, reverse=True))
                         + r")(?=[A-ZĐÀ-Ỹ][a-zà-ỹđ]|\s|$)")
# the national or Party motto after the issuing body's capitals on one line
_MOTTO_INSIDE = re.compile(r"\s+(?=(?:CỘNG HÒA|CỘNG HOÀ) XÃ HỘI CHỦ NGHĨA VIỆT NAM|ĐẢNG CỘNG SẢN VIỆT NAM)")
# a place's abbreviated first word in capitals (`TP. Hồ Chí Minh`)
_ABBREVIATION = re.compile(r"^[A-ZĐ]{1,3}\.$")


def _place_start(text: str, comma: int) -> int:
    """Where the place of a place-date ending at `comma` starts: its words run back to the body's capitals
    (or a number) before it."""
    start = comma
    for m in reversed(list(re.finditer(r"\S+", text[:comma]))):
        word = m.group(0)
        if re.search(r"[\d/|*]", word) or (is_upper_line(word) and not _ABBREVIATION.match(word)):
            break
        start = m.start()
    return start


def _number_end(text: str, mark: int, stop: int) -> int:
    """Where the number opened at `mark` ends before `stop`: after its last word holding a digit, a slash or
    a dash (the capitals after it are the next line of the body's cell)."""
    end = mark
    for m in re.finditer(r"\S+", text[mark:stop]):
        if re.search(r"[\d/\-–]", m.group(0)):
            end = mark + m.end()
    return end


def _cuts(text: str) -> list[int]:
    """Where a header flattened into one line is cut, or [] when the line does not hold both the number and
    the place-date cells."""
    date = _DATE.search(text)
    number = _NUMBER_MARK.search(text, 0, date.start()) if date else None
    if date is None or number is None:
        return []
    place = _place_start(text, date.start())
    if not text[place:date.start()].strip()[:1].isupper():
        return []  # `… số 12/QĐ-UBND, ngày 5/3/2020` cites a document: no place, no header
    cuts = [number.start(), _number_end(text, number.start(), place), place, date.end()]
    rest = date.end()
    if kind := _TYPE_FIRST.match(text, rest):
        cuts.append(kind.end())
    cuts += [p for m in _RULE.finditer(text, rest) for p in (m.start(), m.end())]
    if preamble := _PREAMBLE.search(text, rest):
        cuts.append(preamble.start())
    return sorted({c for c in cuts if 0 < c < len(text)})


def _cells(line: Line) -> list[Line]:
    if line.label is not None:
        return [line]
    text = line.text
    bounds = [0, *_cuts(text), len(text)]
    parts = [text[a:b] for a, b in zip(bounds, bounds[1:], strict=False)]
    if len(parts) == 1 and is_upper_line(text):
        parts = _MOTTO_INSIDE.split(text, maxsplit=1)
    cells = [" ".join(part.strip(" *|").split()) for part in parts]
    cells = [cell for cell in cells if cell and not _RULE.fullmatch(cell)]
    return [line] if len(cells) == 1 else [Line(cell, None, None, line.bold) for cell in cells]


def unflatten_header(lines: list[Line]) -> list[Line]:
    """The header's lines with each flattened line cut into the cells it runs together."""
    return [cell for line in lines for cell in _cells(line)]
