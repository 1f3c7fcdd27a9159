"""The cells a returned form has merged down over several rows, read from the sheet's XML.

An agency that writes one result for two tasks selects both rows' `Kết quả thực hiện` and merges them (its sheet
unprotected, no password). A merged range keeps its text in its first cell; the others are empty. openpyxl's
read-only mode, which the reader walks a sheet with, gives no merged ranges: the second task, its status picked,
was taken with no result, without a word (session 17). The ranges are read here from the sheet part itself
(`<mergeCell ref="G9:G10"/>`, after the rows), once a file; the package was checked first (no DOCTYPE, no bombs).
"""

from __future__ import annotations

from typing import Any

from defusedxml.ElementTree import iterparse
from openpyxl.utils.cell import range_boundaries


def merged_down(ws: Any, columns: frozenset[int]) -> dict[tuple[int, int], int]:
    """For each cell of `columns` (0-based) that a range merged over several rows covers below its first row:
    (row, column) → the range's first row. Only the range's first column counts: a result merged across
    `Khó khăn` too is still the result's. Empty when the sheet's part cannot be had (a sheet not read-only)."""
    source = getattr(ws, "_get_source", None)
    if source is None:
        return {}
    covered: dict[tuple[int, int], int] = {}
    with source() as part:
        for _event, element in iterparse(part, forbid_dtd=True):  # the agency's file: parsed as untrusted
            if element.tag.rsplit("}", 1)[-1] == "mergeCell":
                try:
                    first_col, first_row, _last_col, last_row = range_boundaries(element.get("ref", ""))
                except ValueError:
                    continue  # not a range: nothing is merged
                if first_col is not None and first_col - 1 in columns and first_row is not None and last_row:
                    covered.update({(row, first_col - 1): first_row for row in range(first_row + 1, last_row + 1)})
            element.clear()
    return covered
