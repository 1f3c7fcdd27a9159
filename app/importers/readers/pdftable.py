"""Tables of a PDF page, rebuilt from where their text sits.

A PDF keeps no table: Word and LibreOffice print a table cell by cell, each cell's lines from
its top down, then the next cell to the right, starting again at the top of the row. That is
the signature we read: text that jumps back *up* to the row's top at a column further right is
the next cell; text back at the left, below, is the next row. A run of at least two such rows,
one of three cells or more, is a table; the header's two layout columns (issuer | motto) never
reach three cells and stay lines, as in the other readers. A cell set in the middle of its height
(a merged cell centred in the rows it spans) is printed lower than its row's top but still in the
row's order, before the next row starts back at the left: it stays in its row (`_centred`).

A table that goes on over a page break is joined by the PDF reader (`join_page_tables`): the
header row Word repeats on each page is dropped, and a row cut by the break (its first cell
empty on the new page) is put back together.
"""
from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field

from app.importers.blocks import Table
from app.importers.readers.pdfspans import span_ends

_SAME = 2.0  # points: two texts this close in x start the same column, in y the same row top
_EDGE = 2  # lines a page may print above or below its table: page number, running head or foot


@dataclass
class _Cell:
    x: float
    top: float
    bottom: float
    lines: list[str] = field(default_factory=list)

    @property
    def text(self) -> str:
        return _joined(self.lines)


def _joined(lines: list[str]) -> str:
    """A cell's lines as one text; a line of punctuation alone (the `.` of `115.` wrapped in a
    narrow number column) ends the word above it rather than standing apart."""
    text = ""
    for line in (part.strip() for part in lines):
        if line:
            glued = text and not any(ch.isalnum() for ch in line)
            text = text + line if glued else f"{text} {line}".strip()
    return text


def split_pages(pages: list[list[list] | str]) -> list[list[list | Table] | str]:
    """Every page's rows with its tables rebuilt (`split_tables`); a table that ends a page lends
    its columns to the top of the next, so a page that holds only the rest of a cut row (one row,
    or one cell of it) is still read as that table's part."""
    out: list[list[list | Table] | str] = []
    carry: list[float] | None = None
    for rows in pages:
        if isinstance(rows, str):
            out.append(rows)
            carry = None
            continue
        blocks, carry = _split(rows, carry)
        out.append(blocks)
    return out


def split_tables(rows: list[list], columns: list[float] | None = None) -> list[list | Table]:
    """The page's rows ([x, y, text, end, pieces] in printing order) with each table's rows
    replaced by one `Table`; every other row is returned as it came. `columns`: where the
    columns of a table that ended the page before start."""
    return _split(rows, columns)[0]


def _split(rows: list[list], carry: list[float] | None) -> tuple[list[list | Table], list[float] | None]:
    """`split_tables`, and the columns of the page's last table when only page-edge lines (a
    page number, a running foot) follow it."""
    parted = _part_at_columns(rows, carry or [])
    out: list[list | Table] = []
    last: list[float] | None = None
    after = 0  # rows printed after the last table
    i = 0
    while i < len(parted):
        # the carried columns hold only at the top of the page, under its running head at most
        columns = carry if i <= _EDGE and not any(isinstance(b, Table) for b in out) else None
        table, end, starts = _take_table([row for row, _ in parted], i, columns)
        if table is None:
            origin = parted[i][1]
            if not out or out[-1] is not rows[origin]:
                out.append(rows[origin])  # as printed: a line parted for the table test is whole
                after += 1
            i += 1
        else:
            out.append(table)
            last, after = starts, 0
            i = end
            while i < len(parted) and parted[i][1] == parted[end - 1][1]:
                i += 1  # the rest of a line the table took
    return out, (last if after <= _EDGE else None)


def _part_at_columns(rows: list[list], known: Sequence[float] = ()) -> list[tuple[list, int]]:
    """Rows parted where a later piece of the line starts at an x where another line or piece
    of the page starts too, or a column of the table above the page break (`known`) starts (a
    column: a cell whose text came closer to the next cell than the widest guess of its width),
    each with the index of the row it came from."""
    pieces = [row[4] if len(row) > 4 else [] for row in rows]
    starts = Counter(round(x) for row, more in zip(rows, pieces, strict=True) for x in [row[0], *(p for p, _ in more)])
    columns = {x for x, n in starts.items() if n >= 2} | {round(x) for x in known}
    out: list[tuple[list, int]] = []
    for index, row in enumerate(rows):
        x, y, text = row[:3]
        cuts = [(px, at) for px, at in pieces[index]
                if px > x + _SAME and any(abs(px - c) <= 1 for c in columns)]
        parts, begin, left = [], 0, x
        for px, at in cuts:
            parts.append(([left, y, text[begin:at]], index))
            begin, left = at, px
        parts.append(([left, y, text[begin:]], index))
        out.extend([part for part in parts if part[0][2].strip()] or parts[:1])  # a space alone is no cell
    return out


def _cells(rows: list[list], start: int) -> list[tuple[_Cell, int]]:
    """Cells from `start` on, with the index after each: a cell is a run of lines at one x,
    each below the previous; it ends where the text moves to another x or jumps up."""
    cells: list[tuple[_Cell, int]] = []
    i = start
    while i < len(rows):
        x, y, text = rows[i][:3]
        cell = _Cell(x, y, y, [text])
        i += 1
        while i < len(rows) and abs(rows[i][0] - x) <= _SAME and 0 < cell.bottom - rows[i][1] < 40:
            cell.lines.append(rows[i][2])
            cell.bottom = rows[i][1]
            i += 1
        cells.append((cell, i))
        if len(cells) > 400:
            break
    return cells


def _take_table(rows: list[list], start: int,
                columns: list[float] | None = None) -> tuple[Table | None, int, list[float]]:
    """(table, index after it, where its columns start) when a table starts at row `start`, else
    (None, start, []). With `columns` (the table that ended the page before), rows whose cells
    all start at those columns are its part even when they are too few to make a table alone."""
    cells = _cells(rows, start)
    table_rows: list[list[_Cell]] = []
    end = start
    k = 0
    while k < len(cells):
        row = [cells[k][0]]
        k += 1
        # the next cell of this row: to the right, its top level with the row's top, or a cell set in
        # the middle of its height (`_centred`)
        while k < len(cells) and cells[k][0].x > row[-1].x + _SAME and (
                abs(cells[k][0].top - row[0].top) <= _SAME or _centred(cells, k, row, table_rows)):
            row.append(cells[k][0])
            k += 1
        if table_rows and _set_lower(row, table_rows):
            table_rows[-1].extend(row)  # the last row's cells centred below the end of its text
            end = cells[k - 1][1]
            continue
        if table_rows and (not _starts_below(row, _last_row(table_rows))
                           or (len(row) < 2 and not _merged(row[0], table_rows))):
            break  # one cell alone, or text above the last row: the table is over
        table_rows.append(row)
        end = cells[k - 1][1]
    if columns and _continues(table_rows, columns, rows[end][0] if end < len(rows) else None):
        return Table(rows=_grid(table_rows, columns)), end, columns
    body = table_rows[1:] if table_rows and len(table_rows[0]) == 1 else table_rows
    if len(body) < 2 or max(len(r) for r in body) < 3:
        return None, start, []
    # a page may begin with the tail of a row cut by the break: its first cell is empty, so the
    # lone cell starts right of the table's first column, where one of its columns starts (text
    # at the left, or a page number in the middle, is no part of the table)
    if body is not table_rows:
        lone = table_rows[0][0].x
        if lone <= body[0][0].x + _SAME or not any(abs(lone - c.x) <= _SAME for row in body for c in row):
            return None, start, []
    starts = _starts(table_rows)
    return Table(rows=_grid(table_rows, starts)), end, starts


def _centred(cells: list[tuple[_Cell, int]], k: int, row: list[_Cell], table_rows: list[list[_Cell]]) -> bool:
    """Whether cell `k`, printed right of the row's cells but not level with their top, is the row's
    cell set in the middle of its height (an office centres a merged `Cơ quan chủ trì` cell in the
    rows it spans, or every cell in its row). Printed cell by cell, it is: lower than the row's top
    but starting beside the row's text, or while the next row starts above its end (a new row
    never starts beside the one before: the cell reaches down into the rows it spans), or
    higher than the row's first cell (itself centred) but still below the row above."""
    cell = cells[k][0]
    top = max(c.top for c in row)
    if len(row) < 2 and not table_rows:
        return False  # a row is two cells level at least before one is taken as centred
    if cell.top < top:  # it starts beside the row's text, or the next row starts beside it
        later = [c for c, _ in cells[k + 1:]]
        nxt = next((i for i, c in enumerate(later) if c.x <= cell.x + _SAME), len(later))
        beside = nxt < len(later) and later[nxt].top >= cell.bottom - _SAME
        # the row's text includes its cells printed after this one, further right, level with its top
        level = [c for c in later[:nxt] if abs(c.top - top) <= _SAME]
        return len(row) >= 2 and (cell.top >= _band_bottom(row + level) - _SAME or beside)
    return bool(table_rows) and cell.top < _band_bottom(_last_row(table_rows))


def _last_row(table_rows: list[list[_Cell]]) -> list[_Cell]:
    """The last row of two cells or more: a cell alone below it may be one centred in a merged span."""
    return next((row for row in reversed(table_rows) if len(row) > 1), table_rows[-1])


def _set_lower(row: list[_Cell], table_rows: list[list[_Cell]]) -> bool:
    """Whether `row` is no row but cells of the row above, centred in the rows they span and set
    lower than that row's text ends: they start right of the table's first column (a new row starts
    at it), each where a column of the table starts, only in columns the row above leaves empty."""
    last = table_rows[-1]
    starts = [c.x for r in table_rows for c in r]
    return (len(last) >= 2 and row[0].x > min(starts) + _SAME
            and all(any(abs(c.x - x) <= _SAME for x in starts) for c in row)  # a page number is no cell
            and not any(abs(c.x - other.x) <= _SAME for c in row for other in last)
            and max(c.top for c in row) < min(c.top for c in last))


def _starts_below(row: list[_Cell], last: list[_Cell]) -> bool:
    """Whether `row` starts below the text of the row before it (`last`), set at its top. A cell of
    `last` in a column where `row` prints nothing may reach down beside it: a cell merged over the
    next rows (a `Cơ quan chủ trì` spanning two tasks) prints its text once, through the rows it
    spans; only the cells of `last` in columns `row` fills too must end above it."""
    top = max(c.top for c in last)
    level = [c for c in last if abs(c.top - top) <= _SAME]
    shared = [c for c in level if any(abs(c.x - other.x) <= _SAME for other in row)] or level
    return max(c.top for c in row) < min(c.bottom for c in shared)


def _band_bottom(row: list[_Cell]) -> float:
    """Where a row's text set at its top ends: a cell centred lower in a merged span is left out."""
    top = max(c.top for c in row)
    return min(c.bottom for c in row if abs(c.top - top) <= _SAME)


def _merged(cell: _Cell, table_rows: list[list[_Cell]]) -> bool:
    """Whether a cell alone on its row is a merged cell of the table (a section title across
    the columns right of the number): it starts where a later column of rows of two cells or
    more starts, never at the first column, where a paragraph after the table starts."""
    cells = [c for row in table_rows if len(row) > 1 for c in row]
    return bool(cells) and cell.x > min(c.x for c in cells) + _SAME and any(abs(cell.x - c.x) <= _SAME for c in cells)


def _continues(table_rows: list[list[_Cell]], columns: list[float], next_x: float | None) -> bool:
    """Whether rows at the top of a page go on with the table above the break: every cell starts
    at one of its columns. A single cell is neither text at the first column nor followed by text
    left of the table (a paragraph at the margin whose first line is indented)."""
    if not table_rows:
        return False
    if not all(any(abs(c.x - s) <= _SAME for s in columns) for row in table_rows for c in row):
        return False
    if len(table_rows) > 1 or len(table_rows[0]) > 1:
        return True
    return table_rows[0][0].x > columns[0] + _SAME and (next_x is None or next_x >= columns[0] - _SAME)


def _starts(table_rows: list[list[_Cell]]) -> list[float]:
    """Where the table's columns start: the x where its cells start, near ones taken as one."""
    starts: list[float] = []
    for x in sorted(c.x for row in table_rows for c in row):
        if not starts or x > starts[-1] + _SAME:
            starts.append(x)
    return starts


def _grid(table_rows: list[list[_Cell]], starts: list[float]) -> list[list[str]]:
    """Cell texts under the table's columns (`starts`); a cell merged across columns leaves the
    columns it covers empty, one merged down over rows with its text centred gives every row it
    spans its text (`pdfspans.py`)."""
    columns = [[max((i for i, s in enumerate(starts) if s <= cell.x + _SAME), default=0) for cell in row]
               for row in table_rows]
    grid = []
    for row, where in zip(table_rows, columns, strict=True):
        values = [""] * len(starts)
        for cell, column in zip(row, where, strict=True):
            values[column] = cell.text
        grid.append(values)
    for (r, column), last in span_ends(table_rows, columns).items():
        for below in grid[r + 1:last + 1]:
            below[column] = below[column] or grid[r][column]
    return grid


def join_page_tables(blocks: list) -> list:
    """Tables cut by page breaks joined again: the next page's part follows the table directly
    (page numbers and running heads already gone) and has its column count; its repeated header
    row is dropped, and a first row with an empty first cell (or one of punctuation alone) finishes
    the row the break cut."""
    out: list = []
    for block in blocks:
        above = out[-1] if out else None
        if not (isinstance(block, Table) and isinstance(above, Table) and block.rows and above.rows
                and len(block.rows[0]) == len(above.rows[0])):
            out.append(block)
            continue
        rows = [list(r) for r in block.rows]
        if rows[0] == above.rows[0]:
            rows = rows[1:]  # the header row Word repeats on every page
        # the first cell holds a new row's number or label; empty, or punctuation alone (the tail
        # of a number wrapped in a narrow column), it is the rest of the row the break cut
        if rows and not any(ch.isalnum() for ch in rows[0][0]) and len(above.rows) > 1:
            last = above.rows[-1]
            above.rows[-1] = [_joined([a, b]) for a, b in zip(last, rows[0], strict=True)]
            rows = rows[1:]
        above.rows.extend(rows)
    return out
