"""A plan's own reporting duty: when agencies must send their period reports.

Plans say it in a clause of TỔ CHỨC THỰC HIỆN (`Định kỳ báo cáo kết quả thực hiện trước ngày
15/12 hàng năm về Sở Nội vụ`, `Định kỳ ngày 20 hằng tháng, ngày 20 của tháng cuối quý ...`).
A rule found there overrides the period's default due date (`Period.default_due_date`).

`ReportingRule.month` is only meaningful for yearly rules (`15/12` → month 12); None means "the
period's last month" (the 6-month rule `trước ngày 15/6` is day 15 of June for H1, of December
for H2). A yearly report is due in the period's own year: "trước ngày 15/01 năm sau" is not
modelled (it reads as 15/01 of the same year) and needs the clerk's attention.

A clause that names a frequency without a day (`báo cáo 6 tháng, năm`, `hằng quý`) gets day 25
of the period's last month, the Nghị định 09 date, so a rule always yields a date.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from enum import StrEnum

from app.domain.dates import clamp_day
from app.domain.periods import Period, PeriodKind, WindowScheme
from app.domain.text import fold

DEFAULT_DAY = 25

_EVERY = r"\b(?:hang|moi)"
_MONTH_DAY = re.compile(r"ngay\s+(\d{1,2})\s+(?:cua\s+)?" + _EVERY + r"\s+thang")
_MONTHLY = re.compile(_EVERY + r"\s+thang|bao cao thang\b")
_QUARTER_DAY = re.compile(r"ngay\s+(\d{1,2})\s+(?:cua\s+)?thang cuoi (?:cua\s+)?(?:moi\s+|hang\s+)?quy")
_QUARTERLY = re.compile(_EVERY + r"\s+quy|bao cao quy\b|dinh ky quy\b")
_YEAR_DATE = re.compile(
    r"ngay\s+(\d{1,2})\s*(?:/|-|\s+thang\s+)\s*(\d{1,2})(?![\d/])\s*(?:cua\s+)?" + _EVERY + r"\s+nam"
)
_YEARLY = re.compile(
    _EVERY
    + r"\s+nam|dinh ky (?:hang |moi )?nam\b|\bbao cao nam\b"
    + r"|\bthang\s*(?:,\s*(?:va\s+)?|\s+va\s+)nam\b(?!\s*\d)"
)
_ANY_DAY_MONTH = re.compile(r"ngay\s+(\d{1,2})\s*(?:/|-|\s+thang\s+)\s*(\d{1,2})(?![\d/])")
_HALF = re.compile(r"\b6 thang\b|\bsau thang\b")
_NINE = re.compile(r"\b9 thang\b|\bchin thang\b")


@dataclass(frozen=True)
class ReportingRule:
    """Reports of `frequency` periods are due on `day` of `month` (None = the period's last month)."""

    frequency: PeriodKind
    day: int
    month: int | None = None
    phrase: str = ""


def parse_reporting_rules(clause: str) -> list[ReportingRule]:
    """All reporting rules a clause sets, one per frequency, most frequent first.

    A clause without any frequency (`Định kỳ báo cáo ... theo quy định`) gives []: the defaults
    of Nghị định 09 apply.
    """
    phrase = clause or ""  # kept verbatim, like Deadline.phrase
    text = fold(phrase)
    rules: dict[PeriodKind, ReportingRule] = {}

    month_day = _MONTH_DAY.search(text)
    if month_day or _MONTHLY.search(text):
        day = _day(month_day.group(1)) if month_day else DEFAULT_DAY
        rules[PeriodKind.MONTH] = ReportingRule(PeriodKind.MONTH, day, None, phrase)

    quarter_day = _QUARTER_DAY.search(text)
    if quarter_day or _QUARTERLY.search(text):
        day = _day(quarter_day.group(1)) if quarter_day else DEFAULT_DAY
        rules[PeriodKind.QUARTER] = ReportingRule(PeriodKind.QUARTER, day, None, phrase)

    # `báo cáo 6 tháng (trước ngày 15/6), năm (trước ngày 15/12)`: a date in June goes with the
    # 6-month report, one in September with the 9-month report, one in December with the year's.
    by_month = {int(m): _day(d) for d, m in _ANY_DAY_MONTH.findall(text)}
    if _HALF.search(text):
        rules[PeriodKind.HALF] = ReportingRule(PeriodKind.HALF, by_month.get(6, DEFAULT_DAY), None, phrase)
    if _NINE.search(text):
        rules[PeriodKind.NINE_MONTHS] = ReportingRule(
            PeriodKind.NINE_MONTHS, by_month.get(9, DEFAULT_DAY), None, phrase
        )

    year_date = _YEAR_DATE.search(text)
    if year_date:
        day, month = _day(year_date.group(1)), int(year_date.group(2))
        if 1 <= month <= 12:
            rules[PeriodKind.YEAR] = ReportingRule(PeriodKind.YEAR, day, month, phrase)
    elif _YEARLY.search(text):
        day = by_month.get(12, DEFAULT_DAY)
        rules[PeriodKind.YEAR] = ReportingRule(PeriodKind.YEAR, day, 12 if 12 in by_month else None, phrase)

    order = list(PeriodKind)
    return [rules[k] for k in sorted(rules, key=lambda k: order.index(k))]


def due_date(rule: ReportingRule, period: Period) -> dt.date:
    """When an agency's report for `period` is due under `rule` (the day is clamped to the month).

    The day falls in the period's last month; only a yearly period takes `rule.month` (15/12).
    A rule of another kind is still applied that way, which is what a clerk expects of "ngày 20".
    """
    month = rule.month if rule.month and period.kind is PeriodKind.YEAR else period.last_month
    return clamp_day(period.year, month, rule.day)


def period_due_date(
    rules: list[ReportingRule], period: Period, scheme: WindowScheme = WindowScheme.ND09
) -> dt.date:
    """When agencies' reports for `period` are due: the one rule the calendar, the letters, the
    exchange workbooks and the register of who reported all use.

    The plan's rule of the period's own frequency wins; otherwise a rule of another frequency
    whose report falls due in the period's last month covers it (a yearly `trước ngày 15/12`
    is the due day of the fourth quarter's report too, the calendar's `15/12`); otherwise the
    period's default due date. Several candidates: the earliest.
    """
    for rule in rules:
        if rule.frequency is period.kind:
            return due_date(rule, period)
    candidates = []
    for rule in rules:
        covering = _period_ending(rule.frequency, period)
        if covering is not None:
            candidates.append(due_date(rule, covering))
    return min(candidates) if candidates else period.default_due_date(scheme)


def _period_ending(kind: PeriodKind, period: Period) -> Period | None:
    """The period of `kind` that ends in `period`'s last month and year, if there is one."""
    month, year = period.last_month, period.year
    if kind is PeriodKind.MONTH:
        return Period(kind, year, month)
    if kind is PeriodKind.QUARTER and month % 3 == 0:
        return Period(kind, year, month // 3)
    if kind is PeriodKind.HALF and month % 6 == 0:
        return Period(kind, year, month // 6)
    if kind is PeriodKind.NINE_MONTHS and month == 9:
        return Period(kind, year)
    if kind is PeriodKind.YEAR and month == 12:
        return Period(kind, year)
    return None


def _day(token: str) -> int:
    return min(max(int(token), 1), 31)


class ReportStatus(StrEnum):
    """Where one agency's report for one period stands (drives the reminder list)."""

    ON_TIME = "Báo cáo đúng hạn"
    LATE = "Báo cáo chậm"
    MISSING = "Chưa báo cáo"
    NOT_DUE = "Chưa đến hạn báo cáo"

    @property
    def needs_reminder(self) -> bool:
        return self is ReportStatus.MISSING


def report_status(due: dt.date, submitted_on: dt.date | None, as_of: dt.date) -> ReportStatus:
    """On time if submitted on or before the due day; missing only once the due day has passed."""
    if submitted_on is not None:
        return ReportStatus.ON_TIME if submitted_on <= due else ReportStatus.LATE
    return ReportStatus.MISSING if as_of > due else ReportStatus.NOT_DUE
