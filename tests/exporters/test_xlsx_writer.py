"""The annex as a workbook: titles, a frozen header row, merged group rows, wrapped text."""

from __future__ import annotations

from pathlib import Path

import samples
from openpyxl import load_workbook

from app.exporters import xlsx_writer
from app.exporters.builders import build_progress_report
from app.exporters.document import Column, Document, Format, Section, Table, TableRow


def test_progress_annex_sheet(tmp_path: Path) -> None:
    content = samples.progress_content(Format.STATE)
    xlsx_writer.write(build_progress_report(content), tmp_path / "a.xlsx")
    ws = load_workbook(tmp_path / "a.xlsx").active
    assert ws.title == "Phụ lục"
    assert ws["A1"].value == "Phụ lục"
    assert ws["A2"].value == "TỔNG HỢP TÌNH HÌNH THỰC HIỆN NHIỆM VỤ"
    assert ws["A3"].value == "(Kèm theo Báo cáo số 05/BC-SNV ngày 05/01/2024 của Sở Nội vụ)"
    header = [c.value for c in ws[5]]
    assert header == samples.ANNEX_HEADER
    assert ws.freeze_panes == "A6"
    assert ws.print_title_rows == "$5:$5"
    assert ws["A6"].value.startswith("III.") and ws["A6"].font.b
    assert any(str(r) == "A6:G6" for r in ws.merged_cells.ranges)
    tasks = [row for row in ws.iter_rows(min_row=6, values_only=True) if isinstance(row[0], int)]
    assert len(tasks) == 32 and tasks[0][0] == 1
    assert ws["B9"].alignment.wrap_text
    assert ws.column_dimensions["B"].width > ws.column_dimensions["A"].width * 4


def test_user_text_is_never_a_formula(tmp_path: Path) -> None:
    doc = Document(Format.STATE, [Section([Table([Column("A", 10), Column("B", 30)], [TableRow(["1", "=SUM(A1)"])])])])
    xlsx_writer.write(doc, tmp_path / "f.xlsx")
    ws = load_workbook(tmp_path / "f.xlsx").active
    assert ws["B2"].value == "=SUM(A1)" and ws["B2"].data_type == "s"
