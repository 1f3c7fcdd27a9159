"""A span of days however its dash is typed, and a yearly duty written as a span (issue #10, session 16).

`26/02-14/3`, `26/02–14/3`, `từ 26/02-14/3/2026`: a span printed without spaces around its dash is read as the
spaced one (`26/02 - 14/3`) is, due on its last day; a yearly window (`từ ngày 26/02 đến ngày 14/3 hằng năm`) is
due on its end each year. Neither touches a single date, a range of years or the other yearly readings."""

from __future__ import annotations

from datetime import date

import pytest

from app.domain.deadline_labels import describe
from app.domain.deadline_phrases import parse_deadline
from app.domain.deadlines import DeadlineKind as K

# every spelling of one span of days; plan year 2026
TIGHT_SPANS = [
    "26/02-14/3", "26/02–14/3", "26/02 - 14/3", "26/02 -14/3", "26/02- 14/3", "26/02—14/3",
    "từ 26/02-14/3", "từ ngày 26/02-14/3", "từ ngày 26/02–14/3", "Từ ngày 26/02 - 14/3",
    "từ 26/02-14/3/2026", "từ ngày 26/02/2026-14/3/2026", "26/02/2026-14/3/2026", "26/02/2026 – 14/3/2026",
    "26/02/2026 đến 14/3/2026", "Thời gian: 26/02-14/3/2026", "ngày 26 tháng 02 năm 2026 — ngày 14 tháng 3 năm 2026",
]


@pytest.mark.parametrize("phrase", TIGHT_SPANS)
def test_a_span_of_days_is_due_on_its_last_day_whatever_its_dash(phrase: str) -> None:
    """With or without spaces around the dash, the years printed or not, the phrase opening with the span's
    first day or not: due 14/03/2026, and the review says so."""
    d = parse_deadline(phrase, plan_year=2026)
    assert (d.kind, d.date) == (K.DATE, date(2026, 3, 14)), phrase
    assert describe(d) == "Hạn 14/03/2026"


@pytest.mark.parametrize("phrase", ["26/02-14/3", "từ ngày 26/02–14/3"])
def test_a_span_of_days_without_a_plan_year_keeps_its_last_day(phrase: str) -> None:
    d = parse_deadline(phrase)
    assert (d.kind, d.day, d.month, d.date) == (K.DATE, 14, 3, None)


@pytest.mark.parametrize("phrase", ["từ ngày 01-15/3/2026", "Từ ngày 01 – 15/3/2026", "ngày 01-15/3", "từ 01-15/3"])
def test_days_of_one_month_joined_by_a_dash_are_due_on_the_last(phrase: str) -> None:
    """`từ ngày 01-15/3/2026`: the month printed once after the last day (session 17); it was unknown."""
    d = parse_deadline(phrase, plan_year=2026)
    assert (d.kind, d.date) == (K.DATE, date(2026, 3, 15)), phrase


def test_a_tight_span_over_the_new_year_ends_in_the_next_year() -> None:
    assert parse_deadline("15/12-10/01", plan_year=2026).date == date(2027, 1, 10)


@pytest.mark.parametrize(("phrase", "kind", "fields"), [
    # a date is no span of days, with dashes or slashes
    ("26/02/2026", K.DATE, {"date": date(2026, 2, 26)}),
    ("26-02-2026", K.DATE, {"date": date(2026, 2, 26)}),
    ("trước ngày 30/4", K.DATE, {"date": date(2026, 4, 30)}),
    ("ngày 30/4", K.DATE, {"date": date(2026, 4, 30)}),
    # a range of years is a period, not a span of days
    ("2026-2030", K.PERIOD_RANGE, {"start_year": 2026, "end_year": 2030}),
    ("2021 – 2025", K.PERIOD_RANGE, {"start_year": 2021, "end_year": 2025}),
    ("giai đoạn 2021-2025", K.PERIOD_RANGE, {"start_year": 2021, "end_year": 2025}),
    # months joined by a dash stay months (the last), a month of a year stays that month
    ("tháng 6-7/2025", K.DATE, {"date": date(2025, 7, 31)}),
    ("số 01-15/QĐ", K.UNKNOWN, {"date": None}),  # a number's dash and slash: no day
    ("6/2025-6/2026", K.DATE, {"date": date(2025, 6, 30)}),
    # the other yearly readings keep their single day
    ("hằng năm, trước ngày 15/12", K.YEARLY, {"month": 12, "day": 15}),
    ("trước ngày 15/12 hằng năm", K.YEARLY, {"month": 12, "day": 15}),
    ("Định kỳ hằng năm (trước ngày 15 tháng 12)", K.YEARLY, {"month": 12, "day": 15}),
    ("định kỳ 6 tháng (trước ngày 15/6) và hằng năm (trước ngày 15/12)", K.HALF_YEARLY, {"day": 15}),
    ("Định kỳ 06 tháng", K.HALF_YEARLY, {"day": None}),
    ("Từ tháng 3 đến tháng 11 hằng năm", K.YEARLY, {"month": 11, "day": None}),
])
def test_what_a_span_of_days_does_not_change(phrase: str, kind: K, fields: dict) -> None:
    d = parse_deadline(phrase, plan_year=2026)
    assert d.kind == kind
    assert {f: getattr(d, f) for f in fields} == fields


@pytest.mark.parametrize("phrase", [
    "từ ngày 26/02 đến ngày 14/3 hằng năm", "Từ ngày 26/02 đến ngày 14/3 hàng năm", "từ 26/02 - 14/3 hằng năm",
    "từ ngày 26/02-14/3 hằng năm", "từ ngày 26 tháng 02 đến ngày 14 tháng 3 hằng năm",
    "hằng năm, từ ngày 26/02 đến 17 giờ 00 ngày 14/3",
])
def test_a_yearly_span_is_due_on_its_end_each_year(phrase: str) -> None:
    """A clerk tracks the end of a yearly window (the work is done by then), not its opening day."""
    for plan_year in (2026, None):
        d = parse_deadline(phrase, plan_year=plan_year)
        assert (d.kind, d.month, d.day) == (K.YEARLY, 3, 14), phrase
        assert describe(d) == "Hằng năm, hạn ngày 14/03"
