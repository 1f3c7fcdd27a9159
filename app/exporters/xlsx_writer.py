"""Write a document's tables as an .xlsx workbook (openpyxl), one sheet per table.

Clerks re-sort and annotate the annex in Excel, so the sheet keeps what matters for that: the
title lines above, a header row frozen and printed on every page, group rows merged across,
wrapped text and column widths in proportion to the printed table.
"""

from __future__ import annotations

import datetime
import io
import os
import re
from typing import IO
from zipfile import ZIP_DEFLATED, ZipFile

from openpyxl import Workbook
from openpyxl.drawing.spreadsheet_drawing import SpreadsheetDrawing
from openpyxl.styles import Alignment, Border, Font, Side
from openpyxl.utils import get_column_letter
from openpyxl.worksheet._writer import WorksheetWriter
from openpyxl.worksheet.worksheet import Worksheet
from openpyxl.writer.excel import ExcelWriter

from app.exporters.atomic import Cancel, Monitor, Progress, atomic_path, zip_bytes
from app.exporters.compose import clean
from app.exporters.document import Align, AnnexTitle, Document, RowKind, Table
from app.exporters.layouts import FONT_NAME, layout_for

_MM_PER_CHAR = 1.9  # an Excel character unit at the default font is about 1.9 mm wide
_BAD_SHEET = re.compile(r"[\[\]:*?/\\]")
_H = {Align.LEFT: "left", Align.CENTER: "center", Align.RIGHT: "right", Align.JUSTIFY: "left"}


def write(
    document: Document,
    path: str | os.PathLike[str],
    progress: Progress | None = None,
    cancel: Cancel | None = None,
) -> None:
    """Write the document's tables to `path` as a workbook (one sheet a table, its caption above), atomically;
    raises `ExportCancelled` when `cancel()` is true."""
    monitor = Monitor(progress, cancel)
    lay = layout_for(document.format)
    size = lay.table_text.size
    wb = Workbook()
    wb.remove(wb.active)
    titles = _titles_before_tables(document)
    used: set[str] = set()
    total = sum(len(t.rows) for t in document.tables())
    done = 0
    thin = Side(style="thin", color="000000")
    border = Border(left=thin, right=thin, top=thin, bottom=thin)
    regular, bold = Font(name=FONT_NAME, size=size), Font(name=FONT_NAME, size=size, bold=True)
    for table, heading in zip(document.tables(), titles, strict=True):
        ws = wb.create_sheet(_sheet_name(table.sheet_name, used))
        ncols = len(table.columns)
        row = 1
        for text, italic in heading:
            ws.cell(row, 1, clean(text)).font = Font(name=FONT_NAME, size=size + 1, bold=not italic, italic=italic)
            ws.cell(row, 1).alignment = Alignment(horizontal="center", wrap_text=True)
            ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=ncols)
            row += 1
        if heading:
            row += 1
        header_row = row
        center_wrap = Alignment(horizontal="center", vertical="center", wrap_text=True)
        for c, col in enumerate(table.columns, start=1):
            cell = ws.cell(header_row, c, clean(col.title))
            cell.font, cell.alignment, cell.border = bold, center_wrap, border
            ws.column_dimensions[get_column_letter(c)].width = round(col.width / _MM_PER_CHAR * 1.3, 1)
        aligns = [Alignment(horizontal=_H[col.align], vertical="center", wrap_text=True) for col in table.columns]
        group_align = Alignment(horizontal="left", vertical="center", wrap_text=True)
        for r in table.rows:
            row += 1
            done += 1
            if done % 200 == 0:
                monitor.step(done, total, "Đang ghi bảng")
            if r.kind is RowKind.GROUP:
                cell = ws.cell(row, 1, clean(r.cells[0]))
                cell.font, cell.alignment = bold, group_align
                for c in range(1, ncols + 1):
                    ws.cell(row, c).border = border
                ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=ncols)
                continue
            for c, (text, align) in enumerate(zip(r.cells, aligns, strict=False), start=1):
                cell = ws.cell(row, c, _value(text))
                if cell.data_type == "f":  # user text starting with "=" is not a formula
                    cell.data_type = "s"
                cell.font, cell.alignment, cell.border = regular, align, border
        if table.note:  # under the table, as the printed annex has it
            row += 1
            ws.cell(row, 1, clean(table.note)).font = Font(name=FONT_NAME, size=size, italic=True)
            ws.cell(row, 1).alignment = Alignment(horizontal="left", vertical="top", wrap_text=True)
            ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=ncols)
        ws.freeze_panes = ws.cell(header_row + 1, 1)
        ws.print_title_rows = f"{header_row}:{header_row}"
        ws.page_setup.orientation = "landscape"
        ws.page_setup.paperSize = ws.PAPERSIZE_A4
        ws.page_setup.fitToWidth, ws.page_setup.fitToHeight = 1, 0
        ws.sheet_properties.pageSetUpPr.fitToPage = True
    if not wb.worksheets:
        wb.create_sheet("Trống")
    wb.properties.title, wb.properties.creator = clean(document.title), clean(document.author)
    monitor.step(total, total, "Đang ghi tệp")
    save_workbook(wb, path)


def save_workbook(wb: Workbook, path: str | os.PathLike[str]) -> None:
    """Save any openpyxl workbook of the program atomically, built in memory first.

    `wb.save(path)` leaves openpyxl's ZipFile open on the file when the disk fills; the garbage
    collector then closes it, fails again and prints `Exception ignored in ZipFile.__del__ …
    OSError` and a traceback after our one clean line (found writing exchange workbooks to a
    full disk). In memory the zip always closes; the file is then one plain write.
    """
    with atomic_path(path) as tmp:
        tmp.write_bytes(zip_bytes(lambda stream: _save(wb, stream)))


class _InMemoryExcelWriter(ExcelWriter):
    """openpyxl's ExcelWriter with each sheet serialised in memory, not in a temporary file.

    openpyxl writes every sheet to the temp folder first; when that disk is full, the sheet's
    half-closed stream fails again when the garbage collector finds it and Python prints
    `Exception ignored in WorksheetWriter.get_stream` after our clean message. The steps are
    those of `ExcelWriter.write_worksheet` (openpyxl 3.1) for a normal (not write-only) workbook.
    """

    def write_worksheet(self, ws: Worksheet) -> None:
        ws._drawing = SpreadsheetDrawing()
        ws._drawing.charts = ws._charts
        ws._drawing.images = ws._images
        sheet = io.BytesIO()
        writer = WorksheetWriter(ws, out=sheet)
        writer.write()
        ws._rels = writer._rels
        self._archive.writestr(ws.path[1:], sheet.getvalue())
        self.manifest.append(ws)


def _save(wb: Workbook, stream: IO[bytes]) -> None:
    """`openpyxl.writer.excel.save_workbook` into `stream`, without temporary files."""
    wb.properties.modified = datetime.datetime.now(tz=datetime.UTC).replace(tzinfo=None)
    with ZipFile(stream, "w", ZIP_DEFLATED, allowZip64=True) as archive:
        _InMemoryExcelWriter(wb, archive).save()


def _titles_before_tables(document: Document) -> list[list[tuple[str, bool]]]:
    """For each table, the annex title lines that precede it: (text, italic)."""
    out: list[list[tuple[str, bool]]] = []
    for section in document.sections:
        pending: list[tuple[str, bool]] = []
        for block in section.blocks:
            if isinstance(block, AnnexTitle):
                pending = [(block.label, False), (block.title.upper(), False)]
                if block.reference:
                    pending.append((block.reference, True))
            elif isinstance(block, Table):
                out.append(pending)
                pending = []
    return out


def _value(text: str) -> str | int:
    """A plain STT stays a number so Excel sorts it; everything else is text."""
    text = clean(text)
    if text.isdigit() and len(text) < 10:
        return int(text)
    return text


def _sheet_name(name: str, used: set[str]) -> str:
    base = _BAD_SHEET.sub("-", clean(name)).strip("'")[:28] or "Bảng"
    candidate, n = base, 2
    while candidate.lower() in used:
        candidate = f"{base[:25]} ({n})"
        n += 1
    used.add(candidate.lower())
    return candidate
