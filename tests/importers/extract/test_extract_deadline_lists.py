"""Deadline leftovers of issue 10 (session 6): a time that is a list (`Quý I, quý III hằng năm`), a
sentence after a list that dates all of it (`Các nhiệm vụ trên hoàn thành trong quý II/2025`), a time
field whose value names the items above, a table's time cell wrapped onto a row of its own, and a
field whose second sentence is only a time. Short written snippets of each shape, no document."""
from __future__ import annotations

import pytest

from app.importers.blocks import Paragraph, Table
from app.importers.extract import extract_plan
from app.importers.extract.closing_times import closing_time, referenced_time
from app.importers.extract.deadline_text import attribute_value, clean_value, find_in_prose


def _tasks(*lines: str) -> list[tuple[str, str | None]]:
    return [(t.text, t.deadline_text) for t in extract_plan([Paragraph(p) for p in lines]).tasks()]


# ---------------------------------------------------------------- a time that is a list of points

@pytest.mark.parametrize(("text", "phrase"), [
    # bare points before the one that carries the shared frequency or year
    ("Sở Tài chính tổ chức kiểm tra vào Quý I, quý III hằng năm.", "vào Quý I, quý III hằng năm"),
    ("Sở Y tế kiểm tra an toàn thực phẩm vào tháng 6 và tháng 12 hằng năm.",
     "vào tháng 6 và tháng 12 hằng năm"),
    ("Sở Nội vụ tổ chức kiểm tra trong quý II, quý III/2026.", "trong quý II, quý III/2026"),
    # an item opening with several frequencies
    ("Định kỳ 6 tháng, hằng năm, Sở Nội vụ tổng hợp báo cáo UBND tỉnh.", "Định kỳ 6 tháng, hằng năm"),
    ("Hằng quý và hằng năm, các sở báo cáo kết quả thực hiện.", "Hằng quý và hằng năm"),
    # a span from now, a range of years, the years onwards
    ("Sở Xây dựng chủ trì thực hiện từ nay đến hết năm 2025.", "từ nay đến hết năm 2025"),
    ("Sở Xây dựng thực hiện hoàn thành trong năm 2025 - 2026.", "trong năm 2025 - 2026"),
    ("Sở Xây dựng thực hiện trong các năm 2025, 2026.", "trong các năm 2025, 2026"),
    ("Sở Xây dựng thực hiện năm 2025 và các năm tiếp theo.", "năm 2025 và các năm tiếp theo"),
    # a range of months under one year, and the dashes of a Party document's dates
    ("Sở Nội vụ tổ chức tập huấn trong tháng 6-7/2025.", "trong tháng 6-7/2025"),
    ("Các chi bộ báo cáo kết quả về Đảng ủy trước ngày 30-6-2026.", "trước ngày 30-6-2026"),
    ("Các chi bộ tổ chức sơ kết trong quý III-2026.", "quý III-2026"),
])
def test_a_time_that_is_a_list_is_kept_whole(text: str, phrase: str) -> None:
    assert find_in_prose(text) == phrase


@pytest.mark.parametrize(("text", "phrase"), [
    ("Sở Nội vụ tổng hợp báo cáo trước ngày 15/6/2026.", "trước ngày 15/6/2026"),  # one point, nothing before
    ("Tổ chức 6, 7 lớp tập huấn trong quý III/2026.", "quý III/2026"),  # figures are no points
    ("Sở Xây dựng thực hiện đến hết năm 2025.", "đến hết năm 2025"),
    ("Thực hiện Nghị quyết số 57-NQ/TW ngày 22-12-2024 của Bộ Chính trị, tổ chức 2-3 lớp.", None),  # a citation
])
def test_a_single_point_is_not_widened(text: str, phrase: str) -> None:
    assert find_in_prose(text) == phrase


# ---------------------------------------------------------------- a closing sentence after a list

def test_a_closing_sentence_dates_every_item_of_its_list() -> None:
    assert _tasks(
        "II. NHIỆM VỤ", "1. Sở Nội vụ chủ trì rà soát thủ tục hành chính.",
        "2. Sở Tư pháp chủ trì phổ biến pháp luật.", "3. Công an tỉnh chủ trì bảo đảm an ninh.",
        "Các nhiệm vụ trên hoàn thành trong quý II/2025.",
        "III. TỔ CHỨC THỰC HIỆN", "Các sở, ngành căn cứ kế hoạch triển khai thực hiện.",
    )[:3] == [("Sở Nội vụ chủ trì rà soát thủ tục hành chính", "quý II/2025"),
              ("Sở Tư pháp chủ trì phổ biến pháp luật", "quý II/2025"),
              ("Công an tỉnh chủ trì bảo đảm an ninh", "quý II/2025")]  # not in the last item's wording


def test_a_closing_sentence_dates_its_own_list_and_an_item_keeps_its_own_time() -> None:
    assert _tasks(
        "II. NHIỆM VỤ", "1. Công tác tuyên truyền", "- Sở Văn hóa chủ trì tuyên truyền trên báo chí.",
        "- Sở Nội vụ chủ trì tập huấn cán bộ, hoàn thành trong tháng 3/2025.",
        "Những nội dung nêu trên thực hiện xong trước ngày 30/6/2025.",
        "2. Công tác kiểm tra", "- Thanh tra tỉnh chủ trì kiểm tra việc thực hiện.",
    ) == [("Sở Văn hóa chủ trì tuyên truyền trên báo chí", "xong trước ngày 30/6/2025"),
          ("Sở Nội vụ chủ trì tập huấn cán bộ, hoàn thành trong tháng 3/2025", "trong tháng 3/2025"),
          ("Thanh tra tỉnh chủ trì kiểm tra việc thực hiện", None)]


@pytest.mark.parametrize(("para", "time"), [
    ("Các nhiệm vụ trên hoàn thành trong quý II/2025.", "quý II/2025"),
    ("Tất cả các công việc kể trên phải xong trước ngày 15/12/2025.", "xong trước ngày 15/12/2025"),
    ("Thời gian hoàn thành các nhiệm vụ trên: Quý III/2025.", "Quý III/2025"),
    ("Các hoạt động nêu trên được thực hiện thường xuyên.", "thường xuyên"),
    # not one: the press, no time, an actor given the work, a field of the last item
    ("Các hoạt động trên báo chí được đẩy mạnh trong năm 2025.", None),
    ("Các nhiệm vụ trên phải được thực hiện nghiêm túc.", None),
    ("Các nhiệm vụ trên giao Sở Nội vụ chủ trì, hoàn thành trong quý II/2025.", None),
    ("Thời gian thực hiện: Quý II/2025.", None),
])
def test_what_is_a_closing_sentence(para: str, time: str | None) -> None:
    assert closing_time(para) == time


def test_a_time_field_naming_the_items_above_gives_only_the_time() -> None:
    assert referenced_time("các nội dung nêu trên thực hiện trong năm 2025") == "trong năm 2025"
    assert referenced_time("Quý II/2025") is None
    assert _tasks(
        "II. NHIỆM VỤ", "1. Công tác kiểm tra", "- Thanh tra tỉnh chủ trì kiểm tra việc thực hiện.",
        "- Sở Tài chính chủ trì kiểm tra kinh phí.",
        "- Thời gian thực hiện: các nội dung nêu trên thực hiện trong năm 2025.",
    ) == [("Thanh tra tỉnh chủ trì kiểm tra việc thực hiện", "trong năm 2025"),
          ("Sở Tài chính chủ trì kiểm tra kinh phí", "trong năm 2025")]


def test_a_plan_wide_period_elsewhere_is_still_not_handed_down() -> None:
    tasks = _tasks("I. PHẠM VI, THỜI GIAN", "1. Thời gian thực hiện: từ nay đến hết năm 2025.",
                   "II. NHIỆM VỤ", "1. Sở Nội vụ chủ trì rà soát thủ tục.", "2. Sở Tư pháp chủ trì phổ biến pháp luật.")
    assert [d for _, d in tasks] == [None, None]


# ---------------------------------------------------------------- a field's value, a table's cell

@pytest.mark.parametrize(("value", "kept"), [
    ("Thường xuyên. Hoàn thành trước ngày 30/6/2025.", "Thường xuyên. Hoàn thành trước ngày 30/6/2025"),
    ("Năm 2025. Báo cáo kết quả về Sở Nội vụ trước 15/12/2025.", "Năm 2025"),  # a sentence of its own
    ("Quý II/2025. Riêng nội dung 2 hoàn thành trong Quý III/2025.", "Quý II/2025"),
])
def test_a_second_sentence_that_is_only_a_time_stays_in_the_value(value: str, kept: str) -> None:
    assert clean_value(value) == kept


def test_a_time_cell_wrapped_onto_a_row_of_its_own_goes_on_the_row_above() -> None:
    rows = [["STT", "Nội dung công việc", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời gian thực hiện"],
            ["1", "Rà soát thủ tục hành chính", "Sở Nội vụ", "Các sở", "Định kỳ 6 tháng,"],
            ["", "", "", "", "hằng năm"],
            ["2", "Tập huấn kỹ năng số cho cán bộ", "Sở Tư pháp", "Các sở", "Thường xuyên"],
            ["", "", "", "", "Quý IV/2025"],
            ["3", "Kiểm tra việc thực hiện", "Thanh tra tỉnh", "Các sở", "Năm 2025"]]
    plan = extract_plan([Paragraph("II. NHIỆM VỤ"), Table(rows=rows)])
    assert [(t.path, t.deadline_text) for t in plan.tasks()] == [
        (["PL", "1"], "Định kỳ 6 tháng, hằng năm"), (["PL", "2"], "Thường xuyên Quý IV/2025"),
        (["PL", "3"], "Năm 2025")]


# ---------------------------------------------------------------- how a time field is labelled

@pytest.mark.parametrize(("line", "value"), [
    ("Thời gian thực hiện, hoàn thành: Quý II/2025", "Quý II/2025"),
    ("Thời gian thực hiện / hoàn thành: Quý II/2025", "Quý II/2025"),
    ("Thời gian và tiến độ thực hiện: Quý II/2025", "Quý II/2025"),
    ("Thời gian (dự kiến): Quý II/2025", "Quý II/2025"),
    ("Thời gian hoàn thành (chậm nhất): 30/6/2025", "30/6/2025"),
    ("Dự kiến thời gian hoàn thành: tháng 5/2025", "tháng 5/2025"),
    ("Lộ trình thực hiện: 2025 - 2026", "2025 - 2026"),
])
def test_more_ways_to_label_a_time_field(line: str, value: str) -> None:
    assert attribute_value(line) == value


@pytest.mark.parametrize("line", [
    "Tiến độ, chất lượng công việc: bảo đảm yêu cầu",  # a criterion, not a time
    "Lộ trình số hóa: xây dựng kho dữ liệu dùng chung",  # a roadmap of something is a duty
    "Thời gian qua, công tác này: còn hạn chế",
])
def test_lines_that_only_start_like_a_time_field(line: str) -> None:
    assert attribute_value(line) is None


def test_a_time_field_with_its_value_in_sub_bullets() -> None:
    assert _tasks(
        "II. NHIỆM VỤ", "1. Tập huấn kỹ năng số cho cán bộ", "- Chủ trì: Sở Nội vụ.", "- Thời gian:",
        "+ Đợt 1: tháng 3/2025;", "+ Đợt 2: tháng 9/2025.",
    ) == [("Tập huấn kỹ năng số cho cán bộ", "Đợt 1: tháng 3/2025; Đợt 2: tháng 9/2025")]


def test_after_a_single_item_the_sentence_stays_that_items_own() -> None:
    assert _tasks(
        "II. NHIỆM VỤ", "1. Sở Nội vụ chủ trì hướng dẫn rà soát thủ tục, tổ chức tập huấn.",
        "Các nội dung trên hoàn thành trong quý II/2025.",
    ) == [("Sở Nội vụ chủ trì hướng dẫn rà soát thủ tục, tổ chức tập huấn. Các nội dung trên hoàn thành trong "
           "quý II/2025", "quý II/2025")]
