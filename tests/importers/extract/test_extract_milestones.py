"""Dated lines of a schedule (issue 10, session 7): `- Từ ngày 04/02/2026: Ban Thường trực … họp …`. The
development gold (real2 34e1b68dd42b9936 V/1) has each such line as a task: its wording as printed, the time
it opens with as its deadline, the body it names as its lead — also under a `Thời gian: … như sau:` field
and in a time-and-place section. Lines that are only times (`+ Đợt 1: Trong khoảng thời gian …`) stay the
value of the time field above them (real2 35e4e5f84e96e332 III/2)."""
from __future__ import annotations

import pytest

from app.importers.extract import extract_plan
from app.importers.extract.milestones import milestone_time
from app.importers.readers.textfile import parse_text

HEAD = "KẾ HOẠCH\n\nTổ chức hội nghị cử tri năm 2026\n\n"


def _tasks(text: str) -> list[tuple[str, list[str], str | None]]:
    return [(t.text[:20], t.lead, t.deadline_text) for t in extract_plan(parse_text(HEAD + text)).tasks()]


@pytest.mark.parametrize("line, time", [
    ("Từ ngày 04/02/2026: Ban Thường trực Ủy ban MTTQ xã họp với các đơn vị.", "Từ ngày 04/02/2026"),
    ("Từ ngày 05/02/2026 - 08/02/2026: Ủy ban nhân dân xã tổ chức hội nghị.", "Từ ngày 05/02/2026 - 08/02/2026"),
    ("Tháng 6/2026: tổ chức hội nghị sơ kết.", "Tháng 6/2026"),
    ("Trước ngày 30/9/2026: Sở Nội vụ tổng hợp kết quả.", "Trước ngày 30/9/2026"),
    ("Quý II/2026: hoàn thành rà soát.", "Quý II/2026"),
])
def test_a_line_opening_with_a_time_then_a_duty(line: str, time: str) -> None:
    assert milestone_time(line) == time


@pytest.mark.parametrize("line", [
    "Trong quá trình thực hiện: các đơn vị báo cáo kịp thời.",  # a circumstance, no time
    "Đợt 1: Trong khoảng thời gian từ ngày 01/12/2025 đến ngày 14/12/2025.",  # a phase's time, no duty
    "Từ ngày 01/12/2025: theo lịch của Ủy ban bầu cử.",  # no duty after the time
    "Tổ chức hội nghị trong tháng 6/2026.",
])
def test_lines_that_are_no_dated_duty(line: str) -> None:
    assert milestone_time(line) is None


def test_dated_duties_under_a_time_field_are_tasks_of_their_own() -> None:
    text = ("II. THỜI GIAN, ĐỊA ĐIỂM\n\n1. Thời gian: căn cứ tình hình thực tế, tổ chức như sau:\n\n"
            "- Từ ngày 04/02/2026: Ban Thường trực Ủy ban MTTQ xã họp với các cơ quan có người ứng cử.\n\n"
            "- Từ ngày 05/02/2026 - 08/02/2026: Ban Thường trực Ủy ban MTTQ xã tổ chức hội nghị ở thôn.\n\n"
            "2. Địa điểm: tại nhà văn hóa thôn.\n")
    assert _tasks(text) == [
        ("Từ ngày 04/02/2026: ", ["Ban Thường trực Ủy ban MTTQ xã"], "Từ ngày 04/02/2026"),
        ("Từ ngày 05/02/2026 -", ["Ban Thường trực Ủy ban MTTQ xã"], "Từ ngày 05/02/2026 - 08/02/2026"),
    ]


def test_times_under_a_time_field_stay_its_value() -> None:
    text = ("II. NỘI DUNG\n\n1. Kiểm tra việc hiệp thương lần thứ nhất.\n\n- Thời gian thực hiện:\n\n"
            "+ Đợt 1: Trong khoảng thời gian từ ngày 01/12/2025 đến ngày 14/12/2025.\n\n"
            "+ Đợt 2: Trong khoảng thời gian từ ngày 02/02/2026 đến ngày 08/02/2026.\n")
    assert _tasks(text) == [("Kiểm tra việc hiệp t", [],
                             "Đợt 1: Trong khoảng thời gian từ ngày 01/12/2025 đến ngày 14/12/2025. "
                             "Đợt 2: Trong khoảng thời gian từ ngày 02/02/2026 đến ngày 08/02/2026")]


def test_a_schedule_section_dates_its_lines() -> None:
    text = ("II. NHIỆM VỤ\n\n1. Sở Nội vụ chủ trì rà soát quy chế làm việc.\n\nIII. TIẾN ĐỘ THỰC HIỆN\n\n"
            "- Tháng 6/2026: tổ chức hội nghị sơ kết.\n\n- Trước ngày 30/9/2026: Sở Nội vụ tổng hợp kết quả.\n")
    assert _tasks(text) == [("Sở Nội vụ chủ trì rà", ["Sở Nội vụ"], None),
                            ("Tháng 6/2026: tổ chứ", [], "Tháng 6/2026"),
                            ("Trước ngày 30/9/2026", ["Sở Nội vụ"], "Trước ngày 30/9/2026")]


def test_a_line_opening_with_a_year_keeps_it_in_its_wording_as_a_named_phase_does_not() -> None:
    """`Năm 2026:` / `Trong năm 2026 và các năm tiếp theo:` is a schedule's date, kept in the wording as
    `Từ ngày …:` is; `Giai đoạn khẩn cấp (0-48 giờ):` names a phase, no part of the wording. Both date the line."""
    text = ("II. NHIỆM VỤ\n\n- Năm 2026: Sở Nội vụ chủ trì rà soát các quy định.\n\n"
            "- Trong năm 2026 và các năm tiếp theo: Sở Tài chính chủ trì bố trí kinh phí.\n\n"
            "- Giai đoạn khẩn cấp (0-48 giờ): Cấp thuốc men cho các hộ dân.\n")
    assert _tasks(text) == [
        ("Năm 2026: Sở Nội vụ ", ["Sở Nội vụ"], "Năm 2026"),
        ("Trong năm 2026 và cá", ["Sở Tài chính"], "Trong năm 2026 và các năm tiếp theo"),
        ("Cấp thuốc men cho cá", [], "Giai đoạn khẩn cấp (0-48 giờ)"),
    ]


def test_a_dated_line_naming_its_doer_in_brackets_is_a_duty_even_under_objectives() -> None:
    """`- Tháng 11/2026: Phát hành tờ rơi … (Sở Y tế chủ trì, phối hợp với …)`: the brackets name who does it, so
    the line is a dated duty whatever its verb, and a task even in a section of objectives (as a line naming its
    doer as its subject is in a time-and-place section)."""
    assert milestone_time("Tháng 11/2026: Phát hành tờ rơi về bình đẳng giới (Sở Y tế chủ trì).") == "Tháng 11/2026"
    text = ("II. MỤC TIÊU\n\n1. Tháng hành động\n\n"
            "- Tháng 11/2026: Phát hành tờ rơi về bình đẳng giới (Sở Y tế chủ trì, phối hợp với Sở Nội vụ).\n\n"
            "- Nâng cao nhận thức của người dân về bình đẳng giới.\n")
    assert _tasks(text) == [("Tháng 11/2026: Phát ", ["Sở Y tế"], "Tháng 11/2026")]
