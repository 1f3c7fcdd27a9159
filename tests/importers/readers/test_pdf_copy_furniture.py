"""A PDF copied as text: the page number and running header printed at each page break land inside
a table copied one cell per line, or inside a sentence the break cut. They are page furniture, not
plan text: the table row and the sentence go on across them."""
from __future__ import annotations

from app.importers.blocks import Paragraph, Table
from app.importers.readers import read_bytes

HEAD = ["STT", "Nhiệm vụ", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời gian hoàn thành"]
ROWS = [["1", "Rà soát các quy định về điều kiện kinh doanh", "Vụ Pháp chế", "Các Cục, Vụ", "Quý IV/2024"],
        ["2", "Tổ chức các chương trình xúc tiến thương mại", "Cục Xúc tiến thương mại", "Vụ Thị trường",
         "Năm 2025"],
        ["3", "Hướng dẫn doanh nghiệp tận dụng ưu đãi", "Vụ Chính sách đa biên", "Cục Xuất nhập khẩu",
         "Thường xuyên"]]


def _blocks(lines: list[str]) -> list:
    return read_bytes("\n".join(lines).encode("utf-8"), ".txt")


def _table(lines: list[str]) -> list[list[str]]:
    (table,) = [b for b in _blocks(lines) if isinstance(b, Table)]
    return table.rows


def _cells(rows: list[list[str]]) -> list[str]:
    return [cell for row in rows for cell in row]


def test_a_page_number_and_running_header_inside_a_flattened_table_are_no_cells() -> None:
    for furniture in (["- 2 -"], ["2", "Kế hoạch số 15/KH-UBND"], ["Trang 2/3", "Kế hoạch số 15/KH-UBND"]):
        cells = _cells([HEAD, *ROWS])
        cut = cells.index("Vụ Chính sách đa biên") + 1  # the break cuts the last row
        lines = ["PHỤ LỤC", *cells[:cut], *furniture, *cells[cut:], "", "Nơi nhận:"]
        assert _table(lines) == [HEAD, *ROWS], furniture


def test_a_row_numbered_out_of_order_is_still_a_row() -> None:
    rows = [ROWS[0], ["5", *ROWS[1][1:]], ROWS[2]]  # the clerk's numbering skips: no page break
    rows[2] = ["6", *ROWS[2][1:]]
    lines = ["PHỤ LỤC", *_cells([HEAD, *rows]), "", "Nơi nhận:"]
    assert _table(lines) == [HEAD, *rows]


def test_a_running_header_beside_every_page_number_is_dropped_even_mid_sentence() -> None:
    lines = ["1. Sở Tư pháp chủ trì tăng cường kiểm tra việc thi hành pháp luật trên các lĩnh",
             "- 1 -", "Kế hoạch cải cách hành chính năm 2024",
             "vực đất đai, môi trường và xây dựng, hoàn thành trong năm 2024.",
             "2. Văn phòng Ủy ban nhân dân tỉnh nâng cấp hệ thống quản lý văn bản, hoàn thành trong tháng",
             "- 2 -", "Kế hoạch cải cách hành chính năm 2024",
             "10/2024."]
    texts = [b.text for b in _blocks(lines) if isinstance(b, Paragraph)]
    assert texts == ["1. Sở Tư pháp chủ trì tăng cường kiểm tra việc thi hành pháp luật trên các lĩnh vực đất "
                     "đai, môi trường và xây dựng, hoàn thành trong năm 2024.",
                     "2. Văn phòng Ủy ban nhân dân tỉnh nâng cấp hệ thống quản lý văn bản, hoàn thành trong "
                     "tháng 10/2024."]


def test_a_title_repeated_away_from_page_numbers_stays() -> None:
    lines = ["KẾ HOẠCH", "Cải cách hành chính năm 2024", "I. MỤC ĐÍCH",
             "1. Triển khai Kế hoạch cải cách hành chính năm 2024 đúng tiến độ.",
             "II. NỘI DUNG", "Cải cách hành chính năm 2024", "1. Rà soát thủ tục hành chính."]
    texts = [b.text for b in _blocks(lines) if isinstance(b, Paragraph)]
    assert texts.count("Cải cách hành chính năm 2024") == 2


def test_numbering_that_goes_on_after_a_group_row_is_no_page_number() -> None:
    rows = [["I", "HẠ TẦNG SỐ", "", "", ""], ROWS[0], ROWS[1],
            ["II", "NGUỒN NHÂN LỰC SỐ", "", "", ""], ["3", *ROWS[2][1:]]]
    lines = ["PHỤ LỤC", *HEAD, *[c for row in rows for c in row if c], "", "Nơi nhận:"]
    assert _table(lines) == [HEAD, *rows]
