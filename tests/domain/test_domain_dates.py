"""Vietnamese date helpers."""

from __future__ import annotations

from datetime import date

import pytest

from app.domain.dates import (
    add_months,
    clamp_day,
    format_vn,
    make_date,
    parse_vn_date,
    quarter_end,
    quarter_of,
    roman_or_int,
)
from app.errors import InputError


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("30/4/2017", date(2017, 4, 30)),
        ("30-4-2017", date(2017, 4, 30)),
        ("30.04.2017", date(2017, 4, 30)),
        (" 01/01/2024 ", date(2024, 1, 1)),
        ("29/2/2024", date(2024, 2, 29)),
        ("ngày 30 tháng 4 năm 2017", date(2017, 4, 30)),
        ("Ngày 05 tháng 01 năm 2024", date(2024, 1, 5)),
        ("2017-04-30", date(2017, 4, 30)),
    ],
)
def test_parse_vn_date(text: str, expected: date) -> None:
    assert parse_vn_date(text) == expected


@pytest.mark.parametrize(
    ("text", "fragment"),
    [
        ("31/2/2021", "không tồn tại"),
        ("29/2/2023", "chỉ có 28 ngày"),
        ("31/4/2021", "chỉ có 30 ngày"),
        ("1/13/2021", "tháng phải từ 1 đến 12"),
        ("0/1/2021", "không tồn tại"),
        ("hôm qua", "Không đọc được ngày"),
        ("", "Không đọc được ngày"),
        ("2021/4/30", "Không đọc được ngày"),
    ],
)
def test_parse_vn_date_rejects(text: str, fragment: str) -> None:
    with pytest.raises(InputError) as err:
        parse_vn_date(text)
    assert fragment in err.value.message


@pytest.mark.parametrize(
    ("d", "text"), [(date(2024, 1, 5), "05/01/2024"), (date(2017, 12, 31), "31/12/2017")]
)
def test_format_vn(d: date, text: str) -> None:
    assert format_vn(d) == text
    assert parse_vn_date(text) == d


@pytest.mark.parametrize(
    ("year", "quarter", "start", "end"),
    [
        (2021, 1, date(2021, 1, 1), date(2021, 3, 31)),
        (2021, 2, date(2021, 4, 1), date(2021, 6, 30)),
        (2021, 3, date(2021, 7, 1), date(2021, 9, 30)),
        (2021, 4, date(2021, 10, 1), date(2021, 12, 31)),
    ],
)
def test_quarters(year: int, quarter: int, start: date, end: date) -> None:
    assert quarter_end(year, quarter) == end
    assert quarter_of(start) == quarter_of(end) == quarter


def test_bad_quarter() -> None:
    with pytest.raises(ValueError):
        quarter_end(2021, 5)


@pytest.mark.parametrize(
    ("d", "months", "expected"),
    [
        (date(2021, 1, 31), 1, date(2021, 2, 28)),
        (date(2024, 1, 31), 1, date(2024, 2, 29)),
        (date(2021, 11, 30), 3, date(2022, 2, 28)),
        (date(2021, 3, 15), -3, date(2020, 12, 15)),
        (date(2021, 3, 15), 12, date(2022, 3, 15)),
    ],
)
def test_add_months(d: date, months: int, expected: date) -> None:
    assert add_months(d, months) == expected


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        ((2023, 2, 31), date(2023, 2, 28)),
        ((2021, 4, 31), date(2021, 4, 30)),
        ((2021, 5, 31), date(2021, 5, 31)),
    ],
)
def test_clamp_day(args: tuple[int, int, int], expected: date) -> None:
    assert clamp_day(*args) == expected


@pytest.mark.parametrize(
    ("token", "value"),
    [("I", 1), ("ii", 2), ("III", 3), ("IV", 4), ("4", 4), ("V", 5), ("x", 10), ("IIII", None), ("", None)],
)
def test_roman_or_int(token: str, value: int | None) -> None:
    assert roman_or_int(token) == value


def test_make_date_ok() -> None:
    assert make_date(2024, 2, 29) == date(2024, 2, 29)


def test_check_in_range_names_the_day_and_the_range() -> None:
    from app.domain.dates import LAST_YEAR, check_in_range

    assert check_in_range(date(2021, 9, 14), "Ngày số liệu") == date(2021, 9, 14)
    for day in (date(1, 1, 1), date(9999, 12, 31)):
        with pytest.raises(InputError) as err:
            check_in_range(day, "Ngày số liệu")
        assert err.value.message.startswith("Ngày số liệu ") and f"{LAST_YEAR}" in err.value.message
