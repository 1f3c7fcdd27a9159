"""A data table's column widths come from its cells (compose.fit_widths, read by both writers)."""

from __future__ import annotations

from pathlib import Path

from docx import Document as open_docx
from docx.oxml.ns import qn
from pypdf import PdfReader

from app.exporters import docx_writer, fonts, pdf_writer
from app.exporters.column_widths import fit_widths
from app.exporters.document import Align, Column, Document, Format, Orientation, Section, Table, TableRow
from app.exporters.layouts import TextStyle

COLUMNS = [Column("STT", 9, Align.CENTER), Column("Nội dung nhiệm vụ", 58), Column("Cơ quan chủ trì", 58),
           Column("Thời hạn", 20, Align.CENTER), Column("Tình trạng", 30, Align.CENTER)]
ROW = ["1", "Rà soát, sắp xếp các cơ sở giáo dục mầm non và phổ thông trên địa bàn", "Sở Nội vụ",
       "Theo lộ trình sắp xếp đơn vị hành chính cấp xã", "Đang thực hiện trong hạn"]


def _lines(row: list[str], widths: list[float]) -> list[int]:
    return [len(fonts.split_lines(text, w - 3.0, 12)) for text, w in zip(row, widths, strict=True)]


def test_room_goes_where_it_takes_lines_off_the_rows() -> None:
    nominal = [c.width * 252 / 175 for c in COLUMNS]
    widths = fit_widths(nominal, [8.0] * 5, [ROW] * 30, TextStyle(12), 1.5)
    assert abs(sum(widths) - 252) < 0.05
    before, after = _lines(ROW, nominal), _lines(ROW, widths)
    assert max(after) < max(before), (before, after)  # the row is lower
    assert after[3] <= 3 < before[3]  # the deadline no longer runs down the page
    assert after[4] <= 2  # a status is never broken over three lines
    assert widths[2] < nominal[2]  # `Sở Nội vụ` gave up room it did not use


def test_both_writers_draw_the_fitted_widths(tmp_path: Path) -> None:
    table = Table(COLUMNS, [TableRow(ROW)] * 40)
    doc = Document(Format.STATE, [Section([table], Orientation.LANDSCAPE)])
    docx_writer.write(doc, tmp_path / "t.docx")
    pdf_writer.write(doc, tmp_path / "t.pdf")
    tbl = open_docx(str(tmp_path / "t.docx")).tables[0]._tbl
    grid = [int(c.get(qn("w:w"))) / 56.7 for c in tbl.tblGrid.findall(qn("w:gridCol"))]
    assert grid[3] > 30  # the nominal 29 mm wrapped the deadline over four lines
    text = PdfReader(str(tmp_path / "t.pdf")).pages[0].extract_text()
    assert "Theo lộ trình sắp xếp đơn vị" in " ".join(text.split())  # the wider cell's first line


def test_a_column_of_dashes_keeps_its_title_on_two_lines() -> None:
    """The targets table of 179/KH-UBND (27 targets, none measured): `Kết quả mới nhất` and `Ngày số
    liệu` over cells of `-` read one word a line, the column squeezed to the width of `nhất`."""
    from app.exporters.builders.targets import COLUMNS as TARGET_COLUMNS
    from app.exporters.compose import resolve
    from app.exporters.resolved import DataTable

    indicators = ["Tỷ trọng kinh tế số", "Tỷ lệ nhân lực lao động kinh tế số trong lực lượng lao động",
                  "Tỷ lệ doanh nghiệp sử dụng nền tảng số phục vụ quản trị (tối thiểu tích hợp thuế điện tử, hóa "
                  "đơn điện tử và tài chính kế toán)",
                  "Tỷ lệ trang trại, hợp tác xã nông nghiệp (trồng trọt, chăn nuôi gia súc, gia cầm, thủy - hải sản) "
                  "sử dụng nền tảng số phục vụ quản trị hoạt động trồng trọt, chăn nuôi"]
    rows = [TableRow([str(n), indicators[n % 4], "≥ 10 doanh nghiệp" if n % 5 == 0 else "≥ 90%", "", "-", "-",
                      "Chưa có số liệu"]) for n in range(1, 28)]
    doc = Document(Format.STATE, [Section([Table(TARGET_COLUMNS, rows)], Orientation.LANDSCAPE)])
    [table] = [i for i in resolve(doc).sections[0].items if isinstance(i, DataTable)]
    style = table.header_style
    for title, width in zip(table.header, table.widths, strict=True):
        lines = fonts.split_lines(title, width - 2 * table.padding, style.size, style.bold, style.italic)
        assert len(lines) <= 2, (title, width, lines)
