"""The exchange form as the agency prints it and fills it: a real LibreOffice Calc print (PDF) and round trip.

Session 12 printed the 79-row form of Bộ Khoa học và Công nghệ: the twelve printed columns scaled the 11-pt text
to about 7 points on A4 (5.4 on a machine without Calibri), and a task of 1,742 characters needed more than
Excel's largest row. Now the office's own columns (the state it tracks, last period's result) are right of the
print area, the ten printed ones narrower, the default font Times New Roman (the width unit the same on every
machine), and a task too long for one row goes on in the rows below it, the agency's cells merged down beside
it.
"""

from __future__ import annotations

import shutil
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import pytest
from openpyxl import load_workbook
from openpyxl.utils import get_column_letter
from pypdf import PdfReader

from app.domain import exchange as x
from app.domain.periods import Period
from app.exporters import sheet_rows
from app.exporters.exchange_workbook import HEADER_ROW, PREVIOUS, STATE, TEXT_WIDTH
from app.models.database import open_database
from app.services import Services
from app.services.nodes import AssigneeSpec
from app.services.progress import ProgressEntry
from tests.services.exchange.conftest import AS_OF, planned
from tests.services.exchange.helpers import PrintedForm, columns, convert, fill

ANNEX = Path(__file__).parents[2] / "fixtures" / "real2" / "2ab9f90ee834d2c1.txt"
LONG_TASK = " ".join(max(ANNEX.read_text(encoding="utf-8").splitlines(), key=len).split())  # 1,9xx characters
EARLIER = "Đã ban hành kế hoạch triển khai; đã tổ chức hội nghị quán triệt cho 120 cán bộ"


@dataclass
class PrintedCase(PrintedForm):
    plan: dict[str, int]
    long_task: int


@pytest.fixture(scope="module")
def printed(tmp_path_factory: pytest.TempPathFactory) -> PrintedCase:
    """Sở Nội vụ's form of 2021-Q4 with the annex's longest task and a result of Q3 on task 1, printed by Calc."""
    root = tmp_path_factory.mktemp("printed")
    with planned(root) as (services, ids):
        long_task = services.nodes.add(ids["plan"], None, None, label="4", text=LONG_TASK)
        services.nodes.set_assignments(long_task, [AssigneeSpec("lead", agency_id=ids["Sở Nội vụ"])])
        services.nodes.set_deadline(long_task, "trong Quý IV/2021")
        services.progress.record(ProgressEntry(ids["t1"], ids["Sở Nội vụ"], "2021-Q3", "in_progress", 40, EARLIER,
                                               reported_on=date(2021, 9, 20)))
        [form, *_] = services.exchange.export(ids["plan"], Period.parse("2021-Q4"), root / "out", as_of=AS_OF)
    pdf = convert(form.path, root / "calc", "pdf", office_fonts=True)
    return PrintedCase(root / "theodoi.db", form.path, pdf, plan=ids, long_task=long_task)


def _printed_sizes(pdf: Path) -> list[float]:
    sizes: list[float] = []
    for page in PdfReader(pdf).pages:
        def visit(text: str, cm: list[float], tm: list[float], _font: object, size: float) -> None:
            if text.strip():
                sizes.append(size * (tm[0] ** 2 + tm[1] ** 2) ** 0.5 * (cm[0] ** 2 + cm[1] ** 2) ** 0.5)
        page.extract_text(visitor_text=visit)
    return sizes


def _words(text: str) -> str:
    return " ".join(text.split())


def test_the_form_prints_at_9_points_or_more_on_a4(printed: PrintedCase) -> None:
    sizes = _printed_sizes(printed.pdf)
    assert sizes and min(sizes) >= 9, sorted(set(round(s, 1) for s in sizes))
    page = PdfReader(printed.pdf).pages[0]
    assert (round(float(page.mediabox.width)), round(float(page.mediabox.height))) == (842, 595)


def test_the_printed_form_loses_no_text_and_leaves_out_the_offices_own_columns(printed: PrintedCase) -> None:
    """Calc leaves out of the PDF the lines a row's height cuts off: each task's whole text is there."""
    text = _words(" ".join(page.extract_text() for page in PdfReader(printed.pdf).pages))
    for piece in sheet_rows.pieces(LONG_TASK, TEXT_WIDTH):
        assert _words(piece) in text
    assert "Rà soát, đơn giản hóa thủ tục hành chính" in text and "Bố trí kinh phí" not in text
    ws = load_workbook(printed.form)["Phiếu báo cáo"]
    cols = columns(ws)
    assert ws.cell(HEADER_ROW + 1, cols[PREVIOUS]).value == EARLIER, "still shown on screen, for the agency"
    assert EARLIER[:30] not in text
    assert "TDKH1" not in text, "the row key is never printed"
    assert ws.print_area == f"'Phiếu báo cáo'!$A$1:$J${ws.max_row}"
    assert max(cols[x.REPORTED_ON], *(cols[t] for t in x.EDITABLE)) == 10 < cols[STATE] < cols[PREVIOUS]


def test_a_task_longer_than_a_row_goes_on_below_and_its_report_lands(printed: PrintedCase, tmp_path: Path) -> None:
    ws = load_workbook(printed.form)["Phiếu báo cáo"]
    cols = columns(ws)
    [first] = [r for r in range(HEADER_ROW + 1, ws.max_row + 1)
               if x.cell_text(ws.cell(r, cols[x.ROW_KEY]).value).split("|")[5:6] == [str(printed.long_task)]]
    pieces = sheet_rows.pieces(LONG_TASK, TEXT_WIDTH)
    assert len(pieces) >= 2
    assert [ws.cell(first + i, cols["Nội dung nhiệm vụ"]).value for i in range(len(pieces))] == pieces
    merged = {str(m) for m in ws.merged_cells.ranges}
    last = first + len(pieces) - 1
    # the number, role, deadline and key over every row; the cells the agency fills on the task's own row only,
    # unmerged (a merged cell grows with nothing typed in it), locked below it
    assert {f"{get_column_letter(cols[t])}{first}:{get_column_letter(cols[t])}{last}"
            for t in ("STT", "Vai trò", x.ROW_KEY)} <= merged
    for title in x.EDITABLE:
        column = get_column_letter(cols[title])
        assert not any(m.startswith(f"{column}{first}:") for m in merged)
        assert not ws.cell(first, cols[title]).protection.locked
        assert all(ws.cell(r, cols[title]).protection.locked for r in range(first + 1, last + 1))
    assert all(ws.row_dimensions[r].height <= sheet_rows.MAX_ROW_PT for r in range(first, last + 1))
    # the agency reports on it (in its first row) and on the task after it, through Calc
    filled = fill(printed.form, {
        1: {x.STATUS: "Dang thuc hien", x.PERCENT: 30, x.RESULT: "Đã lập tổ soạn thảo", x.REPORTED_ON: "15/12/2021"},
        2: {x.STATUS: "Đã hoàn thành", x.PERCENT: 100, x.RESULT: "Xong"},
    }, out=tmp_path / "filled.xlsx")
    resaved = convert(filled, tmp_path / "calc")
    shutil.copyfile(printed.database, tmp_path / "theodoi.db")
    services = Services(open_database(tmp_path / "theodoi.db"), user="tester")
    try:
        [review] = services.exchange.review([resaved], today=date(2021, 12, 20))
        assert not review.error, review.error
        landed = {r.node_id: (r.outcome.value, r.incoming.status, r.incoming.result) for r in review.rows}
        assert landed == {printed.plan["t2"]: ("new", "in_progress", "Đã lập tổ soạn thảo"),
                          printed.long_task: ("new", "done", "Xong")}
    finally:
        services.database.dispose()
