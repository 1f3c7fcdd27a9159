"""A row of three lines or fewer never breaks over a page, in either writer (`DataTable.whole_lines`):
Phụ lục I of 179/KH-UBND printed `Ngân hàng nhà nước` at a page's foot and the rest of its row over
the page (LibreOffice, the DOCX), and `Trên cơ sở đề xuất của` alone under `2. Sở Tài chính` (the PDF)."""

from __future__ import annotations

import re
from pathlib import Path

from docx import Document as open_docx
from docx.oxml.ns import qn
from pypdf import PdfReader

from app.exporters.document import Align, Column, Document, Format, Orientation, RowKind, Section, Table, TableRow
from tests.services.reports.libreoffice import printed_both_ways

COLUMNS = [Column("STT", 10, Align.CENTER), Column("Nội dung nhiệm vụ", 80), Column("Kết quả thực hiện", 80)]
HEIGHTS = [1, 3, 2, 3, 1, 6, 3, 2, 3, 3, 1, 2]  # lines of each row, repeated down three pages


def _rows() -> list[TableRow]:
    rows = []
    for n in range(1, 49):
        if n % 10 == 0:
            rows.append(TableRow([f"Nhóm {n}"], RowKind.GROUP))
        lines = HEIGHTS[n % len(HEIGHTS)]
        text = "\n".join(f"Việc {n} dòng {k}" for k in range(1, lines + 1))
        rows.append(TableRow([str(n), text, "Đã triển khai"]))
    return rows


def _pages(pdf: Path) -> dict[str, int]:
    """The page of each `Việc N dòng K` line."""
    found = {}
    for number, page in enumerate(PdfReader(str(pdf)).pages, start=1):
        for hit in re.findall(r"Việc \d+ dòng \d+", page.extract_text()):
            found[hit] = number
    return found


def test_short_rows_move_whole_and_long_rows_break_in_both_writers(tmp_path: Path) -> None:
    doc = Document(Format.STATE, [Section([Table(COLUMNS, _rows(), split_rows=True)], Orientation.PORTRAIT)])
    printed = printed_both_ways({"table": doc}, tmp_path)
    for pdf in printed["table"]:
        pages = _pages(pdf)
        assert len(set(pages.values())) >= 3, pdf.name
        for n in range(1, 49):
            lines = HEIGHTS[n % len(HEIGHTS)]
            if lines <= 3:
                assert pages[f"Việc {n} dòng 1"] == pages[f"Việc {n} dòng {lines}"], (pdf.name, n)
    rows = open_docx(str(tmp_path / "table.docx")).tables[0]._tbl.findall(qn("w:tr"))[1:]
    kept = {tr.find(qn("w:trPr")).find(qn("w:cantSplit")) is not None for tr, row in zip(rows, _rows(), strict=True)
            if row.kind is RowKind.TASK and row.cells[1].count("\n") >= 5}
    assert kept == {False}  # a six-line row may still break at a page's foot
