"""A deadline naming a point the calendar has not is not understood, and the review says which (issue #10, session
16): `quý 5/2025` was read as May 2025 and `Quý V năm 2025` as the whole year, without a word; `31/02/2025` became
"not understood" with no reason. Now each is not understood, and the reading says what does not exist."""
from __future__ import annotations

import datetime as dt

import pytest

from app.domain.deadline_impossible import Impossible, impossible_point
from app.domain.deadline_labels import describe
from app.domain.deadline_phrases import parse_deadline
from app.domain.deadlines import DeadlineKind
from app.domain.text import fold

NOT_UNDERSTOOD = "Chưa hiểu thời hạn: {} — cần nhập hạn bằng tay"


@pytest.mark.parametrize(("phrase", "why"), [
    ("quý 5/2025", "không có quý 5 (một năm có 4 quý)"),
    ("Trong Quý 5 năm 2025", "không có quý 5 (một năm có 4 quý)"),
    ("Quý V/2025", "không có quý V (một năm có 4 quý)"),
    ("trong quý V năm 2025", "không có quý V (một năm có 4 quý)"),
    ("quý 0/2026", "không có quý 0 (một năm có 4 quý)"),
    ("quý VI", "không có quý VI (một năm có 4 quý)"),
    ("31/02/2025", "không có ngày 31/02/2025 (tháng 2 năm 2025 chỉ có 28 ngày)"),
    ("trước ngày 31/02/2025", "không có ngày 31/02/2025 (tháng 2 năm 2025 chỉ có 28 ngày)"),
    ("xong trước ngày 29/02/2026", "không có ngày 29/02/2026 (tháng 2 năm 2026 chỉ có 28 ngày)"),
    ("trước ngày 30 tháng 02 năm 2026", "không có ngày 30/02/2026 (tháng 2 năm 2026 chỉ có 28 ngày)"),
    ("31-4-2026", "không có ngày 31/04/2026 (tháng 4 năm 2026 chỉ có 30 ngày)"),
    ("trước ngày 31/4", "không có ngày 31/04 (tháng 4 chỉ có 30 ngày)"),
    ("hằng năm, trước ngày 30/02", "không có ngày 30/02 (tháng 2 có nhiều nhất 29 ngày)"),
    ("ngày 00/01/2026", "không có ngày 00/01/2026"),
    ("tháng 13/2025", "không có tháng 13 (một năm có 12 tháng)"),
    ("trước ngày 15/13/2025", "không có tháng 13 (một năm có 12 tháng)"),
])
def test_a_point_the_calendar_has_not_is_named(phrase: str, why: str) -> None:
    for plan_year in (2025, None):
        meaning = parse_deadline(phrase, plan_year=plan_year)
        assert meaning.kind is DeadlineKind.UNKNOWN and meaning.phrase == phrase
        assert describe(meaning) == NOT_UNDERSTOOD.format(why)


@pytest.mark.parametrize(("phrase", "reading"), [
    # what must not change: real quarters, a leap day, a phrase not understood for another reason
    ("quý 4/2025", "Cuối quý IV/2025 (31/12/2025)"),
    ("trong quý 1/2019", "Cuối quý I/2019 (31/03/2019)"),
    ("Quý IV/2025 và Quý I/2026", "Cuối quý I/2026 (31/03/2026)"),
    ("ngày 29/02/2024", "Hạn 29/02/2024"),
    ("trước ngày 28/02/2025", "Hạn 28/02/2025"),
    ("tháng 12/2025", "Hạn 31/12/2025"),
    ("Theo lộ trình sắp xếp đơn vị hành chính cấp xã", "Chưa hiểu thời hạn: cần nhập hạn bằng tay"),
])
def test_what_an_impossible_point_does_not_change(phrase: str, reading: str) -> None:
    assert describe(parse_deadline(phrase, plan_year=2025)) == reading


def test_a_fifth_quarter_is_no_month_nor_year() -> None:
    assert parse_deadline("quý 5/2025", plan_year=2025).one_off_due() is None
    assert parse_deadline("tháng 5/2025", plan_year=2025).one_off_due() == dt.date(2025, 5, 31)


@pytest.mark.parametrize(("phrase", "point"), [
    ("quý 5/2025", Impossible(quarter="5")),
    ("Quý IX", Impossible(quarter="IX")),
    ("ngày 31/02/2025", Impossible(day=31, month=2, year=2025)),
    ("ngày 31/4", Impossible(day=31, month=4)),
    ("tháng 0/2025", Impossible(month=0)),
    ("quý IV/2025", None), ("29/02", None), ("Quỹ 50 tỷ đồng", None), ("quy định số 5/2025", None),
])
def test_impossible_points(phrase: str, point: Impossible | None) -> None:
    assert impossible_point(fold(phrase)) == point
