"""A span of days in a task sentence, its dash spaced or not (issue #10, session 16): `từ ngày 26/02-14/3` is found
whole, as `từ ngày 26/02 - 14/3` and `Từ ngày 05/02/2026 - 08/02/2026` are, and dates the task on its last day.
Short written snippets, no document."""
from __future__ import annotations

import datetime as dt

import pytest

from app.importers.blocks import Paragraph
from app.importers.extract import extract_plan
from app.importers.extract.deadline_text import find_in_prose


@pytest.mark.parametrize(("text", "phrase"), [
    ("Tổ chức hội nghị từ ngày 26/02-14/3 tại các thôn.", "từ ngày 26/02-14/3"),
    ("Tổ chức hội nghị từ ngày 26/02–14/3 tại các thôn.", "từ ngày 26/02–14/3"),
    ("Tổ chức hội nghị từ ngày 26/02 - 14/3 tại các thôn.", "từ ngày 26/02 - 14/3"),
    ("Tổ chức hội nghị Từ ngày 05/02/2026-08/02/2026 tại các thôn.", "Từ ngày 05/02/2026-08/02/2026"),
    ("Tổ chức hội nghị Từ ngày 05/02/2026 - 08/02/2026 tại các thôn.", "Từ ngày 05/02/2026 - 08/02/2026"),
    ("Tổ chức hội nghị từ ngày 26/02-14/3/2026, báo cáo trước ngày 20/3/2026.", "từ ngày 26/02-14/3/2026"),
    ("Tiếp nhận hồ sơ từ ngày 26/02-14/3 hằng năm.", "từ ngày 26/02-14/3 hằng năm"),
    # days of one month, the month printed once after the last (session 17)
    ("Tổ chức kiểm tra các xã từ ngày 01-15/3/2026.", "từ ngày 01-15/3/2026"),
    ("Tổ chức kiểm tra các xã Từ ngày 01 – 15/3/2026.", "Từ ngày 01 – 15/3/2026"),
])
def test_a_span_of_days_is_found_whole_whatever_its_dash(text: str, phrase: str) -> None:
    assert find_in_prose(text) == phrase


@pytest.mark.parametrize(("text", "phrase"), [
    # a range of years and months joined by a dash are what they were
    ("Sở Tư pháp rà soát từ năm 2021 - 2025.", None),
    ("Sở Tư pháp rà soát từ tháng 6-7/2025.", "từ tháng 6-7/2025"),
    ("Sở Tư pháp thực hiện trong giai đoạn 2021-2025.", "trong giai đoạn 2021-2025"),
    # a start alone, a span of dates without `ngày`: a legal period the item works within, as before
    ("Sở Tư pháp thực hiện từ ngày 01/7/2025.", None),
    ("Sở Tư pháp thực hiện (từ 26/02-14/3/2026).", None),
    # a number with a dash and a slash is no span of days
    ("Thực hiện Quyết định số 01-15/QĐ của Sở.", None),
])
def test_what_a_tight_dash_does_not_change(text: str, phrase: str | None) -> None:
    assert find_in_prose(text) == phrase


def test_a_tight_span_dates_its_task_on_its_last_day() -> None:
    tasks = extract_plan([Paragraph(p) for p in (
        "II. NHIỆM VỤ",
        "1. Sở Nội vụ chủ trì tổ chức hội nghị lấy ý kiến cử tri từ ngày 26/02-14/3/2026.",
        "2. Sở Tư pháp chủ trì tiếp nhận hồ sơ từ ngày 26/02-14/3 hằng năm.",
    )]).tasks()
    assert [t.deadline_text for t in tasks] == ["từ ngày 26/02-14/3/2026", "từ ngày 26/02-14/3 hằng năm"]
    assert tasks[0].deadline["date"] == dt.date(2026, 3, 14).isoformat()
    assert (tasks[1].deadline["kind"], tasks[1].deadline["month"], tasks[1].deadline["day"]) == ("yearly", 3, 14)
