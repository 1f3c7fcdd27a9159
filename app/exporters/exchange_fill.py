"""The agency's side of an exchange workbook, as the program itself plays it: fill the cells an agency may change
(the demo's returned forms, the tests' agencies) and paste a row copied from another agency's form.

Kept apart from the writer (`app.exporters.exchange_workbook`): the office writes forms, an agency fills them; what
is shared is the layout (the header row, the columns) and how tall a row must be for what it holds.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Mapping

from openpyxl import load_workbook

from app.domain import exchange as x
from app.exporters import sheet_rows
from app.exporters.exchange_workbook import COLUMNS, HEADER_ROW, fitted_height
from app.exporters.xlsx_writer import save_workbook


def fill_exchange_workbook(source: str | os.PathLike[str], target: str | os.PathLike[str],
                           answers: Mapping[int, Mapping[str, object]] | Callable[[x.RowKey], Mapping[str, object]]
                           ) -> int:
    """Fill an exchange workbook's editable cells as an agency would, by task (node id) and
    header text, and save it to `target`; returns the rows filled. Only unlocked cells are
    written — what the program on an agency's machine (and the demo) may change.

    `answers` maps a node id to its row's values, or is called with each row's key in sheet
    order (the demo draws its answers row by row while the workbook is open: one read a file).
    A task's row is left as Excel and Calc leave a row typed into: fitted to what its own cells hold (neither program
    fits a merged cell), and automatic (openpyxl would otherwise write every row it loaded back as one whose height
    was set by hand); the rows below a task cut into pieces keep theirs."""
    wb = load_workbook(source)
    ws = next(sheet for sheet in wb.worksheets if sheet.sheet_state == "visible")
    columns = {ws.cell(HEADER_ROW, c).value: c for c in range(1, ws.max_column + 1)}
    spanning = {(m.min_row, m.min_col) for m in ws.merged_cells.ranges if m.max_row > m.min_row}
    filled = 0
    for r in range(HEADER_ROW + 1, ws.max_row + 1):
        try:
            key = x.decode_row_key(ws.cell(r, columns[x.ROW_KEY]).value)
        except x.BadRowKey:
            continue
        values = answers(key) if callable(answers) else answers.get(key.node_id)
        for title, value in (values or {}).items():
            cell = ws.cell(r, columns[title])
            if cell.protection.locked:
                raise ValueError(f"{title} is not an editable column")
            cell.value = value
        sheet_rows.set_fitted_height(ws, r, fitted_height([
            None if (r, columns[c.title]) in spanning else ws.cell(r, columns[c.title]).value for c in COLUMNS[:-1]]))
        filled += values is not None
    save_workbook(wb, target)
    return filled


def paste_foreign_row(other: str | os.PathLike[str], form: str | os.PathLike[str],
                      target: str | os.PathLike[str]) -> int:
    """Paste the first task row of `other` (another agency's filled form) below the last row of
    `form`, as a clerk copying between two workbooks in Excel would, and save it to `target`;
    returns the line pasted. The import must refuse that row: its key names the other agency.
    The demo and the tests make their copied row this way. Cells go by header text, so a form
    re-saved by another spreadsheet program lines up too."""
    source = next(sheet for sheet in load_workbook(other).worksheets if sheet.sheet_state == "visible")
    wb = load_workbook(form)
    ws = next(sheet for sheet in wb.worksheets if sheet.sheet_state == "visible")
    source_columns = {source.cell(HEADER_ROW, c).value: c for c in range(1, source.max_column + 1)}
    line = ws.max_row + 1
    for c in range(1, ws.max_column + 1):
        title = ws.cell(HEADER_ROW, c).value
        if title in source_columns:
            ws.cell(line, c).value = source.cell(HEADER_ROW + 1, source_columns[title]).value
    save_workbook(wb, target)
    return line
