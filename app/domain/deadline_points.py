"""Deadlines at one point in time: a date (`trước ngày 30/4/2017`, `trước 15 tháng 3 năm 2026`), a quarter
(`quý III/2026`), a month or part of a year (`tháng 6/2021`, `6 tháng đầu năm`), a year (`năm 2026`).

The last rules `deadline_phrases` tries, most precise first: a phrase that prints a full date is due
that day even if it also names its quarter or year. A quarter, month or day without a year takes
`plan_year`; `trước` a quarter or a month ends with the one before.
"""

from __future__ import annotations

import datetime as dt
import re

from app.domain.dates import make_date, month_end
from app.domain.deadline_tokens import (
    DAY_OPENER,
    QUARTER,
    day_months,
    due_day,
    figures_at,
    quarter_number,
    read_day_month,
    span_link,
)
from app.domain.deadlines import Deadline, DeadlineKind

# (`tháng 6-7/2025` is two months, not the 6th of July; `quý 3 - 4/2026` two quarters)
DMY = re.compile(r"(?<![\d/.\-])(?<!thang )(?<!quy )(\d{1,2})\s*[/.\-]\s*(\d{1,2})\s*[/.\-]\s*(\d{4})(?!\d)")
DMY_WORDS = re.compile(DAY_OPENER + r"(\d{1,2})\s+thang\s+(\d{1,2})\s*(?:nam\s+|/\s*|-\s*)(\d{4})(?!\d)")
_SPAN_START = re.compile(r"\btu\s+(?:ngay\s+)?$")
# (not the month of a day: `trước ngày 15 tháng 3` is the 15th, see day_month_date)
_MONTH_ONLY = re.compile(r"(?<!\d )\bthang\s+(\d{1,2})\b(?!\s*[/\-.]?\s*\d)")
# `quý III, IV/2025`, `các quý III và IV năm 2025`: the quarters listed after the first share its `quý`
_MORE_QUARTERS = re.compile(r"\bquy\s+(?:iv|i{1,3}|[1-4])((?:\s*(?:,|va|[-\u2013])\s*(?:iv|i{1,3}|[1-4])\b)+)")
_YEAR_FIGURES = re.compile(r"(?<!\d)(?:19|20)\d{2}(?!\d)")
_HALF = re.compile(r"\b0?(6|sau|9|chin)\s+thang\s+(dau|cuoi)?\s*nam\b\s*(\d{4})?(?!\d)")
# `tháng 6/2021`, `tháng 6 năm 2021`, or a bare `6/2025` (a table's time cell): the month of that year
# (`tháng 6-7/2025`, `tháng 6 - 7/2025`: months 6 to 7, due with the last)
MONTH = re.compile(r"(?:\bthang\s+(\d{1,2})\s*(?:/|-|\s+nam\s+)|(?:(?<![\d/.\-])|(?<=thang \d-)|(?<=thang \d\d-)"
                    r"|(?<=thang \d - )|(?<=thang \d\d - ))(\d{1,2})\s*/)\s*(\d{4})(?!\d)")
_YEAR = re.compile(r"\b(?:trong|ca|cuoi|het|truoc het)?\s*nam\s+(\d{4})(?!\d)|^(\d{4})$")


def full_date(text: str, phrase: str, plan_year: int | None) -> Deadline | None:
    """`trước ngày 30/4/2017`, `trước 15 tháng 3 năm 2026`: that day."""
    matches = sorted([*DMY.finditer(text), *DMY_WORDS.finditer(text)], key=lambda m: m.start())
    if not matches:
        return None
    day, month, year = (int(g) for g in due_day(text, matches).groups())
    return Deadline(kind=DeadlineKind.DATE, phrase=phrase, date=make_date(year, month, day))


def quarter_rule(text: str, phrase: str, plan_year: int | None) -> Deadline | None:
    """`quý III/2026`, `trong quý II và quý III/2017`, `trước quý IV/2026`: the end of the (last) quarter.

    Each quarter keeps its own year, the one printed after it (a year printed once covers the quarters listed
    before it: `quý II và quý III/2017`, `quý III, IV/2025`), else one printed before it, else the plan's: the last
    quarter is the latest in time, so `Quý IV/2025 và Quý I/2026` ends with the first quarter of 2026."""
    found = list(QUARTER.finditer(text))
    if not found:
        return None
    quarters = [(m.start(), quarter_number(m.group(1))) for m in found]
    for more in _MORE_QUARTERS.finditer(text):
        quarters += [(more.start(1) + q.start(), quarter_number(q.group()))
                     for q in re.finditer(r"iv|i{1,3}|[1-4]", more.group(1))]
    years = [(m.start(), int(m.group())) for m in _YEAR_FIGURES.finditer(text)]

    def year_of(at: int) -> int | None:
        after = [y for pos, y in years if pos > at]
        before = [y for pos, y in years if pos < at]
        return after[0] if after else before[-1] if before else plan_year

    year, quarter = max(((year_of(at), q) for at, q in quarters), key=lambda yq: (yq[0] or 0, yq[1]))
    if len(found) == 1 and re.search(r"\btruoc\s+$", text[: found[0].start()]):
        quarter -= 1  # `trước quý IV/2026`: by the end of the third quarter
        if quarter == 0:
            quarter, year = 4, year - 1 if year else None
    return Deadline(kind=DeadlineKind.QUARTER, phrase=phrase, quarter=quarter, year=year)


def part_of_year(text: str, phrase: str, plan_year: int | None) -> Deadline | None:
    """`tháng 6/2021`, `từ tháng 4/2026 đến tháng 8/2026`, `6 tháng đầu năm 2021`: the part's last day."""
    months = list(MONTH.finditer(text))
    if months:
        # `từ tháng 4/2026 đến tháng 8/2026`: the span ends with its last month
        last = months[-1] if re.search(r"\bden\b|^\s*[-\u2013]", text[months[0].end():]) else months[0]
        span_year, month = int(last.group(3)), int(last.group(1) or last.group(2))
        if re.search(r"\btruoc\s+$", text[: last.start()]):  # `trước tháng 10/2026`
            span_year, month = (span_year, month - 1) if month > 1 else (span_year - 1, 12)
        return Deadline(kind=DeadlineKind.DATE, phrase=phrase, date=month_end(span_year, month))
    m = _HALF.search(text)
    if not m or not (m.group(3) or plan_year):
        return month_only(text, phrase, plan_year)
    year = int(m.group(3)) if m.group(3) else plan_year
    assert year is not None
    if m.group(1) in ("9", "chin"):
        return Deadline(kind=DeadlineKind.DATE, phrase=phrase, date=dt.date(year, 9, 30))
    end = dt.date(year, 12, 31) if m.group(2) == "cuoi" else dt.date(year, 6, 30)
    return Deadline(kind=DeadlineKind.DATE, phrase=phrase, date=end)


def month_only(text: str, phrase: str, plan_year: int | None) -> Deadline | None:
    """`trong tháng 12`: the month's last day in the plan's year (no date without a plan year); months listed
    (`trong tháng 6 và tháng 7`, `từ tháng 4 đến tháng 8`) are due with the last, as a list of quarters is."""
    found = list(_MONTH_ONLY.finditer(text))
    m = found[-1] if found else None
    if not m or not 1 <= int(m.group(1)) <= 12:
        return None
    month = int(m.group(1))
    end = month_end(plan_year, month) if plan_year else None
    return Deadline(kind=DeadlineKind.DATE, phrase=phrase, date=end, month=month)


def day_month_date(text: str, phrase: str, plan_year: int | None) -> Deadline | None:
    """`trước ngày 30/4`, `trước ngày 15 tháng 3`: that day of the plan's year (no date without one); a span
    (`từ ngày 26/02 đến ngày 14/3`, with the hour of its end or not) on its last day, as a span with years, in
    the next year when it runs over the new year."""
    matches = day_months(text)
    if not matches:
        return None
    due = due_day(text, matches)
    day, month = read_day_month(due)
    if plan_year is None:
        return Deadline(kind=DeadlineKind.DATE, phrase=phrase, day=day, month=month)
    due_year = plan_year + _over_new_year(text, matches, due)
    return Deadline(kind=DeadlineKind.DATE, phrase=phrase, date=make_date(due_year, month, day), day=day, month=month)


def _over_new_year(text: str, matches: list[re.Match[str]], due: re.Match[str]) -> bool:
    """Does a span of days without years (`từ ngày 15/12 đến ngày 10/01`, `15/12 - 10/01`) end in the year after it
    starts? Only the span's own start counts (the day printed just before its end, after `từ` or joined to it),
    not a cited document's date."""
    at = matches.index(due)
    if at == 0:
        return False
    start = matches[at - 1]
    opens = _SPAN_START.search(text[max(0, figures_at(start) - 16) : figures_at(start)])
    if not (opens or span_link(text, start, due)):
        return False
    (end_day, end_month), (start_day, start_month) = read_day_month(due), read_day_month(start)
    return (end_month, end_day) < (start_month, start_day)


def year(text: str, phrase: str, plan_year: int | None) -> Deadline | None:
    """`năm 2026`, `trong năm 2022 và năm 2023` (the last), a bare `2026`; `đầu năm 2022` is not understood."""
    if re.search(r"\bdau nam\b", text):
        return None  # `đầu năm 2022` has no agreed day: flag it
    years = [int(m.group(1) or m.group(2)) for m in _YEAR.finditer(text)]
    if not years:
        return None
    return Deadline(kind=DeadlineKind.YEAR, phrase=phrase, year=max(years))  # `năm 2022 và năm 2023`
