"""Tables a legal-document website exports with every cell border on a line of its own.

    |                       ← row opens
    STT
    |
    Nhiệm vụ, giải pháp     ← a cell may run over several (hard-wrapped) lines
    |
    Đơn vị thực hiện
    |                       ← row closes
    |                       ← next row opens
    1.1
    ...

Between two border lines lies one cell, so the cells of a table are the runs of text between
lone `|` lines; a row closing and the next one opening leave an empty run between them. A row
with merged cells (a group row `A | PHÁT TRIỂN ...`) has fewer cells than the header. The table
ends at a border followed by a blank line; a table broken by a page (blank lines, then more
rows without the header) goes on with the same columns.

A PDF copy's page break may fall inside a cell: the page number (`Trang 16/80`, `- 16 -`) is left out of it
(the running title printed beside it went before, with the document's other running titles).

The two-column layout of the document's header and signature (`ỦY BAN ... | CỘNG HÒA ...`) is
printed the same way; it has fewer than three header cells and is left to the line reader.
"""
from __future__ import annotations

import re

from app.importers.readers.artefacts import MARKED_PAGE_NUMBER

MIN_COLUMNS = 3
_BULLET = re.compile(r"^[-–+•]\s")
_HEADER_CELL = re.compile(r"^(?:STT|TT|Số TT|Số thứ tự)\.?$|nhiệm vụ|nội dung|công việc|giải pháp|hoạt động|"
                          r"tên |cơ quan|đơn vị|chủ trì|phối hợp|thời gian|thời hạn|tiến độ|sản phẩm|ghi chú|"
                          r"kết quả|kinh phí|lộ trình|hoàn thành|trách nhiệm|chỉ tiêu", re.IGNORECASE)


# a page number no cell holds (a bare `16` or `3/12` may be a cell's own number or date)
_PAGE_NUMBER = MARKED_PAGE_NUMBER


def is_border(line: str) -> bool:
    return line.strip() == "|"


def _cell_text(lines: list[str]) -> str:
    """A cell's lines: hard-wrapped lines are one text; a line opening with a bullet or a capital
    after a short line (one agency per line) stays a line of its own."""
    out: list[str] = []
    for raw in lines:
        line = raw.strip()
        if not line:
            continue
        if out and not _BULLET.match(line) and (line[:1].islower() or line[:1].isdigit() or len(out[-1]) >= 55
                                               or out[-1].endswith((",", "và", "("))):
            out[-1] += " " + line
        else:
            out.append(line)
    return "\n".join(out)


def run_end(lines: list[str], i: int) -> int:
    """Index of the border line that closes the run of bordered lines starting at i."""
    j = i
    while j < len(lines):
        if is_border(lines[j]) and j > i and (j + 1 >= len(lines) or not lines[j + 1].strip()) \
                and not _blank_cell(lines, j + 1):
            return j
        j += 1
    return len(lines) - 1


def _blank_cell(lines: list[str], k: int) -> bool:
    """Whether line k is an empty cell printed as spaces (`&nbsp;`, `** **` without its marks) between two borders:
    a blank line the export wrote between rows or tables is empty."""
    return k + 1 < len(lines) and lines[k] != "" and not lines[k].strip() and is_border(lines[k + 1])


def _cells(lines: list[str], start: int, end: int) -> list[str | None]:
    """The texts between consecutive borders; None marks the gap between a closing and an opening border."""
    cells: list[str | None] = []
    buf: list[int] = []
    for k in range(start + 1, end + 1):
        if is_border(lines[k]):
            kept = [lines[m] for m in buf if not _furniture(lines, m)]
            blank = len(buf) == 1 and _blank_cell(lines, buf[0])
            cells.append(_cell_text(kept) if any(s.strip() for s in kept) else "" if blank else None)
            buf = []
        else:
            buf.append(k)
    return cells


def _furniture(lines: list[str], m: int) -> bool:
    """Whether line m inside a cell is a page number (the running title a page break put beside it is gone
    before tables are read: `textfile._drop_running_titles`)."""
    return bool(_PAGE_NUMBER.match(lines[m].strip()))


def _rows(cells: list[str | None], ncols: int) -> list[list[str]]:
    """Cut the cell stream into rows: a full row is `ncols` cells then a gap; a row with merged
    cells ends at its first gap."""
    rows: list[list[str]] = []
    k = 0
    while k < len(cells):
        if k + ncols <= len(cells) and (k + ncols == len(cells) or cells[k + ncols] is None):
            rows.append([c or "" for c in cells[k:k + ncols]])
            k += ncols + 1
            continue
        stop = next((m for m in range(k, len(cells)) if cells[m] is None), len(cells))
        if stop == k:  # two gaps in a row: an empty row
            k += 1
            continue
        rows.append([c or "" for c in cells[k:stop]] + [""] * (ncols - (stop - k)))
        k = stop + 1
    return rows


def take_pipe_table(lines: list[str], i: int, columns: int | None = None) -> tuple[list[list[str]], int] | None:
    """(rows, index after the table) when a bordered table of at least three columns starts at line i.

    `columns`: the column count of a table just above, separated only by blank lines; a run
    without a header of its own continues it."""
    if not is_border(lines[i]):
        return None
    end = run_end(lines, i)
    cells = _cells(lines, i, end)
    first = next((k for k, c in enumerate(cells) if c is None), len(cells))
    header = [c or "" for c in cells[:first]]
    is_header = len(header) >= MIN_COLUMNS and sum(1 for c in header if _HEADER_CELL.search(c)) >= 2
    if columns and not is_header:
        ncols = columns
    elif len(header) >= MIN_COLUMNS:
        ncols = len(header)
    else:
        return None
    return _rows(cells, ncols), end + 1
