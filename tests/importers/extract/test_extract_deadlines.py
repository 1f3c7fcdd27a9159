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
    "Hằng năm, cấp ủy rà soát quy hoạch.",
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
