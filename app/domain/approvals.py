"""Which reporting periods an approval locks.

Why by months: a leader approves a quarter's report, and the monthly figures inside that quarter
are what it was made from — changing them would change the approved report. Two periods of the
same year lock each other when they share a month.
"""

from __future__ import annotations

from app.domain.periods import Period, PeriodKind


def months(period: Period) -> frozenset[int]:
    """The months (1–12) a period covers."""
    if period.kind is PeriodKind.MONTH:
        return frozenset({period.index})
    if period.kind is PeriodKind.QUARTER:
        return frozenset(range(3 * period.index - 2, 3 * period.index + 1))
    if period.kind is PeriodKind.HALF:
        return frozenset(range(6 * period.index - 5, 6 * period.index + 1))
    if period.kind is PeriodKind.NINE_MONTHS:
        return frozenset(range(1, 10))
    return frozenset(range(1, 13))


def overlaps(a: Period, b: Period) -> bool:
    return a.year == b.year and bool(months(a) & months(b))
