"""Printed pages name periods in words: the register's columns, its due dates and its chart said
`2024-Q1 … 2024-Q4`, a code the leader reading the register does not use."""

from __future__ import annotations

import re
from pathlib import Path

from docx import Document as open_docx
from openpyxl import load_workbook
from pypdf import PdfReader

from app.__main__ import main
from app.domain.periods import Period
from app.models.database import Database

CODE = re.compile(r"\b\d{4}-(Q[1-4]|H[12]|M\d\d|9M|Y)\b")


def test_period_short_names() -> None:
    assert [Period.parse(c).short_label for c in ("2021-Q3", "2021-M08", "2022-H1", "2022-H2", "2023-9M", "2024-Y")] \
        == ["Quý III/2021", "Tháng 8/2021", "6 tháng đầu/2022", "6 tháng cuối/2022", "9 tháng/2023", "Năm 2024"]


def test_the_printed_register_names_its_periods_in_words(demo_db: Database, tmp_path: Path) -> None:
    for fmt in ("pdf", "xlsx"):
        assert main(["register", "--db", str(demo_db.path), "--plan", "177/KH-UBND", "--period", "2024-Q4",
                     "--since", "2024-Q1", "--format", fmt, "--out", str(tmp_path / f"so.{fmt}")]) == 0
    pages = [page.extract_text() for page in PdfReader(str(tmp_path / "so.pdf")).pages]
    text = " ".join(" ".join(pages).split())
    assert not CODE.search(text), CODE.search(text)
    for name in ("Quý I/2024", "Quý II/2024", "Quý III/2024", "Quý IV/2024"):
        assert name in pages[0] and name in pages[-1]  # the columns and the chart's axis
    assert "Quý IV/2024: hạn 15/12/2024" in text
    sheet = load_workbook(tmp_path / "so.xlsx").worksheets[0]
    cells = [str(c.value) for row in sheet.iter_rows() for c in row if c.value is not None]
    assert "Quý IV/2024" in cells and not any(CODE.search(c) for c in cells)


def test_annex_two_writes_no_count_as_zero(demo_db: Database, tmp_path: Path) -> None:
    """Phụ lục II printed `0` under `Chủ trì` for an agency that only supports, and `-` for every other
    empty count: one table, one way of saying none."""
    out = tmp_path / "bc.docx"
    assert main(["report", "--db", str(demo_db.path), "--plan", "177/KH-UBND", "--period", "2024-Q4",
                 "--format", "docx", "--out", str(out)]) == 0
    annex2 = [t for t in open_docx(str(out)).tables if t.rows[0].cells[0].text == "STT"][1]
    header, *rows = annex2.rows
    assert header.cells[2].text == "Chủ trì"
    counts = [cell.text for row in rows if row.cells[0].text.isdigit() for cell in row.cells[2:-1]]
    assert "-" in [row.cells[2].text for row in rows if row.cells[0].text.isdigit()]  # agencies leading none
    assert counts and "0" not in counts
