"""Reporting periods of Nghị định 09/2019: codes, labels, windows, due dates."""

from __future__ import annotations

from datetime import date

import pytest

from app.domain.periods import DateRange, Period, PeriodKind, WindowScheme, period_containing, periods_between
from app.errors import InputError

P = PeriodKind
ND09, CAL = WindowScheme.ND09, WindowScheme.CALENDAR
D = date

# code, kind, year, index, label
CODES = [
    ("2021-M08", P.MONTH, 2021, 8, "tháng 8 năm 2021"),
    ("2021-M12", P.MONTH, 2021, 12, "tháng 12 năm 2021"),
    ("2021-Q3", P.QUARTER, 2021, 3, "quý III năm 2021"),
    ("2021-Q1", P.QUARTER, 2021, 1, "quý I năm 2021"),
    ("2021-Q4", P.QUARTER, 2021, 4, "quý IV năm 2021"),
    ("2021-H1", P.HALF, 2021, 1, "6 tháng đầu năm 2021"),
    ("2021-H2", P.HALF, 2021, 2, "6 tháng cuối năm 2021"),
    ("2021-9M", P.NINE_MONTHS, 2021, 1, "9 tháng năm 2021"),
    ("2021-Y", P.YEAR, 2021, 1, "năm 2021"),
]


@pytest.mark.parametrize(("code", "kind", "year", "index", "label"), CODES)
def test_parse_code_label(code: str, kind: PeriodKind, year: int, index: int, label: str) -> None:
    period = Period.parse(code)
    assert period == Period(kind, year, index)
    assert period.code == code
    assert period.label == label
    assert Period.parse(code.lower()) == period


def test_parse_tolerates_short_month() -> None:
    assert Period.parse("2021-M8").code == "2021-M08"


@pytest.mark.parametrize(
    "code",
    [
        "",
        "2021",
        "2021-Q5",
        "2021-Q0",
        "2021-M13",
        "2021-M00",
        "2021-H3",
        "21-Q1",
        "2021-8M",
        "quý 3",
        "2021/Q3",
    ],
)
def test_parse_bad_codes(code: str) -> None:
    with pytest.raises(InputError) as err:
        Period.parse(code)
    assert "không hợp lệ" in err.value.message


def test_direct_construction_validates() -> None:
    with pytest.raises(InputError):
        Period(P.QUARTER, 2021, 5)


# period code, next, previous
STEPS = [
    ("2021-M12", "2022-M01", "2021-M11"),
    ("2021-M01", "2021-M02", "2020-M12"),
    ("2021-Q4", "2022-Q1", "2021-Q3"),
    ("2021-Q1", "2021-Q2", "2020-Q4"),
    ("2021-H1", "2021-H2", "2020-H2"),
    ("2021-9M", "2022-9M", "2020-9M"),
    ("2021-Y", "2022-Y", "2020-Y"),
]


@pytest.mark.parametrize(("code", "nxt", "prev"), STEPS)
def test_next_previous(code: str, nxt: str, prev: str) -> None:
    period = Period.parse(code)
    assert period.next().code == nxt
    assert period.previous().code == prev
    assert period.next().previous() == period


# code, scheme, window start, window end, default due date
WINDOWS = [
    ("2021-M08", ND09, D(2021, 7, 15), D(2021, 8, 14), D(2021, 8, 25)),
    ("2021-M01", ND09, D(2020, 12, 15), D(2021, 1, 14), D(2021, 1, 25)),
    ("2021-M03", ND09, D(2021, 2, 15), D(2021, 3, 14), D(2021, 3, 25)),
    ("2021-Q1", ND09, D(2020, 12, 15), D(2021, 3, 14), D(2021, 3, 25)),
    ("2021-Q3", ND09, D(2021, 6, 15), D(2021, 9, 14), D(2021, 9, 25)),
    ("2021-Q4", ND09, D(2021, 9, 15), D(2021, 12, 14), D(2021, 12, 25)),
    ("2021-H1", ND09, D(2020, 12, 15), D(2021, 6, 14), D(2021, 6, 25)),
    ("2021-H2", ND09, D(2021, 6, 15), D(2021, 12, 14), D(2021, 12, 25)),
    ("2021-9M", ND09, D(2020, 12, 15), D(2021, 9, 14), D(2021, 9, 25)),
    ("2021-Y", ND09, D(2020, 12, 15), D(2021, 12, 14), D(2021, 12, 25)),
    ("2024-M02", CAL, D(2024, 2, 1), D(2024, 2, 29), D(2024, 3, 5)),
    ("2023-M02", CAL, D(2023, 2, 1), D(2023, 2, 28), D(2023, 3, 5)),
    ("2021-Q3", CAL, D(2021, 7, 1), D(2021, 9, 30), D(2021, 10, 5)),
    ("2021-H1", CAL, D(2021, 1, 1), D(2021, 6, 30), D(2021, 7, 5)),
    ("2021-9M", CAL, D(2021, 1, 1), D(2021, 9, 30), D(2021, 10, 5)),
    ("2021-Y", CAL, D(2021, 1, 1), D(2021, 12, 31), D(2022, 1, 5)),
]


@pytest.mark.parametrize(("code", "scheme", "start", "end", "due"), WINDOWS)
def test_window_and_default_due(code: str, scheme: WindowScheme, start: date, end: date, due: date) -> None:
    period = Period.parse(code)
    assert period.window(scheme) == DateRange(start, end)
    assert period.default_due_date(scheme) == due
    assert period.default_due_date(scheme) > period.window(scheme).end  # due after the cut-off


def test_scheme_accepts_plain_strings() -> None:
    assert Period.parse("2021-Q1").window("calendar") == DateRange(D(2021, 1, 1), D(2021, 3, 31))  # type: ignore[arg-type]


# kind, day, scheme, expected code (None = in no period)
CONTAINING = [
    (P.QUARTER, D(2021, 12, 20), ND09, "2022-Q1"),
    (P.QUARTER, D(2021, 12, 14), ND09, "2021-Q4"),
    (P.QUARTER, D(2021, 12, 15), ND09, "2022-Q1"),
    (P.QUARTER, D(2021, 12, 20), CAL, "2021-Q4"),
    (P.MONTH, D(2021, 8, 14), ND09, "2021-M08"),
    (P.MONTH, D(2021, 8, 15), ND09, "2021-M09"),
    (P.MONTH, D(2024, 2, 29), ND09, "2024-M03"),
    (P.MONTH, D(2024, 2, 29), CAL, "2024-M02"),
    (P.YEAR, D(2021, 12, 31), ND09, "2022-Y"),
    (P.YEAR, D(2021, 1, 1), ND09, "2021-Y"),
    (P.HALF, D(2021, 6, 14), ND09, "2021-H1"),
    (P.HALF, D(2021, 6, 15), ND09, "2021-H2"),
    (P.NINE_MONTHS, D(2021, 9, 14), ND09, "2021-9M"),
    (P.NINE_MONTHS, D(2021, 10, 1), ND09, None),
    (P.NINE_MONTHS, D(2021, 12, 16), ND09, "2022-9M"),
    (P.NINE_MONTHS, D(2021, 10, 1), CAL, None),
]


@pytest.mark.parametrize(("kind", "day", "scheme", "code"), CONTAINING)
def test_period_containing(kind: PeriodKind, day: date, scheme: WindowScheme, code: str | None) -> None:
    found = period_containing(kind, day, scheme)
    assert (found.code if found else None) == code
    if found:
        assert day in found.window(scheme)


BETWEEN = [
    (P.MONTH, D(2021, 1, 1), D(2021, 3, 1), ND09, ["2021-M01", "2021-M02", "2021-M03"]),
    (P.MONTH, D(2021, 1, 1), D(2021, 3, 1), CAL, ["2021-M01", "2021-M02", "2021-M03"]),
    (
        P.QUARTER,
        D(2021, 1, 1),
        D(2021, 12, 31),
        ND09,
        ["2021-Q1", "2021-Q2", "2021-Q3", "2021-Q4", "2022-Q1"],
    ),
    (P.QUARTER, D(2021, 1, 1), D(2021, 12, 31), CAL, ["2021-Q1", "2021-Q2", "2021-Q3", "2021-Q4"]),
    (P.YEAR, D(2020, 12, 15), D(2022, 12, 14), ND09, ["2021-Y", "2022-Y"]),
    (P.HALF, D(2021, 6, 1), D(2021, 6, 30), CAL, ["2021-H1"]),
    (P.QUARTER, D(2021, 2, 1), D(2021, 1, 1), ND09, []),
]


@pytest.mark.parametrize(("kind", "start", "end", "scheme", "codes"), BETWEEN)
def test_periods_between(
    kind: PeriodKind, start: date, end: date, scheme: WindowScheme, codes: list[str]
) -> None:
    assert [p.code for p in periods_between(kind, start, end, scheme)] == codes


def test_periods_sort_within_kind() -> None:
    codes = ["2022-Q1", "2021-Q4", "2021-Q1", "2021-Q2"]
    assert [p.code for p in sorted(Period.parse(c) for c in codes)] == [
        "2021-Q1",
        "2021-Q2",
        "2021-Q4",
        "2022-Q1",
    ]


def test_date_range() -> None:
    r = DateRange(D(2021, 1, 1), D(2021, 1, 31))
    assert D(2021, 1, 31) in r and D(2021, 2, 1) not in r and "x" not in r
    assert r.days == 31
    assert r.overlaps(DateRange(D(2021, 1, 31), D(2021, 3, 1)))
    assert not r.overlaps(DateRange(D(2021, 2, 1), D(2021, 3, 1)))


def test_window_unpacks_into_due_dates() -> None:
    from app.domain.deadline_phrases import parse_deadline
    from app.domain.deadlines import due_dates

    monthly = parse_deadline("Định kỳ ngày 25 hằng tháng")
    assert due_dates(monthly, *Period.parse("2021-Q1").window(ND09)) == [
        D(2020, 12, 25),
        D(2021, 1, 25),
        D(2021, 2, 25),
    ]
    assert due_dates(monthly, *Period.parse("2021-Q1").window(CAL)) == [
        D(2021, 1, 25),
        D(2021, 2, 25),
        D(2021, 3, 25),
    ]


@pytest.mark.parametrize("code", ["9999-M12", "1899-Y", "0001-Q1"])
def test_typed_years_leave_room_for_the_next_period(code: str) -> None:
    """9999-M12 made the calendar build 1/1/10000 (a crash): typed years stop at LAST_YEAR, and
    the message is Vietnamese only (it once read `year 1 năm 10000`)."""
    with pytest.raises(InputError) as err:
        Period.parse(code)
    assert "năm phải từ 1900 đến 9998" in err.value.message
    last = Period.parse("9998-Q4")
    assert last.next() == Period(P.QUARTER, 9999, 1) and last.next().window().end == date(9999, 3, 14)


def test_construction_messages_are_vietnamese() -> None:
    for bad in (lambda: Period(P.YEAR, 10000), lambda: Period(P.MONTH, 2021, 13)):
        with pytest.raises(InputError) as err:
            bad()
        assert not any(word in err.value.message for word in ("year", "month", "quarter")), err.value.message
