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


def test_a_running_header_without_page_numbers_is_dropped_where_it_cuts_a_sentence() -> None:
    header = "Kế hoạch cải cách hành chính - UBND tỉnh"
    filler = [f"{n}. Sở Nội vụ triển khai nội dung thứ {n} của kế hoạch đúng tiến độ." for n in range(3, 19)]
    lines = ["1. Sở Tư pháp chủ trì tăng cường kiểm tra việc thi hành pháp luật trên các lĩnh", header,
             "vực đất đai, môi trường và xây dựng.", *filler[:8],
             "**2. Trách nhiệm của các chủ đầu tư xây dựng và", header, "kinh doanh hạ tầng khu công nghiệp**",
             *filler[8:], "", header, "19. Sở Tài chính bảo đảm kinh phí."]
    texts = [b.text for b in _blocks(lines) if isinstance(b, Paragraph)]
    assert header not in " ".join(texts)
    assert texts[0] == ("1. Sở Tư pháp chủ trì tăng cường kiểm tra việc thi hành pháp luật trên các lĩnh vực đất "
                        "đai, môi trường và xây dựng.")
    assert "2. Trách nhiệm của các chủ đầu tư xây dựng và kinh doanh hạ tầng khu công nghiệp" in texts


def test_a_running_header_cutting_sentences_stays_furniture_where_a_page_opens_on_a_new_sentence() -> None:
    """One page opens on a new sentence after a line with no stop (a footnote marker, a table's last cell): the
    header three times cutting a sentence for that one capital below it is still a header."""
    header = "Kế hoạch thực hiện - Văn phòng UBND tỉnh"
    filler = [f"{n}. Sở Nội vụ triển khai nội dung thứ {n} của kế hoạch đúng tiến độ." for n in range(1, 41)]
    cuts = [["Các sở, ngành triển khai đồng bộ các biện", header, "pháp quản lý thuế trên địa bàn tỉnh."],
            ["Sở Tài chính tổng hợp, báo cáo Ủy ban nhân dân", header, "tỉnh trước ngày 15 hằng tháng."],
            ["Chi phí đầu tư cơ sở hạ tầng", header, "kinh tế - xã hội rất lớn."],
            ["[4]", header, "Trong năm được bổ sung kế hoạch vốn."]]
    lines = [line for k, cut in enumerate(cuts) for line in [*filler[10 * k:10 * k + 10], *cut]]
    texts = [b.text for b in _blocks(lines) if isinstance(b, Paragraph)]
    assert header not in " ".join(texts)
    assert any("đồng bộ các biện pháp quản lý thuế" in text for text in texts)


def test_a_sentence_tail_wrapped_the_same_way_under_every_item_stays() -> None:
    tail = "Sở Tài chính tổng hợp, báo cáo"
    items = [[f"{n}. Các phòng, ban thực hiện nội dung thứ {n} của kế hoạch này và gửi kết quả về", tail,
              "Ủy ban nhân dân tỉnh trước ngày 15 hằng tháng.", "Nội dung được triển khai đồng bộ.",
              "Các đơn vị phối hợp chặt chẽ.", "Kết quả được đánh giá hằng quý.", "Báo cáo được gửi đúng hạn.",
              "Kinh phí bảo đảm theo quy định.", "Sở Nội vụ theo dõi, đôn đốc."] for n in range(1, 5)]
    texts = [b.text for b in _blocks([line for item in items for line in item]) if isinstance(b, Paragraph)]
    assert sum(tail in t for t in texts) == 4  # a capital below it: nothing says it is furniture
    same = [[f"{n}. Nội dung thứ {n} của kế hoạch.", "Các phòng, ban gửi kết quả thực hiện về", tail,
             "trước ngày 15 hằng tháng.", *items[0][3:]] for n in range(1, 5)]
    texts = [b.text for b in _blocks([line for item in same for line in item]) if isinstance(b, Paragraph)]
    assert sum(tail in t for t in texts) == 4  # the same line above it every time: one sentence wrapped alike


def test_a_page_number_with_its_word_or_dashes_goes_even_where_it_cuts_a_sentence() -> None:
    filler = [f"{n}. Sở Nội vụ triển khai nội dung thứ {n} của kế hoạch đúng tiến độ." for n in range(2, 14)]
    lines = ["**1. Thời gian thực hiện**", "Trang 5/7", "", "Đợt thi đua được triển khai từ ngày ban hành.",
             *filler, "14. Sở Tư pháp kiểm tra việc thi hành pháp luật trên các", "- 6 -",
             "lĩnh vực đất đai."]
    blocks = [b for b in _blocks(lines) if isinstance(b, Paragraph)]
    assert (blocks[0].text, blocks[0].bold) == ("1. Thời gian thực hiện", True)
    assert blocks[-1].text == "14. Sở Tư pháp kiểm tra việc thi hành pháp luật trên các lĩnh vực đất đai."
