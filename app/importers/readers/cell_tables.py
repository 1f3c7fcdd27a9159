"""The one entry for annex task tables printed one cell (or cell fragment) per line (PDF text).

A PDF's text prints a table with no border: row by row and, inside a row, cell by cell, one line each. Three
printings of it reach us, each with its own reader, and each reader declines a table that is not its own:
- every cell wrapped at its column's width, the header's names wrapped too, rows numbered: `wrapped_cells` (with
  `wrapped_rows` for its group, note and sub-rows, `cell_bounds` for where its cells end);
- one cell per line, the header not wrapped: `flattable`;
- every cell wrapped, rows carrying no number (only the group rows do): `unnumbered_cells`.
The text reader asks here, so it needs no word of which printing a document used. A table printed a cell per
paragraph (a blank line after each cell, rows out of order) is a different printing, read after the paragraphs are
joined, by each cell's shape: `extract.cell_paragraphs`.
"""
from __future__ import annotations

from app.importers.readers.flattable import lines_read_by, take_flat_table
from app.importers.readers.unnumbered_cells import take_unnumbered_table
from app.importers.readers.wrapped_cells import take_wrapped_table


def take_cell_table(lines: list[str], i: int) -> tuple[list[list[str]], int] | None:
    """(rows, index after the table) when a task table printed one cell (or cell fragment) per line starts at line
    i: the wrapped printing `wrapped_cells` reads, else the one-cell-per-line printing `flattable` reads, else the
    wrapped printing of a list whose rows carry no number (`unnumbered_cells`)."""
    return take_wrapped_table(lines, i) or take_flat_table(lines, i) or take_unnumbered_table(lines, i)


def _take_wrapped(lines: list[str], i: int) -> tuple[list[list[str]], int] | None:
    return take_wrapped_table(lines, i) or take_unnumbered_table(lines, i)


def wrapped_table_lines(lines: list[str]) -> set[int]:
    """Indexes of the lines of the wrapped tables in `lines`: their cells' fragments repeat (`Thực` / `hiện`, `Bộ
    Ngoại` / `giao` under every row) and are cut by page breaks the way a running title is, so the judges of running
    titles leave them to these readers, which drop a table's own furniture."""
    return lines_read_by(lines, _take_wrapped)
