"""Write one agency's exchange workbook (phiếu báo cáo) for one plan and period (openpyxl).

Layout (issue 8): one sheet `Phiếu báo cáo` with a header (office, plan, agency, period with its
cut-off and due date, a two-line instruction) and one row per task the agency reports on.
The task's columns come first and are locked; the six editable columns follow, unlocked, with a
drop-down of the status words (a word outside it is warned about, not refused: the import reads a status typed
without diacritics) and a 0–100 check on the percent. The day is a text cell (`dd/mm/yyyy`
as typed, a hint on selecting it): Excel and Calc read a typed `5/3/2026` by the machine's language,
month first on an English Windows — 3 May stored, silently — and refused `15/3/2026` as no date. The
sheet is protected without a password (nothing is needed to open, print or filter it). The instruction
promises filtering only: Calc and Excel refuse to sort a range with locked cells on a protected sheet
("Protected cells can not be modified", seen in Calc 7.4), whatever the protection allows.
The row key sits in a hidden column of the table, so filtering (or a sort in another program) keeps each key
with its row. A very hidden sheet holds the workbook's identity.

Prints on A4 landscape, fitted to the page width, the table header repeated on every page, panes frozen below
the header, row heights from the text's wrapped lines (`sheet_rows`: no program fits them on opening),
written as automatic heights, which Excel and Calc grow as the agency types (a long result is not cut on paper);
a task cut into pieces is filled on its own row, which grows alike; the rows below it keep theirs. What an agency
prints is its report: the task, its role and deadline, and what it filled. The office's own columns (the state it
tracks, last period's result) come after them, outside the print area: with them the twelve printed columns
scaled the 11-pt text to about 7 pt on A4; the ten left print at 9 pt or more.
"""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Sequence
from copy import copy
from dataclasses import dataclass

from openpyxl import Workbook
from openpyxl.cell.cell import MergedCell
from openpyxl.styles import Alignment, Border, Font, PatternFill, Protection, Side
from openpyxl.styles.cell_style import StyleArray
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.worksheet.merge import MergedCellRange

from app.domain import exchange as x
from app.domain.text import fold
from app.exporters import sheet_rows
from app.exporters.layouts import FONT_NAME
from app.exporters.xlsx_writer import save_workbook

HEADER_ROW = 8
META_SHEET = "_theodoi"
TEXT_FORMAT = "@"  # the day column: kept as typed, read day first by the import
# The office's own columns, for the agency to read while it fills (not printed: right of the print area)
STATE, PREVIOUS = x.STATE, x.PREVIOUS
PAGE_WIDTH_PT = 841.89  # A4 landscape
SIDE_MARGIN_IN = 0.4


@dataclass(frozen=True)
class Column:
    """A column of the sheet: its header text, width (units of the default font's digit) and whether the agency
    fills it."""

    title: str
    width: float
    editable: bool = False


# The printed width is fixed (158 units print at 9 pt or more); the task's text sets a sent form's rows, the
# result a filled one's (a row grows as the agency types, `sheet_rows.set_fitted_height`). With the task at 36
# units the 79-row form of the annex printed on 13 pages; at 42, with the pieces and margins below, on 10. The
# result has what difficulties and proposals (short, often empty) can spare: filled with results of 250 characters
# its rows need 18 % fewer lines than at 27 units.
COLUMNS = (
    Column(x.TASK_NO, 5), Column(x.TASK, 42), Column(x.ROLE, 9), Column(x.DEADLINE, 11),
    Column(x.STATUS, 10, True), Column(x.PERCENT, 13, True), Column(x.RESULT, 31, True),
    Column(x.DIFFICULTIES, 13, True), Column(x.PROPOSALS, 13, True), Column(x.REPORTED_ON, 11, True),
    Column(STATE, 14), Column(PREVIOUS, 28), Column(x.ROW_KEY, 20),
)
KEY_COLUMN = len(COLUMNS)
LAST_PRINTED = COLUMNS.index(next(c for c in COLUMNS if c.title == x.REPORTED_ON)) + 1
PRINTED_UNITS = sum(c.width for c in COLUMNS[:LAST_PRINTED])
TEXT_WIDTH = COLUMNS[1].width
INSTRUCTION = (
    "Hướng dẫn: chỉ điền vào các cột nền vàng (Tình trạng chọn trong danh sách; Tỷ lệ hoàn thành từ 0 đến 100; "
    "Ngày báo cáo dạng dd/mm/yyyy). Không sửa, xóa hay chép dòng giữa các phiếu; có thể lọc dòng bằng nút lọc "
    "ở tiêu đề cột.",
    f"Hai cột cuối ({STATE}, {PREVIOUS}) để tham khảo, không in; cột ẩn giữ mã kiểm tra của từng dòng. Dòng tự "
    "cao thêm theo chữ gõ vào; trước khi in, nếu chữ nào bị che: chọn các dòng rồi bấm đúp vào cạnh dưới số dòng "
    "(Excel, LibreOffice đều tự chỉnh chiều cao). Lưu tệp dạng .xlsx, gửi lại cơ quan đầu mối.",
)

STATUS_PROMPT = "Chọn trong danh sách (nút mũi tên); gõ không dấu cũng được, ví dụ: Dang thuc hien."
STATUS_WARNING = (f"Tình trạng nên là một trong: {', '.join(x.STATUS_WORDS)}. Gõ không dấu (Dang thuc hien, Da hoan "
                  "thanh) vẫn được nhận: chọn Có/OK để giữ. Chữ khác sẽ bị trả lại khi nhập phiếu.")


@dataclass(frozen=True)
class ExchangeHeader:
    """What the header of the sheet and the hidden identity sheet say."""

    office: str
    plan_number: str
    plan_title: str
    agency_name: str
    period_code: str
    period_label: str
    window_start: dt.date
    window_end: dt.date
    due: dt.date
    database: str
    plan_id: int
    agency_id: int
    file_id: str
    exported_on: dt.date
    plan_name: str  # `Kế hoạch số 177/KH-UBND`, `Nghị quyết ngày 01/01/2025 của Chính phủ`: its kind, never `số /NQ-CP`


@dataclass(frozen=True)
class ExchangeRow:
    """One task row: read-only context, prefilled editable values (this period's entry, if any)."""

    key: x.RowKey
    stt: str
    text: str
    role: str
    deadline: str
    state: str
    previous: str
    status: str = ""
    percent: int | None = None
    result: str = ""
    difficulties: str = ""
    proposals: str = ""
    reported_on: dt.date | None = None


def write_exchange_workbook(header: ExchangeHeader, rows: Sequence[ExchangeRow],
                            path: str | os.PathLike[str]) -> None:
    """Write the workbook atomically (temporary file renamed over `path`)."""
    wb = Workbook()
    sheet_rows.set_default_font(wb, _font(11))
    ws = wb.active
    ws.title = x.SHEET_TITLE
    _write_header(ws, header)
    last = _write_table(ws, rows)
    _protect_and_print(ws, last)
    _write_meta(wb, header, rows)
    save_workbook(wb, path)


def meta_fields(header: ExchangeHeader, rows: int) -> dict[str, str]:
    """What the hidden meta sheet records, so that a returned workbook is matched to its database, plan, period,
    agency and file."""
    return {
        "format": x.FORMAT, "database": header.database, "plan_id": str(header.plan_id),
        "plan_number": header.plan_number, "period": header.period_code, "agency_id": str(header.agency_id),
        "agency_name": header.agency_name, "file_id": header.file_id, "exported_on": header.exported_on.isoformat(),
        "rows": str(rows),
    }


_THIN = Side(style="thin", color="000000")
_BORDER = Border(left=_THIN, right=_THIN, top=_THIN, bottom=_THIN)
_EDIT_FILL = PatternFill("solid", fgColor="FFF2CC")
_HEAD_FILL = PatternFill("solid", fgColor="D9D9D9")
_WRAP_TOP = Alignment(vertical="top", wrap_text=True)
_HEAD = Alignment(horizontal="center", vertical="top", wrap_text=True)


def _font(size: int = 11, *, bold: bool = False, italic: bool = False) -> Font:
    return Font(name=FONT_NAME, size=size, bold=bold, italic=italic)


def _write_header(ws, header: ExchangeHeader) -> None:  # noqa: ANN001 - openpyxl worksheet
    fmt = "%d/%m/%Y"
    # A plan without a number is named by its kind, issuer and title (`Chương trình của Tỉnh ủy Lào Cai về thực hiện
    # Kết luận…`): its title is then in the bold line already, and the italic line printed it a second time below.
    title = "" if fold(header.plan_title) in fold(header.plan_name) else header.plan_title
    lines = [
        (header.office.upper(), _font(12, bold=True)),
        (f"PHIẾU BÁO CÁO KẾT QUẢ THỰC HIỆN {header.plan_name.upper()}", _font(13, bold=True)),
        (title, _font(12, italic=True)),
        (f"Cơ quan báo cáo: {header.agency_name}", _font(12, bold=True)),
        (f"Kỳ báo cáo: {header.period_label} (số liệu từ {header.window_start.strftime(fmt)} đến "
         f"{header.window_end.strftime(fmt)}); hạn gửi báo cáo: {header.due.strftime(fmt)}", _font(12)),
        (INSTRUCTION[0], _font(11, italic=True)),
        (INSTRUCTION[1], _font(11, italic=True)),
    ]
    for row, (text, font) in enumerate(lines, start=1):
        cell = ws.cell(row, 1, text or None)
        cell.font = font
        cell.alignment = Alignment(horizontal="center" if row <= 3 else "left", vertical="center", wrap_text=True)
        ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=LAST_PRINTED)
        ws.row_dimensions[row].height = _title_height(text, font) if text else 4  # the header row stays the 8th


def _write_table(ws, rows: Sequence[ExchangeRow]) -> int:  # noqa: ANN001
    """The header and one row per task (a task too long for one row goes on in the rows below it); returns
    the table's last row."""
    for c, column in enumerate(COLUMNS, start=1):
        cell = ws.cell(HEADER_ROW, c, column.title)
        cell.font, cell.alignment, cell.border = _font(11, bold=True), _HEAD, _BORDER
        cell.fill = _EDIT_FILL if column.editable else _HEAD_FILL
        ws.column_dimensions[get_column_letter(c)].width = column.width
    # The filter button sits in the bottom right corner of each header cell on screen (a line's height, about 16
    # pixels): the titles are set at the top, over a line of room for the buttons. Centred beside them, `STT` and
    # `Đề xuất, kiến nghị` sat partly under theirs (a 5-unit column has no room for a title beside its button).
    ws.row_dimensions[HEADER_ROW].height = sheet_rows.row_height(1 + max(
        sheet_rows.text_lines(c.title, c.width, bold=True) for c in COLUMNS[:-1]))
    styles = _column_styles(ws)
    r = HEADER_ROW + 1
    for row in rows:
        text = sheet_rows.pieces(row.text, TEXT_WIDTH)
        values = (row.stt, text[0], row.role, row.deadline, row.status, row.percent, row.result,
                  row.difficulties, row.proposals, row.reported_on.strftime("%d/%m/%Y") if row.reported_on else None,
                  row.state, row.previous, row.key.encode())
        for c, value in enumerate(values, start=1):
            cell = ws.cell(r, c, value if value != "" else None)
            cell._style = copy(styles[c - 1])  # noqa: SLF001 - setting each style attribute hashes it: 10x slower
        if len(text) > 1:
            _continue_task(ws, r, text, values[:-1], styles)
        else:  # every shown column: none may cut its text; a height the programs grow as the agency types
            sheet_rows.set_fitted_height(ws, r, fitted_height(values[:-1]))
        r += len(text)
    return r - 1


def _continue_task(ws, first: int, text: list[str], values: Sequence[object],  # noqa: ANN001
                   styles: list[StyleArray]) -> None:
    """The rest of a task's text in the rows below its own. The task's own row keeps its key and the cells the
    agency fills, unmerged, with an automatic height: both programs grow it as the agency types. No program fits a
    merged cell, so when those cells were merged down beside the pieces (sessions 13-14) a result longer than the
    merged rows was cut on screen and on paper, and the double click the instruction asks for did nothing. The
    other columns (number, role, deadline, the office's own) are merged down over every row; below the task's row
    each filled column is one locked, empty cell. The import reads the task's row and passes the rows below (no key,
    nothing filled). The merged cells take their column's style directly: openpyxl's `merge_cells` restyles each
    one, a third of a 120-form export."""
    heights = [sheet_rows.row_height(sheet_rows.text_lines(piece, TEXT_WIDTH)) for piece in text]
    own = [v if c.editable else None for c, v in zip(COLUMNS, values, strict=False)]
    spanning = [None if c.editable or i == 1 else v for i, (c, v) in enumerate(zip(COLUMNS, values, strict=False))]
    heights[0] = max(heights[0], fitted_height(own))
    heights[-1] = min(heights[-1] + max(fitted_height(spanning) - sum(heights), 0), sheet_rows.MAX_ROW_PT)
    sheet_rows.set_fitted_height(ws, first, heights[0])
    for offset, (piece, height) in enumerate(zip(text[1:], heights[1:], strict=True), start=1):
        ws.row_dimensions[first + offset].height = height
        ws.cell(first + offset, 2, piece)._style = copy(styles[1])  # noqa: SLF001
    last = first + len(text) - 1
    for c, column in enumerate(COLUMNS, start=1):
        if c == 2:
            continue
        top = first + 1 if column.editable else first
        style = styles[1] if column.editable else styles[c - 1]  # below the task's row: locked, like the task's text
        if column.editable:
            ws.cell(top, c)._style = copy(style)  # noqa: SLF001
        if last > top:
            ws.merged_cells.add(MergedCellRange(ws, f"{get_column_letter(c)}{top}:{get_column_letter(c)}{last}"))
            for row in range(top + 1, last + 1):
                ws._cells[row, c] = merged = MergedCell(ws, row, c)  # noqa: SLF001
                merged._style = copy(style)  # noqa: SLF001


def _title_height(text: str, font: Font) -> float:
    """A merged title line's height: merged cells do not grow with their text. It wraps at the printed columns'
    width (at 170 characters a line whatever the size, the 10-pt instructions and a 180-character plan title took
    two lines each: 60 points more of the header frozen above the tasks — on a 768-pixel screen Calc then showed
    two tasks at a time)."""
    lines = sheet_rows.text_lines(text, PRINTED_UNITS, font.size, bold=bool(font.b), italic=bool(font.i))
    return sheet_rows.row_height(lines, font.size)


def _column_styles(ws) -> list[StyleArray]:  # noqa: ANN001
    """Each column's cell style, built once on a scratch cell below the sheet and copied into
    every row (openpyxl registers a style on every attribute set, which dominated the export)."""
    scratch = ws.cell(1_048_576, 1)
    unlocked = Protection(locked=False)
    out = []
    for column in COLUMNS:
        scratch.font, scratch.border, scratch.alignment = _font(11), _BORDER, _WRAP_TOP
        scratch.protection = unlocked if column.editable else Protection(locked=True)
        scratch.fill = _EDIT_FILL if column.editable else PatternFill()
        scratch.number_format = TEXT_FORMAT if column.title == x.REPORTED_ON else "General"
        if column.title == x.TASK_NO:
            scratch.alignment = Alignment(horizontal="center", vertical="top")
        out.append(copy(scratch._style))  # noqa: SLF001
    del ws._cells[(1_048_576, 1)]  # noqa: SLF001 - the scratch cell must not be saved
    return out


def fitted_height(values: Sequence[object]) -> float:
    """The height of a row whose tallest cell wraps into the most lines at its column's width (`sheet_rows`); the
    values in `COLUMNS`' order, None for a cell that does not count."""
    lines = max((sheet_rows.text_lines(str(value), column.width)
                 for column, value in zip(COLUMNS, values, strict=False) if value is not None and value != ""),
                default=1)
    return sheet_rows.row_height(lines)


def _letter(title: str) -> str:
    return get_column_letter(next(i for i, c in enumerate(COLUMNS, start=1) if c.title == title))


def _protect_and_print(ws, last: int) -> None:  # noqa: ANN001
    last = max(last, HEADER_ROW + 1)
    status_col, percent_col, date_col = _letter(x.STATUS), _letter(x.PERCENT), _letter(x.REPORTED_ON)
    words = ",".join(x.STATUS_WORDS)
    # A warning, not a stop: the import reads a status typed without diacritics (`Dang thuc hien`), which a
    # stop refused in Calc ("Invalid value") — the agency keeps it, and a word the import does not know is
    # sent back by it with the row named.
    status = DataValidation(type="list", formula1=f'"{words}"', allow_blank=True, showErrorMessage=True,
                            errorStyle="warning", errorTitle="Tình trạng", error=STATUS_WARNING,
                            showInputMessage=True, promptTitle="Tình trạng", prompt=STATUS_PROMPT)
    percent = DataValidation(type="decimal", operator="between", formula1="0", formula2="100", allow_blank=True,
                             showErrorMessage=True, errorTitle="Tỷ lệ hoàn thành",
                             error="Nhập số từ 0 đến 100.")
    day = DataValidation(allow_blank=True, showInputMessage=True, promptTitle="Ngày báo cáo",
                         prompt="Gõ ngày trước, tháng sau: dd/mm/yyyy, ví dụ 05/03/2026.")
    for validation, column in ((status, status_col), (percent, percent_col), (day, date_col)):
        ws.add_data_validation(validation)
        validation.add(f"{column}{HEADER_ROW + 1}:{column}{last}")
    ws.column_dimensions[get_column_letter(KEY_COLUMN)].hidden = True
    ws.auto_filter.ref = f"A{HEADER_ROW}:{get_column_letter(KEY_COLUMN)}{last}"
    ws.freeze_panes = f"C{HEADER_ROW + 1}"
    # Open on the first task's status, where the agency types: openpyxl leaves the cursor on A1, a merged
    # title line in the frozen corner (Calc shows "A1:L1" selected, and typing there is refused as protected).
    start = f"{status_col}{HEADER_ROW + 1}"
    ws.sheet_view.selection[-1].activeCell = ws.sheet_view.selection[-1].sqref = start
    protection = ws.protection
    protection.sheet = True  # no password: the point is to keep read-only columns from slips
    protection.sort = False
    protection.autoFilter = False
    protection.formatRows = False
    protection.formatColumns = False
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.print_title_rows = f"{HEADER_ROW}:{HEADER_ROW}"
    ws.print_area = f"A1:{get_column_letter(LAST_PRINTED)}{last}"
    margins = ws.page_margins
    margins.left = margins.right = SIDE_MARGIN_IN
    # The table from 0.4" to 0.45" of the edges, the page number 0.2" from the bottom, below it: at 0.5" and a
    # footer at 0.5" (openpyxl's default) Excel printed the number over the last row, and Calc, which moves the
    # footer inside the margin, ended the table 0.7" from the bottom.
    margins.top, margins.bottom, margins.header, margins.footer = 0.4, 0.45, 0.2, 0.2
    ws.oddFooter.center.text = "Trang &P / &N"


def _write_meta(wb: Workbook, header: ExchangeHeader, rows: Sequence[ExchangeRow]) -> None:
    """The very hidden identity sheet: the workbook's fields (`meta_fields`), and from column `x.PRINTED_AT` what each
    task's row printed in the office's columns that change with the day (`x.printed_digest`), which the reader
    compares with what comes back: words typed over them were otherwise unseen."""
    meta = wb.create_sheet(META_SHEET)
    meta.cell(1, 1, x.MARKER)
    for r, (key, value) in enumerate(meta_fields(header, len(rows)).items(), start=2):
        meta.cell(r, 1, key)
        meta.cell(r, 2, value)
    for c, title in enumerate(("node", *x.PRINTED), start=x.PRINTED_AT):
        meta.cell(1, c, title)
    for r, row in enumerate(rows, start=2):
        meta.cell(r, x.PRINTED_AT, row.key.node_id)
        for c, text in enumerate((row.state, row.previous), start=x.PRINTED_AT + 1):
            meta.cell(r, c, x.printed_digest(text) or None)
    meta.sheet_state = "veryHidden"
    meta.protection.sheet = True
