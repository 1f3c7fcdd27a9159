"""What the review says beside a deadline phrase (`describe`), for the readings session 16 found wrong or unhelpful
among the development golds' phrases (issue #10): quarters of two years, a dated time with the event it waits for
in an aside, a span closing on an event's day."""

from __future__ import annotations

from datetime import date

import pytest

from app.domain.deadline_labels import describe
from app.domain.deadline_phrases import parse_deadline
from app.domain.deadlines import DeadlineKind as K


@pytest.mark.parametrize(("phrase", "quarter", "year"), [
    # each quarter keeps its own year: the last in time, not the largest number with the largest year
    ("Quý IV/2025 và Quý I/2026", 1, 2026),
    ("Từ quý IV/2025 đến quý I/2026", 1, 2026),
    ("Quý II/2024 và Quý II/2025", 2, 2025),
    # a year printed once covers the quarters listed before it, whatever the plan's year
    ("quý III, IV/2025", 4, 2025),
    ("các quý III và IV năm 2025", 4, 2025),
    ("trong quý II và quý III/2017", 3, 2017),
    ("Quý II - Quý IV năm 2025", 4, 2025),
    ("quý 3 - 4/2025", 4, 2025),
    # unchanged: one quarter, with or without its year, and `trước` a quarter
    ("Quý III/2025", 3, 2025),
    ("trong quý II", 2, 2026),
    ("trước quý I/2026", 4, 2025),
    ("Từ tháng 11/2025 đến quý I/2026", 1, 2026),
])
def test_quarters_of_two_years_end_with_the_latest(phrase: str, quarter: int, year: int) -> None:
    d = parse_deadline(phrase, plan_year=2026)
    assert (d.kind, d.quarter, d.year) == (K.QUARTER, quarter, year), phrase


def test_the_review_reads_quarters_of_two_years_at_the_latest() -> None:
    assert describe(parse_deadline("Quý IV/2025 và Quý I/2026", plan_year=2025)) == "Cuối quý I/2026 (31/03/2026)"


@pytest.mark.parametrize("phrase", [
    "Dự kiến tháng 11/2025 (sau khi Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh ban hành Hướng dẫn)",
    "Tháng 11/2025 (sau khi có hướng dẫn của Trung ương)",
    "ngày Tháng 11/2025 (sau khi Ban Thường trực ban hành Hướng dẫn)",
])
def test_a_dated_time_keeps_its_date_beside_the_event_it_waits_for(phrase: str) -> None:
    """The plan sets the month; the aside says what the work waits for. Read as `sau khi …`, the clerk had to type
    the event's day to get any due date."""
    for plan_year in (2025, None):
        d = parse_deadline(phrase, plan_year=plan_year)
        assert (d.kind, d.date) == (K.DATE, date(2025, 11, 30))
        assert describe(d) == "Hạn 30/11/2025"


@pytest.mark.parametrize(("phrase", "kind"), [
    # an event outside the aside stays an event, with a year in the aside or not
    ("sau khi có văn bản hướng dẫn của Trung ương", K.CONDITIONAL),
    ("Sau khi có hướng dẫn (dự kiến năm 2026)", K.CONDITIONAL),
    ("Công tác tuyên truyền bầu cử: Từ khi triển khai, tổ chức bầu cử đến khi kết thúc cuộc bầu cử. Công tác vận "
     "động bầu cử: Trong khoảng thời gian từ ngày 26/02/2026 đến 05 giờ 00 ngày 14/3/2026", K.CONDITIONAL),
    # the event's day printed in an aside after the event: that day
    ("ngay sau Lễ mít-tinh kỷ niệm và phát động của Thành phố (03/02/2007)", K.DATE),
    ("Thực hiện thường xuyên, sau khi có hướng dẫn của Bộ quản lý ngành, lĩnh vực", K.ONGOING),
])
def test_an_event_outside_an_aside_is_still_an_event(phrase: str, kind: K) -> None:
    assert parse_deadline(phrase, plan_year=2026).kind == kind


@pytest.mark.parametrize("phrase", [
    "Từ ngày 15/3/2026 đến ngày bầu cử", "từ ngày 01/3 đến ngày bầu cử", "Từ ngày 01/3/2026 đến hết ngày hội nghị",
])
def test_a_span_closing_on_an_events_day_is_due_at_the_event(phrase: str) -> None:
    """Its start is not its due day (a span is due at its end): the clerk types the event's day, as for `Từ ngày
    thành lập Ủy ban bầu cử đến ngày kết thúc cuộc bầu cử`."""
    d = parse_deadline(phrase, plan_year=2026)
    assert d.kind is K.CONDITIONAL
    assert describe(d.with_trigger(date(2026, 3, 15))) == "Hạn 15/03/2026 (ngày sự kiện)"


@pytest.mark.parametrize(("phrase", "due"), [
    ("từ ngày 01/3/2026 đến ngày 15/3/2026", date(2026, 3, 15)),
    ("đến ngày bầu cử 15/3/2026", date(2026, 3, 15)),
])
def test_a_span_closing_on_a_printed_day_keeps_it(phrase: str, due: date) -> None:
    assert parse_deadline(phrase, plan_year=2026).date == due
