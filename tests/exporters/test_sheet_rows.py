"""The height model of wrapped spreadsheet rows (`sheet_rows`), checked against LibreOffice Calc's own print.

Counting 1.1 characters a width unit gave a task of the 140-row annex a dozen lines where Calc wrapped it in
eight: blank lines below every long task, on screen and on paper. The lines are now counted with the font's
metrics; a real Calc print (PDF) of task texts of the annex (real2/2ab9f90ee834d2c1, development data) at the
form's widths says how many lines Calc takes, and the model must never count fewer (Excel, whose width unit is
narrower, would cut the text) nor more than a line above them.
"""

from __future__ import annotations

from collections import defaultdict
from pathlib import Path

import pytest
from openpyxl import Workbook
from openpyxl.styles import Alignment, Font
from pypdf import PdfReader

from app.exporters import sheet_rows
from app.exporters.exchange_workbook import PAGE_WIDTH_PT, PRINTED_UNITS, SIDE_MARGIN_IN, TEXT_WIDTH
from tests.services.exchange.helpers import convert

ANNEX = Path(__file__).parents[1] / "fixtures" / "real2" / "2ab9f90ee834d2c1.txt"
WIDTHS = (TEXT_WIDTH, 13, 29)  # the task's column, the status's, the result's
MARGIN_PT = 36
CALC_UNIT_PT = 5.5  # Calc's width unit with Times 11 the default font: its digit, 0.5 em


def _texts() -> list[str]:
    lines = [" ".join(line.split()) for line in ANNEX.read_text(encoding="utf-8").splitlines()]
    return [line for line in lines if 60 <= len(line) <= 300][:24]


@pytest.fixture(scope="module")
def calc_lines(tmp_path_factory: pytest.TempPathFactory) -> dict[tuple[int, int], int]:
    """(text, column) → the lines Calc printed it in: one text a row, 409 points high (a page each), in three
    columns at the form's widths, the workbook's default font Times New Roman 11 as the form has it."""
    root = tmp_path_factory.mktemp("calibrate")
    wb = Workbook()
    font = Font(name="Times New Roman", size=11)
    sheet_rows.set_default_font(wb, font)
    ws = wb.active
    for c, width in enumerate(WIDTHS, start=1):
        ws.column_dimensions[chr(64 + c)].width = width
    for r, text in enumerate(_texts(), start=1):
        ws.row_dimensions[r].height = sheet_rows.MAX_ROW_PT
        for c in range(1, len(WIDTHS) + 1):
            cell = ws.cell(r, c, text)
            cell.font, cell.alignment = font, Alignment(vertical="top", wrap_text=True)
    ws.page_margins.left = ws.page_margins.right = MARGIN_PT / 72
    wb.save(root / "calibrate.xlsx")
    pdf = convert(root / "calibrate.xlsx", root / "calc", "pdf", office_fonts=True)
    edges = [MARGIN_PT]
    for width in WIDTHS:
        edges.append(edges[-1] + width * CALC_UNIT_PT)
    found: dict[tuple[int, int], set[float]] = defaultdict(set)
    for page_no, page in enumerate(PdfReader(pdf).pages):
        def visit(text: str, cm: list[float], tm: list[float], *_: object, page_no: int = page_no) -> None:
            if text.strip():
                x = tm[4] * cm[0] + tm[5] * cm[2] + cm[4]
                y = tm[4] * cm[1] + tm[5] * cm[3] + cm[5]
                column = next(i for i in range(len(WIDTHS)) if x < edges[i + 1])
                found[page_no, column].add(round(y, 1))
        page.extract_text(visitor_text=visit)
    return {key: len(ys) for key, ys in found.items()}


def test_calc_wraps_no_line_more_than_the_model_counts_and_at_most_one_less(
        calc_lines: dict[tuple[int, int], int]) -> None:
    texts = _texts()
    assert len(calc_lines) == len(texts) * len(WIDTHS), "every text printed in every column, a page a row"
    over = []
    for (row, column), printed in calc_lines.items():
        counted = sheet_rows.text_lines(texts[row], WIDTHS[column])
        assert printed <= counted, f"Calc needs {printed} lines, the row has room for {counted}: {texts[row]!r}"
        # Excel's unit is 5 % narrower: a line more in the wide columns, a few in a long text of a narrow one
        assert counted - printed <= (1 if WIDTHS[column] >= 29 else 1 + printed // 5), (row, column)
        if WIDTHS[column] >= 29:
            over.append(counted - printed)
    assert sum(over) <= len(over) / 2, "most tasks and results as tall as Calc's own text"


def test_a_row_fits_its_lines_in_either_program() -> None:
    """Calc sets wrapped lines of Times 11 12.1 points apart, Excel 17 pixels (12.75 points) at 96 dpi."""
    for lines in (1, 5, 20):
        assert sheet_rows.row_height(lines) >= lines * 12.75 + 2
        assert sheet_rows.row_height(lines) <= lines * 12.75 + 6
    assert sheet_rows.row_height(100) == sheet_rows.MAX_ROW_PT


def test_a_long_text_is_cut_between_its_lines_into_pieces_that_fit_a_row() -> None:
    text = max(ANNEX.read_text(encoding="utf-8").splitlines(), key=len) + "\nKết thúc.\n\nDòng cuối"
    pieces = sheet_rows.pieces(text, TEXT_WIDTH)
    assert len(pieces) > 1
    assert all(sheet_rows.text_lines(p, TEXT_WIDTH) <= sheet_rows.PIECE_LINES for p in pieces)
    assert " ".join(pieces).split() == text.split(), "no word lost, none added"
    assert pieces[-1].endswith("\nKết thúc.\n\nDòng cuối"), "the text's own line breaks kept"
    assert sheet_rows.pieces("Ngắn\ngọn", TEXT_WIDTH) == ["Ngắn\ngọn"]


def test_the_printed_columns_print_at_9_points_or_more_on_a4_landscape() -> None:
    """The twelve printed columns (226 units) scaled the 11-pt text to about 7 points."""
    page = PAGE_WIDTH_PT - 2 * 72 * SIDE_MARGIN_IN
    assert sheet_rows.print_scale(PRINTED_UNITS, page) * 11 >= 9
    assert sheet_rows.print_scale(226, page) * 11 < 7.5
