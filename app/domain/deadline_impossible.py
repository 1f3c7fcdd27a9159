"""A point in time a deadline phrase names that the calendar has not: `quý 5/2025`, `31/02/2025`, `tháng 13/2025`.

Such a phrase is a typing slip in the plan (or in the clerk's copy) and has no reading: `parse_deadline` leaves it
`UNKNOWN`, never a nearby meaning (`quý 5/2025` is not May, `Quý V năm 2025` not the whole year), and the review's
reading (`deadline_labels.describe`) says which point does not exist, so the clerk knows what to ask the drafting
office instead of guessing the date from an unhelpful "not understood". Every pattern runs on `fold`ed text.
"""
from __future__ import annotations

import calendar
import re
from typing import NamedTuple

from app.domain.deadline_points import DMY, DMY_WORDS, MONTH
from app.domain.deadline_tokens import day_month_figures, day_months

# a quarter past the fourth (or a zeroth), in figures or roman numerals: `quý 5/2025`, `Quý V năm 2025`, `quý 0`
NO_QUARTER = re.compile(r"\bquy\s+(0|[5-9]|v|vi{1,3}|i?x)\b(?![.,]?\d)")
_LEAP = 2000  # a day/month without its year exists if it exists in some year: 29/02 does


class Impossible(NamedTuple):
    """What does not exist: a quarter (as printed, in capitals), a month, or a day of a month (of a year or not)."""

    quarter: str | None = None
    day: int | None = None
    month: int | None = None
    year: int | None = None


def impossible_point(text: str) -> Impossible | None:
    """The first point the folded phrase `text` names that no calendar has, or None."""
    quarter = NO_QUARTER.search(text)
    if quarter:
        return Impossible(quarter=quarter.group(1).upper())
    for m in sorted([*DMY.finditer(text), *DMY_WORDS.finditer(text)], key=lambda m: m.start()):
        day, month, year = (int(g) for g in m.groups())
        if not _exists(day, month, year):
            return Impossible(day=day, month=month, year=year)
    for m in day_months(text):
        day, month = day_month_figures(m)
        if not _exists(day, month, _LEAP):
            return Impossible(day=day, month=month)
    for m in MONTH.finditer(text):
        month = int(m.group(1) or m.group(2))
        if not 1 <= month <= 12:
            return Impossible(month=month)
    return None


def days_in(month: int, year: int | None) -> int:
    """How many days `month` has (in `year`; February 29 when the year is not known)."""
    return calendar.monthrange(year or _LEAP, month)[1]


def _exists(day: int, month: int, year: int) -> bool:
    return 1 <= month <= 12 and 1 <= year <= 9999 and 1 <= day <= days_in(month, year)
