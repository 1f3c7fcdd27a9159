"""Bare page numbers of a PDF copy told apart from a sentence's own number.

A plan copied out of a PDF carries, at every page break, the page's number (`7`, `- 7 -`,
`Trang 7/80`) and often a running title. `artefacts.drop_artefacts` removes a page number that stands
between sentences; where the break cuts a sentence (or a heading, or a table's cell), a bare `7`
there stays, since it could be the sentence's own number wrapped onto a line of its own. What tells
them apart, whatever the document: a page number counts pages. When the next number stands alone
a page further down (or the one before a page up), outside any table cell, the bare number is the
page's; it is written as the page number it is (`- 7 -`), which every reader takes out wherever it
stands (with the running title printed beside it).
"""
from __future__ import annotations

import re

from app.importers.readers.cell_tables import take_cell_table
from app.importers.readers.flattable import lines_read_by

# a bare number; a year (`2025`, a deadline cell of a table copied one cell per line) counts no pages
_BARE = re.compile(r"^(?!(?:19|20)\d{2}$)\d{1,4}$")
_BORDER = "|"
# lines between two page numbers: a page of a plan holds more than this, and not more than that
PAGE_LINES = (15, 150)


def mark_page_numbers(lines: list[str]) -> list[str]:
    """`lines` with each bare number that counts pages written as the page number it is (`- 7 -`),
    which the table and line readers take out wherever it stands."""
    numbers = _counting_pages(lines)
    return [f"- {ln.strip()} -" if i in numbers else ln for i, ln in enumerate(lines)]


def _counting_pages(lines: list[str]) -> set[int]:
    """Indexes of the bare numbers in a run counting pages: n, then n + 1 a page further down,
    neither of them a cell between table borders nor a row's number in a table copied one cell per line
    (a table's `STT` cells count rows, not pages); one standing between blank lines after a table's last
    border is the page's (a break between two parts of a table)."""
    printed = [i for i, ln in enumerate(lines) if ln.strip()]
    bare = [k for k, i in enumerate(printed) if _BARE.match(lines[i].strip())]
    rows = _flat_table_lines(lines) if bare else set()
    where: dict[int, list[int]] = {}
    for k in bare:
        i = printed[k]
        text = lines[i].strip()
        if i in rows:
            continue  # a row's number (`1`, `2`, … again under each group) of a table copied one cell per line
        above = lines[i - 1].strip() if i else ""
        below = lines[i + 1].strip() if i + 1 < len(lines) else ""
        if _BORDER in (above[:1], above[-1:], below[:1], below[-1:]):
            continue  # a cell: a border right above or below it (blank lines part two tables instead)
        where.setdefault(int(text), []).append(k)
    found: set[int] = set()
    for n, spots in where.items():
        for k in spots:
            for j in where.get(n + 1, []):
                if PAGE_LINES[0] <= j - k <= PAGE_LINES[1]:
                    found.update((printed[k], printed[j]))
    return found


def _flat_table_lines(lines: list[str]) -> set[int]:
    """Indexes of the lines of the tables copied one cell (or one cell fragment, `wrapped_cells`) per line: their
    row numbers (`1`, `2`, … on lines of their own, numbered again under each group) count rows, and the table
    reader tells a page number among them from a row's."""
    return lines_read_by(lines, take_cell_table)
