"""Calendar helpers in the shape Vietnamese documents use them.

Plans print dates as `30/4/2017`, `30-4-2017` or `ngày 30 tháng 4 năm 2017`, quarters in Roman
numerals, and deadlines fall on the last day of a month, quarter or year. These helpers keep that
arithmetic in one place so deadlines, periods and reports agree on it.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re

from app.domain.text import fold
from app.errors import InputError

ROMAN = {
    "i": 1,
    "ii": 2,
    "iii": 3,
    "iv": 4,
    "v": 5,
    "vi": 6,
    "vii": 7,
    "viii": 8,
    "ix": 9,
    "x": 10,
    "xi": 11,
    "xii": 12,
}
ROMAN_QUARTER = {1: "I", 2: "II", 3: "III", 4: "IV"}

FIRST_YEAR, LAST_YEAR = 1900, 9998
"""The years the program reasons about. 9998 and not 9999: reports look one period ahead and one
day back, and Python's dates end on 31/12/9999 — a date the user types must leave that margin."""

_NUMERIC = re.compile(r"^\s*(\d{1,2})\s*[/.\-]\s*(\d{1,2})\s*[/.\-]\s*(\d{4})\s*$")
_ISO = re.compile(r"^\s*(\d{4})-(\d{1,2})-(\d{1,2})\s*$")
_WORDS = re.compile(r"^\s*(?:ngay\s+)?(\d{1,2})\s+thang\s+(\d{1,2})\s+nam\s+(\d{4})\s*$")


def format_vn(d: dt.date) -> str:
    """`dd/mm/yyyy`, the way tables and the exporters print a date."""
    return f"{d.day:02d}/{d.month:02d}/{d.year:04d}"


def format_moment(utc: dt.datetime) -> str:
    """A moment stored in UTC (audit times) shown in local time: `16:20 ngày 04/12/2026`."""
    local = utc.replace(tzinfo=dt.UTC).astimezone() if utc.tzinfo is None else utc.astimezone()
    return f"{local:%H:%M} ngày {format_vn(local.date())}"


def month_end(year: int, month: int) -> dt.date:
    return dt.date(year, month, calendar.monthrange(year, month)[1])


def clamp_day(year: int, month: int, day: int) -> dt.date:
    """The given day of the month, or the month's last day when the month is shorter.

    `ngày 31 hằng tháng` must still mean something in February and April.
    """
    return dt.date(year, month, min(day, calendar.monthrange(year, month)[1]))


def quarter_of(d: dt.date) -> int:
    """The calendar quarter (1–4) `d` falls in."""
    return (d.month - 1) // 3 + 1


def quarter_end(year: int, quarter: int) -> dt.date:
    """Last day of a quarter: the due date of `trong quý II/2017`."""
    _check_quarter(quarter)
    return month_end(year, 3 * quarter)


def year_end(year: int) -> dt.date:
    return dt.date(year, 12, 31)


def add_months(d: dt.date, months: int) -> dt.date:
    """Calendar month arithmetic, clamping to the month's end (31/1 + 1 month = 28 or 29/2)."""
    index = d.year * 12 + d.month - 1 + months
    return clamp_day(index // 12, index % 12 + 1, d.day)


def roman_or_int(token: str) -> int | None:
    """`II` → 2, `2` → 2, anything else → None (quarter and month numerals in plans)."""
    token = token.strip().lower()
    if token.isdigit():
        return int(token)
    return ROMAN.get(token)


def check_in_range(day: dt.date, what: str) -> dt.date:
    """`day` itself, or an `InputError` naming `what` (`Ngày số liệu`) when its year is outside
    FIRST_YEAR–LAST_YEAR (a typo such as 0001-01-01 or 9999-12-31)."""
    if not FIRST_YEAR <= day.year <= LAST_YEAR:
        raise InputError(
            f"{what} {format_vn(day)} nằm ngoài khoảng chương trình xử lý (năm {FIRST_YEAR} đến {LAST_YEAR})."
        )
    return day


def make_date(year: int, month: int, day: int) -> dt.date:
    """A date, or an `InputError` that says in Vietnamese why it does not exist (31/2/2021)."""
    if not 1 <= month <= 12:
        raise InputError(f"Ngày {day}/{month}/{year} không hợp lệ: tháng phải từ 1 đến 12.")
    if not 1 <= year <= 9999:
        raise InputError(f"Ngày {day}/{month}/{year} không hợp lệ: năm không đúng.")
    last = calendar.monthrange(year, month)[1]
    if not 1 <= day <= last:
        raise InputError(
            f"Ngày {day}/{month}/{year} không tồn tại: tháng {month} năm {year} chỉ có {last} ngày."
        )
    return dt.date(year, month, day)


def parse_vn_date(text: str) -> dt.date:
    """Read `30/4/2017`, `30-4-2017`, `30.4.2017`, `ngày 30 tháng 4 năm 2017` or ISO `2017-04-30`.

    Raises `InputError` (Vietnamese message) for text that is not a date or an impossible date.
    """
    folded = fold(text)
    for pattern, order in ((_NUMERIC, "dmy"), (_WORDS, "dmy"), (_ISO, "ymd")):
        m = pattern.match(folded)
        if m:
            a, b, c = (int(g) for g in m.groups())
            return make_date(c, b, a) if order == "dmy" else make_date(a, b, c)
    raise InputError(
        f"Không đọc được ngày «{text.strip()}»: hãy nhập theo dạng ngày/tháng/năm, ví dụ 30/4/2017."
    )


def _check_quarter(quarter: int) -> None:
    if not 1 <= quarter <= 4:
        raise ValueError(f"quarter must be 1..4, got {quarter}")
