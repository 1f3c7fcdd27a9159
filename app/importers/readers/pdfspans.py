"""How far down a PDF table's merged cell reaches, read from where its centred text sits.

Offices merge one `Cơ quan chủ trì` (or `Phối hợp`, `Thời gian`) cell over the rows of every task
it belongs to and often centre its text in the span. Word and LibreOffice print such a cell once,
with the first row of its span (`pdftable.py` keeps it there), but set its text in the middle of
the span's height: nothing else on the page says where the span ends. The middle does. A span
from row `a` to row `b` reaches from the top line of row `a` to the last line of row `b` (the
rows' tallest cells fill them), so centred text whose own middle is the middle of rows `a..b`
spans them; each of those rows gets the cell's text, as Word's own file repeats it on every row
of a `vMerge`. A centred cell whose middle is its own row's middle (a tall row, a short cell)
spans that row alone. Text set at the top of its cell says nothing about its span and is left
to the text rules (`extract/merged_cells.py`).
"""
from __future__ import annotations

from typing import Protocol

_SAME = 2.0  # points: two tops this close are level


class _Placed(Protocol):
    top: float
    bottom: float


def _row_top(row: list) -> float:
    return max(c.top for c in row)


def _row_bottom(row: list) -> float:
    """The last line of the row's text set at its top (its tallest cell fills the row)."""
    top = _row_top(row)
    return min(c.bottom for c in row if abs(c.top - top) <= _SAME)


def _centred(cell: _Placed, row: list) -> bool:
    return cell.top < _row_top(row) - _SAME


def span_ends(table_rows: list[list], column: list[list[int]]) -> dict[tuple[int, int], int]:
    """{(row, column): last row} for each centred cell whose middle is the middle of two rows or
    more from its own: `column[r][k]` is the column of cell k of row r. The span stops before a
    row that prints a cell of its own in that column (a merged cell covers that column there).

    A span's middle is measured as its text's: from the first row's top line to the last row's
    last line, both baselines, so the font's size and the cell padding cancel out. What does not
    cancel is the space a paragraph style leaves after the text (centred with it, the text sits a
    little higher): taken as the table's usual offset of its clearly placed centred cells."""
    candidates = {(r, k): _candidates(table_rows, column, r, k)
                  for r, row in enumerate(table_rows) for k, cell in enumerate(row) if _centred(cell, row)}
    offsets = []
    for (r, k), spans in candidates.items():
        middle = _middle(table_rows[r][k])
        errors = sorted((abs(middle - at), middle - at) for _, at in spans)
        if len(errors) == 1 or errors[1][0] >= 2 * errors[0][0]:
            offsets.append(errors[0][1])
    offset = sorted(offsets)[len(offsets) // 2] if offsets else 0.0
    ends: dict[tuple[int, int], int] = {}
    for (r, k), spans in candidates.items():
        middle = _middle(table_rows[r][k]) - offset
        last = min(spans, key=lambda span: abs(middle - span[1]))[0]
        if last > r:
            ends[(r, column[r][k])] = last
    return ends


def _middle(cell: _Placed) -> float:
    return (cell.top + cell.bottom) / 2


def _candidates(table_rows: list[list], column: list[list[int]], r: int, k: int) -> list[tuple[int, float]]:
    """(last row, middle) of every span cell k of row r may have: down to a row with a cell of its own
    in that column, and no further than its text (a span's middle is above its text's end)."""
    j = column[r][k]
    top = _row_top(table_rows[r])
    spans = [(r, (top + _row_bottom(table_rows[r])) / 2)]
    for b in range(r + 1, len(table_rows)):
        if j in column[b] or spans[-1][1] < table_rows[r][k].bottom:
            break
        spans.append((b, (top + _row_bottom(table_rows[b])) / 2))
    return spans
