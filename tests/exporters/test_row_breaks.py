"""A row that fits on a page never breaks over one, in either writer (`DataTable`): Phụ lục I of 179/KH-UBND
printed `Ngân hàng nhà nước` at a page's foot and the rest of its row over the page (LibreOffice, the DOCX), and
`Trên cơ sở đề xuất của` alone under `2. Sở Tài chính` (the PDF, where LibreOffice moved the heading and the whole
row over the page); a row of seven lines in /NQ-CP's left `khai bản sao số cho…`, one line of its three-line
agency cell, over page 15."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from docx import Document as open_docx
from docx.oxml.ns import qn
from pypdf import PdfReader

from app.exporters.document import (
    Align,
    AnnexTitle,
    Column,
    Document,
    Format,
    Orientation,
    RowKind,
    Section,
    Table,
    TableRow,
)
from tests.services.reports.libreoffice import printed_both_ways

COLUMNS = [Column("STT", 10, Align.CENTER), Column("Nội dung nhiệm vụ", 80), Column("Kết quả thực hiện", 80)]
HEIGHTS = [1, 3, 2, 3, 1, 6, 3, 2, 9, 3, 1, 5, 7]  # lines of each row, repeated down three pages


def _rows() -> list[TableRow]:
    rows = []
    for n in range(1, 62):
        if n % 6 == 5:  # over a row of five or six lines
            rows.append(TableRow([f"Nhóm {n}"], RowKind.GROUP))
        lines = HEIGHTS[n % len(HEIGHTS)]
        text = "\n".join(f"Việc {n} dòng {k}" for k in range(1, lines + 1))
        rows.append(TableRow([str(n), text, "\n".join(f"Kết quả {n} dòng {k}" for k in range(1, min(lines, 3) + 1))]))
    return rows


def _pages(pdf: Path) -> dict[str, int]:
    """The page of each `Việc N dòng K` line and `Nhóm N` heading."""
    found = {}
    for number, page in enumerate(PdfReader(str(pdf)).pages, start=1):
        for hit in re.findall(r"Việc \d+ dòng \d+|Kết quả \d+ dòng \d+|Nhóm \d+", page.extract_text()):
            found[hit] = number
    return found


def _filled_tables() -> dict[str, Document]:
    """Six targets tables whose rows before differ in height, so the page's foot falls at six places."""
    docs = {}
    for filler in range(6):
        rows = [TableRow([str(n), "\n".join(f"Việc {n} dòng {k}" for k in range(1, 2 + (n < filler))), ""])
                for n in range(1, 60)]
        docs[f"t{filler}"] = Document(Format.STATE, [Section(
            [AnnexTitle("Phụ lục", "Tình hình thực hiện các chỉ tiêu", "(Theo Kế hoạch số 179/KH-UBND)"),
             Table(COLUMNS, rows)], Orientation.LANDSCAPE)])
    return docs


@pytest.fixture(scope="module")
def printed(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, tuple[Path, Path]]]:
    """The module's tables printed by both writers, LibreOffice started once for all of them (its start is most
    of a print's cost): the folder and the printed pairs by name. The tests only read them."""
    folder = tmp_path_factory.mktemp("row-breaks")
    table = Document(Format.STATE, [Section([Table(COLUMNS, _rows())], Orientation.PORTRAIT)])
    return folder, printed_both_ways({"table": table, **_filled_tables()}, folder)


def test_every_row_that_fits_a_page_moves_whole_in_both_writers(
        printed: tuple[Path, dict[str, tuple[Path, Path]]]) -> None:
    folder, pairs = printed
    for pdf in pairs["table"]:
        pages = _pages(pdf)
        assert len(set(pages.values())) >= 3, pdf.name
        for n in range(1, 62):
            lines = HEIGHTS[n % len(HEIGHTS)]
            assert pages[f"Việc {n} dòng 1"] == pages[f"Việc {n} dòng {lines}"], (pdf.name, n)
            assert pages[f"Việc {n} dòng 1"] == pages[f"Kết quả {n} dòng {min(lines, 3)}"], (pdf.name, n)
            if n % 6 == 5:  # a group heading goes over with its first row whole, as LibreOffice moves them
                assert pages[f"Nhóm {n}"] == pages[f"Việc {n} dòng 1"], (pdf.name, n)
    rows = open_docx(str(folder / "table.docx")).tables[0]._tbl.findall(qn("w:tr"))[1:]
    kept = {tr.find(qn("w:trPr")).find(qn("w:cantSplit")) is not None for tr, row in zip(rows, _rows(), strict=True)
            if row.kind is RowKind.TASK}
    assert kept == {True}


def test_a_row_under_a_group_heading_goes_over_whole_with_it_in_the_pdf(tmp_path: Path) -> None:
    """Wherever the page ends, `2. Sở Tài chính` and its six-line row stay together: the PDF printed the
    heading and one line of the row at a page's foot, where LibreOffice moves both over the page."""
    from app.exporters import pdf_writer

    for filler in range(30, 40):
        rows = [TableRow([str(n), f"Việc {n} dòng 1", "-"]) for n in range(1, filler + 1)]
        rows.append(TableRow(["Nhóm 99"], RowKind.GROUP))
        rows.append(TableRow(["99", "\n".join(f"Việc 99 dòng {k}" for k in range(1, 7)), "-"]))
        rows += [TableRow([str(n), f"Việc {n} dòng 1", "-"]) for n in range(100, 104)]  # not the table's end rows
        doc = Document(Format.STATE, [Section([Table(COLUMNS, rows)], Orientation.PORTRAIT)])
        pdf_writer.write(doc, tmp_path / "t.pdf")
        pages = _pages(tmp_path / "t.pdf")
        assert pages["Nhóm 99"] == pages["Việc 99 dòng 6"], filler


def test_rows_with_an_empty_cell_end_their_pages_alike(printed: tuple[Path, dict[str, tuple[Path, Path]]]) -> None:
    """The targets table of 179/KH-UBND (27 targets, `Thời hạn` empty, under a title and its rule): LibreOffice put
    14 rows on its first page, the PDF 15 — an empty cell's paragraph was a line of the body's 14 pt, not of the
    table's 12 pt; then 16 against 15 — a row's margins and the rule above the table were a fraction of a point
    taller in the PDF. Wherever the page's foot falls (the rows before differ in height), both end it alike."""
    _, pairs = printed
    for name in _filled_tables():
        pdf, lo = pairs[name]
        assert _pages(pdf) == _pages(lo), name
        assert len(set(_pages(pdf).values())) >= 3


def test_the_pdf_row_is_as_tall_as_the_docx_stores_it(tmp_path: Path) -> None:
    """A row's margins in the PDF are the twips the DOCX writes (28 twips = 1.4 pt for 0.5 mm, not 1.417 pt):
    a fraction of a point a row added up to one row more on a page of LibreOffice's targets table."""
    from app.exporters import docx_writer
    from app.exporters.compose import resolve
    from app.exporters.resolved import DataTable

    doc = Document(Format.STATE, [Section([Table(COLUMNS, _rows()[:3])], Orientation.PORTRAIT)])
    [table] = [i for s in resolve(doc).sections for i in s.items if isinstance(i, DataTable)]
    docx_writer.write(doc, tmp_path / "t.docx")
    tbl = open_docx(str(tmp_path / "t.docx")).tables[0]._tbl
    margins = tbl.tblPr.find(qn("w:tblCellMar"))
    top, bottom = (int(margins.find(qn(f"w:{side}")).get(qn("w:w"))) / 20 for side in ("top", "bottom"))
    spacing = tbl.find(f".//{qn('w:tc')}/{qn('w:p')}/{qn('w:pPr')}/{qn('w:spacing')}")
    before, after = (int(spacing.get(qn(f"w:{side}"))) / 20 for side in ("before", "after"))
    assert table.top_space == table.rule_pt + top + before
    assert table.bottom_space == bottom + after


def test_a_rule_takes_in_the_pdf_the_room_it_takes_in_the_docx(tmp_path: Path) -> None:
    """The short line under a title is an exact line of `gap` with a bottom border in the DOCX; the PDF gave it 6.5
    pt, a point more: the targets table of 179/KH-UBND began lower in the PDF and its first page held a row less."""
    from app.exporters import docx_writer
    from app.exporters.compose import resolve
    from app.exporters.resolved import Rule

    items = [AnnexTitle("Phụ lục", "Tổng hợp", "(Kèm theo)"), Table(COLUMNS, _rows()[:2])]
    doc = Document(Format.STATE, [Section(items, Orientation.PORTRAIT)])
    [rule] = [i for s in resolve(doc).sections for i in s.items if isinstance(i, Rule)]
    docx_writer.write(doc, tmp_path / "t.docx")
    [ppr] = [p._p.pPr for p in open_docx(str(tmp_path / "t.docx")).paragraphs
             if p._p.pPr is not None and p._p.pPr.find(qn("w:pBdr")) is not None]
    line = int(ppr.find(qn("w:spacing")).get(qn("w:line"))) / 20
    border = int(ppr.find(f"{qn('w:pBdr')}/{qn('w:bottom')}").get(qn("w:sz"))) / 8
    assert rule.height == line + border
