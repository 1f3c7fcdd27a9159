"""Deadline shapes of issue 10, session 7: times inside a task sentence that the reader cut short or missed
(`trong quý IV`, a list of quarters under one year, a second date that says its preposition again, the part of
a month or quarter, a day of the quarter's last month, days counted from an event, `ngay sau khi ...`), and the
shapes deliberately left alone because, in the plans read, they date something other than the task. Short
written snippets of each shape, no document."""
from __future__ import annotations

import datetime as dt

import pytest

from app.domain.deadline_phrases import parse_deadline
from app.domain.deadlines import DeadlineKind as K
from app.importers.blocks import Paragraph
from app.importers.extract import extract_plan
from app.importers.extract.deadline_text import find_in_prose


@pytest.mark.parametrize(("text", "phrase"), [
    # `IV` is read before `I`: the fourth quarter, not the first
    ("Sở Nội vụ tổng kết, báo cáo trong quý IV.", "quý IV"),
    ("Sở Nội vụ hoàn thành trong Quý III và Quý IV năm 2025.", "trong Quý III và Quý IV năm 2025"),
    # quarters sharing one `quý` and one year
    ("Sở Tài chính hoàn thành trong quý III, IV/2025.", "trong quý III, IV/2025"),
    ("Sở Tài chính triển khai trong các quý III và IV năm 2025.", "trong các quý III và IV năm 2025"),
    # a second point that says its preposition again, with the frequency both share
    ("Các sở báo cáo kết quả trước ngày 15 tháng 6 và trước ngày 01 tháng 12 hằng năm.",
     "trước ngày 15 tháng 6 và trước ngày 01 tháng 12 hằng năm"),
    ("Sở Y tế báo cáo trước ngày 15/6 và trước ngày 15/12 hằng năm.", "trước ngày 15/6 và trước ngày 15/12 hằng năm"),
    # the part of the month or quarter stays with it
    ("Sở Nội vụ trình UBND tỉnh cuối tháng 9/2025.", "cuối tháng 9/2025"),
    ("Tổ chức hội nghị sơ kết trong tuần đầu tháng 3/2026.", "trong tuần đầu tháng 3/2026"),
    ("Sở Công Thương hoàn thành vào cuối quý III/2025.", "vào cuối quý III/2025"),
    ("Sở Xây dựng thực hiện đến hết tháng 6/2026.", "đến hết tháng 6/2026"),
    ("Sở Xây dựng thực hiện từ tháng 7/2025.", "từ tháng 7/2025"),
    # a day of the quarter's last month, a year-less date with its frequency
    ("Các đơn vị gửi báo cáo trước ngày 25 tháng cuối quý.", "trước ngày 25 tháng cuối quý"),
    ("Các đơn vị gửi báo cáo trước 30/6 hằng năm.", "trước 30/6 hằng năm"),
    ("Sở Tư pháp hoàn thành ngày 30/6/2026.", "ngày 30/6/2026"),
    # days counted from an event
    ("Tổ bầu cử niêm yết danh sách cử tri chậm nhất là 40 ngày trước ngày bầu cử.",
     "chậm nhất là 40 ngày trước ngày bầu cử"),
    ("Sở Y tế trả lời trong vòng 15 ngày kể từ ngày nhận được văn bản.",
     "trong vòng 15 ngày kể từ ngày nhận được văn bản"),
    # an event, with `ngay` kept as printed
    ("Sở Tài chính tổng hợp sau khi nhận được báo cáo của các đơn vị.", "sau khi nhận được báo cáo của các đơn vị"),
    ("Các đơn vị triển khai ngay sau khi nhận được Kế hoạch này.", "ngay sau khi nhận được Kế hoạch này"),
    ("Gửi biên bản về Ban Thường trực ngay sau khi tổ chức hội nghị 01 ngày.",
     "ngay sau khi tổ chức hội nghị 01 ngày"),
    ("Sở Nội vụ hướng dẫn ngay khi có văn bản của Bộ Nội vụ.", "ngay khi có văn bản của Bộ Nội vụ"),
    ("Sở Tư pháp rà soát sau khi Nghị định có hiệu lực.", "sau khi Nghị định có hiệu lực"),
    # spans: a bare end day, a bare end year, a dash between two dates
    ("Tổ chức tiếp xúc cử tri từ ngày 01 đến ngày 15/3/2026.", "từ ngày 01 đến ngày 15/3/2026"),
    ("Sở Nội vụ tổ chức thực hiện từ năm 2026 đến 2030.", "từ năm 2026 đến 2030"),
    ("Tổ chức hội nghị Từ ngày 05/02/2026 - 08/02/2026 tại các thôn.", "Từ ngày 05/02/2026 - 08/02/2026"),
])
def test_a_time_inside_the_task_sentence_is_found_whole(text: str, phrase: str) -> None:
    assert find_in_prose(text) == phrase


@pytest.mark.parametrize(("text", "phrase"), [
    # what a plan says about the work's setting, not when the task is due: a legal period in parentheses
    # printed without `ngày`, a start alone, an hour of a day (each in the plans read was a rule's period or a
    # line that is no task), a rule taking force, figures counted from a day
    ("Giám sát việc giới thiệu người ứng cử (từ 17/12/2025 đến 25/01/2026).", None),
    ("Chế độ mới được áp dụng từ ngày 01/7/2025.", None),
    ("Quyết định này có hiệu lực kể từ ngày 01/7/2025.", None),
    ("Người ứng cử nộp hồ sơ trước 17 giờ 00 ngày 01/02/2026.", None),
    ("Thu thập số liệu tính đến tháng 6/2025 để đánh giá.", "tháng 6/2025"),
    # `trong quý I` is still the first quarter (recorded without its `trong`, as a dated quarter is)
    ("Sở Nội vụ báo cáo trong quý I.", "quý I"),
])
def test_shapes_left_alone(text: str, phrase: str | None) -> None:
    assert find_in_prose(text) == phrase


@pytest.mark.parametrize(("phrase", "kind", "quarter", "date"), [
    ("trong quý III, IV/2025", K.QUARTER, 4, None),  # due with the last quarter listed
    ("trong các quý III và IV năm 2025", K.QUARTER, 4, None),
    ("Từ ngày 05/02/2026 - 08/02/2026", K.DATE, None, dt.date(2026, 2, 8)),  # a span ends on its second date
    ("chậm nhất là 40 ngày trước ngày bầu cử", K.CONDITIONAL, None, None),  # the event's day is not given
])
def test_new_phrases_are_understood(phrase: str, kind: K, quarter: int | None, date: dt.date | None) -> None:
    d = parse_deadline(phrase, plan_year=2025)
    assert (d.kind, d.quarter, d.date) == (kind, quarter, date)


def test_an_item_time_inside_its_sentence_dates_the_task() -> None:
    tasks = extract_plan([Paragraph(p) for p in (
        "II. NHIỆM VỤ",
        "1. Sở Nội vụ chủ trì tổng kết, báo cáo UBND tỉnh trong quý IV.",
        "2. Sở Tài chính chủ trì bố trí kinh phí, hoàn thành trong quý III, IV/2025.",
        "3. Các sở, ngành báo cáo kết quả trước ngày 15/6 và trước ngày 15/12 hằng năm.",
    )]).tasks()
    assert [t.deadline_text for t in tasks] == [
        "quý IV", "trong quý III, IV/2025", "trước ngày 15/6 và trước ngày 15/12 hằng năm"]


def test_a_heading_that_is_only_a_year_dates_its_items() -> None:
    """A roadmap numbered by year (`1. Năm 2025:` over the items done that year) dates each item, as a phase
    heading (`Giai đoạn 2026 - 2030`) does; an item's own time still wins."""
    tasks = extract_plan([Paragraph(p) for p in (
        "II. LỘ TRÌNH THỰC HIỆN", "1. Năm 2025:", "a) Sở Nội vụ chủ trì rà soát chức năng, nhiệm vụ.",
        "b) Sở Tài chính chủ trì bố trí kinh phí, hoàn thành trong quý III/2025.", "2. Năm 2026:",
        "a) Sở Nội vụ chủ trì đánh giá kết quả.",
    )]).tasks()
    assert [t.deadline_text for t in tasks] == ["Năm 2025", "quý III/2025", "Năm 2026"]


def test_a_year_in_a_longer_heading_is_no_phase() -> None:
    tasks = extract_plan([Paragraph(p) for p in (
        "II. NHIỆM VỤ", "1. Kết quả thực hiện năm 2025 và nhiệm vụ năm 2026", "a) Sở Nội vụ chủ trì tổng kết.",
    )]).tasks()
    assert [t.deadline_text for t in tasks] == [None]


def test_a_last_item_that_only_says_by_when_dates_the_list() -> None:
    """`4. Chậm nhất là ngày ..., việc ... phải được tiến hành xong.` after three duties names no one: it is the
    time of the list's work (each item takes it), not an item of its own."""
    tasks = extract_plan([Paragraph(p) for p in (
        "IV. TRÁCH NHIỆM XÁC MINH",
        "1. Sở Nội vụ chủ trì xác minh các vụ việc ở nơi công tác.",
        "2. Công an tỉnh chủ trì xác minh các vụ việc ở nơi cư trú.",
        "3. Sở Tư pháp chủ trì trả lời bằng văn bản cho người đề nghị.",
        "4. Chậm nhất là ngày 08 tháng 02 năm 2026, việc xác minh và trả lời phải được tiến hành xong.",
    )]).tasks()
    assert [(t.path, t.deadline_text) for t in tasks] == [
        (["IV", "1"], "Chậm nhất là ngày 08 tháng 02 năm 2026"),
        (["IV", "2"], "Chậm nhất là ngày 08 tháng 02 năm 2026"),
        (["IV", "3"], "Chậm nhất là ngày 08 tháng 02 năm 2026")]


def test_a_last_item_with_its_own_actor_stays_an_item() -> None:
    tasks = extract_plan([Paragraph(p) for p in (
        "IV. NHIỆM VỤ",
        "1. Sở Nội vụ chủ trì rà soát thủ tục.", "2. Công an tỉnh chủ trì bảo đảm an ninh.",
        "3. Sở Tư pháp chủ trì phổ biến pháp luật.",
        "4. Chậm nhất ngày 30/6/2026, Sở Tài chính chủ trì bố trí kinh phí, việc giải ngân phải được hoàn thành.",
    )]).tasks()
    assert [(t.path[-1], t.deadline_text) for t in tasks] == [
        ("1", None), ("2", None), ("3", None), ("4", "Chậm nhất ngày 30/6/2026")]
