"""Annex task tables printed cell fragment by fragment (PDF text): `readers.wrapped_cells`.

Synthetic texts of the two printings met (a gazette's PDF text: each cell wrapped at its column's width, the header's
names wrapped too, the page's running title, number and the header printed again at each page break), with their
habits one by one: a narrow justified column broken into single words, a row cut by a page break, a group row, a
cell run onto the task's last line, a time run onto the product's.
"""
from __future__ import annotations

from app.importers.blocks import Table
from app.importers.readers.cell_tables import take_cell_table
from app.importers.readers.textfile import parse_text
from app.importers.readers.wrapped_cells import take_wrapped_table

HEADER = ["STT", "Tên nhiệm vụ cụ thể", "Cơ quan", "chủ trì", "Cơ quan", "phối hợp", "Kết quả", "Thời gian hoàn",
          "thành"]
NAMES = ["STT", "Tên nhiệm vụ cụ thể", "Cơ quan chủ trì", "Cơ quan phối hợp", "Kết quả", "Thời gian hoàn thành"]
PAGE = ["", "TẠP CHÍ/Số 12/Ngày 01-02-2027", "41", "", *HEADER]

ROW_1 = ["1.", "", "Tăng cường chỉ đạo xây dựng và tổ chức thực hiện",  # the task column: ~48 characters wide
         "hiệu quả các chủ trương, chính sách, pháp luật,", "chương trình về an toàn lao động.",
         "Các", "sở", "ở", "tỉnh,", "Ủy ban nhân", "dân cấp huyện",  # a justified narrow line, word by word
         "Các cơ quan, tổ", "chức có liên", "quan.", "Văn bản chỉ đạo", "Thường xuyên"]
ROW_2 = ["2.", "", "Xây dựng Đề án nâng cao hiệu quả công tác kiểm", "tra an toàn lao động tại các doanh nghiệp nhỏ",
         "trong giai đoạn mới.", "Sở Lao động", "Sở Công Thương,", "cơ quan, đơn vị", "liên quan",
         "Quyết định phê", "duyệt Đề án", "Quý II/2027"]
ROW_3 = ["3.", "", "Rà soát danh mục các cơ sở có nguy cơ cao về", "tai nạn lao động và lập kế hoạch kiểm tra",
         "Sở Lao động", "Sở Y tế, các cơ", "quan, đơn vị", "Kế hoạch kiểm tra", "Tháng 6/2027",
         *PAGE,  # the page breaks inside row 3: the rest of each cut cell after the header printed again
         "định kỳ hằng năm theo mức độ rủi ro của từng", "cơ sở.", "có liên quan"]


def _table(lines: list[str]) -> list[list[str]]:
    read = take_wrapped_table(lines, 0)
    assert read is not None
    return read[0]


def test_a_wrapped_header_is_joined_into_its_column_names() -> None:
    table = _table([*HEADER, *ROW_1, *ROW_2])
    assert table[0] == NAMES


def test_each_fragment_goes_to_its_cell_by_width_and_openings() -> None:
    table = _table([*HEADER, *ROW_1, *ROW_2])
    assert table[1] == ["1", "Tăng cường chỉ đạo xây dựng và tổ chức thực hiện hiệu quả các chủ trương, chính sách, "
                        "pháp luật, chương trình về an toàn lao động.",
                        "Các sở ở tỉnh, Ủy ban nhân dân cấp huyện", "Các cơ quan, tổ chức có liên quan.",
                        "Văn bản chỉ đạo", "Thường xuyên"]
    assert table[2][2:] == ["Sở Lao động", "Sở Công Thương, cơ quan, đơn vị liên quan", "Quyết định phê duyệt Đề án",
                            "Quý II/2027"]


def test_a_row_cut_by_a_page_break_goes_on_after_the_page_furniture() -> None:
    lines = [*HEADER, *ROW_1, *ROW_2, *ROW_3, "4.", "", "Tổng kết, đánh giá việc thực hiện kế hoạch và",
             "đề xuất sửa đổi, bổ sung cho giai đoạn sau.", "Sở Lao động", "Các sở, ngành", "Báo cáo", "Năm 2030",
             *PAGE[:3], "5.", "", "Tổ chức tập huấn về an toàn lao động cho các", "doanh nghiệp trên địa bàn.",
             "Sở Lao động", "Các sở, ngành", "Hội nghị tập huấn", "Hằng năm"]
    table = _table(lines)
    assert table[3] == ["3", "Rà soát danh mục các cơ sở có nguy cơ cao về tai nạn lao động và lập kế hoạch kiểm tra "
                        "định kỳ hằng năm theo mức độ rủi ro của từng cơ sở.", "Sở Lao động",
                        "Sở Y tế, các cơ quan, đơn vị có liên quan", "Kế hoạch kiểm tra", "Tháng 6/2027"]
    assert [row[0] for row in table[1:]] == ["1", "2", "3", "4", "5"]  # the page numbers are no rows
    assert table[4][5] == "Năm 2030" and table[5][5] == "Hằng năm"


def test_group_rows_are_kept_and_numbering_may_start_again_under_them() -> None:
    """A group row's number alone on its line, its title below it and its empty cells as blank lines."""
    header = ["TT", "Tên nhiệm vụ", "Cơ quan", "chủ trì", "Cơ", "quan", "phối hợp", "Kết quả/Đánh giá", "Thời", "hạn",
              "hoàn thành"]
    lines = [*header, "I.", "Nâng cao nhận thức về an toàn lao động", "", "", "", "", *ROW_1,
             "II.", "Hoàn thiện thể chế về an toàn lao động", *(["1."] + ROW_2[1:])]
    table = _table(lines)
    assert table[0][3] == "Cơ quan phối hợp" and table[0][5] == "Thời hạn hoàn thành"
    assert [row[:2] for row in table[1:] if row[0] in ("I", "II")] == [
        ["I", "Nâng cao nhận thức về an toàn lao động"], ["II", "Hoàn thiện thể chế về an toàn lao động"]]
    assert [row[0] for row in table[1:]] == ["I", "1", "II", "1"]
    assert table[4][5] == "Quý II/2027"


def test_a_cell_run_onto_a_line_of_another_is_cut_off() -> None:
    """A short cell printed on the task's last line (`… lao động Sở Lao động`: one baseline), and a time on the
    product's (`… kiểm tra Thường xuyên`)."""
    row = ["2.", "Xây dựng Đề án nâng cao hiệu quả công tác kiểm",
           "tra an toàn lao động tại các doanh nghiệp nhỏ Sở Lao động",
           "Sở Công Thương", "Báo cáo kết quả kiểm tra Thường xuyên"]
    table = _table([*HEADER, *ROW_1, *row])
    assert table[2][1:] == ["Xây dựng Đề án nâng cao hiệu quả công tác kiểm tra an toàn lao động tại các doanh "
                            "nghiệp nhỏ",
                            "Sở Lao động", "Sở Công Thương", "Báo cáo kết quả kiểm tra", "Thường xuyên"]


def test_a_header_printed_one_name_per_line_is_left_to_flattable() -> None:
    """No name wrapped: the one-cell-per-line printing, which `flattable` reads; `take_cell_table` is the one entry."""
    lines = ["STT", "Nội dung nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian hoàn thành",
             "1", "Lập kế hoạch kiểm tra", "Sở A", "Sở B", "Quý II/2027",
             "2", "Tổ chức tập huấn", "Sở A", "Sở C", "Quý III/2027"]
    assert take_wrapped_table(lines, 0) is None
    read = take_cell_table(lines, 0)
    assert read is not None and read[0][1] == ["1", "Lập kế hoạch kiểm tra", "Sở A", "Sở B", "Quý II/2027"]


def test_the_text_reader_gives_the_table_through_its_running_titles() -> None:
    """Read from a whole text: the cells' fragments (`Các` / `sở`, repeated under many rows) are no running titles,
    the page's own title and number go."""
    rows = [*ROW_1, *ROW_2, *ROW_3]
    for k in range(4, 8):
        rows += [f"{k}.", "", f"Kiểm tra việc thực hiện nhiệm vụ số {k} về an toàn", "lao động tại các doanh nghiệp.",
                 "Các", "sở", "Các cơ quan", "Báo cáo", "Thường xuyên"]
    text = "\n".join(["PHỤ LỤC", "DANH MỤC NHIỆM VỤ", "", *HEADER, *rows, *PAGE[:3], ""])
    tables = [b for b in parse_text(text) if isinstance(b, Table)]
    assert len(tables) == 1
    assert [row[0] for row in tables[0].rows[1:]] == ["1", "2", "3", "4", "5", "6", "7"]
    assert tables[0].rows[4][2:4] == ["Các sở", "Các cơ quan"]
    assert not any("TẠP CHÍ" in cell for row in tables[0].rows for cell in row)


def test_the_table_ends_at_a_line_no_column_could_hold() -> None:
    """Prose after the table (a line as wide as the page) is no cell of its last row."""
    prose = ("Trong quá trình tổ chức thực hiện, nếu có vướng mắc, các cơ quan, đơn vị phản ánh về Sở Lao động để tổng "
             "hợp, báo cáo.")
    lines = [*HEADER, *ROW_1, *ROW_2, "", prose, "Các sở, ngành thực hiện."]
    read = take_wrapped_table(lines, 0)
    assert read is not None
    assert read[0][-1][-1] == "Quý II/2027" and lines[read[1]] == prose
