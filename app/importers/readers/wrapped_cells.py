"""Annex task tables printed one cell fragment per line with numbered rows, every cell wrapped (PDF text).

A PDF's text (Công báo issues, `pdftotext` without layout, a docx saved from a PDF) prints a table row by row and,
inside a row, cell by cell, each cell's lines as the column's width wrapped them:

    STT / Tên nhiệm vụ cụ thể / Cơ quan / chủ trì / Cơ quan / phối hợp / Kết quả / Thời gian hoàn / thành
    I. Đổi mới … (a group row: its number and title)
    1. / Tăng cường lãnh đạo, chỉ đạo xây dựng và / tổ chức thực hiện … y tế. / Các / bộ / ở / Trung ương, /
    Ủy ban nhân / dân cấp tỉnh / Các cơ quan, tổ / chức, … liên quan. / Văn bản chỉ đạo / Thường xuyên

This module reads such a table as a whole: its header (the names are wrapped too, `Cơ quan` / `chủ trì`: a name
goes on where a fragment starts in lower case; the header gives the count of cells), then its rows in order, up to
what follows the table. A page break prints the page's number, running title and the header again (and a signed
PDF its `Ký bởi` stamp): that furniture goes, and the row it cut goes on after it. What each row's shape is (a
numbered, group, note or sub-row) is `wrapped_rows`'; where one cell of a row ends and the next begins,
`cell_bounds`'. A table whose header is not wrapped, one cell per line, is `flattable`'s; one whose rows carry no
number, `unnumbered_cells`' (`cell_tables.take_cell_table` is the entry to all three).
"""
from __future__ import annotations

import re
from collections import Counter

from app.importers.readers.artefacts import MARKED_PAGE_NUMBER, PAGE_NUMBER
from app.importers.readers.cell_bounds import TIME_DIGITS
from app.importers.readers.export_habits import is_stamp_line
from app.importers.readers.flattable import STT_HEAD, is_column_name
from app.importers.readers.wrapped_rows import (
    ROW_NUMBER,
    Row,
    group_open,
    next_group,
    note_row_end,
    numbered_row,
    sub_rows,
)

# what follows a table in an annex: the signature block, another annex, a body heading
_TABLE_END = re.compile(r"^(?:Nơi nhận|PHỤ LỤC|TM\.|T/M|KT\.|\d{1,2}\.\s+[A-ZĐ]|[IVX]+\.\s+[A-ZĐ]{2,}\s+[A-ZĐ]{2,})")
_PROSE = 1.5  # a line longer than this is no cell's: the table has ended


def _header(lines: list[str], i: int) -> tuple[list[str], list[str], int] | None:
    """(column names, the header's printed fragments, index after it) when a wrapped header starts at line i: `STT`,
    then short fragments, a lower-case one going on with the name above, at least one name wrapped so, up to the
    first row's number."""
    if not STT_HEAD.match(lines[i].strip(" *_#")):
        return None
    names = [lines[i].strip(" *_#")]
    fragments = [lines[i].strip()]
    wrapped = False
    j = i + 1
    while j < len(lines) and len(fragments) < 20:
        text = lines[j].strip(" *_#")
        if not text or len(text) > 45 or ROW_NUMBER.match(text) or group_open(text):
            break
        if text[:1].islower() and len(names) > 1:
            names[-1] += " " + text
            wrapped = True
        else:
            names.append(text)
        fragments.append(lines[j].strip())
        j += 1
    opens_row = j < len(lines) and bool(ROW_NUMBER.match(lines[j].strip()) or group_open(lines[j].strip()))
    if not wrapped or not opens_row or len(names) < 4 or not all(is_column_name(n) for n in names[1:]):
        return None
    if not any(re.search(r"chủ trì", n, re.IGNORECASE) for n in names):
        return None
    return names, fragments, j


def _cell_like(text: str) -> bool:
    """A fragment no running title is, however often it stands beside a bare number (a row's number counts rows the
    way a page number counts pages): a cell's time (`2026 - 2027`), a single word (`Năm` over its years) or the
    lower-case rest of a wrapped cell (`thiên tai`). A page's running title is a title: words opening with a
    capital."""
    return text[:1].islower() or " " not in text or bool(TIME_DIGITS.match(text))


def _running_titles(lines: list[str]) -> set[str]:
    """Lines printed beside a page number twice or more and nowhere else: the running title of every page."""
    beside: dict[str, int] = {}
    everywhere: dict[str, int] = {}
    printed = [ln.strip() for ln in lines if ln.strip()]
    for k, text in enumerate(printed):
        everywhere[text] = everywhere.get(text, 0) + 1
        if PAGE_NUMBER.match(text) or MARKED_PAGE_NUMBER.match(text):
            for near in {*printed[max(0, k - 2):k], *printed[k + 1:k + 3]}:
                beside[near] = beside.get(near, 0) + 1
    return {text for text, n in beside.items()
            if n >= 2 and everywhere[text] == n and not ROW_NUMBER.match(text) and not _cell_like(text)}


def _read_rows(lines: list[str], j: int, fragments: list[str]) -> tuple[list[Row], int]:
    """The rows from line j, the page furniture dropped, and the index after the table."""
    rows: list[Row] = []
    number = 0
    group: str | None = None
    grouped_since = False  # a group row since the last numbered row: numbering may start again
    width = len(fragments)
    running = _running_titles(lines)
    widest = 0  # the widest first line of a row so far: the task column's width
    while j < len(lines):
        text = lines[j].strip()
        if not text:
            if rows:
                rows[-1].blank()
            j += 1
            continue
        if [ln.strip() for ln in lines[j:j + width]] == fragments:  # the header printed again on a new page
            if rows:
                rows[-1].page_break()
            j += width
            continue
        number_match = ROW_NUMBER.match(text)
        if number_match and (int(number_match.group(1)) == number + 1
                             or (grouped_since and int(number_match.group(1)) == 1)):
            number = int(number_match.group(1))
            grouped_since = False
            rows.append(Row(str(number), False, number_match.group(2)))
            widest = max(widest, len(number_match.group(2) or ""))
            j += 1
            continue
        if MARKED_PAGE_NUMBER.match(text) or PAGE_NUMBER.match(text) or is_stamp_line(text) or text in running:
            if rows:
                rows[-1].page_break()
            j += 1
            continue
        opened = group_open(text)
        if opened and next_group(opened.group(1), group):
            group = opened.group(1)
            grouped_since = True
            rows.append(Row(group, True, opened.group(2)))
            j += 1
            continue
        if not rows or _TABLE_END.match(text):
            break
        first = not rows[-1].group and rows[-1].parts == [[]]  # a row's first line: as wide as the task column
        if not rows[-1].group and not first and len(text) > _PROSE * widest:
            if (after := note_row_end(lines, j, number)) is not None:
                j = after  # a note spanning the table's width between two rows: no row's, and no task
                continue
            break  # a line wider than any column: the prose after the table
        widest = max(widest, len(text)) if first else widest
        rows[-1].add(text)
        j += 1
    return rows, j


def _task_width(rows: list[Row]) -> int:
    """The task column's width in characters: the length most rows' first task line reaches."""
    firsts = sorted(len(r.parts[0][0]) for r in rows if not r.group and r.parts[0])
    return firsts[int(len(firsts) * 0.8)] if firsts else 0


def _word_pairs(rows: list[Row]) -> Counter[str]:
    """How often each two words follow each other inside the table's fragments."""
    pairs: Counter[str] = Counter()
    for row in rows:
        for part in row.parts:
            for fragment in part:
                words = fragment.lower().split()
                pairs.update(f"{a} {b}" for a, b in zip(words, words[1:], strict=False))
    return pairs


def _kind(name: str) -> str:
    return "time" if re.search(r"thời gian|thời hạn|tiến độ|lộ trình", name, re.IGNORECASE) else "cell"


def take_wrapped_table(lines: list[str], i: int) -> tuple[list[list[str]], int] | None:
    """(rows, index after the table) when a table printed cell fragment by fragment starts at line i: its header
    first (the names joined), then a row per numbered or group row."""
    head = _header(lines, i)
    if head is None:
        return None
    names, fragments, j = head
    rows, end = _read_rows(lines, j, fragments)
    numbered = [r for r in rows if not r.group]
    if len(numbered) < 2:
        return None
    width = _task_width(rows)
    kinds = [_kind(n) for n in names[2:]]
    pairs = _word_pairs(rows)
    table = [names]
    for row in rows:
        if row.group:
            title = " ".join(" ".join(part) for part in row.parts).strip()
            table.append([row.label, title] + [""] * (len(names) - 2))
        else:
            table.extend(sub_rows(row, width, kinds) or [numbered_row(row, width, kinds, pairs)])
    return table, end
