import datetime as dt

from app.exporters.builders.common import plan_citation
from app.exporters.content import PlanRef


def test_a_title_in_capitals_keeps_the_capitals_of_the_place_its_issuer_names() -> None:
    plan = PlanRef("45/KH-UBND", dt.date(2025, 3, 2), "UBND tỉnh An Giang",
                   "TRIỂN KHAI CHUYỂN ĐỔI SỐ TRÊN ĐỊA BÀN TỈNH AN GIANG THEO NGHỊ QUYẾT SỐ 57-NQ/TW")
    assert plan_citation(plan) == ("Kế hoạch số 45/KH-UBND ngày 02/3/2025 của UBND tỉnh An Giang về triển khai "
                                   "chuyển đổi số trên địa bàn tỉnh An Giang theo Nghị quyết số 57-NQ/TW")


def test_a_body_named_without_a_place_gives_none() -> None:
    plan = PlanRef("12-KH/TU", dt.date(2025, 3, 2), "Ban Thường vụ Tỉnh ủy",
                   "HỌC TẬP VÀ LÀM THEO TƯ TƯỞNG, ĐẠO ĐỨC, PHONG CÁCH HỒ CHÍ MINH NĂM 2025", "Kế hoạch")
    assert plan_citation(plan).endswith("về học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh năm 2025")


def test_a_group_row_prints_the_plans_label_and_an_unnumbered_item_its_bullet() -> None:
    from app.exporters.builders.common import group_text
    from app.exporters.content import ResultGroup

    assert group_text(ResultGroup("2", "Tiếp tục thực hiện sắp xếp", 2)) == "2. Tiếp tục thực hiện sắp xếp"
    assert group_text(ResultGroup("c)", "Lĩnh vực y tế", 3)) == "c) Lĩnh vực y tế"
    assert group_text(ResultGroup("•1", "Nhiệm vụ, giải pháp cụ thể", 4)) == "• Nhiệm vụ, giải pháp cụ thể"
    assert group_text(ResultGroup("-2", "Nhiệm vụ, giải pháp cụ thể", 4)) == "- Nhiệm vụ, giải pháp cụ thể"
