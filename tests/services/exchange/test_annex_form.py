"""The largest form a clerk sends, printed and filled through LibreOffice Calc: Bộ Khoa học và Công nghệ's 79 rows
of the 140-row annex of the Government's programme for Nghị quyết 57 (development plan real2/2ab9f90ee834d2c1).

Session 13 printed it on 13 pages (6 before its 9-point floor): a 36-unit task column, rows of 20 lines for a long
task (two pages half empty below a 259-point piece), margins of 0.5" with the footer inside them. A result the
agency typed longer than the exported row was cut on paper: the rows were written as heights set by hand, which
neither program grows.
"""

from __future__ import annotations

import re
import zipfile
from datetime import date
from pathlib import Path

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader

from app.domain import exchange as x
from app.domain.periods import Period
from app.exporters import sheet_rows
from app.exporters.exchange_workbook import COLUMNS, HEADER_ROW
from app.models.database import open_database
from app.services import Services
from tests.services.exchange.helpers import PrintedForm, columns, convert, fill, type_in_calc

ANNEX = Path(__file__).parents[2] / "fixtures" / "real2" / "2ab9f90ee834d2c1.txt"
AGENCY = "Bộ Khoa học và Công nghệ"
# A result as an agency writes one: longer than the task beside it (about 15 lines in the result's column)
ANSWER = ("Đã ban hành Kế hoạch số 123/KH-BKHCN ngày 12/5/2025 triển khai nhiệm vụ; tổ chức 3 hội nghị quán triệt "
          "cho 450 cán bộ; hoàn thành dự thảo Nghị định hướng dẫn, đã lấy ý kiến các bộ, ngành, địa phương và đăng "
          "tải trên Cổng thông tin điện tử Chính phủ; dự kiến trình Chính phủ trong tháng 8/2025. Đã phối hợp với "
          "Bộ Tài chính bố trí kinh phí 12 tỷ đồng từ nguồn sự nghiệp khoa học; đang xây dựng cơ sở dữ liệu dùng "
          "chung, tích hợp với Cổng dịch vụ công quốc gia, dự kiến vận hành thử trong Quý IV năm 2025.")


@pytest.fixture(scope="module")
def annex(tmp_path_factory: pytest.TempPathFactory) -> PrintedForm:
    root = tmp_path_factory.mktemp("annex")
    db = open_database(root / "theodoi.db")
    try:
        services = Services(db, user="tester")
        plan = services.plan_import.store_read(services.plan_import.read(ANNEX)).plan_id
        agency = services.agencies.find_one(AGENCY).id
        [form] = services.exchange.export(plan, Period.parse("2025-Q2"), root / "out", agency_ids=[agency],
                                          as_of=date(2025, 7, 5))
    finally:
        db.dispose()
    return PrintedForm(root / "theodoi.db", form.path, convert(form.path, root / "calc", "pdf", office_fonts=True))


def _words(text: str) -> str:
    """The text without its spaces and line breaks: where Calc wraps a line (after `KH-` of `123/KH-BKHCN`) the PDF's
    text has a break the cell has not."""
    return "".join(text.split())


def _pdf_text(pdf: Path) -> str:
    return _words("".join(page.extract_text() for page in PdfReader(pdf).pages))


def test_the_79_row_form_prints_on_10_pages_and_loses_no_task_text(annex: PrintedForm) -> None:
    ws = load_workbook(annex.form)[x.SHEET_TITLE]
    assert sum(1 for r in range(HEADER_ROW + 1, ws.max_row + 1) if ws.cell(r, 1).value) == 79
    assert len(PdfReader(annex.pdf).pages) <= 10
    text = _pdf_text(annex.pdf)
    tasks = [ws.cell(r, 2).value for r in range(HEADER_ROW + 1, ws.max_row + 1)]
    assert all(_words(task) in text for task in tasks), [t[:60] for t in tasks if _words(t) not in text]


def test_the_header_titles_stand_above_the_filter_buttons(annex: PrintedForm) -> None:
    """The filter button sits in the bottom right of each header cell on screen; `STT` (a 5-unit column) and `Đề
    xuất, kiến nghị`, centred beside theirs, sat partly under them. The titles are at the top, a line of room below."""
    ws = load_workbook(annex.form)[x.SHEET_TITLE]
    assert {ws.cell(HEADER_ROW, c).alignment.vertical for c in range(1, len(COLUMNS) + 1)} == {"top"}
    lines = max(sheet_rows.text_lines(c.title, c.width, bold=True) for c in COLUMNS[:-1])
    assert ws.row_dimensions[HEADER_ROW].height == sheet_rows.row_height(lines + 1)


def test_a_long_result_typed_in_calc_grows_its_row_prints_whole_and_lands(annex: PrintedForm, tmp_path: Path) -> None:
    """Excel and Calc grow a row to what is typed in it unless its height was set by hand (`customHeight`, which
    openpyxl writes for every row given a height): a task's row is written as an automatic one."""
    ws = load_workbook(annex.form)[x.SHEET_TITLE]
    row = HEADER_ROW + 2  # task 2, four lines: the answer needs far more
    exported = ws.row_dimensions[row].height
    assert sheet_rows.text_lines(ANSWER, COLUMNS[6].width) * 12 > exported
    cell = f"G{row}"
    assert ws[cell].value is None and (columns(ws)[x.STATUS], columns(ws)[x.RESULT]) == (5, 7)
    typed = type_in_calc(annex.form, {f"E{row}": "Đang thực hiện", cell: ANSWER}, tmp_path / "typed")
    assert load_workbook(typed)[x.SHEET_TITLE].row_dimensions[row].height > 2 * exported
    assert _words(ANSWER) in _pdf_text(convert(typed, tmp_path / "pdf", "pdf", office_fonts=True))
    services = Services(open_database(annex.database), user="tester")
    try:
        [review] = services.exchange.review([typed], today=date(2025, 6, 20))
        assert not review.error, review.error
        [landed] = [r for r in review.rows if r.outcome.value == "new"]
        assert (landed.line, landed.incoming.status, landed.incoming.result) == (row, "in_progress", ANSWER)
    finally:
        services.database.dispose()


def _rows_set_by_hand(form: Path) -> set[int]:
    with zipfile.ZipFile(form) as book:
        xml = book.read("xl/worksheets/sheet1.xml").decode()
    return {int(r) for r in re.findall(r'<row r="(\d+)"[^>]*customHeight="1"', xml) if int(r) > HEADER_ROW}


def _cut_tasks(ws: object) -> list[tuple[int, int]]:
    """The first and last rows of each task cut into pieces (its number merged down over them)."""
    return sorted((m.min_row, m.max_row) for m in ws.merged_cells.ranges  # type: ignore[attr-defined]
                  if m.min_col == 1 and m.min_row > HEADER_ROW and m.max_row > m.min_row)


def test_only_the_rows_below_a_long_tasks_own_row_keep_a_height_set_by_hand(annex: PrintedForm, tmp_path: Path) -> None:
    """The rows below the task's own row of a task cut into pieces keep their heights: they hold the rest of its
    text beside merged cells, which no program fits. The task's own row is automatic, like every other task's. The
    program's own agency-side fill (the demo's) leaves the rows as the spreadsheet programs do: a row filled is
    fitted to its result, and every task row stays automatic (openpyxl writes each row it loaded back as set by
    hand)."""
    sheet = load_workbook(annex.form)[x.SHEET_TITLE]
    below = {r for first, last in _cut_tasks(sheet) for r in range(first + 1, last + 1)}
    assert below and _rows_set_by_hand(annex.form) == below
    filled = fill(annex.form, {1: {x.STATUS: "Đang thực hiện", x.RESULT: ANSWER}}, out=tmp_path / "filled.xlsx")
    assert _rows_set_by_hand(filled) == below
    row = HEADER_ROW + 2
    assert load_workbook(filled)[x.SHEET_TITLE].row_dimensions[row].height == sheet_rows.row_height(
        sheet_rows.text_lines(ANSWER, COLUMNS[6].width)) > 2 * sheet.row_dimensions[row].height


def test_a_long_result_typed_beside_a_task_cut_into_pieces_grows_its_row_and_prints_whole(
        annex: PrintedForm, tmp_path: Path) -> None:
    """Sessions 13-14 merged the cells the agency fills down beside the pieces of a long task; no program fits a
    merged cell, so a result longer than the merged rows was cut on screen and on paper (the instruction's double
    click did nothing). The task's own row now holds them unmerged and grows as the agency types."""
    ws = load_workbook(annex.form)[x.SHEET_TITLE]
    first, last = next((f, la) for f, la in _cut_tasks(ws) if la == f + 1)  # a task in two rows
    answer = ANSWER + " " + ANSWER[:300]
    room = sum(ws.row_dimensions[r].height for r in range(first, last + 1))
    assert room < sheet_rows.row_height(sheet_rows.text_lines(answer, COLUMNS[6].width)) < sheet_rows.MAX_ROW_PT
    typed = type_in_calc(annex.form, {f"E{first}": "Đang thực hiện", f"G{first}": answer}, tmp_path / "typed")
    book = load_workbook(typed)[x.SHEET_TITLE]
    assert sum(book.row_dimensions[r].height for r in range(first, last + 1)) > room
    assert _words(answer) in _pdf_text(convert(typed, tmp_path / "pdf", "pdf", office_fonts=True))
    services = Services(open_database(annex.database), user="tester")
    try:
        [review] = services.exchange.review([typed], today=date(2025, 6, 20))
        [landed] = [r for r in review.rows if r.outcome.value == "new"]
        assert (landed.line, landed.incoming.status, landed.incoming.result) == (first, "in_progress", answer)
        assert len(review.rows) == 1  # the rows below the task's own are passed
    finally:
        services.database.dispose()
