"""Layouts that would cost a plan EVERY deadline (issue 10, session 5): a time column under a header
word the table reader does not know, a `Hoàn thành:` field under each item, a last day written
`đến ngày ...`, a year-less `trước 15/12` and a second date sharing a frequency."""
from __future__ import annotations

import pytest

from app.importers.blocks import Paragraph, Table
from app.importers.extract import extract_plan
from app.importers.extract.deadline_text import attribute_value, find_in_prose
from app.importers.extract.fields import field_of_parent
from app.importers.extract.outline import OutlineNode


def _table(time_header: str, times: list[str]) -> Table:
    rows = [["STT", "Nội dung công việc", "Đơn vị chủ trì", "Đơn vị phối hợp", time_header]]
    works = ["Xây dựng cơ sở dữ liệu dân cư", "Số hóa hồ sơ thủ tục hành chính", "Tập huấn kỹ năng số cho cán bộ"]
    for i, (work, time) in enumerate(zip(works, times, strict=True), 1):
        rows.append([str(i), work, "Sở Nội vụ", "Sở Tài chính", time])
    return Table(rows=rows)


def _table_deadlines(table: Table) -> list[str | None]:
    plan = extract_plan([Paragraph("II. NHIỆM VỤ"), table])
    return [t.deadline_text for t in plan.tasks() if t.path and t.path[0].startswith("PL")]


@pytest.mark.parametrize("header", ["Giai đoạn", "Mốc", "Năm", "Hạn", "Dự kiến", ""])
def test_a_column_of_times_is_the_time_column_whatever_its_header(header: str) -> None:
    times = ["Quý II/2026", "Năm 2026", "Thường xuyên"]
    assert _table_deadlines(_table(header, times)) == times


def test_a_column_of_words_is_not_taken_for_times() -> None:
    notes = ["Báo cáo kết quả thực hiện", "Cơ sở dữ liệu dùng chung của tỉnh", "Tài liệu tập huấn"]
    assert _table_deadlines(_table("Ghi nhận", notes)) == [None, None, None]


def test_a_mostly_empty_column_with_one_time_is_not_enough() -> None:
    assert _table_deadlines(_table("Mốc", ["Quý II/2026", "", ""])) == [None, None, None]


@pytest.mark.parametrize(("line", "value"), [
    ("Hoàn thành: Quý III/2026", "Quý III/2026"),
    ("Dự kiến hoàn thành: tháng 10/2026", "tháng 10/2026"),
    ("Năm hoàn thành: 2026", "2026"),
    ("Năm thực hiện: 2026 - 2027", "2026 - 2027"),
    ("Thời hạn hoàn thành: Tháng 6/2026", "Tháng 6/2026"),
])
def test_a_completion_label_is_a_time_field(line: str, value: str) -> None:
    assert attribute_value(line) == value


@pytest.mark.parametrize("line", [
    "Hoàn thành các nhiệm vụ sau: rà soát, sắp xếp bộ máy",  # a heading that opens with the verb
    "Hoàn thiện thể chế: sửa đổi quy chế làm việc",
])
def test_a_sentence_opening_with_the_verb_is_not_a_time_field(line: str) -> None:
    assert attribute_value(line) is None


def test_items_with_a_completion_field_keep_their_wording_and_time() -> None:
    blocks = [Paragraph(p) for p in (
        "II. NHIỆM VỤ", "1. Bố trí kinh phí thực hiện chuyển đổi số", "- Đơn vị chủ trì: Sở Tài chính.",
        "- Hoàn thành: Quý III/2026.", "2. Kết nối cơ sở dữ liệu dân cư", "- Chủ trì: Công an tỉnh.",
        "- Dự kiến hoàn thành: Quý IV/2026.")]
    tasks = extract_plan(blocks).tasks()
    assert [(t.text, t.deadline_text) for t in tasks] == [
        ("Bố trí kinh phí thực hiện chuyển đổi số", "Quý III/2026"),
        ("Kết nối cơ sở dữ liệu dân cư", "Quý IV/2026")]


@pytest.mark.parametrize(("text", "phrase"), [
    # the last day, with or without `ngày`, `hết`
    ("Sở Khoa học và Công nghệ chủ trì, hoàn thành đến ngày 31/12/2026.", "đến ngày 31/12/2026"),
    ("Xây dựng đề án, hoàn thành đến 30/6/2026.", "đến 30/6/2026"),
    ("Thực hiện đến hết ngày 31/12/2026.", "đến hết ngày 31/12/2026"),
    # a date without `ngày` and without a year
    ("Tổ chức sơ kết xong trước 15/12.", "xong trước 15/12"),
    # a second date sharing the frequency
    ("Báo cáo trước ngày 15/6 và 15/12 hằng năm.", "trước ngày 15/6 và 15/12 hằng năm"),
    # the span still wins over its end
    ("Tổ chức từ ngày 15/11/2026 đến ngày 15/12/2026.", "từ ngày 15/11/2026 đến ngày 15/12/2026"),
])
def test_date_shapes_in_prose(text: str, phrase: str) -> None:
    assert find_in_prose(text) == phrase


@pytest.mark.parametrize("text", [
    "Báo cáo kết quả (số liệu tính đến ngày 15/6/2026) gửi Sở Nội vụ.",  # a cut-off of figures
    "Phấn đấu hơn 2/3 số xã đạt chuẩn nông thôn mới trước 2/3 số huyện.",  # fractions, not dates
])
def test_not_a_deadline(text: str) -> None:
    assert find_in_prose(text) is None


_SPAN_BODY = [["1", "Xây dựng cơ sở dữ liệu dân cư", "Sở Nội vụ", "Sở Tài chính", "Tháng 1/2026", "Tháng 6/2026"],
              ["2", "Số hóa hồ sơ thủ tục hành chính", "Sở Nội vụ", "Sở Tài chính", "Tháng 3/2026", "Tháng 9/2026"]]


@pytest.mark.parametrize("head", [
    [["Thời gian bắt đầu", "Thời gian hoàn thành"]],
    [["Bắt đầu", "Kết thúc"]],
    [["Thời gian thực hiện", "Thời gian thực hiện"], ["Bắt đầu", "Kết thúc"]],  # a merged cell over two
    [["Thời gian thực hiện", ""], ["Từ", "Đến"]],
])
def test_a_time_in_two_columns_is_due_at_its_end(head: list[list[str]]) -> None:
    rows = [["STT", "Nhiệm vụ", "Chủ trì", "Phối hợp", *head[0]]]
    rows += [["", "", "", "", *r] for r in head[1:]]
    assert _table_deadlines(Table(rows=rows + _SPAN_BODY)) == ["Tháng 6/2026", "Tháng 9/2026"]


def test_a_product_column_after_the_time_is_not_its_end() -> None:
    rows = [["STT", "Nhiệm vụ", "Chủ trì", "Phối hợp", "Thời gian bắt đầu", "Sản phẩm hoàn thành"],
            ["1", "Xây dựng cơ sở dữ liệu dân cư", "Sở Nội vụ", "Sở Tài chính", "Tháng 1/2026", "Cơ sở dữ liệu"]]
    assert _table_deadlines(Table(rows=rows)) == ["Tháng 1/2026"]


@pytest.mark.parametrize(("text", "phrase"), [
    ("Ngày 15/12/2026: Văn phòng UBND tỉnh tổng hợp, báo cáo kết quả.", "Ngày 15/12/2026"),
    ("Ngày 15 tháng 12 năm 2026: tổ chức hội nghị tổng kết.", "Ngày 15 tháng 12 năm 2026"),
    ("Ngày 15/3/2024, Ban Chấp hành ban hành Nghị quyết số 12-NQ/TU.", None),  # what happened, not a label
])
def test_a_day_that_labels_an_item(text: str, phrase: str | None) -> None:
    assert find_in_prose(text) == phrase


def test_a_dashed_time_over_numbered_items_dates_them_and_keeps_them() -> None:
    blocks = [Paragraph(p) for p in (
        "II. NỘI DUNG", "- Thời gian thực hiện: Năm 2026.",
        "1. Văn phòng HĐND và UBND xã chuẩn bị hội trường, khánh tiết.", "2. Công an xã đảm bảo an ninh trật tự.")]
    tasks = extract_plan(blocks).tasks()
    assert [(t.lead, t.deadline_text) for t in tasks] == [
        (["Văn phòng HĐND và UBND xã"], "Năm 2026"), (["Công an xã"], "Năm 2026")]


@pytest.mark.parametrize("sep", ["; ", ". ", " - ", " – ", ", ", "\t", " "])
def test_two_fields_on_one_line_whatever_separates_them(sep: str) -> None:
    blocks = [Paragraph(p) for p in (
        "II. NHIỆM VỤ", "1. Rà soát, sắp xếp bộ máy các cơ quan chuyên môn",
        f"- Đơn vị thực hiện: Sở Nội vụ{sep}Thời gian: Quý II/2026.", "2. Bố trí kinh phí thực hiện chuyển đổi số",
        f"- Thời gian: Quý III/2026{sep}Đơn vị thực hiện: Sở Tài chính.")]
    tasks = extract_plan(blocks).tasks()
    assert [(t.lead, t.deadline_text) for t in tasks] == [
        (["Sở Nội vụ"], "Quý II/2026"), (["Sở Tài chính"], "Quý III/2026")]


@pytest.mark.parametrize(("text", "phrase"), [
    ("Rà soát bộ máy các cơ quan chuyên môn (Sở Nội vụ, Quý II/2026).", "Quý II/2026"),
    ("Rà soát bộ máy các cơ quan chuyên môn (Quý II/2026 - Sở Nội vụ).", "Quý II/2026"),
    # a parenthesis that is all time stays as printed
    ("Xây dựng kế hoạch chi tiết (Hoàn thành trước ngày 31/3/2017).", "Hoàn thành trước ngày 31/3/2017"),
    ("Tổ chức tập huấn (trong quý II và quý III/2026).", "trong quý II và quý III/2026"),
])
def test_a_time_beside_an_agency_in_parentheses(text: str, phrase: str) -> None:
    assert find_in_prose(text) == phrase


def test_a_time_on_a_group_row_dates_its_rows_that_print_none() -> None:
    rows = [["STT", "Nhiệm vụ", "Chủ trì", "Phối hợp", "Thời gian"],
            ["I", "Nhóm nhiệm vụ về thể chế", "", "", "Năm 2026"],
            ["1", "Xây dựng cơ sở dữ liệu dân cư", "Sở Nội vụ", "Sở Tài chính", ""],
            ["2", "Số hóa hồ sơ thủ tục hành chính", "Sở Tư pháp", "Sở Tài chính", "Quý II/2026"],
            ["II", "Nhóm nhiệm vụ về hạ tầng", "", "", ""],
            ["1", "Nâng cấp mạng truyền số liệu", "Sở Khoa học và Công nghệ", "", ""]]
    assert _table_deadlines(Table(rows=rows)) == ["Năm 2026", "Quý II/2026", None]


def test_a_dashed_time_label_without_a_value_keeps_what_is_below_as_its_value() -> None:
    items = [OutlineNode(label="1", style="dec1", paras=["Đợt 1: Từ tháng 3/2026 đến tháng 4/2026"]),
             OutlineNode(label="2", style="dec1", paras=["Đợt 2: Từ tháng 9/2026 đến tháng 10/2026"])]
    empty = OutlineNode(label="•1", style="bullet-", paras=["Thời gian thực hiện:"], children=items)
    valued = OutlineNode(label="•1", style="bullet-", paras=["Thời gian thực hiện: Năm 2026."], children=items)
    assert field_of_parent(empty) == "deadline"
    assert field_of_parent(valued) is None
