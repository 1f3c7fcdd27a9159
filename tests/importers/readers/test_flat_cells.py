"""Task tables a website exports one cell per line, with no `|` (readers/flattable.py, flatrows.py)."""
from __future__ import annotations

from app.importers.blocks import Table
from app.importers.readers.flatrows import fit_short_row
from app.importers.readers.flattable import take_flat_table
from app.importers.readers.page_furniture import mark_page_numbers
from app.importers.readers.textfile import parse_text

HEADER = ["STT", "Nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Sản phẩm", "Thời gian hoàn thành"]


def _rows(text: str) -> list[list[str]]:
    tables = [b for b in parse_text(text) if isinstance(b, Table)]
    assert len(tables) == 1
    return tables[0].rows


def _flat(rows: list[list[str]]) -> str:
    """The rows as a website's plain export writes them: a cell a line, empty cells left out."""
    return "\n\n".join("\n".join(c for c in row if c) for row in rows)


def test_an_omitted_empty_cell_is_the_one_whose_column_the_others_do_not_fit() -> None:
    rows = [HEADER,
            ["1", "Xây dựng đề án chuyển đổi số", "Sở Nội vụ", "Các sở, ngành", "Đề án", "Quý II/2025"],
            ["2", "Ban hành quy chế phối hợp", "Sở Tư pháp", "Các sở, ngành", "Quyết định", "Quý III/2025"],
            ["3", "Lập kế hoạch tuyên truyền", "Sở Văn hóa", "", "Quyết định ban hành", "Quý IV/2025"],
            ["4", "Tổng hợp báo cáo", "Văn phòng", "Các sở", "", "Tháng 12/2025"]]
    table = _rows(_flat(rows))
    assert table[3] == rows[3]
    assert table[4] == rows[4]


def test_fit_short_row_keeps_the_order_and_the_leftmost_places_on_a_tie() -> None:
    profiles = [set(), set(), {"sở"}, {"sở"}, set(), set()]
    assert fit_short_row(["1", "Việc A", "Sở B", "Sở C"], profiles, None) == ["1", "Việc A", "Sở B", "Sở C", "", ""]


def test_a_month_or_a_year_alone_on_its_line_is_a_deadline_cell_not_a_page_number() -> None:
    rows = [HEADER] + [[str(k), f"Nhiệm vụ số {k} của kế hoạch", "Sở Nội vụ", "Các sở", "Báo cáo", time]
                       for k, time in enumerate(["6/2025", "2025", "2026", "12/2025"] * 6, start=1)]
    table = _rows(_flat(rows))
    assert [row[5] for row in table[1:]] == [row[5] for row in rows[1:]]


def test_row_numbers_counted_again_under_each_group_are_no_page_numbers() -> None:
    rows = [["TT", "Chỉ tiêu", "Chủ trì"], ["I. Kinh tế số"]]
    rows += [[str(k), f"Chỉ tiêu thứ {k} của nhóm một đạt kết quả", f"Sở số {k}"] for k in range(1, 8)]
    rows += [["II. Xã hội số"]]
    rows += [[str(k), f"Chỉ tiêu thứ {k} của nhóm hai đạt kết quả", f"Ban số {k}"] for k in range(1, 8)]
    lines = _flat(rows).split("\n")
    assert mark_page_numbers(lines) == lines
    assert len(_rows(_flat(rows))) == len(rows)


def test_a_header_cell_merged_over_two_columns_gives_its_place_to_their_names() -> None:
    text = _flat([["TT", "Nội dung công việc", "Cơ quan thực hiện", "Thời hạn", "Ghi chú"], ["Chủ trì", "Phối hợp"],
                  ["A", "VĂN BẢN CỦA CHÍNH PHỦ"],
                  ["1", "Nghị định quy định chi tiết", "Cục A", "Vụ B", "Tháng 11/2024"],
                  ["2", "Thông tư hướng dẫn", "Cục C", "Vụ D", "Quý IV/2024", "Sửa đổi Thông tư số 1"]])
    flat = take_flat_table(text.split("\n"), 0)
    assert flat is not None
    assert flat[0][0] == ["TT", "Nội dung công việc", "Chủ trì", "Phối hợp", "Thời hạn", "Ghi chú"]
    assert flat[0][2] == ["1", "Nghị định quy định chi tiết", "Cục A", "Vụ B", "Tháng 11/2024", ""]
    assert flat[0][3][5] == "Sửa đổi Thông tư số 1"


def test_the_header_printed_again_under_a_group_row_is_no_cell_of_it() -> None:
    text = _flat([HEADER, ["I", "Chuyển đổi số"],
                  ["1.1", "Xây dựng kế hoạch", "Sở A", "Sở B", "Kế hoạch", "2026"],
                  ["II", "Kinh tế số"], ["Nội dung", *HEADER[2:]],
                  ["2.1", "Triển khai nền tảng", "Sở C", "Sở D", "Nền tảng", "2027"]])
    rows = _rows(text)
    assert rows[3] == ["II", "Kinh tế số", "", "", "", ""]
    assert rows[4] == ["2.1", "Triển khai nền tảng", "Sở C", "Sở D", "Nền tảng", "2027"]
