"""The dating rule of every document (app.services.reports.request.report_dates)."""

from __future__ import annotations

from datetime import date

from app.domain.periods import Period, WindowScheme
from app.services.reports.request import DocKind, report_dates

Q4 = Period.parse("2026-Q4")
ND09 = WindowScheme("nd09")


def test_a_period_still_running_takes_todays_data_never_a_future_cut_off() -> None:
    """Printed on 05/12/2026, the Q4 report (cut-off 14/12) states data as of the day it is dated:
    "Tính đến ngày 14/12/2026" under "ngày 05 tháng 12" would have the leader sign the future."""
    when = report_dates(Q4, ND09, date(2026, 12, 20), date(2026, 12, 5))
    assert (when.as_of, when.issued_on) == (date(2026, 12, 5), date(2026, 12, 5))


def test_a_closed_period_takes_its_cut_off_and_the_clerks_date_wins() -> None:
    when = report_dates(Q4, ND09, date(2026, 12, 20), date(2026, 12, 16))
    assert (when.as_of, when.issued_on) == (date(2026, 12, 14), date(2026, 12, 16))
    past = report_dates(Q4, ND09, date(2026, 12, 20), date(2027, 3, 1))
    assert (past.as_of, past.issued_on) == (date(2026, 12, 14), date(2026, 12, 20))  # dated on its due day
    chosen = report_dates(Q4, ND09, date(2026, 12, 20), date(2026, 12, 5), as_of=date(2026, 11, 30),
                          kind=DocKind.PROGRESS)
    assert chosen.as_of == date(2026, 11, 30)
