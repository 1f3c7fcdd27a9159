"""A PDF table whose merged cells have their text centred in the rows they span (LibreOffice and
Word print such a cell once, beside the middle of its span): every row of the span gets the text,
and an empty cell that is no part of a span stays empty ("no partner"). Made as a Word file with
real `vMerge` cells and printed to PDF by LibreOffice, as an office sends it."""
from __future__ import annotations

from pathlib import Path

import docx
import pytest
from docx.enum.table import WD_CELL_VERTICAL_ALIGNMENT
from docx.shared import Cm

from app.importers import import_plan_document
from app.importers.readers.office import convert_with_office, office_program

HEADER = ["STT", "Nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian hoàn thành"]
TASKS = [
    "Rà soát, hệ thống hóa các văn bản quy phạm pháp luật của tỉnh về chuyển đổi số, đề xuất sửa đổi",
    "Lập danh mục thủ tục hành chính thực hiện trực tuyến toàn trình",
    "Hướng dẫn các cơ quan, đơn vị cập nhật cơ sở dữ liệu cán bộ, công chức, viên chức của tỉnh "
    "và kết nối với cơ sở dữ liệu quốc gia",
    "Tập huấn kỹ năng số cho cán bộ cấp xã",
    "Nâng cấp trung tâm dữ liệu của tỉnh bảo đảm an toàn thông tin theo cấp độ",
    "Phủ sóng di động tới các thôn, bản vùng sâu, vùng xa, biên giới",
]
# column → [(first row, last row, text)] over the task rows (0-based): merged runs, text centred
SPANS = {
    2: [(0, 2, "Sở Tư pháp"), (3, 5, "Sở Khoa học và Công nghệ")],
    3: [(0, 0, "Các sở, ngành"), (3, 5, "Công an tỉnh")],  # rows 1 and 2: no partner
    4: [(0, 3, "Quý IV/2026"), (4, 5, "Năm 2027")],
}
PREAMBLE = ["ỦY BAN NHÂN DÂN TỈNH", "Số: 21/KH-UBND", "KẾ HOẠCH", "Triển khai chuyển đổi số năm 2026",
            "I. MỤC ĐÍCH, YÊU CẦU", "Bảo đảm triển khai đồng bộ, hiệu quả các nhiệm vụ chuyển đổi số.",
            "II. NHIỆM VỤ", "Các nhiệm vụ cụ thể tại Phụ lục kèm theo.", "PHỤ LỤC",
            "DANH MỤC NHIỆM VỤ CHUYỂN ĐỔI SỐ NĂM 2026"]


def _expected() -> list[tuple]:
    def value(column: int, row: int) -> str | None:
        return next((text for first, last, text in SPANS[column] if first <= row <= last), None)

    return [(task[:20], [value(2, r)], [value(3, r)] if value(3, r) else [], value(4, r))
            for r, task in enumerate(TASKS)]


def _pdf(folder: Path, lead_rows: int = 0) -> Path:
    """The plan as Word (`lead_rows` blank paragraphs before the table push it over a page
    break) printed to PDF by LibreOffice."""
    document = docx.Document()
    for line in PREAMBLE:
        document.add_paragraph(line)
    for _ in range(lead_rows):
        document.add_paragraph("Các cơ quan, đơn vị triển khai thực hiện nghiêm túc kế hoạch này.")
    table = document.add_table(rows=1 + len(TASKS), cols=len(HEADER))
    table.style = "Table Grid"
    for c, name in enumerate(HEADER):
        table.cell(0, c).text = name
    for r, task in enumerate(TASKS, 1):
        table.cell(r, 0).text = f"{r}."
        table.cell(r, 1).text = task
    for column, cm in zip(table.columns, (1.2, 7.5, 3.2, 2.8, 2.6), strict=True):
        column.width = Cm(cm)
        for cell in column.cells:
            cell.width = Cm(cm)  # a wide task column, as offices set it: the table fits on the page
    for column, spans in SPANS.items():
        for first, last, text in spans:
            cell = table.cell(first + 1, column).merge(table.cell(last + 1, column))
            cell.text = text
            cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
    document.add_paragraph()
    path = folder / "plan.docx"
    document.save(str(path))
    pdf = folder / "plan.pdf"
    pdf.write_bytes(convert_with_office(path.read_bytes(), source="docx", target="pdf",
                                        infilter="MS Word 2007 XML", save_as=""))
    return pdf


def _fields(path: Path) -> list[tuple]:
    tasks = import_plan_document(path)[1].to_annotation_dict()["tasks"]
    return [(t["text"][:20], t["lead"], t["support"], t["deadline_text"]) for t in tasks]


@pytest.fixture
def office() -> None:
    if office_program() is None:
        pytest.fail("LibreOffice is needed to print the PDF (installed by the project scripts)")


def test_centred_merged_cells_give_every_row_of_their_span_the_text(tmp_path: Path, office: None) -> None:
    assert _fields(_pdf(tmp_path)) == _expected()


def _row(x: float, y: float, text: str) -> list:
    return [x, y, text, x + 6 * len(text), []]


HEAD_ROW = [_row(90, 500, "STT"), _row(126, 500, "Nhiệm vụ"), _row(300, 500, "Chủ trì"),
            _row(380, 500, "Phối hợp"), _row(460, 500, "Thời gian")]


def test_a_merged_cell_reaching_down_beside_the_next_row_does_not_end_the_table() -> None:
    """Row 1's lead, set at the top of a cell merged over rows 1–2, prints its lines down beside row 2
    (row 2 prints no cell in that column): row 2 is still the table's."""
    from app.importers.blocks import Table
    from app.importers.readers.pdftable import split_tables

    rows = [*HEAD_ROW,
            _row(90, 480, "1"), _row(126, 480, "Rà soát quy chế"),
            *[_row(300, 480 - 14 * k, text) for k, text in enumerate(["Sở Nội vụ,", "Sở Tư pháp,", "Sở Tài chính"])],
            _row(460, 480, "Quý II/2025"),
            _row(90, 460, "2"), _row(126, 460, "Lập kế hoạch"), _row(460, 460, "Quý III/2025")]
    (table,) = split_tables(rows)
    assert isinstance(table, Table)
    assert table.rows[1:] == [["1", "Rà soát quy chế", "Sở Nội vụ, Sở Tư pháp, Sở Tài chính", "", "Quý II/2025"],
                              ["2", "Lập kế hoạch", "", "", "Quý III/2025"]]


def test_a_cell_centred_below_its_rows_text_is_that_rows_and_spans_the_rows_its_middle_says() -> None:
    """Row 1's partner is centred over rows 1–2 and printed (with row 1) below the end of row 1's text,
    before row 2 starts back at the left: it is row 1's, and its middle gives it row 2 too."""
    from app.importers.blocks import Table
    from app.importers.readers.pdftable import split_tables

    rows = [*HEAD_ROW,
            _row(90, 480, "1"), _row(126, 480, "Rà soát quy chế"), _row(126, 466, "làm việc của"),
            _row(126, 452, "các sở"), _row(300, 480, "Sở Nội vụ"), _row(460, 480, "Quý II/2025"),
            _row(380, 440, "Các sở"),  # centred in rows 1–2
            _row(90, 425, "2"), _row(126, 425, "Lập kế hoạch"), _row(300, 425, "Sở Tư pháp"),
            _row(460, 425, "Quý III/2025")]
    (table,) = split_tables(rows)
    assert isinstance(table, Table)
    assert table.rows[1:] == [["1", "Rà soát quy chế làm việc của các sở", "Sở Nội vụ", "Các sở", "Quý II/2025"],
                              ["2", "Lập kế hoạch", "Sở Tư pháp", "Các sở", "Quý III/2025"]]
