"""How an annex table ends, read from the printed pages: the page a leader signs last never
holds only the note under Phụ lục II, nor a line of one row under the repeated header.

The demo's 69/KH-UBND report of quý III năm 2021 printed its 13th page with Phụ lục II's
`Ghi chú:` alone, and its 10th with the header row over the last line of the last task
(`đơn vị có liên quan`). Both the PDF and the DOCX as LibreOffice lays it out are read back.
"""

from __future__ import annotations

import re
from pathlib import Path

from libreoffice import libreoffice_pdfs, printed_both_ways
from openpyxl import load_workbook
from pypdf import PdfReader

from app.domain.periods import Period
from app.exporters.builders.progress import agency_note
from app.exporters.document import Align, AnnexTitle, Column, Document, Format, Orientation, Section, Table, TableRow
from app.models.database import Database
from app.services import Services
from app.services.reports import ReportRequest, ReportService
from app.services.reports.export import write
from app.services.reports.request import DocKind

HEADER_WORDS = ("STT", "Nội dung nhiệm vụ", "Cơ quan chủ trì", "Cơ quan", "phối hợp", "Thời hạn",
                "Kết quả thực hiện", "Tình trạng", "Cơ quan, đơn vị", "Chủ", "trì", "Xong", "đúng", "hạn",
                "quá", "Đang", "làm", "Quá", "Nhận báo cáo")


def _pages(pdf: Path) -> list[str]:
    return [" ".join(page.extract_text().split()) for page in PdfReader(str(pdf)).pages]


def _beyond_header(text: str) -> str:
    """A page's text without its page number and the repeated header row's words."""
    words = text.split()
    if words and words[-1].isdigit():  # the page number (pypdf reads the top margin last)
        words = words[:-1]
    flat = " ".join(words)
    for word in sorted(HEADER_WORDS, key=len, reverse=True):
        flat = flat.replace(word, " ")
    return " ".join(flat.split())


def _flat(text: str) -> str:
    return " ".join(text.split())


def _check_ends(pages: list[str], last_agencies: list[str], last_tasks: list[str]) -> None:
    note = _flat(agency_note("Kế hoạch"))[:60]
    last = pages[-1]
    assert note in last, "the note is on the last page"
    assert all(_flat(name) in last for name in last_agencies), "the last two agencies are on the note's page"
    annex2 = next(n for n, text in enumerate(pages) if text.startswith("Phụ lục II"))
    end_of_annex1 = pages[annex2 - 1]
    assert all(text[:25] in end_of_annex1 for text in last_tasks), "Phụ lục I ends with its last two rows whole"
    for number, text in enumerate(pages, start=1):  # no page is a header over a fragment
        assert len(_beyond_header(text)) > 150, (number, text)


def test_the_demo_quarterly_report_ends_with_rows_and_note_together(demo_db: Database, tmp_path: Path) -> None:
    service = ReportService(demo_db)
    plan = Services(demo_db).plans.find("69/KH-UBND")
    content = service.content(ReportRequest(DocKind.PROGRESS, plan, Period.parse("2021-Q3")))
    stem = tmp_path / "bao-cao-69-2021-Q3"
    write(content, "pdf", stem.with_suffix(".pdf"))
    write(content, "docx", stem.with_suffix(".docx"))
    agencies = [row.agency for row in content.agency_rows[-2:]]
    tasks = [r.cells[1] for r in _annex_rows(stem.with_suffix(".docx"), 0)[-2:]]
    assert len(agencies) == 2 and len(tasks) == 2

    pdf_pages = _pages(stem.with_suffix(".pdf"))
    [rendered] = libreoffice_pdfs([stem.with_suffix(".docx")], tmp_path / "render").values()
    lo_pages = _pages(rendered)
    # 13 before the columns took their widths from the cells, 12 after; 13 again since session 16: the plan's
    # closing paragraph is a task of its own after section III (the demo's progress falls on other tasks)
    assert len(pdf_pages) == len(lo_pages) == 13
    _check_ends(pdf_pages, agencies, tasks)
    _check_ends(lo_pages, agencies, tasks)


def _annex_rows(docx_path: Path, index: int) -> list[TableRow]:
    from docx import Document as open_docx

    tables = [t for t in open_docx(str(docx_path)).tables if t.rows[0].cells[0].text == "STT"]
    rows = []
    for row in list(tables[index].rows)[1:]:
        cells = [c.text for c in row.cells]
        rows.append(TableRow(cells))
    return rows


def test_the_docx_and_xlsx_keep_the_last_rows_whole_and_with_the_note(demo_db: Database, tmp_path: Path) -> None:
    """What Word reads: `w:cantSplit` and keep-with-next on the last two rows, the note a last
    row spanning the columns with no rule but the one above it."""
    from docx import Document as open_docx
    from docx.oxml.ns import qn

    service = ReportService(demo_db)
    plan = Services(demo_db).plans.find("69/KH-UBND")
    out = tmp_path / "bao-cao.docx"
    content = service.content(ReportRequest(DocKind.PROGRESS, plan, Period.parse("2021-Q3")))
    write(content, "docx", out)
    write(content, "xlsx", tmp_path / "bao-cao.xlsx")  # the spreadsheet has the note under its table too
    sheet = load_workbook(tmp_path / "bao-cao.xlsx")["Phụ lục II"]
    assert [c.value for c in sheet[sheet.max_row] if c.value] == [agency_note("Kế hoạch")]
    assert sheet.cell(sheet.max_row - 1, 2).value == content.agency_rows[-1].agency
    annexes = [t._tbl for t in open_docx(str(out)).tables if t.rows[0].cells[0].text == "STT"]
    assert len(annexes) == 2
    for tbl, noted in zip(annexes, (False, True), strict=True):
        rows = tbl.findall(qn("w:tr"))
        last_rows = rows[-3:-1] if noted else rows[-2:]
        for n, tr in enumerate(last_rows):
            assert tr.find(f"{qn('w:trPr')}/{qn('w:cantSplit')}") is not None
            keeps = [p.find(f"{qn('w:pPr')}/{qn('w:keepNext')}") is not None for p in tr.iter(qn("w:p"))]
            assert all(keeps) if (noted or n == 0) else not any(keeps)
        if noted:
            cells = rows[-1].findall(qn("w:tc"))
            note = _flat(agency_note("Kế hoạch"))
            assert len(cells) == 1 and _flat("".join(t.text for t in cells[0].iter(qn("w:t")))) == note
            borders = cells[0].find(f"{qn('w:tcPr')}/{qn('w:tcBorders')}")
            assert {el.tag.split("}")[1]: el.get(qn("w:val")) for el in borders} == {
                "left": "nil", "bottom": "nil", "right": "nil"}
            run = cells[0].find(f"{qn('w:p')}/{qn('w:r')}/{qn('w:rPr')}")
            assert run.find(qn("w:i")) is not None and run.find(qn("w:b")) is None


def _noted_table(rows: int) -> Document:
    columns = [Column("STT", 10, Align.CENTER), Column("Nội dung", 100), Column("Ghi chú", 55)]
    body = [TableRow([str(n), f"Nhiệm vụ số {n} của kế hoạch", "-"]) for n in range(1, rows + 1)]
    table = Table(columns, body, note=f"Tổng số: {rows} nhiệm vụ.")
    return Document(Format.STATE, [Section([AnnexTitle("Phụ lục", "Danh mục"), table], Orientation.PORTRAIT)])


def test_wherever_the_page_ends_the_note_has_two_rows_above_it(tmp_path: Path) -> None:
    """Tables of 30 to 55 one-line rows: one of them ends its first page with the last row, the
    next with the last but one, and so on; in every one the note's page holds the last two rows,
    in the PDF and in the DOCX as LibreOffice lays it out."""
    counts = range(30, 56)
    printed = printed_both_ways({f"t{rows}": _noted_table(rows) for rows in counts}, tmp_path)
    two_pages = 0
    for rows in counts:
        for pdf in printed[f"t{rows}"]:
            pages = _pages(pdf)
            two_pages += len(pages) == 2
            last = pages[-1]
            assert f"Tổng số: {rows} nhiệm vụ." in last
            for n in (rows - 1, rows):
                assert re.search(rf"(^|\s){n} Nhiệm vụ số {n} của kế hoạch", last), (pdf.name, n, last[:200])
    assert two_pages >= 20  # the page boundary really fell among the last rows
