"""The audit trail as a workbook: one row per change, a frozen header, filters on, widths to fit.

Why a plain sheet, not an official document: an inspector sorts and filters it in Excel.
"""

from __future__ import annotations

import os
from collections.abc import Sequence

from openpyxl import Workbook
from openpyxl.styles import Font
from openpyxl.utils import get_column_letter

from app.exporters.xlsx_writer import save_workbook

WIDTHS = (18, 14, 10, 26, 18, 40, 40)


def write_audit(title: str, headers: Sequence[str], rows: Sequence[Sequence[object]],
                path: str | os.PathLike[str]) -> None:
    """The audit rows as a filterable workbook (title row, frozen header, column widths), written atomically to
    `path`."""
    wb = Workbook()
    ws = wb.active
    ws.title = "Nhat ky"
    ws.append([title])
    ws["A1"].font = Font(bold=True, size=13)
    ws.append(list(headers))
    for cell in ws[2]:
        cell.font = Font(bold=True)
    for row in rows:
        ws.append(["" if value is None else value for value in row])
    ws.freeze_panes = "A3"
    ws.auto_filter.ref = f"A2:{get_column_letter(len(headers))}{max(2, len(rows) + 2)}"
    for index, width in enumerate(WIDTHS[: len(headers)], start=1):
        ws.column_dimensions[get_column_letter(index)].width = width
    save_workbook(wb, path)
