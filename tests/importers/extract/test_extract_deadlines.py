"""Deadline phrases: verbatim, without lead-ins; frequency words alone are not deadlines."""
from __future__ import annotations

import pytest

from app.importers.extract.deadline_text import attribute_value, clean_value, find_in_prose

PROSE = [
    ("Tổ chức niêm yết tại các bộ phận (xong trước ngày 30/4/2017) 10 nội dung sau:", "xong trước ngày 30/4/2017"),
    ("Hoàn thành và báo cáo UBND Thành phố trước ngày 30/6/2017.", "trước ngày 30/6/2017"),
    ("trình UBND Thành phố phê duyệt trong Quý II/2017.", "Quý II/2017"),
    ("Thời gian hoàn thành trước ngày 31/5/2017.", "trước ngày 31/5/2017"),
    ("Định kỳ ngày 25 hằng tháng báo cáo Chủ tịch UBND Thành phố.", "Định kỳ ngày 25 hằng tháng"),
    ("Triển khai thực hiện từ năm 2017 quy định đánh giá.", "từ năm 2017"),
    ("Báo cáo tổng hợp sau khi kết thúc thời gian thực hiện Kế hoạch; kiến nghị.",
     "sau khi kết thúc thời gian thực hiện Kế hoạch"),
    ("Xây dựng kế hoạch (Hoàn thành trước ngày 31/3/2017). Lồng ghép nội dung.", "Hoàn thành trước ngày 31/3/2017"),
    ("Định kỳ báo cáo kết quả thực hiện trước ngày 15/12 hàng năm về Sở Nội vụ.", "trước ngày 15/12 hàng năm"),
    ("Hàng tháng (định kỳ trước ngày 25 hàng tháng), hàng quý (định kỳ trước ngày 25 của tháng cuối quý) "
     "tổng hợp kết quả.", "Hàng tháng (định kỳ trước ngày 25 hàng tháng), hàng quý (định kỳ trước ngày 25 của "
                          "tháng cuối quý)"),
]


@pytest.mark.parametrize(("text", "phrase"), PROSE)
def test_phrase_in_prose(text: str, phrase: str) -> None:
    assert find_in_prose(text) == phrase


@pytest.mark.parametrize("text", [
    "Thường xuyên kiểm tra, đôn đốc việc thực hiện.",
    # a frequency in the middle of an item is how often, not when (an item's opening is, below)
    "Nâng cao chất lượng quy hoạch cán bộ. Hằng năm, cấp ủy rà soát quy hoạch.",
    "Thực hiện Nghị quyết số 04-NQ/TU ngày 31/5/2021 của Thành ủy.",
    "Xây dựng Đề án “Đào tạo cán bộ giai đoạn 2021-2025 và định hướng đến năm 2030”.",
    "tham mưu ban hành Kế hoạch ứng dụng công nghệ thông tin giai đoạn 2021-2025.",
])
def test_no_deadline(text: str) -> None:
    assert find_in_prose(text) is None


def test_attribute_lines() -> None:
    assert attribute_value("Thời gian thực hiện: trong năm 2021 và các năm tiếp theo.") is not None
    assert attribute_value("Thời hạn hoàn thành: Quý III/2024") == "Quý III/2024"
    assert attribute_value("Tổ chức thực hiện kế hoạch") is None
    assert clean_value("xong trước ngày 31/5/2017, báo cáo UBND Thành phố kết quả thực hiện.") == \
        "xong trước ngày 31/5/2017"
    assert clean_value("Thường xuyên;") == "Thường xuyên"
    assert clean_value("trong quý I hằng năm (riêng năm 2021, hoàn thành trong quý II).") == \
        "trong quý I hằng năm (riêng năm 2021, hoàn thành trong quý II)"


# Session 3 (issue 10): rules read off real plans; each example is written for the rule, not copied.
FREQUENCY_TIED_TO_A_TIME = [
    # a frequency with its dates in parentheses, anywhere in the item, one or several
    ("Định kỳ hằng năm (trước ngày 10 tháng 12) báo cáo kết quả về Sở Tư pháp.",
     "Định kỳ hằng năm (trước ngày 10 tháng 12)"),
    ("Tổng hợp, báo cáo UBND tỉnh định kỳ 6 tháng (trước ngày 15/6) và hằng năm (trước ngày 15/12).",
     "định kỳ 6 tháng (trước ngày 15/6) và hằng năm (trước ngày 15/12)"),
    # a daily time of day, with the unscheduled reports that go with it
    ("Tổng hợp nhu cầu, báo cáo Ban Chỉ huy trước 17h00 hằng ngày và đột xuất khi có yêu cầu.",
     "trước 17h00 hằng ngày và đột xuất khi có yêu cầu"),
    ("Cập nhật số liệu thiệt hại, báo cáo 03 lần/ngày (trước 8h00, 12h00 và 17h00) về Sở Công Thương.",
     "03 lần/ngày (trước 8h00, 12h00 và 17h00)"),
    # an item that opens with its frequency and a comma
    ("Hằng quý, tổ chức giao ban đánh giá tiến độ thực hiện Đề án.", "Hằng quý"),
    ("Định kỳ hằng năm, tổ chức sơ kết việc thực hiện Chương trình.", "Định kỳ hằng năm"),
    ("Hằng năm, tổ chức tổng kết; thời gian thực hiện: trước ngày 15/12 hằng năm.", "trước ngày 15/12 hằng năm"),
]


@pytest.mark.parametrize(("text", "phrase"), FREQUENCY_TIED_TO_A_TIME)
def test_frequency_tied_to_a_time_is_the_deadline(text: str, phrase: str) -> None:
    assert find_in_prose(text) == phrase


@pytest.mark.parametrize(("text", "phrase"), [
    ("Tổ chức đợt kiểm tra từ tháng 4/2026 đến tháng 8/2026 tại các xã.", "từ tháng 4/2026 đến tháng 8/2026"),
    ("Quan trắc chất lượng nước từ tháng 3 đến tháng 10 hằng năm.", "từ tháng 3 đến tháng 10 hằng năm"),
    ("Rà soát quy hoạch vùng nuôi (2026 - 2027).", "2026 - 2027"),
    ("Hoàn thiện cơ sở dữ liệu đất đai (năm 2027).", "năm 2027"),
    ("Sở Tư pháp theo dõi thi hành pháp luật, thời gian thực hiện: hằng năm.", "hằng năm"),
    ("Báo cáo UBND tỉnh kết quả hội thi khi tổng kết Đợt thi đua.", "khi tổng kết Đợt thi đua"),
    ("Tổ chức hội nghị tổng kết vào cuối năm 2026.", "vào cuối năm 2026"),
    ("Triển khai thí điểm từ Quý III/2026 tại ba xã.", "từ Quý III/2026"),
    ("Ban hành quy chế trước tháng 10/2026.", "trước tháng 10/2026"),
    # a month or quarter without a year: the plan's own year (the parser fills it in)
    ("Tổ chức hội nghị sơ kết trong tháng 12.", "trong tháng 12"),
    ("Trình phê duyệt danh mục trong quý II.", "quý II"),
    ("Triển khai thí điểm từ Quý III tại ba xã.", "từ Quý III"),
])
def test_spans_years_in_parentheses_inline_fields_and_events(text: str, phrase: str) -> None:
    assert find_in_prose(text) == phrase


@pytest.mark.parametrize("text", [
    # a scope clause, not a time limit
    "Đối với các hoạt động tổ chức trong năm 2026, các sở chủ động bố trí kinh phí được giao.",
    # the horizon of a target figure
    "Hướng dẫn các xã xây dựng lộ trình đạt ít nhất 60% hộ dân dùng nước sạch vào năm 2030.",
    "Triển khai Đề án về nông thôn mới; đến năm 2030 đạt 100% xã có nhà văn hóa.",
    # an aside in parentheses that gives examples
    "Hỗ trợ việc làm cho thanh niên (nhất là người sau khi hoàn thành nghĩa vụ quân sự) tại địa phương.",
    # a frequency alone in parentheses
    "Báo cáo UBND tỉnh tình hình thực hiện Kế hoạch (định kỳ hằng năm).",
])
def test_phrases_that_date_something_else(text: str) -> None:
    assert find_in_prose(text) is None


def test_a_target_horizon_does_not_hide_a_time_limit_before_it() -> None:
    assert find_in_prose("Trong giai đoạn 2026 - 2030, phấn đấu đạt 80% hồ sơ trực tuyến.") == \
        "Trong giai đoạn 2026 - 2030"
    assert find_in_prose("Bảo đảm đến năm 2026 giảm ít nhất 5% biên chế so với năm 2022.") == "đến năm 2026"


def test_a_value_stops_at_a_field_label_run_into_its_line() -> None:
    assert clean_value("Từ tháng 3 đến tháng 11 hằng năm b. Địa điểm, số điểm quan trắc") == \
        "Từ tháng 3 đến tháng 11 hằng năm"


def test_a_table_column_of_products_is_not_the_time_column() -> None:
    from app.importers.extract import extract_plan
    from app.importers.readers.textfile import parse_text

    text = ("KẾ HOẠCH\n\nTriển khai nhiệm vụ năm 2026\n\nPHỤ LỤC\n\n"
            "| TT | Nhiệm vụ | Cơ quan chủ trì | Cơ quan phối hợp | Sản phẩm hoàn thành | Thời gian hoàn thành |\n"
            "|---|---|---|---|---|---|\n"
            "| 1 | Xây dựng cơ sở dữ liệu đất đai | Sở Nông nghiệp và Môi trường | Sở Tài chính | Cơ sở dữ liệu "
            "| Quý IV/2026 |\n")
    tasks = extract_plan(parse_text(text)).tasks()
    assert [(t.text, t.deadline_text) for t in tasks] == [("Xây dựng cơ sở dữ liệu đất đai", "Quý IV/2026")]


def test_a_long_time_cell_gives_only_the_phrase_it_holds() -> None:
    from app.importers.extract.deadline_text import cell_value

    assert cell_value("Quý IV/2026.") == "Quý IV/2026"
    listing = ("Hồ sơ gồm có: (1) Tờ trình về dự thảo Nghị quyết; (2) Dự thảo Nghị quyết; (3) Báo cáo thẩm tra; "
               "(4) Báo cáo tổng hợp, giải trình, tiếp thu ý kiến của các cơ quan "
               "và các tài liệu khác có liên quan (nếu có)")
    assert len(listing) > 200 and cell_value(listing) is None
    assert cell_value(listing + "; trình trước ngày 15/3/2026") == "trước ngày 15/3/2026"
