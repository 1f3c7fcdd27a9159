"""Which columns a flattened table row left empty (for `flattable`).

A table copied one cell per line keeps no trace of an empty cell: the row `1 / Lập kế hoạch /
Sở A / Kế hoạch / Quý II/2025` under `STT / Nhiệm vụ / Chủ trì / Phối hợp / Sản phẩm / Thời gian`
lacks one cell, and nothing in the text says which. Filling the row from the left puts the product
under the supporting agencies. The table's full rows say what each column holds: its words (agency
names under `Phối hợp`, `Quyết định`, `Đề án` under `Sản phẩm`), and a time phrase belongs under
the time column. The row's cells keep their order; the number and the subject (the first two
cells) are never the empty ones.
"""
from __future__ import annotations

import re
from itertools import combinations

_WORD = re.compile(r"\w+")
# a time phrase in a cell (`Quý II/2025`, `6/2025`, `Thường xuyên`)
TIME = re.compile(r"\d{4}|[Qq]uý|[Tt]háng|[Tt]hường xuyên|[Hh][àằ]ng năm|[Đđ]ịnh kỳ")
_MIN_FULL_ROWS = 2  # fewer full rows tell nothing about the columns


def _words(cell: str) -> set[str]:
    return {w.lower() for w in _WORD.findall(cell) if not w.isdigit()}


def column_words(rows: list[list[str]], ncols: int) -> list[set[str]] | None:
    """Per column, the words of the rows that filled every cell (None when too few did)."""
    full = [row for row in rows if len(row) == ncols]
    if len(full) < _MIN_FULL_ROWS:
        return None
    return [set().union(*(_words(row[k]) for row in full)) for k in range(ncols)]


def _fit(cell: str, col: int, profiles: list[set[str]], time_col: int | None) -> float:
    """How well a cell sits in a column: the share of its words the column's full rows use, and a
    short time phrase under the time column."""
    words = _words(cell)
    share = len(words & profiles[col]) / len(words) if words else 0.0
    timed = time_col is not None and len(cell) <= 40 and bool(TIME.search(cell))
    return share + (1.0 if timed and col == time_col else 0.0)


def fit_short_row(cells: list[str], profiles: list[set[str]], time_col: int | None) -> list[str]:
    """The row's cells (number first) under the header's columns, the empty ones where the cells
    fit their columns best (the leftmost such places on a tie)."""
    ncols = len(profiles)
    rest = cells[2:]
    # `max` keeps the first of equal fits: `combinations` yields the leftmost places first
    # (rounded: the same fits summed in another order are equal)
    places = max(combinations(range(2, ncols), len(rest)), key=lambda cols: round(
        sum(_fit(cell, col, profiles, time_col) for cell, col in zip(rest, cols, strict=True)), 9))
    row = cells[:2] + [""] * (ncols - 2)
    for cell, col in zip(rest, places, strict=True):
        row[col] = cell
    return row
