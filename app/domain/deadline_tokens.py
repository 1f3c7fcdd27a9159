"""The pieces every deadline reading shares: a quarter, a day of month, a day/month, the year a duty runs to.

`deadline_phrases` tries its rules in order; the rule modules (`deadline_events`, `deadline_recurring`,
`deadline_spans`, `deadline_points`) each read one kind of phrase, and all of them name a quarter, a day
or an end year the same way, so those readings live here once. Every pattern runs on `fold`ed text
(lowercase, no diacritics, đ→d). A reader raises ValueError for an impossible value (`quý V`, `31/2`):
`parse_deadline` then flags the phrase instead of guessing.
"""

from __future__ import annotations

import re

from app.domain.dates import clamp_day, roman_or_int

Q = r"(iv|i{1,3}|[1-4])\b"
EVERY = r"\b(?:hang|moi)"
DASH = r"\s*[-\u2013\u2014]\s*"

FROM_YEAR = re.compile(r"\btu\s+nam\s+(\d{4})(?!\d)")
UNTIL = re.compile(r"\bden\s+(?:het\s+|cuoi\s+)?(?:nam\s+)?(\d{4})(?!\d)")
QUARTER = re.compile(r"\bquy\s+" + Q + r"(?:\s*(?:/|-|nam|,\s*nam)\s*(\d{4})(?!\d))?")
# a day written out, `ngày` left off after a word of limit: `trước 15 tháng 3 năm 2026`, `chậm nhất 15 tháng 3`
# (a bare `6 tháng 1 lần` is a count of months, not a day)
DAY_OPENER = r"(?:ngay\s+|(?<=truoc )|(?<=nhat )|(?<=den )|(?<=het )|(?<=vao )|(?<=han ))"
_DM = re.compile(
    r"(?:ngay\s+(\d{1,2})\s*(?:/|-|\s+thang\s+)\s*(\d{1,2})|(?<![\d/.\-])(\d{1,2})\s*/\s*(\d{1,2})"
    r"|" + DAY_OPENER + r"(\d{1,2})\s+thang\s+(\d{1,2}))(?![\d/.\-])"
)
_MONTH_YEARLY = re.compile(r"\bthang\s+(\d{1,2})\s+(?:cua\s+)?" + EVERY + r"\s+nam")


def quarter_number(token: str) -> int:
    """1–4 from `III` or `3`; ValueError otherwise."""
    value = roman_or_int(token)
    if value is None or not 1 <= value <= 4:
        raise ValueError(f"not a quarter: {token!r}")
    return value


def day_number(token: str) -> int:
    """A day of month 1–31; ValueError otherwise."""
    value = int(token)
    if not 1 <= value <= 31:
        raise ValueError(f"not a day of month: {token!r}")
    return value


def day_month(text: str) -> tuple[int | None, int | None]:
    """(month, day) of a yearly date such as `trước ngày 15/12 hàng năm`; (None, None) if absent."""
    found = find_day_month(text)
    if found is None:
        only_month = _MONTH_YEARLY.search(text)
        if only_month and 1 <= int(only_month.group(1)) <= 12:
            return int(only_month.group(1)), None  # `trong tháng 6 hằng năm`: the month's last day
        return None, None
    day, month = found
    return month, day


def find_day_month(text: str) -> tuple[int, int] | None:
    """(day, month) of the first `ngày 15/12`, `ngày 15 tháng 12` or `15/12`; ValueError if impossible.

    The first, because a yearly duty prints its day once (`trước ngày 15/12 hằng năm`); a span of days without
    its year (`từ ngày 26/02 đến ngày 14/3`) is read by `deadline_points.day_month_date`, which picks its end."""
    m = _DM.search(text)
    return read_day_month(m) if m else None


def day_months(text: str) -> list[re.Match[str]]:
    """Every day/month the text prints (`từ ngày 26/02 đến ngày 14/3`: both), for a reader that picks one."""
    return list(_DM.finditer(text))


def read_day_month(m: re.Match[str]) -> tuple[int, int]:
    """(day, month) of a match of `day_months`; ValueError if impossible."""
    day, month = int(m.group(1) or m.group(3) or m.group(5)), int(m.group(2) or m.group(4) or m.group(6))
    if not (1 <= month <= 12 and 1 <= day <= 31) or clamp_day(2000, month, day).day != day:
        raise ValueError("impossible day/month")  # 2000 is a leap year, so 29/2 passes
    return day, month


def until_year(text: str) -> int | None:
    """The year of `đến năm 2025`, `đến hết 2030` (a recurring duty's last year); None if absent."""
    m = UNTIL.search(text)
    return int(m.group(1)) if m else None
