"""An item that opens with its time and goes straight on with its duty (issue #10, session 16): `Năm 2018, hoàn
thành …` is done in 2018 and `Định kỳ hàng năm gửi báo cáo …` every year, as `Hằng năm, tổ chức …` always was; a
year opening a sentence about what happened (`Năm 2025, Hội đồng nhân dân tỉnh quyết nghị …`, `…, đã …`) is none.
A year whose clause goes on with the share to reach (`Đến năm 2020, phấn đấu đạt 100% …`, `Đến năm 2020, 100% … được
…`) is a target's horizon, as `đến năm 2030 đạt 100% …` was. Short written snippets, no document."""
from __future__ import annotations

import pytest

from app.importers.blocks import Paragraph
from app.importers.extract import extract_plan
from app.importers.extract.deadline_text import find_in_prose


@pytest.mark.parametrize(("text", "phrase"), [
    ("Năm 2018, hoàn thành việc hỗ trợ nhà ở đối với người có công trên toàn quốc.", "Năm 2018"),
    ("Năm 2026, rà soát, sửa đổi quy chế phối hợp; năm 2027 tổng kết.", "Năm 2026"),
    ("Định kỳ hàng năm gửi báo cáo về Bộ Lao động - Thương binh và Xã hội.", "Định kỳ hàng năm"),
    ("Định kỳ hằng quý báo cáo Ủy ban nhân dân tỉnh kết quả thực hiện.", "Định kỳ hằng quý"),
    ("Định kỳ 6 tháng tổng hợp, báo cáo Thủ tướng Chính phủ.", "Định kỳ 6 tháng"),
    # the same with the comma, as before
    ("Định kỳ hàng năm, gửi báo cáo về Bộ Nội vụ.", "Định kỳ hàng năm"),
    ("Hằng năm, tổ chức kiểm tra việc thực hiện.", "Hằng năm"),
])
def test_a_time_opening_the_duty_is_its_deadline(text: str, phrase: str) -> None:
    assert find_in_prose(text) == phrase


@pytest.mark.parametrize("text", [
    # a sentence about the year: its subject, a past, a result reached
    "Năm 2025, Hội đồng nhân dân tỉnh quyết nghị thông qua tổng thu ngân sách nhà nước.",
    "Năm 2024, toàn tỉnh đã hoàn thành 1.200 căn nhà.",
    "Năm 2024, đã hoàn thành việc hỗ trợ nhà ở.",
    "Năm 2024, hoàn thành 98% kế hoạch giao.",
    "Năm 2024, theo số liệu thống kê, tỷ lệ hộ nghèo giảm.",
    "Năm 2018 là năm bản lề thực hiện Kế hoạch.",
    # a schedule whose sentence names its subject first, or a bare `Định kỳ` without its period
    "Định kỳ hằng năm các sở báo cáo kết quả.",
    "Định kỳ báo cáo kết quả thực hiện.",
    # a target's horizon
    "Đến năm 2020, phấn đấu đạt 100% gia đình người có công có mức sống bằng mức trung bình.",
    "Đến năm 2020, 100% người có công được lập hồ sơ theo dõi sức khỏe.",
    "Đến năm 2030 đạt 100% xã có nhà văn hóa.",
])
def test_what_is_no_time_of_the_duty(text: str) -> None:
    assert find_in_prose(text) is None


def test_a_dated_step_is_still_dated() -> None:
    # a year without a share after it is the step's time, as before
    assert find_in_prose("Đến năm 2020, giải quyết căn bản hồ sơ còn tồn đọng.") == "Đến năm 2020"
    assert find_in_prose("Đến năm 2030, hoàn thành 2 nhà máy xử lý rác.") == "Đến năm 2030"
    # a period the work runs in, with the share to reach in it: the item's own time
    assert find_in_prose("Trong giai đoạn 2026 - 2030, phấn đấu đạt 80% hồ sơ trực tuyến.") == \
        "Trong giai đoạn 2026 - 2030"


def test_an_opening_time_dates_its_task() -> None:
    tasks = extract_plan([Paragraph(p) for p in (
        "II. NHIỆM VỤ",
        "1. Sở Xây dựng thực hiện hỗ trợ nhà ở đối với người có công:",
        "- Năm 2026, hoàn thành việc hỗ trợ nhà ở trên toàn tỉnh.",
        "2. Sở Nội vụ định kỳ hằng năm tổng hợp kết quả.",
        "3. Định kỳ hàng năm gửi báo cáo về Bộ Nội vụ.",
    )]).tasks()
    dated = {t.text: (t.deadline_text, t.deadline["kind"] if t.deadline else None) for t in tasks}
    assert dated["Năm 2026, hoàn thành việc hỗ trợ nhà ở trên toàn tỉnh"] == ("Năm 2026", "year")
    assert dated["Định kỳ hàng năm gửi báo cáo về Bộ Nội vụ"] == ("Định kỳ hàng năm", "yearly")
