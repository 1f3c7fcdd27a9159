"""One deadline, many clerks: the spellings of a deadline (figures or words, slashes or dashes, `Quý I` or
`quý 1`, with or without `ngày`, `hằng` or `hàng`, padded or not) mean the same to `parse_deadline` — the
calendar shows one date whoever typed it (session 10, `bench.perturb_deadlines`)."""

from __future__ import annotations

from datetime import date

import pytest

from app.domain.deadline_labels import describe
from app.domain.deadline_phrases import parse_deadline
from app.domain.deadlines import Deadline
from app.domain.deadlines import DeadlineKind as K


def _meaning(d: Deadline) -> tuple:
    return (d.kind, d.date, d.year, d.quarter, d.month, d.day, d.start_year, d.end_year)


# (expected kind and fields, spellings of it); plan year 2026
GROUPS: list[tuple[K, dict, list[str]]] = [
    (K.DATE, {"date": date(2026, 3, 15)}, [
        "trước ngày 15/3/2026", "trước ngày 15 tháng 3 năm 2026", "trước ngày 15-3-2026", "trước ngày 15/03/2026",
        "chậm nhất ngày 15/3/2026", "chậm nhất là ngày 15 tháng 3 năm 2026", "trước 15/3/2026", "trước 15-3-2026",
        # `ngày` left off after the word of limit: still the 15th, not the end of March
        "trước 15 tháng 3 năm 2026", "chậm nhất 15 tháng 3 năm 2026", "đến hết 15 tháng 3 năm 2026",
    ]),
    # without the year: the plan's year, and the day kept (was the end of the month)
    (K.DATE, {"date": date(2026, 3, 15), "day": 15, "month": 3}, [
        "trước ngày 15/3", "trước ngày 15 tháng 3", "chậm nhất ngày 15 tháng 3", "trước 15 tháng 3",
    ]),
    (K.DATE, {"date": date(2026, 6, 30)}, [
        "6 tháng đầu năm 2026", "06 tháng đầu năm 2026", "sáu tháng đầu năm 2026",
    ]),
    (K.YEARLY, {"month": 12, "day": 20}, [
        "trước ngày 20/12 hằng năm", "trước ngày 20 tháng 12 hàng năm", "chậm nhất ngày 20/12 hàng năm",
        "trước 20 tháng 12 hàng năm", "trước ngày 20-12 hằng năm",
    ]),
    # a span ends on its last day whether or not that day's hour is printed before it (review2, issue #10: the
    # hour hid the end and the span read as due on its first day)
    (K.DATE, {"date": date(2026, 3, 14)}, [
        "Trong khoảng thời gian từ ngày 26/02/2026 đến ngày 14/3/2026",
        "Trong khoảng thời gian từ ngày 26/02/2026 đến 05 giờ 00 ngày 14/3/2026",
        "từ ngày 26/02/2026 đến 17 giờ ngày 14/3/2026", "từ ngày 26/02/2026 đến 16 giờ 30 phút ngày 14/3/2026",
        "từ ngày 26/02/2026 đến 05h00 ngày 14/3/2026", "từ ngày 26/02/2026 đến 5h ngày 14/3/2026",
        "từ ngày 26/02/2026 đến 17:00 ngày 14/3/2026", "từ ngày 26/02/2026 đến 17:00, ngày 14/3/2026",
        "từ ngày 26/02/2026 đến 17g00 ngày 14/3/2026",
        "từ ngày 26 tháng 02 năm 2026 đến 05 giờ 00 ngày 14 tháng 3 năm 2026",
        "Từ 08 giờ ngày 26/02/2026 đến 17 giờ ngày 14/3/2026",
        "từ ngày 26/02/2026, chậm nhất là 17 giờ 00 ngày 14/3/2026", "từ ngày 26/02/2026 trước 17h00 ngày 14/3/2026",
    ]),
    # the same span without its years: due on its last day in the plan's year (issue #10: read as its start)
    (K.DATE, {"date": date(2026, 3, 14), "day": 14, "month": 3}, [
        "từ ngày 26/02 đến ngày 14/3", "Trong khoảng thời gian từ ngày 26/02 đến 05 giờ 00 ngày 14/3",
        "từ ngày 26/02 đến 17h00 ngày 14/3", "từ ngày 26/02 đến 17 giờ 00, ngày 14/3", "từ 26/02 đến 14/3",
        "từ ngày 26/02 đến hết ngày 14/3", "từ ngày 26/02 - 14/3", "từ ngày 26-02 đến ngày 14-3",
        "từ ngày 26 tháng 02 đến ngày 14 tháng 3", "Từ 08 giờ ngày 26/02 đến 17 giờ ngày 14/3",
        "từ ngày 26/02, chậm nhất là 17 giờ 00 ngày 14/3",
    ]),
    # quarters listed in figures end with the last, as in roman numerals
    (K.QUARTER, {"quarter": 4, "year": 2026}, [
        "quý III, IV/2026", "quý 3, 4/2026", "quý 3 và quý 4 năm 2026", "quý III - IV/2026", "quý 3 - 4/2026",
    ]),
]


@pytest.mark.parametrize(("kind", "fields", "spellings"), GROUPS, ids=[g[2][0] for g in GROUPS])
def test_spellings_of_one_deadline_mean_the_same(kind: K, fields: dict, spellings: list[str]) -> None:
    meanings = {s: parse_deadline(s, plan_year=2026) for s in spellings}
    for spelling, meaning in meanings.items():
        assert meaning.kind == kind, spelling
        assert {f: getattr(meaning, f) for f in fields} == fields, spelling
    assert len({_meaning(m) for m in meanings.values()}) == 1


@pytest.mark.parametrize("phrase", ["định kỳ 6 tháng 1 lần", "trong 6 tháng 3 lần kiểm tra"])
def test_a_count_of_months_is_no_day(phrase: str) -> None:
    """`6 tháng 1 lần` (once every six months) names no day of a month: no `ngày`, no word of limit."""
    assert parse_deadline(phrase, plan_year=2026).day is None


@pytest.mark.parametrize(("phrase", "shown"), [
    ("trước 15 tháng 3 năm 2026", "Hạn 15/03/2026"),
    ("trước ngày 15 tháng 3", "Hạn 15/03/2026"),
    ("trước 20 tháng 12 hàng năm", "Hằng năm, hạn ngày 20/12"),
    ("quý 3 - 4/2026", "Cuối quý IV/2026 (31/12/2026)"),
    ("06 tháng đầu năm 2026", "Hạn 30/06/2026"),
    ("Trong khoảng thời gian từ ngày 26/02/2026 đến 05 giờ 00 ngày 14/3/2026", "Hạn 14/03/2026"),
    ("Trong khoảng thời gian từ ngày 26/02 đến 05 giờ 00 ngày 14/3", "Hạn 14/03/2026"),
])
def test_the_review_shows_the_reading(phrase: str, shown: str) -> None:
    """What the review prints beside the phrase: the day the clerk typed, not the month's end."""
    assert describe(parse_deadline(phrase, plan_year=2026)) == shown


@pytest.mark.parametrize(("phrase", "due"), [
    # a document's date cited before the limit stays a citation, the hour printed or not
    ("Nghị định số 150/2013/NĐ-CP ngày 01/11/2013, xong trước 17 giờ ngày 31/8/2017", date(2017, 8, 31)),
    # an hour with no span: the day it is printed with
    ("chậm nhất là 17 giờ 00 ngày 01 tháng 2 năm 2026", date(2026, 2, 1)),
    # a span with no hour and no word before its end: unchanged, due on its last day
    ("từ 26/02/2026 đến 14/3/2026", date(2026, 3, 14)),
    ("từ ngày 05/02/2026 - 08/02/2026", date(2026, 2, 8)),
    # `đến hết ngày …` closes a span as `đến ngày …` does
    ("từ ngày 26/02/2026 đến hết ngày 14/3/2026", date(2026, 3, 14)),
])
def test_the_hour_of_a_day_moves_no_date(phrase: str, due: date) -> None:
    """The hour written before a day belongs to that day; it neither hides it nor takes another date's place."""
    assert parse_deadline(phrase, plan_year=2026).date == due


@pytest.mark.parametrize(("phrase", "kind", "month", "day"), [
    # a yearly duty keeps the day it prints; one written as a span is due on the span's last day each year
    ("hằng năm, trước ngày 15/12", K.YEARLY, 12, 15),
    ("trước ngày 15/12 hằng năm", K.YEARLY, 12, 15),
    ("từ ngày 26/02 đến ngày 14/3 hằng năm", K.YEARLY, 3, 14),
    ("định kỳ 6 tháng (trước ngày 15/6) và hằng năm (trước ngày 15/12)", K.HALF_YEARLY, None, 15),
    # a single day and month: that day
    ("trước ngày 30/4", K.DATE, 4, 30),
    ("ngày 30/4", K.DATE, 4, 30),
    ("chậm nhất 15 tháng 3", K.DATE, 3, 15),
    # a document's date cited before the limit stays a citation without its year too
    ("Kế hoạch số 05/KH-UBND ngày 10/01, báo cáo trước ngày 20/3", K.DATE, 3, 20),
])
def test_a_span_end_moves_no_yearly_or_single_day(phrase: str, kind: K, month: int | None, day: int) -> None:
    """Reading a span without years at its end (issue #10) changes neither the yearly readings, which share the
    day/month reader, nor a phrase printing one day and month; without a plan year the day is kept, undated."""
    dated, undated = parse_deadline(phrase, plan_year=2026), parse_deadline(phrase)
    assert (dated.kind, dated.month, dated.day) == (kind, month, day)
    assert (undated.kind, undated.month, undated.day, undated.date) == (kind, month, day, None)


def test_a_span_without_years_and_without_a_plan_year_keeps_its_last_day() -> None:
    """No plan year: the span's end is kept as a day and month for the clerk to date, not its start."""
    d = parse_deadline("từ ngày 26/02 đến 05 giờ 00 ngày 14/3")
    assert (d.kind, d.day, d.month, d.date) == (K.DATE, 14, 3, None)


@pytest.mark.parametrize(("phrase", "due"), [
    ("từ ngày 15/12 đến ngày 10/01", date(2027, 1, 10)),
    ("từ 15/12 đến 17 giờ 00 ngày 10/01", date(2027, 1, 10)),
    ("từ ngày 26/02 đến ngày 14/3", date(2026, 3, 14)),
    # a cited document's day before the due day is no span's start
    ("Kế hoạch số 05/KH-UBND ngày 10/12, báo cáo trước ngày 20/3", date(2026, 3, 20)),
])
def test_a_span_over_the_new_year_ends_in_the_next_year(phrase: str, due: date) -> None:
    """Read at its end, a span without years that runs over the new year would be due before it starts."""
    assert parse_deadline(phrase, plan_year=2026).date == due
