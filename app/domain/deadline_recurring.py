"""Duties that come back every month, quarter, half-year or year: `hằng tháng`, `định kỳ 6 tháng`,
`trước ngày 15/12 hằng năm`, `quý IV hằng năm`, `năm 2021 và các năm tiếp theo`.

Each reading keeps the day in the period (`ngày 25 hằng tháng`) and the year the duty runs to (`đến năm
2025`), so `Deadline.due_dates` can list them. The shorter period wins when a phrase names two
(`hàng tháng …, hàng quý …` is monthly): its dates include the longer one's (see `deadline_phrases` order).
"""

from __future__ import annotations

import re

from app.domain.deadline_tokens import (
    EVERY,
    FROM_YEAR,
    QUARTER,
    Q,
    day_month,
    day_number,
    find_day_month,
    quarter_number,
    until_year,
)
from app.domain.deadlines import Deadline, DeadlineKind
from app.domain.text import fold, nfc

_YEARLY_IN_Q = re.compile(r"quy\s+" + Q + r"\s*(?:cua\s+)?" + EVERY + r"\s+nam")
_EXCEPTION = re.compile(
    r"rieng\s+(?:nam\s+)?(\d{4})\s*[,:]?\s*(?:(?:se\s+)?(?:hoan thanh|thuc hien|xong)\s+)?"
    r"(?:trong\s+|vao\s+)?quy\s+" + Q
)
MONTHLY = re.compile(EVERY + r"\s+thang")
MONTHLY_DAY = re.compile(r"ngay\s+(\d{1,2})\s+(?:cua\s+)?" + EVERY + r"\s+thang")
QUARTERLY = re.compile(EVERY + r"\s+quy|dinh ky (?:hang |moi )?quy|thang cuoi (?:cua\s+)?(?:moi\s+|hang\s+)?quy")
QUARTERLY_DAY = re.compile(r"ngay\s+(\d{1,2})\s+(?:cua\s+)?thang cuoi (?:cua\s+)?(?:moi\s+|hang\s+)?quy")
_HALF_YEARLY = re.compile(r"dinh ky (?:0?6|sau) thang\b|" + EVERY + r"\s+(?:0?6|sau) thang\b")
_YEAR_ONWARD = re.compile(r"(?:nam\s+)?(\d{4})\s*,?\s+va\s+(?:cac|nhung)\s+nam\s+(?:tiep theo|sau|ke tiep)")
_YEARLY = re.compile(EVERY + r"\s+nam|dinh ky (?:hang |moi |cuoi )?nam|\bnam nao cung\b")


def yearly_in_quarter(text: str, phrase: str, plan_year: int | None) -> Deadline | None:
    """`quý IV hằng năm` (from `từ năm …`, to `đến năm …`), with the years it names apart (`riêng năm 2026 …`)."""
    m = _YEARLY_IN_Q.search(text)
    if not m:
        return None
    quarter = quarter_number(m.group(1))
    exceptions = tuple(sorted({(int(e.group(1)), quarter_number(e.group(2))) for e in _EXCEPTION.finditer(text)}))
    start = FROM_YEAR.search(text)
    return Deadline(
        kind=DeadlineKind.YEARLY_IN_QUARTER,
        phrase=phrase,
        quarter=quarter,
        exceptions=exceptions,
        year=int(start.group(1)) if start else None,
        end_year=until_year(text),
    )


def every_period(text: str, phrase: str, kind: DeadlineKind, marker: re.Pattern[str],
                 day_of: re.Pattern[str]) -> Deadline | None:
    """A duty every month or quarter (`marker`), on the day `day_of` finds (its group 1; none:
    the period's end), until the year the text names: the same reading for both periods."""
    if not marker.search(text):
        return None
    m = day_of.search(text)
    return Deadline(kind=kind, phrase=phrase, day=day_number(m.group(1)) if m else None, end_year=until_year(text))


def monthly(text: str, phrase: str, plan_year: int | None) -> Deadline | None:
    """`hằng tháng`, `ngày 25 hằng tháng`."""
    return every_period(text, phrase, DeadlineKind.MONTHLY, MONTHLY, MONTHLY_DAY)


def quarterly(text: str, phrase: str, plan_year: int | None) -> Deadline | None:
    """`hằng quý`, `định kỳ quý`, `ngày 20 của tháng cuối quý`."""
    return every_period(text, phrase, DeadlineKind.QUARTERLY, QUARTERLY, QUARTERLY_DAY)


def half_yearly(text: str, phrase: str, plan_year: int | None) -> Deadline | None:
    """`định kỳ 6 tháng (trước ngày 15/6)`, `hằng sáu tháng`."""
    if not _HALF_YEARLY.search(text):
        return None
    found = find_day_month(text)
    return Deadline(kind=DeadlineKind.HALF_YEARLY, phrase=phrase, day=found[0] if found else None,
                    end_year=until_year(text))


def year_onward(text: str, phrase: str, plan_year: int | None) -> Deadline | None:
    """`năm 2021 và các năm tiếp theo` (with its day, or its quarter: every year from 2021)."""
    m = _YEAR_ONWARD.search(text)
    if not m:
        return None
    quarter = QUARTER.search(text)
    if quarter:  # `quý III năm 2021 và các năm tiếp theo`: end of that quarter, every year from 2021
        return Deadline(
            kind=DeadlineKind.YEARLY_IN_QUARTER,
            phrase=phrase,
            quarter=quarter_number(quarter.group(1)),
            year=int(m.group(1)),
        )
    month, day = day_month(text)
    return Deadline(kind=DeadlineKind.YEAR_ONWARD, phrase=phrase, year=int(m.group(1)), month=month, day=day)


def yearly(text: str, phrase: str, plan_year: int | None) -> Deadline | None:
    """`hằng năm`, `trước ngày 15/12 hằng năm`, `trong tháng 6 hằng năm`."""
    if not _YEARLY.search(text):
        return None
    month, day = day_month(text)
    return Deadline(kind=DeadlineKind.YEARLY, phrase=phrase, month=month, day=day, end_year=until_year(text))


# a rhythm named without its period: `Định kỳ`, `định kỳ và đột xuất`, `báo cáo định kỳ, đột xuất`
_RHYTHM_WORD = re.compile(r"\b(?:dinh ky|dot xuat)\b")


def names_rhythm(phrase: str) -> bool:
    """Does the phrase say the work comes back (`Định kỳ`, `đột xuất`)? Asked of a phrase `parse_deadline` could
    not read: what the clerk must add is how often (`hằng quý`, `trước ngày 15 hằng tháng`), not a date."""
    return bool(_RHYTHM_WORD.search(fold(nfc(phrase))))
