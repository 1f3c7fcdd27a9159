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


def test_a_title_opening_with_words_in_capitals_is_cited_in_lower_case() -> None:
    """Chương trình 15-CTr/TU (tests/fixtures/genre/08) was stored with the title `HÀNH ĐỘNG thực hiện …`
    (the end of its type line): the reminder letter read `về hÀNH ĐỘNG thực hiện Nghị quyết …`."""
    plan = PlanRef("15-CTr/TU", dt.date(2024, 3, 5), "Ban Chấp hành Đảng bộ tỉnh Bắc Ninh",
                   "HÀNH ĐỘNG thực hiện Nghị quyết số 21-NQ/TW ngày 16/6/2022", "Chương trình")
    assert plan_citation(plan).endswith("Bắc Ninh về hành động thực hiện Nghị quyết số 21-NQ/TW ngày 16/6/2022")
    # an abbreviation opening the title keeps its capitals
    plan = PlanRef("7/KH-UBND", dt.date(2024, 3, 5), "Sở Nội vụ", "UBND cấp xã thực hiện chuyển đổi số")
    assert plan_citation(plan).endswith("về UBND cấp xã thực hiện chuyển đổi số")


def test_the_annex_holder_prints_its_title_alone() -> None:
    """The importer labels a plan's annex `PL`; Phụ lục I printed its group row `PL. Phụ lục`."""
    from app.exporters.builders.common import group_text
    from app.exporters.content import ResultGroup

    assert group_text(ResultGroup("PL", "Phụ lục", 1)) == "Phụ lục"
    assert group_text(ResultGroup("PL2", "PHỤ LỤC II", 1)) == "PHỤ LỤC II"
    assert group_text(ResultGroup("PL", "Danh mục nhiệm vụ", 1)) == "PL. Danh mục nhiệm vụ"


def test_an_abbreviation_in_brackets_keeps_its_capitals_even_when_it_reads_as_a_syllable() -> None:
    """`PHÁT TRIỂN INTERNET VẠN VẬT (IOT)` was cited `… vạn vật (iot)` (session 11 clerk walk)."""
    plan = PlanRef("9/KH-UBND", dt.date(2025, 3, 2), "UBND tỉnh Nghệ An", "PHÁT TRIỂN VẠN VẬT KẾT NỐI (IOT) NĂM 2025")
    assert plan_citation(plan).endswith("về phát triển vạn vật kết nối (IOT) năm 2025")
