"""Deadline occurrences, overrides, triggers and the storage round trip."""

from __future__ import annotations

import json
from datetime import date, timedelta

import pytest

from app.domain.deadline_phrases import parse_deadline
from app.domain.deadlines import Deadline, DeadlineKind, due_dates, last_due_on_or_before, next_due

K = DeadlineKind
D = date

# (deadline, window start, window end, expected due dates)
OCCURRENCES: list[tuple[Deadline, date, date, list[date]]] = [
    (
        Deadline(K.DATE, "xong trước ngày 30/4/2017", date=D(2017, 4, 30)),
        D(2017, 1, 1),
        D(2017, 12, 31),
        [D(2017, 4, 30)],
    ),
    (Deadline(K.DATE, "x", date=D(2017, 4, 30)), D(2017, 4, 30), D(2017, 4, 30), [D(2017, 4, 30)]),
    (Deadline(K.DATE, "x", date=D(2017, 4, 30)), D(2017, 5, 1), D(2017, 12, 31), []),
    (
        Deadline(K.QUARTER, "Quý II/2017", year=2017, quarter=2),
        D(2017, 1, 1),
        D(2017, 12, 31),
        [D(2017, 6, 30)],
    ),
    (
        Deadline(K.QUARTER, "Quý I/2024", year=2024, quarter=1),
        D(2024, 1, 1),
        D(2024, 12, 31),
        [D(2024, 3, 31)],
    ),
    (Deadline(K.QUARTER, "trong quý II", quarter=2), D(2000, 1, 1), D(2100, 1, 1), []),
    (Deadline(K.YEAR, "trong năm 2021", year=2021), D(2021, 1, 1), D(2021, 12, 31), [D(2021, 12, 31)]),
    (Deadline(K.UNTIL_YEAR, "đến năm 2025", year=2025), D(2020, 1, 1), D(2030, 1, 1), [D(2025, 12, 31)]),
    (
        Deadline(
            K.PERIOD_RANGE, "Giai đoạn 2022-2026 và giai đoạn 2026-2030", start_year=2022, end_year=2030
        ),
        D(2020, 1, 1),
        D(2035, 1, 1),
        [D(2030, 12, 31)],
    ),
    (
        Deadline(K.YEAR_ONWARD, "trong năm 2021 và các năm tiếp theo", year=2021),
        D(2019, 1, 1),
        D(2023, 12, 31),
        [D(2021, 12, 31), D(2022, 12, 31), D(2023, 12, 31)],
    ),
    (Deadline(K.FROM_YEAR, "từ năm 2017", year=2017), D(2016, 6, 1), D(2018, 6, 1), [D(2016 + 1, 12, 31)]),
    (
        Deadline(
            K.YEARLY_IN_QUARTER,
            "quý I hằng năm (riêng năm 2021 ... quý II)",
            quarter=1,
            exceptions=((2021, 2),),
        ),
        D(2020, 1, 1),
        D(2022, 12, 31),
        [D(2020, 3, 31), D(2021, 6, 30), D(2022, 3, 31)],
    ),
    (
        Deadline(K.YEARLY, "trước ngày 15/12 hàng năm", month=12, day=15),
        D(2021, 12, 15),
        D(2023, 12, 14),
        [D(2021, 12, 15), D(2022, 12, 15)],
    ),
    (Deadline(K.YEARLY, "Hằng năm"), D(2021, 1, 1), D(2022, 12, 31), [D(2021, 12, 31), D(2022, 12, 31)]),
    (
        Deadline(K.YEARLY, "29/2 hằng năm", month=2, day=29),
        D(2023, 1, 1),
        D(2024, 12, 31),
        [D(2023, 2, 28), D(2024, 2, 29)],
    ),
    (
        Deadline(K.YEARLY, "hằng năm đến năm 2022", end_year=2022),
        D(2021, 1, 1),
        D(2025, 12, 31),
        [D(2021, 12, 31), D(2022, 12, 31)],
    ),
    (
        Deadline(K.MONTHLY, "ngày 25 hằng tháng", day=25),
        D(2021, 11, 26),
        D(2022, 2, 25),
        [D(2021, 12, 25), D(2022, 1, 25), D(2022, 2, 25)],
    ),
    (
        Deadline(K.MONTHLY, "ngày 31 hằng tháng", day=31),
        D(2024, 1, 1),
        D(2024, 4, 30),
        [D(2024, 1, 31), D(2024, 2, 29), D(2024, 3, 31), D(2024, 4, 30)],
    ),
    (Deadline(K.MONTHLY, "hằng tháng"), D(2023, 2, 1), D(2023, 3, 31), [D(2023, 2, 28), D(2023, 3, 31)]),
    (
        Deadline(K.QUARTERLY, "hằng quý"),
        D(2021, 1, 1),
        D(2021, 12, 31),
        [D(2021, 3, 31), D(2021, 6, 30), D(2021, 9, 30), D(2021, 12, 31)],
    ),
    (
        Deadline(K.QUARTERLY, "ngày 20 của tháng cuối quý", day=20),
        D(2021, 7, 1),
        D(2022, 3, 31),
        [D(2021, 9, 20), D(2021, 12, 20), D(2022, 3, 20)],
    ),
    (
        Deadline(K.HALF_YEARLY, "định kỳ 6 tháng (trước ngày 15/6) và hằng năm (trước ngày 15/12)", day=15),
        D(2026, 1, 1),
        D(2027, 6, 30),
        [D(2026, 6, 15), D(2026, 12, 15), D(2027, 6, 15)],
    ),
    (Deadline(K.HALF_YEARLY, "Định kỳ 06 tháng"), D(2026, 1, 1), D(2026, 12, 31), [D(2026, 6, 30), D(2026, 12, 31)]),
    (Deadline(K.ONGOING, "Thường xuyên"), D(2000, 1, 1), D(2100, 1, 1), []),
    (Deadline(K.UNKNOWN, "Theo lộ trình"), D(2000, 1, 1), D(2100, 1, 1), []),
    (Deadline(K.RELATIVE, "trong thời hạn 3 tháng kể từ", offset_months=3), D(2000, 1, 1), D(2100, 1, 1), []),
    (
        Deadline(K.RELATIVE, "3 tháng kể từ", offset_months=3, trigger=D(2021, 11, 30)),
        D(2021, 1, 1),
        D(2022, 12, 31),
        [D(2022, 2, 28)],
    ),
    (
        Deadline(K.RELATIVE, "30 ngày kể từ", offset_days=30, trigger=D(2021, 12, 15)),
        D(2021, 1, 1),
        D(2022, 12, 31),
        [D(2022, 1, 14)],
    ),
    (
        Deadline(K.CONDITIONAL, "sau khi có văn bản", trigger=D(2023, 5, 2)),
        D(2023, 1, 1),
        D(2023, 12, 31),
        [D(2023, 5, 2)],
    ),
    (Deadline(K.CONDITIONAL, "sau khi có văn bản"), D(2000, 1, 1), D(2100, 1, 1), []),
    # the clerk's override wins for one-off kinds ...
    (
        Deadline(K.DATE, "x", date=D(2017, 4, 30), override=D(2017, 5, 15)),
        D(2017, 1, 1),
        D(2017, 12, 31),
        [D(2017, 5, 15)],
    ),
    (
        Deadline(K.UNKNOWN, "Theo lộ trình", override=D(2024, 6, 30)),
        D(2024, 1, 1),
        D(2024, 12, 31),
        [D(2024, 6, 30)],
    ),
    (
        Deadline(K.RELATIVE, "3 tháng", offset_months=3, trigger=D(2021, 1, 1), override=D(2021, 5, 5)),
        D(2021, 1, 1),
        D(2021, 12, 31),
        [D(2021, 5, 5)],
    ),
    # ... and moves the nearest occurrence of a recurring kind
    (
        Deadline(K.MONTHLY, "ngày 25 hằng tháng", day=25, override=D(2021, 9, 2)),
        D(2021, 7, 1),
        D(2021, 10, 31),
        [D(2021, 7, 25), D(2021, 9, 2), D(2021, 9, 25), D(2021, 10, 25)],
    ),
    (
        Deadline(K.YEARLY, "Hằng năm", override=D(2022, 1, 15)),
        D(2021, 1, 1),
        D(2022, 12, 31),
        [D(2022, 1, 15), D(2022, 12, 31)],
    ),
]


@pytest.mark.parametrize(
    ("deadline", "start", "end", "expected"),
    OCCURRENCES,
    ids=[f"{c[0].kind}-{c[0].phrase[:30]}" for c in OCCURRENCES],
)
def test_due_dates(deadline: Deadline, start: date, end: date, expected: list[date]) -> None:
    assert due_dates(deadline, start, end) == expected


def test_due_dates_empty_when_window_reversed() -> None:
    assert due_dates(Deadline(K.YEARLY, "Hằng năm"), D(2022, 1, 1), D(2021, 1, 1)) == []


NEXT: list[tuple[Deadline, date, date | None]] = [
    (Deadline(K.DATE, "x", date=D(2017, 4, 30)), D(2017, 4, 29), D(2017, 4, 30)),
    (Deadline(K.DATE, "x", date=D(2017, 4, 30)), D(2017, 4, 30), None),
    (Deadline(K.MONTHLY, "x", day=25), D(2021, 12, 25), D(2022, 1, 25)),
    (Deadline(K.MONTHLY, "x", day=25), D(2021, 12, 24), D(2021, 12, 25)),
    (Deadline(K.YEAR_ONWARD, "x", year=2021), D(2015, 1, 1), D(2021, 12, 31)),
    (Deadline(K.YEARLY_IN_QUARTER, "x", quarter=1, exceptions=((2021, 2),)), D(2021, 3, 31), D(2021, 6, 30)),
    (Deadline(K.YEARLY_IN_QUARTER, "x", quarter=1, exceptions=((2021, 2),)), D(2021, 6, 30), D(2022, 3, 31)),
    (Deadline(K.YEARLY, "x", end_year=2022), D(2022, 12, 31), None),
    (Deadline(K.ONGOING, "Thường xuyên"), D(2021, 1, 1), None),
    (Deadline(K.MONTHLY, "x", day=25, override=D(2021, 9, 2)), D(2021, 8, 25), D(2021, 9, 2)),
]


@pytest.mark.parametrize(("deadline", "after", "expected"), NEXT)
def test_next_due(deadline: Deadline, after: date, expected: date | None) -> None:
    assert next_due(deadline, after) == expected


LAST: list[tuple[Deadline, date, date | None]] = [
    (Deadline(K.DATE, "x", date=D(2017, 4, 30)), D(2017, 4, 30), D(2017, 4, 30)),
    (Deadline(K.DATE, "x", date=D(2017, 4, 30)), D(2017, 4, 29), None),
    (Deadline(K.MONTHLY, "x", day=25), D(2022, 1, 10), D(2021, 12, 25)),
    (Deadline(K.YEAR_ONWARD, "x", year=2021), D(2021, 12, 30), None),
    (Deadline(K.YEAR_ONWARD, "x", year=2021), D(2030, 6, 1), D(2029, 12, 31)),
    (Deadline(K.YEARLY, "x", end_year=2022), D(2030, 1, 1), D(2022, 12, 31)),
    (Deadline(K.YEARLY_IN_QUARTER, "x", quarter=1, exceptions=((2021, 2),)), D(2021, 5, 1), D(2020, 3, 31)),
    (Deadline(K.QUARTERLY, "x", day=20), D(2022, 1, 1), D(2021, 12, 20)),
    (Deadline(K.CONDITIONAL, "x"), D(2030, 1, 1), None),
]


@pytest.mark.parametrize(("deadline", "day", "expected"), LAST)
def test_last_due_on_or_before(deadline: Deadline, day: date, expected: date | None) -> None:
    assert last_due_on_or_before(deadline, day) == expected


@pytest.mark.parametrize(
    ("kind", "recurring", "needs_trigger"),
    [
        (K.DATE, False, False),
        (K.QUARTER, False, False),
        (K.YEAR, False, False),
        (K.YEAR_ONWARD, True, False),
        (K.YEARLY_IN_QUARTER, True, False),
        (K.PERIOD_RANGE, False, False),
        (K.UNTIL_YEAR, False, False),
        (K.FROM_YEAR, True, False),
        (K.MONTHLY, True, False),
        (K.QUARTERLY, True, False),
        (K.HALF_YEARLY, True, False),
        (K.YEARLY, True, False),
        (K.ONGOING, False, False),
        (K.RELATIVE, False, True),
        (K.CONDITIONAL, False, True),
        (K.UNKNOWN, False, False),
    ],
)
def test_kind_properties(kind: DeadlineKind, recurring: bool, needs_trigger: bool) -> None:
    deadline = Deadline(kind, "x")
    assert deadline.is_recurring is recurring
    assert deadline.needs_trigger is needs_trigger
    assert deadline.with_trigger(D(2021, 1, 1)).needs_trigger is False


ROUND_TRIP = [
    Deadline(K.DATE, "xong trước ngày 30/4/2017", date=D(2017, 4, 30)),
    Deadline(K.YEARLY_IN_QUARTER, "quý I hằng năm", quarter=1, exceptions=((2021, 2), (2022, 3)), year=2021),
    Deadline(
        K.RELATIVE, "3 tháng", offset_months=3, offset_days=2, trigger=D(2021, 2, 1), override=D(2021, 6, 1)
    ),
    Deadline(K.PERIOD_RANGE, "Giai đoạn 2023-2024", start_year=2023, end_year=2024),
    Deadline(K.UNKNOWN, "Theo lộ trình sắp xếp đơn vị hành chính cấp xã"),
    Deadline(K.MONTHLY, "ngày 25 hằng tháng", day=25, end_year=2025),
    *[
        parse_deadline(p, plan_year=2021)
        for p in ("trước ngày 15/12 hàng năm", "trong quý II", "Thường xuyên")
    ],
]


@pytest.mark.parametrize("deadline", ROUND_TRIP, ids=[d.phrase[:30] for d in ROUND_TRIP])
def test_to_dict_round_trip(deadline: Deadline) -> None:
    stored = json.loads(json.dumps(deadline.to_dict(), ensure_ascii=False))
    assert Deadline.from_dict(stored) == deadline
    assert stored["kind"] == deadline.kind.value and stored["phrase"] == deadline.phrase


def test_to_dict_shape() -> None:
    deadline = Deadline(K.YEARLY_IN_QUARTER, "p", quarter=1, exceptions=((2021, 2),), override=D(2021, 7, 1))
    assert deadline.to_dict() == {
        "kind": "yearly_in_quarter",
        "phrase": "p",
        "override": "2021-07-01",
        "quarter": 1,
        "exceptions": [[2021, 2]],
    }
    assert (
        Deadline.from_dict({"kind": "ongoing", "phrase": "Thường xuyên", "future_field": 1}).kind is K.ONGOING
    )


def test_one_off_due_and_flags() -> None:
    assert Deadline(K.UNKNOWN, "?").is_flagged
    assert not Deadline(K.UNKNOWN, "?", override=D(2021, 1, 1)).is_flagged
    assert Deadline(K.YEARLY, "Hằng năm").one_off_due() is None
    assert Deadline(K.QUARTER, "Quý IV/2021", year=2021, quarter=4).one_off_due() == D(2021, 12, 31)
    assert Deadline(K.DATE, "x", date=D(2021, 1, 1)).with_override(D(2021, 2, 2)).one_off_due() == D(
        2021, 2, 2
    )


def test_kind_and_exceptions_are_normalised() -> None:
    deadline = Deadline("yearly_in_quarter", "p", quarter=1, exceptions=[[2021, 2]])  # type: ignore[arg-type]
    assert deadline.kind is K.YEARLY_IN_QUARTER
    assert deadline.exceptions == ((2021, 2),)
    assert deadline == Deadline(K.YEARLY_IN_QUARTER, "p", quarter=1, exceptions=((2021, 2),))


def test_from_dict_of_a_future_kind_keeps_phrase_and_override() -> None:
    stored = {"kind": "lunar_new_year", "phrase": "trước Tết", "override": "2024-02-01", "day": 3}
    assert Deadline.from_dict(stored) == Deadline(K.UNKNOWN, "trước Tết", override=D(2024, 2, 1))


SWEEP = [
    Deadline(K.MONTHLY, "ngày 31 hằng tháng", day=31),
    Deadline(K.MONTHLY, "ngày 25 hằng tháng", day=25, override=D(2021, 9, 2)),
    Deadline(K.QUARTERLY, "ngày 20 tháng cuối quý", day=20, year=2021, end_year=2022),
    Deadline(K.HALF_YEARLY, "định kỳ 6 tháng (trước ngày 31/6)", day=31, end_year=2025),
    Deadline(K.YEARLY, "trước ngày 15/12 hàng năm", month=12, day=15, override=D(2022, 1, 15)),
    Deadline(K.YEARLY, "29/2 hằng năm", month=2, day=29),
    Deadline(K.YEAR_ONWARD, "trong năm 2021 và các năm tiếp theo", year=2021),
    Deadline(K.FROM_YEAR, "từ năm 2017 đến năm 2019", year=2017, end_year=2019),
    Deadline(K.YEARLY_IN_QUARTER, "quý I hằng năm", quarter=1, exceptions=((2021, 2), (2022, 4))),
    Deadline(
        K.YEARLY_IN_QUARTER, "quý IV hằng năm", quarter=4, exceptions=((2021, 1),), override=D(2021, 4, 10)
    ),
    Deadline(K.DATE, "x", date=D(2021, 6, 30)),
    Deadline(K.RELATIVE, "3 tháng", offset_months=3, trigger=D(2021, 11, 30)),
    Deadline(K.ONGOING, "Thường xuyên"),
]


@pytest.mark.parametrize("deadline", SWEEP, ids=[d.phrase[:30] for d in SWEEP])
def test_next_and_last_agree_with_due_dates(deadline: Deadline) -> None:
    """next_due/last_due_on_or_before search year by year; check them against a brute-force window."""
    day = D(2015, 12, 1)
    while day <= D(2024, 2, 1):
        ahead = due_dates(deadline, day + timedelta(days=1), D(2040, 1, 1))
        behind = due_dates(deadline, D(2000, 1, 1), day)
        assert next_due(deadline, day) == (ahead[0] if ahead else None), day
        assert last_due_on_or_before(deadline, day) == (behind[-1] if behind else None), day
        day += timedelta(days=5)


@pytest.mark.parametrize(
    "fields",
    [{"quarter": 5}, {"month": 13}, {"day": 0}, {"year": 0}, {"exceptions": ((2021, 5),)}],
)
def test_impossible_fields_are_rejected(fields: dict[str, object]) -> None:
    with pytest.raises(ValueError):
        Deadline(K.YEARLY_IN_QUARTER, "x", **fields)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    "stored",
    [
        {"kind": "quarter", "phrase": "Quý V/2021", "quarter": 5, "year": 2021, "override": "2021-12-31"},
        {"kind": "date", "phrase": "p", "date": "2021-02-31", "override": "2021-12-31"},
        {"phrase": "p", "override": "2021-12-31"},
        {"kind": "monthly", "phrase": "p", "day": "abc", "override": "2021-12-31"},
    ],
)
def test_from_dict_of_a_bad_row_is_flagged_not_fatal(stored: dict[str, object]) -> None:
    deadline = Deadline.from_dict(stored)
    assert deadline.kind is K.UNKNOWN
    assert deadline.phrase == stored["phrase"]
    assert deadline.override == D(2021, 12, 31)


def test_extreme_windows_do_not_crash() -> None:
    monthly = Deadline(K.MONTHLY, "x", day=25)
    assert due_dates(monthly, D(1, 1, 1), D(1, 3, 1)) == [D(1, 1, 25), D(1, 2, 25)]
    assert due_dates(Deadline(K.YEARLY, "x"), D(9998, 1, 1), D(9999, 12, 31)) == [
        D(9998, 12, 31),
        D(9999, 12, 31),
    ]
    assert next_due(Deadline(K.YEARLY, "x"), D(9999, 12, 31)) is None
    assert last_due_on_or_before(Deadline(K.YEARLY, "x"), D(1, 6, 1)) is None
