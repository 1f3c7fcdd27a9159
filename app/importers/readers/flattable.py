"""Annex task tables flattened one cell per line (a Word or PDF table copied as plain text).

    STT / Nội dung nhiệm vụ / Cơ quan chủ trì / Cơ quan phối hợp / Thời gian hoàn thành
    I / HẠ TẦNG KỸ THUẬT          (a group row: merged cells leave its title alone)
    1 / Nâng cấp mạng ... / Văn phòng Huyện ủy / Công an huyện / Quý III/2024

The header is a run of short column names opened by `STT`/`TT`; each row starts at a line that
is only an ordinal (`1`, `II`, `A`, `2.3`). This must be read from the raw lines, before page-number
removal (a lone `1` looks like a page number) and before broken-line joining (cells are short
lines that would be glued together).
"""
from __future__ import annotations

import re
from collections.abc import Callable

from app.importers.readers.artefacts import PAGE_NUMBER
from app.importers.readers.flatrows import TIME, column_words, fit_short_row

STT_HEAD = re.compile(r"^(?:STT|TT|Số TT|Số thứ tự)\.?$", re.IGNORECASE)
_COLUMN = re.compile(r"nhiệm vụ|nội dung|công việc|giải pháp|hoạt động|tên |cơ quan|đơn vị|chủ trì|phối hợp|"
                     r"thời gian|thời hạn|tiến độ|sản phẩm|ghi chú|kết quả|kinh phí|lộ trình|hoàn thành|"
                     r"trách nhiệm|thực hiện|chỉ tiêu|chỉ số|đvt|kế hoạch|mục tiêu|năm \d{4}", re.IGNORECASE)
# a row's number: `1`, `II`, `A`, or a numbered task under its group (`2.3`, `1.1.2`; a figure `1.500` is no label)
# a sub-row under a numbered group row: its letter and parenthesis (`a)`, `đ)`)
_ORDINAL = re.compile(r"^(?:(?:\d{1,3}|\d{1,2}(?:\.\d{1,2}){1,2}|[IVXL]{1,5}|[A-HK-Z])[.)]?|[a-hk-zđ]\))$")
# a group row whose ordinal and title share one line (`I. Kinh tế số`): a plain-text copy of a row
# whose merged title cell held both
_GROUP_ROW = re.compile(r"^([IVXL]{1,5}|[A-HK-Z])[.)]\s+(\S.{0,200})$")
# an indicator table (`TT / Chỉ tiêu / ĐVT / Năm 2025 / ...`): its figures are cells, not row numbers
_INDICATOR_COL = re.compile(r"^(?:tên )?(?:chỉ tiêu|chỉ số)\b", re.IGNORECASE)
_FIGURE_COL = re.compile(r"^(?:đơn vị tính|đvt)|\b(?:19|20)\d{2}\b|kế hoạch|mục tiêu", re.IGNORECASE)
# the names under a header cell merged over the agencies' columns, and that cell's name
_SUB_COLUMN = re.compile(r"^(?:cơ quan |đơn vị )?(?:chủ trì|phối hợp)$", re.IGNORECASE)
_MERGED_HEAD = re.compile(r"thực hiện|cơ quan|đơn vị|trách nhiệm|phân công", re.IGNORECASE)
_SECTION_END = re.compile(r"^(?:Nơi nhận|PHỤ LỤC|TM\.|T/M|KT\.|[IVX]+\.\s+\S)")


# a markdown table's separator row (`| --- | --- |`)
_PIPE_RULE = re.compile(r"^\|(?:\s*:?-{3,}:?\s*\|)+$")


def unpipe_flat_header(lines: list[str]) -> list[str]:
    """`lines` with a pipe header row over no pipe rows written one name per line. A converter that could not lay
    out a table's body (merged cells) keeps the header as a markdown row (`| TT | Nội dung | Cơ quan chủ trì |`,
    then `| --- |`) and prints the body one cell per line below it, often with the header's last names too:
    the names one per line are the flattened header `take_flat_table` reads with the rows under it."""
    out: list[str] = []
    i = 0
    while i < len(lines):
        cells = [c.strip(" *_") for c in lines[i].strip().strip("|").split("|")] if lines[i].lstrip().startswith("|") \
            else []
        rule = i + 1 < len(lines) and _PIPE_RULE.match(lines[i + 1].strip())
        below = next((ln.strip() for ln in lines[i + 2:i + 4] if ln.strip()), "|") if rule else "|"
        if len(cells) >= 3 and STT_HEAD.match(cells[0]) and all(is_column_name(c) for c in cells[1:]) \
                and not below.startswith("|"):
            out.extend(cells)
            i += 2
            continue
        out.append(lines[i])
        i += 1
    return out


def _header_at(lines: list[str], i: int) -> int:
    """Number of header cells starting at line i (0 when no flattened header starts there)."""
    if not STT_HEAD.match(lines[i].strip(" *_#")):
        return 0
    n = 1
    while i + n < len(lines) and n < 9:
        cell = lines[i + n].strip(" *_")
        if not cell or not is_column_name(cell):
            break
        n += 1
    return n if n >= 3 else 0


def _sub_columns(header: list[str], lines: list[str], j: int) -> tuple[list[str], int]:
    """The header with its second row read in, and the line after it. A header cell merged over
    two columns (`Cơ quan thực hiện` over `Chủ trì` / `Phối hợp`) leaves its sub-columns' names as a
    second run of names after a blank line: they take the merged cell's place."""
    k = j
    while k < len(lines) and not lines[k].strip():
        k += 1
    sub: list[str] = []
    while k < len(lines) and lines[k].strip() and _SUB_COLUMN.match(lines[k].strip(" *_#")):
        sub.append(lines[k].strip(" *_#"))
        k += 1
    merged = next((c for c, name in enumerate(header) if c > 1 and _MERGED_HEAD.search(name)
                   and not _SUB_COLUMN.match(name)), None)
    if len(sub) < 2 or merged is None:
        return header, j
    return header[:merged] + sub + header[merged + 1:], k


def is_column_name(cell: str) -> bool:
    return len(cell) <= 45 and bool(_COLUMN.search(cell))


def _repeated_header(lines: list[str], j: int, header: list[str]) -> int:
    """Lines of the header's names printed again from line j (0 when none): two or more in a row,
    the same names in the same order (a group row's own header over its part of the table)."""
    names = [h.lower() for h in header]
    cells = [ln.strip(" *_#").lower() for ln in lines[j:j + len(header)]]
    if not cells or cells[0] not in names[1:]:
        return 0
    start = names.index(cells[0])
    same = 0
    while same < len(cells) and start + same < len(names) and cells[same] == names[start + same]:
        same += 1
    return same if same >= 2 else 0


def _place(cells: list[str], ncols: int, time_col: int | None, profiles: list[set[str]] | None = None) -> list[str]:
    """A data row's cells under the header; a short row keeps its time phrase in the time column."""
    if len(cells) > ncols and time_col == ncols - 1 and TIME.search(cells[time_col]):
        cells = _rest_of_wrapped_cells(cells, ncols)
    if len(cells) > ncols:  # continuation lines of a long cell: join lowercase starts to the cell above
        merged: list[str] = []
        for cell in cells:
            if merged and cell[:1].islower() and len(merged) + (len(cells) - len(merged)) > ncols:
                merged[-1] += " " + cell
            else:
                merged.append(cell)
        cells = merged[: ncols - 1] + [" ".join(merged[ncols - 1:])] if len(merged) > ncols else merged
    if profiles is not None and 2 < len(cells) < ncols:
        return fit_short_row(cells, profiles, time_col)
    row = cells + [""] * (ncols - len(cells))
    if len(cells) < ncols and time_col is not None and cells and TIME.search(cells[-1]) \
            and len(cells) - 1 != time_col and len(cells) > 2:
        row[len(cells) - 1], row[time_col] = "", cells[-1]
    return row


def _rest_of_wrapped_cells(cells: list[str], ncols: int) -> list[str]:
    """A row whose cells are all printed up to its time, then more lines: a copy of a PDF row that printed the first
    line of every cell, then the lines the wrap left of the long ones (`… thẩm định` / `Viện A, Cục` / `Vụ B` /
    `Quý IV/2026` / `kết quả …` / `Lâm nghiệp`). Each such line goes on with the leftmost cell before the time that
    ends no sentence and has not yet been continued, in column order; a row with more lines than such cells is left
    to the lowercase reading."""
    row, extra = list(cells[:ncols]), cells[ncols:]
    open_cells = [k for k in range(1, ncols - 1) if not re.search(r"[.;:]$", row[k])]
    if len(extra) > len(open_cells):
        return cells
    for k, line in zip(open_cells, extra, strict=False):
        row[k] = f"{row[k]} {line}"
    return row


def _row_follows(lines: list[str], j: int) -> bool:
    """Whether the next printed line after line j opens a numbered row."""
    nxt = next((ln.strip() for ln in lines[j + 1:j + 4] if ln.strip()), "")
    return bool(_ORDINAL.match(nxt)) and nxt[:1].isdigit()


def _expected(current: list[str], rows: list[list[str]]) -> set[str]:
    """The numbers the next row of the table may take: one more than the last numbered row's, or 1
    after a group row (some tables number again under each group, others go on)."""
    numbers = {"1"}
    for row in [current, *reversed(rows[1:])]:
        if row and row[0].isdigit():
            return (numbers if row is not current else set()) | {str(int(row[0]) + 1)}
    return numbers


def _page_break(lines: list[str], j: int, current: list[str], rows: list[list[str]], ncols: int) -> bool:
    """Whether line j is the page number a PDF copy printed inside the table: a page number that is
    not a number the next row may take, printed while the numbered row above still lacks cells (the
    break cut it) or while the next row's number still comes below on a line of its own (a row
    numbered out of order by the clerk has no such number left below it)."""
    text = lines[j].strip()
    if not PAGE_NUMBER.match(text):
        return False
    expected = _expected(current, rows)
    if text.rstrip(".)") in expected:
        return False
    cut = current[0].isdigit() and len(current) < ncols
    return cut or any(ln.strip().rstrip(".)") in expected for ln in lines[j + 1:j + 200])


def _after_page_break(lines: list[str], j: int, missing: int) -> int:
    """The line after the page number at j, or after the next page's running header under it: a
    line printed the same beside a page number elsewhere, or one more line than the cut row lacks
    before the next row's number."""
    k = j + 1
    while k < len(lines) and not lines[k].strip():
        k += 1
    if k >= len(lines) or _ORDINAL.match(lines[k].strip()):
        return j + 1
    header = lines[k].strip()
    rest = 0
    while k + 1 + rest < len(lines) and lines[k + 1 + rest].strip() \
            and not _ORDINAL.match(lines[k + 1 + rest].strip()):
        rest += 1
    seen = any(_beside_page_number(lines, m) for m, ln in enumerate(lines) if ln.strip() == header and m != k)
    return k + 1 if seen or (missing > 0 and rest == missing) else j + 1


def _beside_page_number(lines: list[str], m: int) -> bool:
    near = [ln.strip() for ln in lines[max(0, m - 2):m] + lines[m + 1:m + 3] if ln.strip()]
    return any(PAGE_NUMBER.match(ln) for ln in near)


def lines_read_by(lines: list[str], take: Callable[[list[str], int], tuple[list[list[str]], int] | None]) -> set[int]:
    """Indexes of the lines of the tables `take` (a table reader: rows and the index after them, or None) reads in
    `lines`, tried where a header may start (a short line: `STT`, `TT`)."""
    inside: set[int] = set()
    i = 0
    while i < len(lines):
        table = take(lines, i) if len(lines[i].strip()) <= 12 else None
        if table is None:
            i += 1
            continue
        inside.update(range(i, table[1]))
        i = table[1]
    return inside


def take_flat_table(lines: list[str], i: int) -> tuple[list[list[str]], int] | None:
    """(rows, index after the table) when a flattened task table starts at line i."""
    n = _header_at(lines, i)
    if not n:
        return None
    header, j = _sub_columns([lines[i + k].strip(" *_#") for k in range(n)], lines, i + n)
    n = len(header)
    time_col = next((k for k, h in enumerate(header) if re.search(r"thời gian|thời hạn|tiến độ", h, re.I)), None)
    figure_col = next((k for k, h in enumerate(header) if _FIGURE_COL.search(h)), None) \
        if any(_INDICATOR_COL.match(h) for h in header) else None
    rows: list[list[str]] = [header]
    current: list[str] | None = None
    grouped = False
    while j < len(lines):
        text = lines[j].strip()
        if not text:
            j += 1
            continue
        # a numbered row (not a group row `I`) that has reached its figure columns takes a number as a cell
        is_cell = figure_col is not None and current is not None and current[0].isdigit() \
            and figure_col <= len(current) < n
        # (an indicator table's figures are numbers: there a lone number is a cell, never furniture)
        if current is not None and figure_col is None and _page_break(lines, j, current, rows, n):
            j = _after_page_break(lines, j, n - len(current))  # the number and the next page's head
            continue
        if _ORDINAL.match(text) and not (is_cell and text.replace(".", "").isdigit()):
            if current is not None:
                rows.append(current)
            current = [text.rstrip(".)")]
            j += 1
            continue
        # right under the header, or once the table has had such a row, and with a numbered row
        # under it, it is a group row, not the next section's heading
        group = _GROUP_ROW.match(text) if (current is None or grouped) and _row_follows(lines, j) else None
        if group:
            grouped = True
            if current is not None:
                rows.append(current)
            current = [group.group(1), group.group(2)]
            j += 1
            continue
        if current is None or _SECTION_END.match(text) or len(current) >= n + 2:
            break
        repeated = _repeated_header(lines, j, header)
        if repeated:  # the header printed again under a group row (its subject column's name above it)
            while len(current) > 1 and is_column_name(current[-1]):
                current.pop()
            j += repeated
            continue
        current.append(text)
        j += 1
    if current is not None:
        rows.append(current)
    if len(rows) < 2:
        return None
    table = [header]
    profiles = column_words(rows[1:], n)
    for row in rows[1:]:
        stt, cells = row[0], row[1:]
        if len(cells) <= 1:  # a group row, its title merged across the row
            table.append([stt, cells[0] if cells else ""] + [""] * (n - 2))
        else:
            table.append(_place([stt, *cells], n, time_col, profiles))
    return table, j
