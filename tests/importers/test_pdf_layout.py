"""PDF layout read back: text side by side at one height is two lines (the header's number and
date), and a table printed cell by cell (as Word and LibreOffice print it) is a table again,
its header row repeated on the next page dropped and a row cut by the page break joined."""
from __future__ import annotations

from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

from app.importers.blocks import Paragraph, Table
from app.importers.readers import read_blocks
from app.resources import resource_path

HEADER = ["STT", "Nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian"]
COLUMNS = [72, 110, 300, 390, 480]  # where each column's text starts
LINE = 14


def _font(c: canvas.Canvas, size: int = 11) -> None:
    if "LiberationSerif" not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont("LiberationSerif", str(resource_path("fonts", "LiberationSerif-Regular.ttf"))))
    c.setFont("LiberationSerif", size)


def _row(c: canvas.Canvas, top: float, cells: list[list[str]]) -> float:
    """Print one table row cell by cell, each cell's lines from the row's top down; the y below it."""
    for x, lines in zip(COLUMNS, cells, strict=True):
        for k, line in enumerate(lines):
            c.drawString(x, top - k * LINE, line)
    return top - max(len(lines) for lines in cells) * LINE - 6


def _header_and_table(path: Path) -> Path:
    c = canvas.Canvas(str(path), pagesize=A4)
    _font(c)
    c.drawString(90, 800, "ỦY BAN NHÂN DÂN")
    c.drawString(300, 800, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")
    c.drawString(330, 786, "Độc lập - Tự do - Hạnh phúc")
    c.drawString(100, 760, "Số: 12/KH-UBND")  # the number and the date side by side, one height
    c.drawString(320, 760, "Hà Nội, ngày 02 tháng 3 năm 2025")
    c.drawString(250, 730, "KẾ HOẠCH")
    for k, line in enumerate(["Thực hiện Chỉ thị số 05/CT-TTg của Thủ tướng Chính phủ, Ủy ban nhân dân",
                              "ban hành Kế hoạch triển khai với các nội dung, nhiệm vụ và giải pháp chủ",
                              "yếu nhằm bảo đảm thực hiện đồng bộ, hiệu quả trên địa bàn thành phố."]):
        c.drawString(72, 700 - k * LINE, line)
    c.drawString(72, 650, "Các nhiệm vụ cụ thể như sau:")
    y = _row(c, 630, [[h] for h in HEADER])
    y = _row(c, y, [["1"], ["Rà soát quy chế làm", "việc của các sở"], ["Sở Nội vụ"], ["Các sở,", "ngành"],
                    ["Quý II/2025"]])
    y = _row(c, y, [["2"], ["Xây dựng kế hoạch", "chuyển đổi số"], ["Sở Khoa học", "và Công nghệ"], ["Các sở"],
                    ["Năm 2025"]])
    # row 3 is cut by the page break: its first lines here, the rest on page 2
    _row(c, y, [["3"], ["Tổ chức tập huấn cho"], ["Sở Tài chính"], ["Các xã,"], ["Quý IV/2025"]])
    c.drawString(290, 30, "1")
    c.showPage()
    _font(c)
    y = _row(c, 800, [[h] for h in HEADER])  # the header row Word repeats on each page
    y = _row(c, y, [[""], ["cán bộ cấp xã"], [""], ["phường"], [""]])
    y = _row(c, y, [["4"], ["Báo cáo kết quả"], ["Văn phòng UBND"], ["Các sở"], ["Tháng 12/2025"]])
    c.drawString(72, y - 20, "Nơi nhận:")
    c.drawString(290, 30, "2")
    c.save()
    return path


def test_text_side_by_side_at_one_height_is_two_lines(tmp_path: Path) -> None:
    texts = [b.text for b in read_blocks(_header_and_table(tmp_path / "plan.pdf")) if isinstance(b, Paragraph)]
    assert "Số: 12/KH-UBND" in texts
    assert "Hà Nội, ngày 02 tháng 3 năm 2025" in texts


def test_a_table_printed_cell_by_cell_is_one_table_across_pages(tmp_path: Path) -> None:
    blocks = read_blocks(_header_and_table(tmp_path / "plan.pdf"))
    tables = [b for b in blocks if isinstance(b, Table)]
    assert len(tables) == 1
    assert tables[0].rows == [
        HEADER,
        ["1", "Rà soát quy chế làm việc của các sở", "Sở Nội vụ", "Các sở, ngành", "Quý II/2025"],
        ["2", "Xây dựng kế hoạch chuyển đổi số", "Sở Khoa học và Công nghệ", "Các sở", "Năm 2025"],
        ["3", "Tổ chức tập huấn cho cán bộ cấp xã", "Sở Tài chính", "Các xã, phường", "Quý IV/2025"],
        ["4", "Báo cáo kết quả", "Văn phòng UBND", "Các sở", "Tháng 12/2025"],
    ]
    texts = [b.text for b in blocks if isinstance(b, Paragraph)]
    assert "Các nhiệm vụ cụ thể như sau:" in texts and "Nơi nhận:" in texts


def test_running_text_stays_lines(tmp_path: Path) -> None:
    """Paragraphs with a hanging indent and a bold run inside a line are no table."""
    path = tmp_path / "prose.pdf"
    c = canvas.Canvas(str(path), pagesize=A4)
    _font(c)
    y = 800
    for i in range(1, 6):
        c.drawString(72, y, f"{i}. Sở Nội vụ chủ trì, phối hợp với các sở, ngành rà soát quy chế làm")
        c.drawString(90, y - LINE, "việc, bảo đảm rõ người, rõ việc, rõ trách nhiệm.")
        y -= 2 * LINE + 8
    c.save()
    blocks = read_blocks(path)
    assert not any(isinstance(b, Table) for b in blocks)
    assert len(blocks) == 5


def test_cells_printed_on_one_line_are_parted_at_the_columns() -> None:
    """A narrow cell's text and the next cell's can come as one line (with a blank piece between):
    parted where other lines start, the blank piece dropped, the header row stays whole."""
    from app.importers.readers.pdftable import split_tables

    def row(x: float, y: float, text: str, pieces: list | None = None) -> list:
        return [x, y, text, x + 10 * len(text), pieces or []]

    rows = [
        row(90, 500, "STT Nhiệm vụ", [(126, 3), (126, 4)]),  # `STT`, a space, `Nhiệm vụ`
        row(300, 500, "Chủ trì"), row(400, 500, "Thời gian"),
        row(90, 480, "1"), row(126, 480, "Rà soát quy chế"), row(126, 466, "làm việc"),
        row(300, 480, "Sở Nội vụ"), row(400, 480, "Quý II/2025"),
        row(90, 450, "2"), row(126, 450, "Tập huấn"), row(300, 450, "Sở Tài chính"), row(400, 450, "Năm 2025"),
    ]
    (table,) = split_tables(rows)
    assert isinstance(table, Table)
    assert table.rows == [["STT", "Nhiệm vụ", "Chủ trì", "Thời gian"],
                          ["1", "Rà soát quy chế làm việc", "Sở Nội vụ", "Quý II/2025"],
                          ["2", "Tập huấn", "Sở Tài chính", "Năm 2025"]]


def test_a_page_number_above_a_table_is_no_row_of_it() -> None:
    from app.importers.readers.pdftable import split_tables

    def row(x: float, y: float, text: str) -> list:
        return [x, y, text, x + 10 * len(text), []]

    rows = [row(290, 800, "2"),  # the page number, centred at the top of the page
            row(126, 780, "cán bộ cấp xã"), row(300, 780, "phường"),  # the tail of a row cut by the break
            row(90, 760, "4"), row(126, 760, "Báo cáo"), row(300, 760, "Các sở"), row(400, 760, "Quý IV"),
            row(90, 740, "5"), row(126, 740, "Tổng kết"), row(300, 740, "Các xã"), row(400, 740, "Năm 2026")]
    out = split_tables(rows)
    assert out[0] is rows[0]
    assert isinstance(out[1], Table) and out[1].rows[0] == ["", "cán bộ cấp xã", "phường", ""]


def _next_page(c: canvas.Canvas, number: int, *, repeat_header: bool) -> float:
    """Start page `number`: its number at the top, then the table header if it repeats; returns
    where the first row goes."""
    c.showPage()
    _font(c)
    c.drawString(295, 815, str(number))
    return _row(c, 780, [[h] for h in HEADER]) if repeat_header else 780


def _long_table(path: Path, *, repeat_header: bool) -> Path:
    """Three pages of one table: page 1 ends inside row 2, page 2 holds only the rest of that
    row (one row, no header), page 3 the rest of row 2's last cell and row 3. Page numbers at
    the top of every page after the first, as LibreOffice prints them."""
    c = canvas.Canvas(str(path), pagesize=A4)
    _font(c)
    y = _row(c, 800, [[h] for h in HEADER])
    y = _row(c, y, [["1"], ["Rà soát quy chế"], ["Sở Nội vụ"], ["Các sở"], ["Quý II/2025"]])
    _row(c, y, [["2"], ["Sửa đổi quy định về"], ["Sở Tư pháp"], ["Sở Tài chính,"], ["Năm 2025"]])
    top = _next_page(c, 2, repeat_header=repeat_header)
    # only the cut row's tail: the task name and the partner column go on
    for k, line in enumerate(["quản lý đầu tư", "công trên địa bàn", "tỉnh"]):
        c.drawString(COLUMNS[1], top - k * LINE, line)
    c.drawString(COLUMNS[3], top, "Sở Xây dựng,")
    top = _next_page(c, 3, repeat_header=repeat_header)
    c.drawString(COLUMNS[3], top, "các xã")  # one cell alone: the last of the cut row
    _row(c, top - LINE - 6, [["3"], ["Tổng kết"], ["Văn phòng"], ["Các sở"], ["Tháng 12/2025"]])
    c.save()
    return path


LONG_ROWS = [
    HEADER,
    ["1", "Rà soát quy chế", "Sở Nội vụ", "Các sở", "Quý II/2025"],
    ["2", "Sửa đổi quy định về quản lý đầu tư công trên địa bàn tỉnh", "Sở Tư pháp",
     "Sở Tài chính, Sở Xây dựng, các xã", "Năm 2025"],
    ["3", "Tổng kết", "Văn phòng", "Các sở", "Tháng 12/2025"],
]


def test_a_page_holding_only_the_rest_of_a_cut_row_stays_in_the_table(tmp_path: Path) -> None:
    blocks = read_blocks(_long_table(tmp_path / "long.pdf", repeat_header=False))
    tables = [b for b in blocks if isinstance(b, Table)]
    assert len(tables) == 1
    assert tables[0].rows == LONG_ROWS
    assert not [b for b in blocks if isinstance(b, Paragraph) and b.text.strip() in {"2", "3"}]


def test_a_long_table_with_its_header_repeated_is_one_table(tmp_path: Path) -> None:
    tables = [b for b in read_blocks(_long_table(tmp_path / "long.pdf", repeat_header=True)) if isinstance(b, Table)]
    assert len(tables) == 1
    assert tables[0].rows == LONG_ROWS


def test_a_section_title_in_a_merged_cell_keeps_the_header_row(tmp_path: Path) -> None:
    """A row of one cell under the task column (a section title across the columns) is a row of
    the table, so the header above it stays the table's first row."""
    path = tmp_path / "annex.pdf"
    c = canvas.Canvas(str(path), pagesize=A4)
    _font(c)
    y = _row(c, 800, [[h] for h in HEADER])
    c.drawString(COLUMNS[1], y, "I. Kinh tế số")
    y = _row(c, y - LINE - 6, [["1"], ["Rà soát"], ["Sở Nội vụ"], ["Các sở"], ["Năm 2025"]])
    c.drawString(COLUMNS[1], y, "II. Xã hội số")
    y = _row(c, y - LINE - 6, [["1"], ["Tập huấn"], ["Sở Tài chính"], ["Các xã"], ["Năm 2026"]])
    c.drawString(72, y - 20, "Nơi nhận:")
    c.save()
    blocks = read_blocks(path)
    (table,) = [b for b in blocks if isinstance(b, Table)]
    assert table.rows == [HEADER, ["", "I. Kinh tế số", "", "", ""],
                          ["1", "Rà soát", "Sở Nội vụ", "Các sở", "Năm 2025"],
                          ["", "II. Xã hội số", "", "", ""],
                          ["1", "Tập huấn", "Sở Tài chính", "Các xã", "Năm 2026"]]
    assert "Nơi nhận:" in [b.text for b in blocks if isinstance(b, Paragraph)]


def test_text_at_the_top_of_the_next_page_is_no_part_of_the_table() -> None:
    """The carried columns hold only for cells at those columns: a paragraph at the margin after
    the break, or text at other x, starts the page as lines."""
    from app.importers.readers.pdftable import split_pages

    def row(x: float, y: float, text: str) -> list:
        return [x, y, text, x + 10 * len(text), []]

    page1 = [row(90, 800, "TT"), row(126, 800, "Nhiệm vụ"), row(300, 800, "Chủ trì"),
             row(90, 780, "1"), row(126, 780, "Rà soát"), row(300, 780, "Sở Nội vụ")]
    page2 = [row(90, 800, "Tổ chức thực hiện"), row(90, 786, "Các sở, ngành thực hiện.")]
    page3 = [row(200, 800, "Một đoạn văn lệch")]
    out = split_pages([page1, page2, page3])
    assert isinstance(out[0][0], Table)
    assert out[1] == page2 and out[2] == page3


def test_a_row_whose_number_was_cut_by_the_break_is_joined() -> None:
    """A narrow number column wraps `115.` as `115` and `.`: when the break falls between them,
    the next page's first cell is the `.` alone, the rest of the same row, not a new row."""
    from app.importers.readers.pdftable import join_page_tables

    above = Table(rows=[["TT", "Nhiệm vụ", "Chủ trì"], ["114.", "Rà soát", "Sở Nội vụ"],
                        ["115", "Số hoá dữ liệu", "Các"]])
    below = Table(rows=[[".", "hộ tịch", "xã"], ["116.", "Tập huấn", "Sở Tư pháp"]])
    (table,) = join_page_tables([above, below])
    assert table.rows[2:] == [["115.", "Số hoá dữ liệu hộ tịch", "Các xã"], ["116.", "Tập huấn", "Sở Tư pháp"]]


def test_a_number_wrapped_in_its_cell_keeps_its_dot() -> None:
    from app.importers.readers.pdftable import split_tables

    def row(x: float, y: float, text: str) -> list:
        return [x, y, text, x + 10 * len(text), []]

    rows = [row(90, 500, "TT"), row(126, 500, "Nhiệm vụ"), row(300, 500, "Chủ trì"),
            row(90, 480, "139"), row(90, 467, "."), row(126, 480, "Rà soát"), row(300, 480, "Sở Nội vụ"),
            row(90, 450, "140"), row(90, 437, "."), row(126, 450, "Tập huấn"), row(300, 450, "Sở Tài chính")]
    (table,) = split_tables(rows)
    assert isinstance(table, Table)
    assert [r[0] for r in table.rows] == ["TT", "139.", "140."]


def test_an_indented_paragraph_after_the_break_is_no_cut_row() -> None:
    """A paragraph whose first line is indented to where a column of the table above starts is
    still a paragraph: its next lines go back to the margin, left of the table."""
    from app.importers.readers.pdftable import split_pages

    def row(x: float, y: float, text: str) -> list:
        return [x, y, text, x + 10 * len(text), []]

    page1 = [row(90, 800, "TT"), row(126, 800, "Nhiệm vụ"), row(300, 800, "Chủ trì"),
             row(90, 780, "1"), row(126, 780, "Rà soát"), row(300, 780, "Sở Nội vụ")]
    page2 = [row(126, 800, "Các sở, ngành căn cứ chức năng, nhiệm vụ được giao"),
             row(72, 786, "tổ chức thực hiện Kế hoạch này.")]
    out = split_pages([page1, page2])
    assert out[1] == page2
